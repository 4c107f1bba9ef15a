package dev.sayline.query.search;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A page of quotes, how many quotes match in all, the cursor of the next page (absent on the last),
 * and how many matching quotes of this page's documents were left out by the per-document cap
 * (absent when none): {@code total} counts them, and no page will show them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuotePage(long total, List<QuoteHit> quotes, String nextCursor, Long quotesOverDocumentCap) {
}
