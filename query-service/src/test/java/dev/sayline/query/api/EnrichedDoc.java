package dev.sayline.query.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds contract-shaped enriched documents (shared/docs/enrichment-contract.md) from short
 * hand-written texts, computing quote, cue and mention offsets (code points) from the text.
 */
final class EnrichedDoc {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("he", "she", "they", "we", "i");

    private final ObjectNode doc = JSON.createObjectNode();
    private final String text;
    private final Map<String, ObjectNode> speakers = new LinkedHashMap<>();

    private EnrichedDoc(String id, String publishedAt, String source, String title, String text) {
        this.text = text;
        doc.put("schemaVersion", 1).put("id", id).put("title", title).put("url", "https://example.test/" + id)
                .put("source", source).put("publishedAt", publishedAt).put("text", text)
                .put("enrichedAt", "2026-11-01T00:00:00Z").put("enrichmentVersion", "test-1");
        doc.putArray("dates");
        doc.putArray("quotes");
        doc.putArray("speakers");
        doc.putArray("entities");
        doc.putArray("tags");
    }

    static EnrichedDoc of(String id, String publishedAt, String source, String title, String text) {
        return new EnrichedDoc(id, publishedAt, source, title, text);
    }

    /** A quote whose words, cue and mention are found in the text (first occurrence). */
    EnrichedDoc quote(String words, String kind, String cue, String mention, String speaker) {
        ObjectNode q = ((ArrayNode) doc.get("quotes")).addObject();
        span(q, words);
        q.put("text", words).put("kind", kind);
        if (cue != null) {
            span(q.putObject("cue"), cue).put("text", cue);
        }
        if (mention != null) {
            span(q.putObject("speakerMention"), mention).put("text", mention);
        } else {
            q.putNull("speakerMention");
        }
        q.put("speaker", speaker);
        if (speaker != null) {
            ObjectNode s = speakers.computeIfAbsent(speaker, n -> {
                ObjectNode created = ((ArrayNode) doc.get("speakers")).addObject();
                created.put("name", n).putArray("mentions");
                created.put("quoteCount", 0);
                return created;
            });
            s.put("quoteCount", s.get("quoteCount").asInt() + 1);
            if (mention != null && !PRONOUNS.contains(mention.toLowerCase(java.util.Locale.ROOT))) {
                alias(s, mention);
            }
        }
        return this;
    }

    EnrichedDoc speakerAlias(String speaker, String alias) {
        alias(speakers.get(speaker), alias);
        return this;
    }

    EnrichedDoc entity(String name, String type, int count) {
        ((ArrayNode) doc.get("entities")).addObject().put("name", name).put("type", type).put("count", count);
        return this;
    }

    EnrichedDoc tag(String tag) {
        ((ArrayNode) doc.get("tags")).addObject().put("tag", tag).put("kind", "topic").put("score", 0.8);
        return this;
    }

    EnrichedDoc keyphrase(String phrase) {
        ((ArrayNode) doc.get("tags")).addObject().put("tag", phrase).put("kind", "keyphrase").put("score", 0.4);
        return this;
    }

    EnrichedDoc date(String words, String value) {
        ObjectNode d = ((ArrayNode) doc.get("dates")).addObject();
        span(d, words).put("text", words).put("type", "DATE").put("value", value);
        return this;
    }

    String json() {
        return doc.toString();
    }

    String id() {
        return doc.get("id").asText();
    }

    private static void alias(ObjectNode speaker, String alias) {
        ArrayNode mentions = (ArrayNode) speaker.get("mentions");
        for (var m : mentions) {
            if (m.asText().equals(alias)) {
                return;
            }
        }
        mentions.add(alias);
    }

    private ObjectNode span(ObjectNode node, String words) {
        int at = text.indexOf(words);
        if (at < 0) {
            throw new IllegalArgumentException("not in the text: " + words);
        }
        int start = text.codePointCount(0, at);
        return node.put("start", start).put("end", start + words.codePointCount(0, words.length()));
    }
}
