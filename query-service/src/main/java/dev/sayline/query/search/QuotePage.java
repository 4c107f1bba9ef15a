package dev.sayline.query.search;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** A page of quotes, how many quotes match in all, and the cursor of the next page (absent on the last). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuotePage(long total, List<QuoteHit> quotes, String nextCursor) {
}
