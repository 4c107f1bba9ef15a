package dev.sayline.query.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * An opaque deep-paging cursor: the {@code search_after} sort values of the last document a
 * page showed, the sort it belongs to, and (for quote pages) how many quotes of the next
 * document were already shown. Encoded as URL-safe base64 JSON; a cursor cannot inject
 * anything but sort values.
 */
public record Cursor(String sort, List<FieldValue> after, int skip) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Thrown for a cursor that was not made by this service or belongs to another sort. */
    public static class InvalidCursorException extends RuntimeException {
        public InvalidCursorException(String message) {
            super(message);
        }
    }

    public String encode() {
        ObjectNode node = JSON.createObjectNode();
        node.put("s", sort);
        ArrayNode values = node.putArray("a");
        for (FieldValue v : after) {
            if (v.isLong()) {
                values.add(v.longValue());
            } else if (v.isDouble()) {
                values.add(v.doubleValue());
            } else if (v.isString()) {
                values.add(v.stringValue());
            } else if (v.isBoolean()) {
                values.add(v.booleanValue());
            } else {
                values.addNull();
            }
        }
        if (skip > 0) {
            node.put("k", skip);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(node.toString().getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String encoded, SortOrderParam sort) {
        Cursor cursor = decode(encoded, sort.key());
        if (cursor.after().isEmpty() && cursor.skip() > 0) {
            return cursor;  // a quote page that ended inside the first document: no document shown in full yet
        }
        List<SortOrderParam.SortValue> kinds = sort.cursorValues();
        if (cursor.after().size() != kinds.size()) {
            throw new InvalidCursorException("cursor is not one this service issued");
        }
        for (int i = 0; i < kinds.size(); i++) {
            FieldValue v = cursor.after().get(i);
            boolean fits = switch (kinds.get(i)) {
                case SCORE -> v.isDouble() || v.isLong();
                case EPOCH_MILLIS -> v.isLong();
                case ID -> v.isString();
            };
            if (!fits) {
                throw new InvalidCursorException("cursor is not one this service issued");
            }
        }
        return cursor;
    }

    static Cursor decode(String encoded, String expectedSort) {
        JsonNode node;
        try {
            node = JSON.readTree(Base64.getUrlDecoder().decode(encoded));
        } catch (IllegalArgumentException | IOException e) {
            throw new InvalidCursorException("cursor is not one this service issued");
        }
        if (node == null || !node.path("a").isArray() || !node.path("s").isTextual()) {
            throw new InvalidCursorException("cursor is not one this service issued");
        }
        if (!node.get("s").asText().equals(expectedSort)) {
            throw new InvalidCursorException("cursor belongs to sort=" + node.get("s").asText() + ", not sort=" + expectedSort);
        }
        List<FieldValue> after = new ArrayList<>();
        for (JsonNode v : node.get("a")) {
            if (v.isIntegralNumber()) {
                after.add(FieldValue.of(v.longValue()));
            } else if (v.isNumber()) {
                after.add(FieldValue.of(v.doubleValue()));
            } else if (v.isTextual()) {
                after.add(FieldValue.of(v.textValue()));
            } else if (v.isBoolean()) {
                after.add(FieldValue.of(v.booleanValue()));
            } else if (v.isNull()) {
                after.add(FieldValue.NULL);
            } else {
                throw new InvalidCursorException("cursor is not one this service issued");
            }
        }
        int skip = node.path("k").asInt(0);
        if (skip < 0) {
            throw new InvalidCursorException("cursor is not one this service issued");
        }
        return new Cursor(expectedSort, after, skip);
    }
}
