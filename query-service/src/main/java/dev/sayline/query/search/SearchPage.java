package dev.sayline.query.search;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A page of search results, how many documents match in all, the facets of the whole match
 * (absent when not asked for) and the cursor of the next page (absent on the last page).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchPage(long total, List<SearchHit> hits, Facets facets, String nextCursor) {
}
