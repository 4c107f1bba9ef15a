package dev.sayline.enrich.dates;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a document's publication date in its own text when the client gave none: a dateline or
 * a "Posted/Published/Updated …" stamp near the top. Only complete dates (day, month and year)
 * count; the run date is never used.
 */
final class PublicationDates {

    /** How far into the text a dateline is looked for. */
    static final int HEAD = 600;
    private static final Pattern STAMP = Pattern.compile(
            "(?i)\\b(posted|published|updated|dated?|last modified|written)\\b");

    private final TimexTagger tagger;

    PublicationDates(TimexTagger tagger) {
        this.tagger = tagger;
    }

    Optional<LocalDate> find(String text) {
        String head = text.length() > HEAD ? text.substring(0, HEAD) : text;
        LocalDate first = null;
        for (Timex t : tagger.tag(head, null)) {
            LocalDate d = fullDate(t.value());
            if (d == null) {
                continue;
            }
            int lineStart = head.lastIndexOf('\n', t.start()) + 1;
            Matcher stamp = STAMP.matcher(head.substring(lineStart, t.start()));
            if (stamp.find()) {
                return Optional.of(d);
            }
            if (first == null) {
                first = d;
            }
        }
        return Optional.ofNullable(first);
    }

    /** The day of a TIMEX3 value that names one ({@code 2025-12-29}, {@code 2025-12-29T17:48}), else null. */
    static LocalDate fullDate(String value) {
        if (value.length() < 10 || !Character.isDigit(value.charAt(0))) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
