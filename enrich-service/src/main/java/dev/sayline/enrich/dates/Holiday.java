package dev.sayline.enrich.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.function.IntFunction;

/**
 * Named days that news writes without a date ("on Christmas Eve", "by Election Day", "over Easter"),
 * each with the rule that gives its date in a year. The US dates are the ones English-language news
 * means by the bare name (Labor Day in September, Thanksgiving in November); "Labour Day" is May 1.
 */
enum Holiday {
    NEW_YEARS_DAY(fixed(1, 1)),
    ORTHODOX_CHRISTMAS(fixed(1, 7)),
    MARTIN_LUTHER_KING_DAY(y -> nthWeekday(y, 1, 3, DayOfWeek.MONDAY)),
    // January 20 after a presidential election: 2017, 2021, 2025 …
    INAUGURATION_DAY(fixed(1, 20), 4, 1, 300),
    VALENTINES_DAY(fixed(2, 14)),
    PRESIDENTS_DAY(y -> nthWeekday(y, 2, 3, DayOfWeek.MONDAY)),
    ST_PATRICKS_DAY(fixed(3, 17)),
    // the day most US states hold presidential primaries: the first Tuesday of March of an election
    // year (since 2012; 2008's was in February), spoken of as coming for most of the year before
    SUPER_TUESDAY(y -> nthWeekday(y, 3, 1, DayOfWeek.TUESDAY), 4, 0, 300),
    GOOD_FRIDAY(y -> easterSunday(y).minusDays(2)),
    EASTER(Holiday::easterSunday),
    EASTER_MONDAY(y -> easterSunday(y).plusDays(1)),
    LABOUR_DAY(fixed(5, 1)),
    CINCO_DE_MAYO(fixed(5, 5)),
    VICTORY_DAY(fixed(5, 9)),
    MOTHERS_DAY(y -> nthWeekday(y, 5, 2, DayOfWeek.SUNDAY)),
    MEMORIAL_DAY(y -> LocalDate.of(y, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))),
    FLAG_DAY(fixed(6, 14)),
    FATHERS_DAY(y -> nthWeekday(y, 6, 3, DayOfWeek.SUNDAY)),
    INDEPENDENCE_DAY(fixed(7, 4)),
    BASTILLE_DAY(fixed(7, 14)),
    LABOR_DAY(y -> nthWeekday(y, 9, 1, DayOfWeek.MONDAY)),
    COLUMBUS_DAY(y -> nthWeekday(y, 10, 2, DayOfWeek.MONDAY)),
    HALLOWEEN(fixed(10, 31)),
    // the Tuesday after the first Monday of November; news means the federal one, in even years,
    // and speaks of it as coming for months ahead
    ELECTION_DAY(y -> nthWeekday(y, 11, 1, DayOfWeek.MONDAY).plusDays(1), 2, 0, 183),
    VETERANS_DAY(fixed(11, 11)),
    THANKSGIVING(y -> nthWeekday(y, 11, 4, DayOfWeek.THURSDAY)),
    BLACK_FRIDAY(y -> nthWeekday(y, 11, 4, DayOfWeek.THURSDAY).plusDays(1)),
    CYBER_MONDAY(y -> nthWeekday(y, 11, 4, DayOfWeek.THURSDAY).plusDays(4)),
    CHRISTMAS_EVE(fixed(12, 24)),
    CHRISTMAS(fixed(12, 25)),
    BOXING_DAY(fixed(12, 26)),
    NEW_YEARS_EVE(fixed(12, 31));

    private final IntFunction<LocalDate> dateIn;
    private final int everyYears;
    private final int phase;
    private final int anticipatedDays;

    Holiday(IntFunction<LocalDate> dateIn) {
        this(dateIn, 1, 0, 14);
    }

    /**
     * @param everyYears      1, or 2 (4) for a day news means only every second (fourth) year
     * @param phase           the remainder of those years' division by {@code everyYears}: 0 for even
     *                        (leap) years, 1 for the year after a leap year
     * @param anticipatedDays how long before it a past-tense clause may still mean the coming one
     *                        ("said the truce holds until Christmas")
     */
    Holiday(IntFunction<LocalDate> dateIn, int everyYears, int phase, int anticipatedDays) {
        this.dateIn = dateIn;
        this.everyYears = everyYears;
        this.phase = phase;
        this.anticipatedDays = anticipatedDays;
    }

    LocalDate in(int year) {
        return dateIn.apply(year);
    }

    /** The last one on or before {@code day}. */
    LocalDate onOrBefore(LocalDate day) {
        int y = day.getYear() - Math.floorMod(day.getYear() - phase, everyYears);
        LocalDate d = in(y);
        return d.isAfter(day) ? in(y - everyYears) : d;
    }

    /** The first one after {@code day}. */
    LocalDate after(LocalDate day) {
        int y = day.getYear() + Math.floorMod(phase - day.getYear(), everyYears);
        LocalDate d = in(y);
        return d.isAfter(day) ? d : in(y + everyYears);
    }

    int anticipatedDays() {
        return anticipatedDays;
    }

    private static LocalDate nthWeekday(int year, int month, int n, DayOfWeek weekday) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, weekday));
    }

    private static IntFunction<LocalDate> fixed(int month, int day) {
        MonthDay md = MonthDay.of(month, day);
        return md::atYear;
    }

    /** Western Easter Sunday: the anonymous Gregorian computus (Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
