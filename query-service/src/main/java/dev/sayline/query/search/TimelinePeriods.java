package dev.sayline.query.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills the empty periods between a timeline's non-empty buckets. Elasticsearch can do it
 * ({@code min_doc_count: 0}), but it then makes every period between the oldest and the newest
 * document: one document dated 9999 or 0001 asked it for more than its 65,536 buckets and turned
 * every timeline into a 500. Here the filling stops at {@link #MAX_FILLED}: past that the
 * timeline keeps only its non-empty periods.
 */
final class TimelinePeriods {

    /** Most buckets a filled timeline has (13 years of weeks, 400 of months). */
    static final int MAX_FILLED = 5_000;

    private TimelinePeriods() {
    }

    /** A non-empty bucket as Elasticsearch keys it: the period's start in epoch milliseconds. */
    record Counted(long startMillis, TimelineBucket bucket) {
    }

    /**
     * The buckets in order with the empty periods between them, each with a zero count (and no
     * speakers when {@code split}), unless that would make more than {@link #MAX_FILLED}.
     */
    static List<TimelineBucket> withEmptyPeriods(List<Counted> counted, TimelineService.Interval interval,
                                                 boolean split) {
        if (counted.size() < 2) {
            return counted.stream().map(Counted::bucket).toList();
        }
        LocalDate first = day(counted.get(0).startMillis());
        LocalDate last = day(counted.get(counted.size() - 1).startMillis());
        if (interval.unit.between(first, last) + 1 > MAX_FILLED) {
            return counted.stream().map(Counted::bucket).toList();
        }
        DateTimeFormatter format = DateTimeFormatter.ofPattern(interval.format.replace("yyyy", "uuuu"));
        List<TimelineBucket> out = new ArrayList<>();
        int next = 0;
        for (LocalDate period = first; !period.isAfter(last); period = period.plus(1, interval.unit)) {
            if (next < counted.size() && day(counted.get(next).startMillis()).equals(period)) {
                out.add(counted.get(next++).bucket());
            } else {
                out.add(new TimelineBucket(period.format(format), 0, split ? List.of() : null));
            }
        }
        return out;
    }

    private static LocalDate day(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).atZone(ZoneOffset.UTC).toLocalDate();
    }
}
