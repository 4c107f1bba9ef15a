package dev.sayline.enrich.pipeline;

import dev.sayline.enrich.model.DateMention;
import dev.sayline.enrich.model.EnrichedDocument;
import dev.sayline.enrich.model.Quote;
import dev.sayline.enrich.model.QuoteKind;
import dev.sayline.enrich.model.RawDocument;
import dev.sayline.enrich.model.TextSpan;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class EnrichmentPipelineTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    /** Marks every occurrence of a word, in UTF-16 offsets as enrichers do. */
    private record WordMarker(String word, int order, List<String> log) implements Enricher {
        public String name() { return "mark-" + word; }
        public String version() { return "1"; }
        public int order() { return order; }
        public void enrich(SourceDocument doc, Annotations out) {
            log.add(name());
            int i = doc.text().indexOf(word);
            out.dates().add(new DateMention(i, i + word.length(), word, "DATE", "2025"));
            out.quotes().add(new Quote(i, i + word.length(), word, QuoteKind.DIRECT,
                    TextSpan.of(doc.text(), 0, 2), null, "Someone"));
        }
    }

    @Test
    void offsetsAreConvertedToCodePointsAfterCharactersOutsideTheBmp() {
        String text = "👍👍 then 2025 came";
        EnrichmentPipeline pipeline = new EnrichmentPipeline(List.of(new WordMarker("2025", 1, new ArrayList<>())), CLOCK);
        EnrichedDocument out = pipeline.enrich(new RawDocument("d", text, null, null, null, "2025-10-29", null));

        DateMention date = out.dates().get(0);
        assertEquals(8, date.start());  // 4 UTF-16 units of emoji are 2 code points
        assertEquals(12, date.end());
        assertEquals("2025", text.codePoints().skip(date.start()).limit(date.end() - date.start())
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString());
        assertEquals(0, out.quotes().get(0).cue().start());
        assertEquals(1, out.quotes().get(0).cue().end()); // the first emoji is one code point
        assertNull(out.quotes().get(0).speakerMention());
    }

    @Test
    void enrichersRunInOrderAndNameTheVersion() {
        List<String> log = new ArrayList<>();
        EnrichmentPipeline pipeline = new EnrichmentPipeline(
                List.of(new WordMarker("b", 300, log), new WordMarker("a", 100, log)), CLOCK);
        EnrichedDocument out = pipeline.enrich(new RawDocument("d", "a b", null, null, null, null, "2026-01-01T00:00:00Z"));
        assertEquals(List.of("mark-a", "mark-b"), log);
        assertEquals("mark-a@1+mark-b@1", out.enrichmentVersion());
        assertEquals("2026-01-01T00:00:00Z", out.enrichedAt());
        assertEquals(1, out.schemaVersion());
    }

    /** Adds a date and a tag and sets the publication date, then fails, as a buggy enricher would. */
    private record FailingHalfway(Throwable error) implements Enricher {
        public String name() { return "flaky"; }
        public String version() { return "7"; }
        public int order() { return 200; }
        public void enrich(SourceDocument doc, Annotations out) {
            out.publishedAt(LocalDate.parse("1999-01-01"));
            out.dates().add(new DateMention(0, 1, "a", "DATE", "1999"));
            out.tags().add(new dev.sayline.enrich.model.Tag("half-done", "topic", 1.0, null));
            out.tagRulesVersion("flaky-rules");
            if (error instanceof RuntimeException e) {
                throw e;
            }
            throw (Error) error;
        }
    }

    @Test
    void aFailingEnricherLosesOnlyItsOwnOutputAndIsNamed() {
        for (Throwable error : List.of(new IllegalStateException("rule bug"), new StackOverflowError())) {
            List<String> log = new ArrayList<>();
            EnrichmentPipeline pipeline = new EnrichmentPipeline(List.of(new WordMarker("a", 100, log),
                    new FailingHalfway(error), new WordMarker("b", 300, log)), CLOCK);
            EnrichedDocument out = pipeline.enrich(new RawDocument("d", "a b", null, null, null, "2025-10-29", null));

            assertEquals(List.of("mark-a", "mark-b"), log, "the enrichers after the failed one still run");
            assertEquals(List.of("a", "b"), out.dates().stream().map(DateMention::text).toList());
            assertEquals(List.of(), out.tags());
            assertNull(out.tagRulesVersion());
            assertEquals("2025-10-29", out.publishedAt());
            assertEquals(List.of("flaky@7"), out.degraded());
            assertEquals("mark-a@1+flaky@7+mark-b@1", out.enrichmentVersion());
        }
    }

    /** Reorders what an earlier enricher found and adds a span past the text's end. */
    private record OutOfBounds() implements Enricher {
        public String name() { return "sloppy"; }
        public String version() { return "2"; }
        public int order() { return 200; }
        public void enrich(SourceDocument doc, Annotations out) {
            out.dates().add(0, new DateMention(0, 99, "a b", "DATE", "1999"));
        }
    }

    @Test
    void aSpanOutsideTheTextIsThatEnrichersFailureAndAllItDidIsUndone() {
        EnrichmentPipeline pipeline = new EnrichmentPipeline(List.of(new WordMarker("a", 100, new ArrayList<>()),
                new OutOfBounds(), new WordMarker("b", 300, new ArrayList<>())), CLOCK);
        EnrichedDocument out = pipeline.enrich(new RawDocument("d", "a b", null, null, null, null, null));
        assertEquals(List.of("sloppy@2"), out.degraded());
        assertEquals(List.of("a", "b"), out.dates().stream().map(DateMention::text).toList());
    }

    @Test
    void aDocumentEveryEnricherHandledIsNotDegraded() {
        EnrichmentPipeline pipeline = new EnrichmentPipeline(
                List.of(new WordMarker("a", 100, new ArrayList<>())), CLOCK);
        assertEquals(List.of(), pipeline.enrich(new RawDocument("d", "a b", null, null, null, null, null)).degraded());
    }

    @Test
    void publishedAtAcceptsDateTimesAndKeepsTheDay() {
        EnrichmentPipeline pipeline = new EnrichmentPipeline(List.of(), CLOCK);
        assertEquals("2025-12-29", pipeline.enrich(new RawDocument("d", "x", null, null, null, "2025-12-29T17:48:00Z", null)).publishedAt());
        assertEquals(LocalDate.parse("2025-12-29"), SourceDocuments.parseDate("2025-12-29").orElseThrow());
        assertNull(pipeline.enrich(new RawDocument("d", "x", null, null, null, null, null)).publishedAt());
    }
}
