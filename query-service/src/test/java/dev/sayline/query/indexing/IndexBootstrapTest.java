package dev.sayline.query.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sayline.testing.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A new index version takes the alias over from the old one, which is kept; the indexer copes with
 * the index deleted under it and with a bulk request refused as a whole (real Elasticsearch).
 */
@QuarkusTest
@TestProfile(IndexBootstrapTest.Profile.class)
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class IndexBootstrapTest {

    static final String ALIAS = "sayline-it-bootstrap";
    static final String OLD = ALIAS + "-v1";
    static final String NEW = ALIAS + "-v2";

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("query.index.alias", ALIAS, "query.index.name", NEW,
                    "mp.messaging.incoming.documents-enriched.enabled", "false");
        }
    }

    @Inject
    ElasticsearchClient client;
    @Inject
    IndexBootstrap bootstrap;
    @Inject
    BulkIndexer indexer;
    @Inject
    ObjectMapper json;

    @Test
    void aNewIndexVersionTakesTheAliasAndKeepsTheOldIndex() throws Exception {
        client.indices().delete(d -> d.index(OLD, NEW).ignoreUnavailable(true));
        // The state an older release left: v1 behind the alias, holding a document.
        client.indices().create(c -> c.index(OLD).aliases(ALIAS, a -> a.isWriteIndex(true)));
        client.index(i -> i.index(OLD).id("old-doc").document(Map.of("id", "old-doc")).refresh(co.elastic.clients.elasticsearch._types.Refresh.True));

        bootstrap.ensureIndex();

        var aliases = client.indices().getAlias(a -> a.name(ALIAS)).aliases();
        assertEquals(java.util.Set.of(NEW), aliases.keySet());
        assertEquals(Boolean.TRUE, aliases.get(NEW).aliases().get(ALIAS).isWriteIndex());
        assertTrue(client.exists(e -> e.index(OLD).id("old-doc")).value(), "the old index is kept for rollback");
        var mapping = client.indices().getMapping(m -> m.index(NEW)).get(NEW).mappings().properties();
        assertTrue(mapping.get("quotes").isNested(), "the new index has the template's mapping");
        assertTrue(mapping.get("mentionedDates").isDateRange());

        bootstrap.ensureIndex(); // idempotent
        assertEquals(java.util.Set.of(NEW), client.indices().getAlias(a -> a.name(ALIAS)).aliases().keySet());
    }

    @Test
    void anIndexDeletedUnderTheIndexerIsPreparedAgainNotAutoCreatedUnderTheAliasName() throws Exception {
        bootstrap.ensureIndex();
        EnrichedDocumentReader reader = new EnrichedDocumentReader(json);
        assertTrue(indexer.index(List.of(reader.read(IndexingFlowTest.enriched("before", "w", "Before",
                "2026-01-01T00:00:00Z"), 0L))).isEmpty());
        client.indices().delete(d -> d.index(NEW));  // takes the alias with it

        // The bootstrap still believes the index is there; the write once auto-created a plain index named
        // like the alias, with dynamic mappings (no nested quotes), and a restart could not add the alias.
        assertTrue(indexer.index(List.of(reader.read(IndexingFlowTest.enriched("after", "w", "After",
                "2026-01-01T00:00:00Z"), 0L))).isEmpty());
        assertEquals(java.util.Set.of(NEW), client.indices().getAlias(a -> a.name(ALIAS)).aliases().keySet());
        assertTrue(client.exists(e -> e.index(NEW).id("after")).value());
        assertTrue(client.indices().getMapping(m -> m.index(NEW)).get(NEW).mappings().properties().get("quotes")
                .isNested());
    }

    @Test
    void aBulkRequestRefusedAsAWholeIsSplitUntilTheDocumentThatCausesItIsFound() throws Exception {
        bootstrap.ensureIndex();
        EnrichedDocumentReader reader = new EnrichedDocumentReader(json);
        List<IndexableDocument> batch = new ArrayList<>();
        for (String id : List.of("split-1", "split-2", "split-3", "split-4", "split-5")) {
            batch.add(reader.read(IndexingFlowTest.enriched(id, "w", id, "2026-01-01T00:00:00Z"), 0L));
        }
        // A negative external version fails Elasticsearch's validation of the whole bulk request (a 400),
        // which once ended the consumer's stream with every document of the batch unindexed.
        IndexableDocument bad = batch.get(3);
        batch.set(3, new IndexableDocument(bad.id(), -5, bad.source()));

        List<BulkIndexer.Rejected> rejected = indexer.index(batch);

        assertEquals(List.of("split-4"), rejected.stream().map(r -> r.document().id()).toList());
        for (String id : List.of("split-1", "split-2", "split-3", "split-5")) {
            assertTrue(client.exists(e -> e.index(NEW).id(id)).value(), id);
        }
    }
}
