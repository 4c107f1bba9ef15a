package dev.sayline.query.indexing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Reads a {@code documents.enriched} value as a tolerant reader: it needs {@code id} and
 * {@code text}, keeps every other field (the mapping is {@code dynamic: false}, so unknown
 * fields are stored, not indexed), derives the version used to order writes and adds the
 * search fields of {@link IndexSourceMapper}.
 */
public final class EnrichedDocumentReader {

    private final ObjectMapper json;
    private final IndexSourceMapper mapper = new IndexSourceMapper();

    public EnrichedDocumentReader(ObjectMapper json) {
        this.json = json;
    }

    /** @throws UnreadableDocumentException when the value can never be indexed */
    public IndexableDocument read(String value, long recordTimestamp) {
        if (value == null) {
            throw new UnreadableDocumentException("record without a value");
        }
        JsonNode node;
        try {
            node = json.readTree(value);
        } catch (JsonProcessingException e) {
            throw new UnreadableDocumentException("malformed JSON: " + e.getOriginalMessage());
        }
        if (!(node instanceof ObjectNode document)) {
            throw new UnreadableDocumentException("value is not a JSON object");
        }
        String id = document.path("id").asText("");
        if (id.isBlank()) {
            throw new UnreadableDocumentException("document without an id");
        }
        if (!document.path("text").isTextual()) {
            throw new UnreadableDocumentException("document " + id + " has no text");
        }
        return new IndexableDocument(id, version(document, recordTimestamp), mapper.map(document));
    }

    /**
     * Writes are ordered by receipt of the text, then enricher generation, then enrichment time
     * ({@link WriteVersion}), so an older text or an older enrichment never overwrites a newer one.
     * The record time stands in for a missing enrichment time, and that for a missing receipt.
     */
    private static long version(ObjectNode document, long recordTimestamp) {
        long enrichedAt = millis(document, "enrichedAt", recordTimestamp);
        return WriteVersion.of(millis(document, "receivedAt", enrichedAt),
                document.path("enrichmentVersion").asText(null), enrichedAt);
    }

    private static long millis(ObjectNode document, String field, long otherwise) {
        String value = document.path(field).asText(null);
        if (value == null) {
            return otherwise;
        }
        try {
            return Instant.parse(value).toEpochMilli();
        } catch (DateTimeParseException e) {
            return otherwise;
        }
    }
}
