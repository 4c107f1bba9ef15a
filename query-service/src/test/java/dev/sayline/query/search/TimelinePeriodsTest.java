package dev.sayline.query.search;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TimelinePeriodsTest {

    private static TimelinePeriods.Counted counted(String day, String key, long count) {
        long millis = LocalDate.parse(day).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        return new TimelinePeriods.Counted(millis, new TimelineBucket(key, count, null));
    }

    @Test
    void emptyPeriodsBetweenTheFirstAndTheLastAreFilledWithZeros() {
        List<TimelineBucket> months = TimelinePeriods.withEmptyPeriods(List.of(counted("2025-01-01", "2025-01", 3),
                counted("2025-04-01", "2025-04", 2)), TimelineService.Interval.MONTH, false);
        assertEquals(List.of("2025-01", "2025-02", "2025-03", "2025-04"), months.stream().map(TimelineBucket::date).toList());
        assertEquals(List.of(3L, 0L, 0L, 2L), months.stream().map(TimelineBucket::count).toList());
        assertNull(months.get(1).speakers());

        List<TimelineBucket> weeks = TimelinePeriods.withEmptyPeriods(List.of(counted("2025-12-22", "2025-12-22", 1),
                counted("2026-01-05", "2026-01-05", 1)), TimelineService.Interval.WEEK, true);
        assertEquals(List.of("2025-12-22", "2025-12-29", "2026-01-05"), weeks.stream().map(TimelineBucket::date).toList());
        assertEquals(List.of(), weeks.get(1).speakers());
    }

    @Test
    void aSpanTooLongToFillKeepsOnlyTheNonEmptyPeriods() {
        // one document dated 9999 made Elasticsearch refuse every timeline (too many buckets): a 500
        List<TimelinePeriods.Counted> far = List.of(counted("2025-10-01", "2025-10", 5), counted("9999-12-01", "9999-12", 1));
        assertEquals(List.of("2025-10", "9999-12"), TimelinePeriods.withEmptyPeriods(far, TimelineService.Interval.MONTH, false)
                .stream().map(TimelineBucket::date).toList());
        assertEquals(1, TimelinePeriods.withEmptyPeriods(List.of(far.get(0)), TimelineService.Interval.DAY, false).size());
    }
}
