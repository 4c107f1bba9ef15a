package dev.sayline.enrich.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sayline.enrich.model.RawDocument;

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
        if (raw.id() == null || raw.id().isBlank()) {
            if (key == null) {
                throw new IllegalArgumentException("document has neither an id nor a key");
            }
            return raw.withId(key);
        }
        return raw;
    }
}
