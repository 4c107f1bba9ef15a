package dev.sayline.enrich.tags;

import dev.sayline.enrich.model.Tag;
import dev.sayline.enrich.pipeline.Annotations;
import dev.sayline.enrich.pipeline.SourceDocument;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TagEnricherTest {

    private static final String TEXT = """
            Negotiators met in Geneva for a new round of peace talks on Tuesday.
            Both delegations said the peace plan could be signed within weeks, and the envoys stayed on.
            A ceasefire along the front line would come first, one diplomat said.
            The ceasefire would be monitored by observers from neutral countries.
            Separately, the weather was cold.
            """;

    @Test
    void tagsTopicsFromTheDefaultTaxonomyAndKeyphrases() {
        TagEnricher enricher = TagEnricher.withDefaultTaxonomy();
        Annotations a = new Annotations(null);
        enricher.enrich(SourceDocument.ofText(TEXT, null), a);
        List<String> topics = a.tags().stream().filter(t -> t.kind().equals(Tag.TOPIC)).map(Tag::tag).toList();
        assertTrue(topics.contains("peace-negotiations"), topics.toString());
        assertTrue(topics.contains("ceasefire"), topics.toString());
        assertTrue(!topics.contains("sanctions"), topics.toString());
        assertTrue(a.tags().stream().anyMatch(t -> t.kind().equals(Tag.KEYPHRASE)), a.tags().toString());
        assertNotNull(a.tagRulesVersion());
        assertTrue(a.tagRulesVersion().startsWith("18-"), a.tagRulesVersion());
        assertEquals(300, enricher.order());
    }

    @Test
    void oneInstanceServesConcurrentDocuments() throws Exception {
        TagEnricher enricher = TagEnricher.withDefaultTaxonomy();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Tag>>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                results.add(pool.submit(() -> {
                    Annotations a = new Annotations(null);
                    enricher.enrich(SourceDocument.ofText(TEXT, null), a);
                    return a.tags();
                }));
            }
            List<Tag> first = results.get(0).get();
            for (Future<List<Tag>> f : results) {
                assertEquals(first, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
