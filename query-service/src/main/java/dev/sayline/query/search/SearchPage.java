package dev.sayline.query.search;

import java.util.List;

/** A page of search results and how many documents match in all. */
public record SearchPage(long total, List<SearchHit> hits) {
}
