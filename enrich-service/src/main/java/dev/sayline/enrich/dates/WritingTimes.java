package dev.sayline.enrich.dates;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the words of a text were written on another day than the document's publication date.
 * TimeML resolves {@code today} and {@code tomorrow} against the time the words were written; in a
 * forum thread published as one document, that is each comment's own time, which its signature
 * ("Posted by: karlof1 | Dec 29 2025 22:19 utc | 157", after the comment) gives. Also tells whether an
 * offset lies inside a quotation, whose words were spoken when the narrative around it says.
 */
final class WritingTimes {

    /** A comment signature ending the comment: "Posted by: name | Mon DD YYYY …" or "Posted by name on Month DD, YYYY". */
    private static final Pattern SIGNATURE = Pattern.compile(
            "Posted by:?[^\\n|]{1,80}?(?:\\|\\s*|\\son\\s+)([A-Z][a-z]{2,8})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})");
    /** A signature further from the publication date than this is not the thread's (a quoted old post). */
    private static final long MAX_DAYS_FROM_PUBLICATION = 31;

    private final int[] signatureAt;
    private final LocalDate[] signatureDay;

    private WritingTimes(int[] signatureAt, LocalDate[] signatureDay) {
        this.signatureAt = signatureAt;
        this.signatureDay = signatureDay;
    }

    static WritingTimes of(String text, LocalDate publication) {
        if (publication == null || !text.contains("Posted by")) {
            return new WritingTimes(new int[0], new LocalDate[0]);
        }
        List<Integer> at = new ArrayList<>();
        List<LocalDate> days = new ArrayList<>();
        Matcher m = SIGNATURE.matcher(text);
        while (m.find()) {
            Integer month = Lexicon.MONTHS.get(m.group(1).toLowerCase(java.util.Locale.ROOT));
            int day = Integer.parseInt(m.group(2));
            int year = Integer.parseInt(m.group(3));
            if (month == null || day > 31) {
                continue;
            }
            LocalDate d;
            try {
                d = LocalDate.of(year, month, day);
            } catch (java.time.DateTimeException e) {
                continue;
            }
            if (Math.abs(ChronoUnit.DAYS.between(publication, d)) <= MAX_DAYS_FROM_PUBLICATION) {
                at.add(m.start());
                days.add(d);
            }
        }
        return new WritingTimes(at.stream().mapToInt(Integer::intValue).toArray(), days.toArray(LocalDate[]::new));
    }

    /** The day the comment holding {@code offset} was posted (the next signature's), or null outside comments. */
    LocalDate commentDay(int offset) {
        for (int k = 0; k < signatureAt.length; k++) {
            if (signatureAt[k] > offset) {
                return signatureDay[k];
            }
        }
        return null;
    }

    /** Whether {@code offset} lies inside a quotation opened earlier in its paragraph. */
    static boolean insideQuotation(String text, int offset) {
        int curly = 0;
        int backticks = 0;
        int straight = 0;
        for (int k = offset - 1; k >= 0 && text.charAt(k) != '\n'; k--) {
            char c = text.charAt(k);
            if (c == '\u201C') {
                curly++;
            } else if (c == '\u201D') {
                curly--;
            } else if (c == '`' && k > 0 && text.charAt(k - 1) == '`') {
                backticks++;
                k--;
            } else if (c == '\'' && k > 0 && text.charAt(k - 1) == '\'') {
                backticks--;
                k--;
            } else if (c == '"') {
                straight++;
            }
        }
        return curly > 0 || backticks > 0 || straight % 2 == 1;
    }

    /** Whether no line break lies between the two offsets. */
    static boolean sameParagraph(String text, int from, int to) {
        int lineBreak = text.indexOf('\n', from);
        return lineBreak < 0 || lineBreak >= to;
    }
}
