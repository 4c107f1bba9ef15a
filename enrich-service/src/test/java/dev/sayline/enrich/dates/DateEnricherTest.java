package dev.sayline.enrich.dates;

import dev.sayline.enrich.model.DateMention;
import dev.sayline.enrich.model.EnrichedDocument;
import dev.sayline.enrich.model.RawDocument;
import dev.sayline.enrich.pipeline.EnrichmentPipeline;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The date enricher inside the pipeline: publication date, contract offsets, the seed header. */
class DateEnricherTest {

    /** A clock far from every date below, to show the run date is never used. */
    private final EnrichmentPipeline pipeline = new EnrichmentPipeline(List.of(new DateEnricher()),
            Clock.fixed(Instant.parse("2031-01-01T00:00:00Z"), ZoneOffset.UTC));

    private EnrichedDocument enrich(String text, String publishedAt) {
        return pipeline.enrich(new RawDocument("doc-1", text, null, null, null, publishedAt, null));
    }

    @Test
    void theRequestsPublicationDateAnchorsRelativeDates() {
        EnrichedDocument d = enrich("Lavrov spoke yesterday.", "2025-12-23");
        assertEquals("2025-12-23", d.publishedAt());
        assertEquals(List.of(new DateMention(13, 22, "yesterday", "DATE", "2025-12-22")), d.dates());
    }

    @Test
    void aPointOutsideTheCalendarOrANumberTooLongToReadGivesNoDate() {
        // were "-2735882-12-22", "12025", "+10000-01-01", and "2026" for five billion years ago
        for (String text : List.of("It began 999999999 days ago.", "It ends 10000 years from now.",
                "It began 5000000000 years ago.")) {
            assertEquals(List.of(), enrich(text, "2025-12-23").dates().stream()
                    .filter(m -> !m.value().startsWith("P")).toList(), text);
        }
        assertEquals(List.of(), enrich("We meet tomorrow.", "9999-12-31").dates());
        assertEquals("2015", enrich("It began 10 years ago.", "2025-12-23").dates().get(0).value());
    }

    @Test
    void isoDateTimesAndWeeksInTheTextAreReadWhole() {
        // were only "2025" (the tokenizer reads "29T17" as one word), and "+03:00" a clock time
        assertEquals(List.of(new DateMention(7, 27, "2025-12-29T17:48:00Z", "TIME", "2025-12-29T17:48")),
                enrich("Posted 2025-12-29T17:48:00Z by the desk.", "2025-12-23").dates());
        assertEquals(List.of(new DateMention(3, 28, "2025-12-29T17:48:00+03:00", "TIME", "2025-12-29T17:48")),
                enrich("At 2025-12-29T17:48:00+03:00 the talks began.", "2025-12-23").dates());
        assertEquals(List.of(new DateMention(8, 16, "2025-W52", "DATE", "2025-W52")),
                enrich("In week 2025-W52 they met.", "2025-12-23").dates());
        // a word rule that would reach into a stamp does not overlap it
        assertEquals(List.of("2025-12-29T17:48"), enrich("On Monday 2025-12-29T17:48:00Z they met.", "2025-12-23")
                .dates().stream().filter(m -> m.text().startsWith("2025")).map(DateMention::value).toList());
        assertEquals(List.of(), enrich("Code 2025-13-40T25:00 is no date.", "2025-12-23").dates().stream()
                .filter(m -> m.value().contains("T")).toList());
    }

    @Test
    void aDateTimePublicationDateCountsByItsDay() {
        assertEquals("1998-03-01", enrich("No dates here.", "1998-03-01T14:11:00Z").publishedAt());
    }

    @Test
    void theSeedHeaderGivesThePublicationDateAndLeavesTheBody() {
        EnrichedDocument d = enrich(" date 2025-12-30 Many happenings yesterday.", null);
        assertEquals("2025-12-30", d.publishedAt());
        assertEquals("Many happenings yesterday.", d.text());
        assertEquals(List.of(new DateMention(16, 25, "yesterday", "DATE", "2025-12-29")), d.dates());
    }

    @Test
    void withoutOneTheDatelineOfTheTextIsUsed() {
        EnrichedDocument d = enrich("Posted by: karlof1 | Dec 29 2025 18:50 utc | 83\nThey met yesterday.", null);
        assertEquals("2025-12-29", d.publishedAt());
        assertEquals("2025-12-28", d.dates().get(1).value());
    }

    @Test
    void neverTheRunDate() {
        EnrichedDocument d = enrich("They met yesterday.", null);
        assertNull(d.publishedAt());
        assertEquals("XXXX-XX-XX", d.dates().get(0).value());
    }

    @Test
    void offsetsAreCodePointsAfterEmoji() {
        // U+1F51C is two UTF-16 units and one code point
        String text = "\uD83D\uDD1C Talks resume on Dec 29 2025, in Geneva.";
        DateMention m = enrich(text, "2025-12-23").dates().get(0);
        assertEquals("Dec 29 2025", m.text());
        assertEquals(text.codePointCount(0, text.indexOf("Dec")), m.start());
        assertEquals(m.start() + "Dec 29 2025".length(), m.end());
    }
}
