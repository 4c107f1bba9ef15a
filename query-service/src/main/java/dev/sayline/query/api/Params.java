package dev.sayline.query.api;

import dev.sayline.kit.problem.ProblemException;
import dev.sayline.query.search.DayRange;
import dev.sayline.query.search.SortOrderParam;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Parsing and checking of query parameters; every failure is a 400 that names the parameter. */
final class Params {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ASCII_NUMBER = Pattern.compile("[0-9]{1,9}");

    private Params() {
    }

    /**
     * A page size. Numbers and flags arrive as text and are parsed here: JAX-RS would answer a
     * query parameter it cannot convert with a bare 404, not a 400 naming it.
     */
    static int size(String raw, int max) {
        // ASCII digits only: parseInt also reads other scripts' digits ("٥" is 5)
        int size = ASCII_NUMBER.matcher(raw.strip()).matches() ? Integer.parseInt(raw.strip()) : -1;
        if (size < 1 || size > max) {
            throw ProblemException.badRequest("size must be between 1 and " + max, "size");
        }
        return size;
    }

    static boolean flag(String raw, String name) {
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.badRequest(name + " must be true or false", name);
        };
    }

    /** YYYY, YYYY-MM or YYYY-MM-DD; a {@code from} is the first day of that period, a {@code to} the last. */
    static DayRange dayRange(String from, String fromName, String to, String toName) {
        LocalDate start = day(from, fromName, false);
        LocalDate end = day(to, toName, true);
        if (start != null && end != null && start.isAfter(end)) {
            throw ProblemException.badRequest(fromName + " is after " + toName, fromName);
        }
        return new DayRange(start, end);
    }

    static LocalDate day(String value, String name, boolean endOfPeriod) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            if (DAY.matcher(v).matches()) {
                return LocalDate.parse(v);
            }
            if (MONTH.matcher(v).matches()) {
                YearMonth ym = YearMonth.parse(v);
                return endOfPeriod ? ym.atEndOfMonth() : ym.atDay(1);
            }
            if (YEAR.matcher(v).matches()) {
                Year y = Year.parse(v);
                return endOfPeriod ? y.atMonth(12).atEndOfMonth() : y.atDay(1);
            }
        } catch (DateTimeException e) {
            // falls through to the 400 below
        }
        throw ProblemException.badRequest(name + " must be a date as YYYY, YYYY-MM or YYYY-MM-DD", name);
    }

    /** The sort: explicit, else relevance when there is a query and newest first when there is none. */
    static SortOrderParam sort(String sort, boolean hasQuery) {
        if (sort == null || sort.isBlank()) {
            return hasQuery ? SortOrderParam.RELEVANCE : SortOrderParam.DATE;
        }
        return enumValue(SortOrderParam.class, sort, "sort");
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String value, String name) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
            throw ProblemException.badRequest(name + " must be one of " + allowed, name);
        }
    }
}
