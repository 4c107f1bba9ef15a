package dev.sayline.enrich.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sayline.enrich.model.RawDocument;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Reads a {@code documents.raw} value; a record that is not a usable document is an error (and a dead letter). */
public final class RawDocumentReader {

    private RawDocumentReader() {
    }

    public static RawDocument read(ObjectMapper json, String value, String key) throws JsonProcessingException {
        if (value == null) {
            throw new IllegalArgumentException("record without a value (key " + key + ")");
        }
        RawDocument raw = json.readValue(value, RawDocument.class);
        if (raw.text() == null || raw.text().isBlank()) {
            throw new IllegalArgumentException("document " + key + " has no text");
        }
        if (raw.receivedAt() != null && !isInstant(raw.receivedAt())) {
            // It orders the index's writes: the index would refuse it later, and every replay would too.
            throw new IllegalArgumentException("document " + key + " has a receivedAt that is no ISO-8601 instant: "
                    + raw.receivedAt());
        }
        if (raw.id() == null || raw.id().isBlank()) {
            if (key == null) {
                throw new IllegalArgumentException("document has neither an id nor a key");
            }
            return raw.withId(key);
        }
        return raw;
    }

    private static boolean isInstant(String value) {
        try {
            Instant.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
