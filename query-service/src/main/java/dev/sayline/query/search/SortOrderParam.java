package dev.sayline.query.search;

/** How result pages are ordered. */
public enum SortOrderParam {
    /** Best match first (newest first among equals). */
    RELEVANCE,
    /** Newest document first. */
    DATE;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
