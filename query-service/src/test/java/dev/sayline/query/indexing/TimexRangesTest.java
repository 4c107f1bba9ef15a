package dev.sayline.query.indexing;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimexRangesTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2025, 10, 29);

    private static void assertRange(String value, String from, String to) {
        Optional<TimexRanges.DayRange> r = TimexRanges.of(value, PUBLISHED);
        assertTrue(r.isPresent(), value + " should give a range");
        assertEquals(LocalDate.parse(from), r.get().from(), value + " from");
        assertEquals(LocalDate.parse(to), r.get().to(), value + " to");
    }

    @Test
    void calendarValues() {
        assertRange("2021-12-03", "2021-12-03", "2021-12-03");
        assertRange("2021-12", "2021-12-01", "2021-12-31");
        assertRange("2024-02", "2024-02-01", "2024-02-29");
        assertRange("2026", "2026-01-01", "2026-12-31");
    }

    @Test
    void timesCoverTheirDay() {
        assertRange("2025-12-29T17:48", "2025-12-29", "2025-12-29");
        assertRange("2025-12-29TEV", "2025-12-29", "2025-12-29");
    }

    @Test
    void isoWeeksAndWeekends() {
        assertRange("2025-W32", "2025-08-04", "2025-08-10");
        assertRange("2025-W01", "2024-12-30", "2025-01-05");
        assertRange("2020-W53", "2020-12-28", "2021-01-03");
        assertRange("2025-W32-WE", "2025-08-09", "2025-08-10");
    }

    @Test
    void quartersHalvesAndSeasons() {
        assertRange("2025-Q4", "2025-10-01", "2025-12-31");
        assertRange("2025-H1", "2025-01-01", "2025-06-30");
        assertRange("2025-SU", "2025-06-01", "2025-08-31");
        assertRange("2025-WI", "2025-12-01", "2026-02-28");
    }

    @Test
    void decadesAndCenturies() {
        assertRange("199X", "1990-01-01", "1999-12-31");
        assertRange("199", "1990-01-01", "1999-12-31");
        assertRange("19XX", "1900-01-01", "1999-12-31");
        assertRange("20", "2000-01-01", "2099-12-31");
    }

    @Test
    void presentRefIsThePublicationDay() {
        assertRange("PRESENT_REF", "2025-10-29", "2025-10-29");
        assertTrue(TimexRanges.of("PRESENT_REF", null).isEmpty());
    }

    @Test
    void valuesThatNameNoCalendarPeriodGiveNothing() {
        for (String v : new String[]{"P3D", "PT2H", "PAST_REF", "FUTURE_REF", "XXXX-12-25", "XXXX-WXX-1", "2025-02-30", "2025-13", "", "  ", "soon"}) {
            assertTrue(TimexRanges.of(v, PUBLISHED).isEmpty(), v);
        }
        assertTrue(TimexRanges.of(null, PUBLISHED).isEmpty());
    }
}
