package dev.sayline.query.search;

import java.util.List;

/** Counts of matching documents per speaker, tag, entity and month of publication. */
public record Facets(List<Bucket> speakers, List<Bucket> tags, List<Bucket> entities, List<Bucket> months) {
}
