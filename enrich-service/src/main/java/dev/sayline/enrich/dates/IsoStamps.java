package dev.sayline.enrich.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ISO 8601 date-times ({@code 2025-12-29T17:48:00Z}, {@code 2025-12-29T17:48+03:00}) and weeks
 * ({@code 2025-W52}), as feeds, logs and APIs write them. The word rules cannot see them: the
 * tokenizer reads {@code 29T17} as one token, so only the year was found, and {@code +03:00} was
 * taken for a clock time. A zone is dropped, as TIMEX3 values carry none.
 */
final class IsoStamps {

    private static final Pattern STAMP = Pattern.compile(
            "(?<![\\w-])(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2})(?::\\d{2}(?:[.,]\\d{1,9})?)?"
                    + "(?:Z|[+-]\\d{2}(?::?\\d{2})?)?(?![\\w:.]\\w)"
                    + "|(?<![\\w-])(\\d{4})-W(\\d{2})(?![\\w-])");

    private IsoStamps() {
    }

    static List<Timex> find(String text) {
        List<Timex> out = new ArrayList<>();
        if (!mayHoldOne(text)) {
            return out;  // the pattern over every text cost a third of the enricher's throughput
        }
        Matcher m = STAMP.matcher(text);
        while (m.find()) {
            String value = m.group(1) != null ? dateTime(m) : week(m);
            if (value != null) {
                out.add(new Timex(m.start(), m.end(), m.group(1) != null ? "TIME" : "DATE", value));
            }
        }
        return out;
    }

    /** A digit, "T", a digit ("29T17"), or "-W" and a digit: a plain loop, far cheaper than the pattern. */
    private static boolean mayHoldOne(String text) {
        for (int i = 1; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'T' && isDigit(text.charAt(i - 1)) && isDigit(text.charAt(i + 1))
                    || c == 'W' && text.charAt(i - 1) == '-' && isDigit(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String dateTime(Matcher m) {
        int hour = Integer.parseInt(m.group(4));
        int minute = Integer.parseInt(m.group(5));
        try {
            LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
        if (hour > 23 || minute > 59) {
            return null;
        }
        return m.group(1) + "-" + m.group(2) + "-" + m.group(3) + "T" + m.group(4) + ":" + m.group(5);
    }

    private static String week(Matcher m) {
        int week = Integer.parseInt(m.group(7));
        return week >= 1 && week <= 53 ? m.group(6) + "-W" + m.group(7) : null;
    }
}
