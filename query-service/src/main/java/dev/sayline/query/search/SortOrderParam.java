package dev.sayline.query.search;

import java.util.List;

/** How result pages are ordered. */
public enum SortOrderParam {
    /** Best match first (newest first among equals). */
    RELEVANCE,
    /** Newest document first. */
    DATE;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The kind of each sort value a page ends on, as {@link SearchService#sortOptions} orders them. */
    public enum SortValue { SCORE, EPOCH_MILLIS, ID }

    /** What a cursor of this order must hold: anything else would reach Elasticsearch as a bad search. */
    public List<SortValue> cursorValues() {
        return this == RELEVANCE
                ? List.of(SortValue.SCORE, SortValue.EPOCH_MILLIS, SortValue.ID)
                : List.of(SortValue.EPOCH_MILLIS, SortValue.ID);
    }
}
