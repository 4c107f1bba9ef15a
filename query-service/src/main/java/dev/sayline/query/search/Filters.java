package dev.sayline.query.search;

import java.util.List;

/**
 * What a client may narrow a search to. Every list is AND-ed (a document must match each
 * value); names are compared case-insensitively. {@code speaker} matches the canonical
 * name or any alias the enrichment saw ({@code speakers[].mentions}). {@code degraded}: only
 * documents an enricher failed on (true), only fully enriched ones (false), or either (null).
 */
public record Filters(String q, List<String> speakers, List<String> tags, List<String> entities,
                      List<String> kinds, List<String> sources, DayRange published, DayRange mentions,
                      Boolean degraded) {

    public Filters {
        speakers = clean(speakers);
        tags = clean(tags);
        entities = clean(entities);
        kinds = clean(kinds);
        sources = clean(sources);
        published = published == null ? DayRange.ANY : published;
        mentions = mentions == null ? DayRange.ANY : mentions;
        q = q == null || q.isBlank() ? null : q.strip();
    }

    public static Filters none() {
        return new Filters(null, null, null, null, null, null, null, null, null);
    }

    public Filters withQ(String newQ) {
        return new Filters(newQ, speakers, tags, entities, kinds, sources, published, mentions, degraded);
    }

    public Filters withSpeakers(List<String> newSpeakers) {
        return new Filters(q, newSpeakers, tags, entities, kinds, sources, published, mentions, degraded);
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
    }
}
