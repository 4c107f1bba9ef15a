package dev.sayline.query.indexing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Adds the fields search needs to an enriched document, at indexing time so queries stay
 * cheap: {@code mentionedDates} (the calendar days the TIMEX3 values cover, as date ranges),
 * {@code topics} (the tags of kind {@code topic}, so facets count the taxonomy and not every
 * keyphrase) and, on each quote, the document date, the speaker's aliases from {@code speakers[].mentions}
 * and the surrounding sentence. The contract fields are kept as they are (the contract allows
 * added fields), so {@code GET /documents/{id}} still returns a contract-shaped document.
 */
public final class IndexSourceMapper {

    /**
     * Mentions that are no alias: {@code speakers[].mentions} may list the pronouns a speaker was
     * referred to by, and {@code speaker=he} must not find every man quoted.
     */
    public static final Set<String> PRONOUNS = Set.of("i", "me", "we", "us", "you", "he", "him", "she", "her",
            "they", "them", "it", "one");

    /** Longest sentence kept around a quote, in characters, so a run-on paragraph stays a snippet. */
    static final int MAX_SENTENCE = 600;

    public ObjectNode map(ObjectNode enriched) {
        ObjectNode doc = enriched.deepCopy();
        LocalDate published = publishedDay(doc.path("publishedAt").asText(null));
        addMentionedDates(doc, published);
        addTopics(doc);
        addQuoteContext(doc);
        return doc;
    }

    private static void addMentionedDates(ObjectNode doc, LocalDate published) {
        Map<String, TimexRanges.DayRange> ranges = new TreeMap<>();
        for (JsonNode date : doc.path("dates")) {
            TimexRanges.of(date.path("value").asText(null), published)
                    .ifPresent(r -> ranges.put(r.from() + "/" + r.to(), r));
        }
        ArrayNode out = doc.putArray("mentionedDates");
        ranges.values().forEach(r -> out.addObject().put("gte", r.from().toString()).put("lte", r.to().toString()));
    }

    /** A tag without a kind counts as a topic (tolerant reader: older producers wrote none). */
    private static void addTopics(ObjectNode doc) {
        ArrayNode topics = doc.putArray("topics");
        for (JsonNode tag : doc.path("tags")) {
            String kind = tag.path("kind").asText("topic");
            if ("topic".equals(kind) && tag.hasNonNull("tag")) {
                topics.add(tag.get("tag").asText());
            }
        }
    }

    private static void addQuoteContext(ObjectNode doc) {
        String text = doc.path("text").asText("");
        JsonNode published = doc.get("publishedAt");
        for (JsonNode q : doc.path("quotes")) {
            if (!(q instanceof ObjectNode quote)) {
                continue;
            }
            if (published != null && !published.isNull()) {
                quote.set("publishedAt", published);
            }
            String speaker = quote.path("speaker").asText(null);
            if (speaker != null) {
                ArrayNode aliases = quote.putArray("speakerAliases");
                aliasesOf(doc, speaker).forEach(aliases::add);
            }
            if (quote.path("start").canConvertToInt() && quote.path("end").canConvertToInt()) {
                String sentence = Sentences.around(text, quote.get("start").asInt(), quote.get("end").asInt(), MAX_SENTENCE);
                if (sentence != null) {
                    quote.put("sentence", sentence);
                }
            }
        }
    }

    private static Set<String> aliasesOf(ObjectNode doc, String speaker) {
        Set<String> aliases = new LinkedHashSet<>();
        aliases.add(speaker);
        for (JsonNode s : doc.path("speakers")) {
            if (speaker.equals(s.path("name").asText(null))) {
                s.path("mentions").forEach(m -> {
                    if (m.isTextual() && !m.asText().isBlank() && !isPronoun(m.asText())) {
                        aliases.add(m.asText());
                    }
                });
            }
        }
        return aliases;
    }

    public static boolean isPronoun(String mention) {
        return PRONOUNS.contains(mention.strip().toLowerCase(java.util.Locale.ROOT));
    }

    private static LocalDate publishedDay(String publishedAt) {
        if (publishedAt == null || publishedAt.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(publishedAt.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
