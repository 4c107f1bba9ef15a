package dev.sayline.query.search;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Small readers for Elasticsearch {@code _source} trees. */
final class Json {

    private Json() {
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() || v.isMissingNode() ? null : v.asText();
    }

    static Integer integer(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || !v.canConvertToInt() ? null : v.asInt();
    }

    /** The strings of the array {@code field}; null when there is none, so the field stays out of answers. */
    static List<String> texts(JsonNode node, String field) {
        JsonNode array = node == null ? null : node.get(field);
        if (array == null || !array.isArray() || array.isEmpty()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    /** The values of {@code field} in each object of the array {@code array}, in order, without repeats. */
    static List<String> pluck(JsonNode node, String array, String field) {
        Set<String> out = new LinkedHashSet<>();
        if (node != null) {
            for (JsonNode item : node.path(array)) {
                String v = text(item, field);
                if (v != null) {
                    out.add(v);
                }
            }
        }
        return new ArrayList<>(out);
    }
}
