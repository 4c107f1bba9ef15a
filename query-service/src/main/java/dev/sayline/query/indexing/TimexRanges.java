package dev.sayline.query.indexing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a TIMEX3 value into the calendar days it covers, so a date-range filter can find
 * "documents that talk about December 2021" whether they said "December 2021", "Dec 3, 2021"
 * or "the week of 2021-W49". Values that name no calendar period (durations, sets, unresolved
 * {@code XXXX-12-25}, {@code PAST_REF}) give nothing: they cannot be placed on a calendar.
 */
public final class TimexRanges {

    /** Inclusive range of days. */
    public record DayRange(LocalDate from, LocalDate to) {
    }

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:T.*)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})X?");
    private static final Pattern CENTURY = Pattern.compile("(\\d{2})(?:XX)?");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");

    private TimexRanges() {
    }

    /**
     * @param value     a TIMEX3 value such as {@code 2021-12}, {@code 2025-W32}, {@code 199X}
     * @param published the document date, which {@code PRESENT_REF} stands for; may be null
     */
    public static Optional<DayRange> of(String value, LocalDate published) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim();
        try {
            return Optional.ofNullable(parse(v, published));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty(); // e.g. 2025-02-30: a wrong value names no day
        }
    }

    private static DayRange parse(String v, LocalDate published) {
        Matcher m;
        if (v.equals("PRESENT_REF")) {
            return published == null ? null : new DayRange(published, published);
        }
        if ((m = DAY.matcher(v)).matches()) {
            LocalDate d = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
            return new DayRange(d, d);
        }
        if ((m = MONTH.matcher(v)).matches()) {
            YearMonth ym = YearMonth.of(num(m, 1), num(m, 2));
            return new DayRange(ym.atDay(1), ym.atEndOfMonth());
        }
        if (YEAR.matcher(v).matches()) {
            int y = Integer.parseInt(v);
            return new DayRange(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
        }
        if ((m = WEEK.matcher(v)).matches()) {
            LocalDate monday = LocalDate.of(num(m, 1), 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2))
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return m.group(3) != null
                    ? new DayRange(monday.plusDays(5), monday.plusDays(6))
                    : new DayRange(monday, monday.plusDays(6));
        }
        if ((m = QUARTER.matcher(v)).matches()) {
            YearMonth first = YearMonth.of(num(m, 1), (num(m, 2) - 1) * 3 + 1);
            return new DayRange(first.atDay(1), first.plusMonths(2).atEndOfMonth());
        }
        if ((m = HALF.matcher(v)).matches()) {
            YearMonth first = YearMonth.of(num(m, 1), num(m, 2) == 1 ? 1 : 7);
            return new DayRange(first.atDay(1), first.plusMonths(5).atEndOfMonth());
        }
        if ((m = SEASON.matcher(v)).matches()) {
            // Meteorological seasons (northern hemisphere); winter runs into the next year.
            int startMonth = switch (m.group(2)) {
                case "SP" -> 3;
                case "SU" -> 6;
                case "FA" -> 9;
                default -> 12;
            };
            YearMonth first = YearMonth.of(num(m, 1), startMonth);
            return new DayRange(first.atDay(1), first.plusMonths(2).atEndOfMonth());
        }
        if ((m = DECADE.matcher(v)).matches()) {
            int start = num(m, 1) * 10;
            return new DayRange(LocalDate.of(start, 1, 1), LocalDate.of(start + 9, 12, 31));
        }
        if ((m = CENTURY.matcher(v)).matches()) {
            int start = num(m, 1) * 100;
            return new DayRange(LocalDate.of(start, 1, 1), LocalDate.of(start + 99, 12, 31));
        }
        return null;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
