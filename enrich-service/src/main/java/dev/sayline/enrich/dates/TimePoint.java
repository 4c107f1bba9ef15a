package dev.sayline.enrich.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * A calendar value at some granularity (a year, a quarter, a week, a day …), as TIMEX3 writes
 * it: {@code 1989}, {@code 1989-Q3}, {@code 1998-W08}, {@code 1998-W08-WE}, {@code 2025-SU},
 * {@code 199} (a decade), {@code 19} (a century). {@code date} is any day inside the period.
 */
record TimePoint(Granularity granularity, LocalDate date, String season) {

    enum Granularity { CENTURY, DECADE, YEAR, HALF, SEASON, QUARTER, MONTH, WEEK, WEEKEND, DAY }

    static TimePoint of(Granularity g, LocalDate date) {
        return new TimePoint(g, date, null);
    }

    static TimePoint day(LocalDate date) {
        return new TimePoint(Granularity.DAY, date, null);
    }

    static TimePoint year(int year) {
        return new TimePoint(Granularity.YEAR, LocalDate.of(year, 1, 1), null);
    }

    static TimePoint month(int year, int month) {
        return new TimePoint(Granularity.MONTH, LocalDate.of(year, month, 1), null);
    }

    static TimePoint quarter(int year, int q) {
        return new TimePoint(Granularity.QUARTER, LocalDate.of(year, 3 * q - 2, 1), null);
    }

    static TimePoint season(int year, String season) {
        return new TimePoint(Granularity.SEASON, LocalDate.of(year, 1, 1), season);
    }

    TimePoint withGranularity(Granularity g) {
        return new TimePoint(g, date, g == Granularity.SEASON ? season : null);
    }

    int year() {
        return date.getYear();
    }

    /** The month the point begins in (a season's first month: its date is only its year's). */
    int firstMonth() {
        return granularity == Granularity.SEASON ? seasonStart(season) : date.getMonthValue();
    }

    /** The first month of a TIMEX3 season: SP March, SU June, FA September, WI December. */
    static int seasonStart(String season) {
        return switch (season) {
            case "SP" -> 3;
            case "SU" -> 6;
            case "FA" -> 9;
            default -> 12;
        };
    }

    /** The same granularity, moved by {@code n} units of {@code unit}. */
    TimePoint plus(long n, Granularity unit) {
        LocalDate d = switch (unit) {
            case DAY -> date.plusDays(n);
            case WEEK, WEEKEND -> date.plusWeeks(n);
            case MONTH -> date.plusMonths(n);
            case QUARTER -> date.plusMonths(3 * n);
            case HALF -> date.plusMonths(6 * n);
            case SEASON, YEAR -> date.plusYears(n);
            case DECADE -> date.plusYears(10 * n);
            case CENTURY -> date.plusYears(100 * n);
        };
        return new TimePoint(granularity, d, season);
    }

    String value() {
        int y = date.getYear();
        return switch (granularity) {
            case CENTURY -> pad2(Math.floorDiv(y, 100));
            case DECADE -> String.format("%03d", Math.floorDiv(y, 10));
            case YEAR -> year4(y);
            case HALF -> year4(y) + "-H" + (date.getMonthValue() <= 6 ? 1 : 2);
            case SEASON -> year4(y) + "-" + season;
            case QUARTER -> year4(y) + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
            case MONTH -> year4(y) + "-" + pad2(date.getMonthValue());
            case WEEK -> week();
            case WEEKEND -> week() + "-WE";
            case DAY -> date.toString();
        };
    }

    private String week() {
        return year4(date.get(IsoFields.WEEK_BASED_YEAR)) + "-W" + pad2(date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The day in the ISO week of {@code date} that falls on {@code dow}. */
    static LocalDate inWeek(LocalDate date, DayOfWeek dow) {
        return date.plusDays(dow.getValue() - date.getDayOfWeek().getValue());
    }

    private static String year4(int y) {
        return String.format("%04d", y);
    }

    private static String pad2(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
