package dev.sayline.query.indexing;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EnrichedDocumentReaderTest {

    private final EnrichedDocumentReader reader = new EnrichedDocumentReader(new ObjectMapper());

    @Test
    void versionOrdersByReceiptGenerationAndEnrichmentTimeAndUnknownFieldsAreKept() {
        IndexableDocument doc = reader.read("{\"id\":\"a\",\"text\":\"t\",\"receivedAt\":\"2025-12-31T22:00:00Z\","
                + "\"enrichmentVersion\":\"dates@3\",\"enrichedAt\":\"2026-01-01T00:00:00Z\","
                + "\"futureField\":{\"x\":1}}", 5L);
        assertEquals("a", doc.id());
        assertEquals(WriteVersion.of(Instant.parse("2025-12-31T22:00:00Z").toEpochMilli(), "dates@3",
                Instant.parse("2026-01-01T00:00:00Z").toEpochMilli()), doc.version());
        assertTrue(doc.source().has("futureField"));
    }

    @Test
    void recordTimeStandsInForAMissingEnrichmentTimeAndThatForAMissingReceipt() {
        assertEquals(WriteVersion.of(42L, null, 42L), reader.read("{\"id\":\"a\",\"text\":\"t\"}", 42L).version());
        assertEquals(WriteVersion.of(42L, null, 42L),
                reader.read("{\"id\":\"a\",\"text\":\"t\",\"enrichedAt\":\"garbage\"}", 42L).version());
        long enriched = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();
        assertEquals(WriteVersion.of(enriched, null, enriched),
                reader.read("{\"id\":\"a\",\"text\":\"t\",\"enrichedAt\":\"2026-01-01T00:00:00Z\"}", 42L).version());
    }

    @Test
    void unreadableValuesAreRejectedWithAReason() {
        assertThrows(UnreadableDocumentException.class, () -> reader.read(null, 1));
        assertThrows(UnreadableDocumentException.class, () -> reader.read("{oops", 1));
        assertThrows(UnreadableDocumentException.class, () -> reader.read("[1,2]", 1));
        assertThrows(UnreadableDocumentException.class, () -> reader.read("{\"text\":\"no id\"}", 1));
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> reader.read("{\"id\":\"x\"}", 1));
        assertTrue(e.getMessage().contains("no text"));
    }
}
