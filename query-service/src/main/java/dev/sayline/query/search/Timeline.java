package dev.sayline.query.search;

import java.util.List;

/** Counts of documents or quotes per period, oldest first, empty periods included (chart data). */
public record Timeline(String of, String interval, long total, List<TimelineBucket> buckets) {
}
