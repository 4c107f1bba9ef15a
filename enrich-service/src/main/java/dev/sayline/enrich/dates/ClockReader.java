package dev.sayline.enrich.dates;

import java.util.Set;

/**
 * Reads a clock time at a token ("17:48 utc", "10:35 a.m.", "5 p.m. EST", "noon", "7 in the evening")
 * into hour and minute. Not a rule itself: the calendar-date, weekday and clock-time rules all attach
 * a clock time that follows their day, so the reader stands alone.
 */
final class ClockReader extends TokenReader {

    private static final Set<String> TIME_ZONES = Set.of("utc", "gmt", "est", "edt", "cst", "cdt", "mst", "mdt",
            "pst", "pdt", "cet", "cest", "msk", "bst", "eet", "eest", "ist", "jst", "z", "et", "pt", "ct");

    ClockReader(Reading reading) {
        super(reading);
    }

    /** A clock time at k: {end, hour, minute} (hour 24 for midnight), else null. */
    /** Books a verse is cited from ("Ephesians 5:11"); "Numbers" and "Job" are left out, being common words. */
    private static final Set<String> BOOKS_OF_THE_BIBLE = Set.of("genesis", "exodus", "leviticus", "deuteronomy",
            "joshua", "judges", "ruth", "samuel", "kings", "chronicles", "ezra", "nehemiah", "esther", "psalm",
            "psalms", "proverbs", "ecclesiastes", "isaiah", "jeremiah", "lamentations", "ezekiel", "daniel", "hosea",
            "joel", "amos", "obadiah", "jonah", "micah", "nahum", "habakkuk", "zephaniah", "haggai", "zechariah",
            "malachi", "matthew", "mark", "luke", "john", "acts", "romans", "corinthians", "galatians", "ephesians",
            "philippians", "colossians", "thessalonians", "timothy", "titus", "philemon", "hebrews", "james", "peter",
            "jude", "revelation", "revelations");

    int[] clock(int k) {
        if (k >= t.length) {
            return null;
        }
        Token a = t[k];
        int h;
        int m = 0;
        int e;
        if (a.is("noon") || a.is("midday")) {
            return new int[]{k + 1, 12, 0};
        }
        if (a.is("midnight")) {
            return new int[]{k + 1, 24, 0};
        }
        if (a.isDigits() && a.text.length() <= 2 && is(k + 1, ":") && !t[k + 1].spaceBefore && k + 2 < t.length
                && minutesWithMeridiem(t[k + 2]) && !t[k + 2].spaceBefore) {
            // "6:00AM": the minutes and the meridiem written as one word
            h = a.number;
            if (h < 1 || h > 12) {
                return null;
            }
            m = Integer.parseInt(t[k + 2].lower.substring(0, 2));
            h = onTheClock(h, t[k + 2].lower.endsWith("pm"));
            e = k + 3;
            if (m > 59) {
                return null;
            }
        } else if (a.isDigits() && a.text.length() <= 2 && is(k + 1, ":") && !t[k + 1].spaceBefore && k + 2 < t.length
                && t[k + 2].isDigits() && t[k + 2].text.length() == 2 && !t[k + 2].spaceBefore) {
            h = a.number;
            m = t[k + 2].number;
            e = k + 3;
            if (is(e, ":") && !t[e].spaceBefore && e + 1 < t.length && t[e + 1].isDigits()
                    && t[e + 1].text.length() == 2) {
                e += 2;
            }
            if (h > 24 || m > 59 || h == 24 && m > 0) {  // "24:30" is no clock time
                return null;
            }
            int[] ampm = ampm(e, h);
            if (ampm != null) {
                h = ampm[1];
                e = ampm[0];
            } else if (k > 0 && t[k - 1].capitalized() && BOOKS_OF_THE_BIBLE.contains(t[k - 1].lower)
                    && !(e < t.length && TIME_ZONES.contains(t[e].lower)) && !is(k - 2, "vs") && !is(k - 3, "vs")) {
                return null;  // "(Ephesians 5:11)", "John 3:16": a verse; not "Warriors vs. Kings 7:30 ET"
            }
        } else if (a.isDigits() && a.text.length() <= 2 && a.number >= 1 && a.number <= 12) {
            int[] ampm = ampm(k + 1, a.number);
            if (ampm == null) {
                int[] oClock = oClock(k, a.number);
                if (oClock != null) {
                    return oClock;
                }
                // "at 4 in the morning", "at 7 in the evening"
                if (is(k - 1, "at") && is(k + 1, "in") && is(k + 2, "the")) {
                    int hour = a.number;
                    if (is(k + 3, "morning")) {
                        return new int[]{k + 4, hour == 12 ? 0 : hour, 0};
                    }
                    if (is(k + 3, "afternoon") || is(k + 3, "evening")) {
                        return new int[]{k + 4, hour == 12 ? 12 : hour + 12, 0};
                    }
                }
                // "between 10-11 a.m.": the first hour of a range takes the second's meridiem
                if (is(k + 1, "-") && !t[k + 1].spaceBefore && k + 2 < t.length && t[k + 2].isDigits()
                        && !t[k + 2].spaceBefore && t[k + 2].number > a.number && t[k + 2].number < 12
                        && ampm(k + 3, t[k + 2].number) != null) {
                    return new int[]{k + 1, ampm(k + 3, a.number)[1], 0};
                }
                return null;
            }
            h = ampm[1];
            e = ampm[0];
        } else if (a.isWord() && Lexicon.CARDINALS.getOrDefault(a.lower, 0) >= 1
                && Lexicon.CARDINALS.get(a.lower) <= 12) {
            return oClock(k, Lexicon.CARDINALS.get(a.lower));  // "three o'clock in the morning"
        } else if (a.kind == Token.Kind.ALNUM && (a.lower.endsWith("am") || a.lower.endsWith("pm"))
                && a.lower.length() <= 4 && Character.isDigit(a.lower.charAt(0))) {
            String digits = a.lower.substring(0, a.lower.length() - 2);
            if (!digits.chars().allMatch(Character::isDigit)) {
                return null;
            }
            h = Integer.parseInt(digits);
            if (h < 1 || h > 12) {
                return null;
            }
            h = onTheClock(h, a.lower.endsWith("pm"));
            e = k + 1;
        } else {
            return null;
        }
        if (e < t.length && TIME_ZONES.contains(t[e].lower) && (t[e].text.equals(t[e].text.toUpperCase())
                || t[e].lower.equals("utc") || t[e].lower.equals("gmt"))) {
            e++;
        } else if (is(e, "local") && is(e + 1, "time")) {
            e += 2;
        }
        return new int[]{e, h, m};
    }

    /**
     * "6 o'clock", "9 o'clock tonight", "6 o'clock this afternoon" (after noon), "three o'clock in the
     * morning" (the part of the day taken in, as with "a.m."): {end, hour, 0}; null without "o'clock".
     */
    private int[] oClock(int k, int hour) {
        if (!(is(k + 1, "o") && is(k + 2, "'") && is(k + 3, "clock"))
                || t[k + 3].capitalized() && k > 0 && !reading.isSentenceBreak(k - 1)  // "The Six O'Clock News"
                || k + 4 < t.length && NOT_THE_HOUR.contains(t[k + 4].lower)) {
            return null;
        }
        int e = k + 4;
        boolean inThe = is(e, "in") && is(e + 1, "the");
        if (inThe && is(e + 2, "morning")) {
            return new int[]{e + 3, hour == 12 ? 0 : hour, 0};
        }
        if (is(e, "at") && is(e + 1, "night")) {
            // "twelve o'clock at night" is midnight, "ten o'clock at night" 22:00, "two o'clock at night" 02:00
            return new int[]{e + 2, hour == 12 ? 24 : hour >= 6 ? hour + 12 : hour, 0};
        }
        boolean later = is(e + 1, "afternoon") || is(e + 1, "evening");
        boolean pm = hour < 12 && (is(e, "tonight") || (is(e, "this") || is(e, "in")) && later
                || inThe && (is(e + 2, "afternoon") || is(e + 2, "evening")));
        if (inThe && (is(e + 2, "afternoon") || is(e + 2, "evening"))) {
            e += 3;
        }
        return new int[]{e, pm ? hour + 12 : hour, 0};
    }

    /** What follows "five o'clock" that is no hour: "the five o'clock news", "a five o'clock shadow". */
    private static final Set<String> NOT_THE_HOUR = Set.of("news", "shadow", "somewhere", "high", "show");

    /** "00AM", "30pm": two digits of minutes and a meridiem in one token. */
    private static boolean minutesWithMeridiem(Token a) {
        String w = a.lower;
        return a.kind == Token.Kind.ALNUM && w.length() == 4 && Character.isDigit(w.charAt(0))
                && Character.isDigit(w.charAt(1)) && (w.endsWith("am") || w.endsWith("pm"));
    }

    /** The 24-hour hour of a 12-hour one: "12 a.m." is 0, "12 p.m." 12, "5 p.m." 17. */
    private static int onTheClock(int hour, boolean pm) {
        return pm ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour);
    }

    /** "a.m.", "p.m.", "am", "pm" after an hour: {end, 24-hour hour}. */
    private int[] ampm(int k, int hour) {
        if (k >= t.length) {
            return null;
        }
        boolean pm;
        int e;
        if ((is(k, "a") || is(k, "p")) && is(k + 1, ".") && is(k + 2, "m") && !t[k + 2].spaceBefore) {
            pm = is(k, "p");
            e = k + 3;
            if (is(e, ".") && !t[e].spaceBefore) {
                e++;
            }
        } else if (is(k, "am") || is(k, "pm")) {
            pm = is(k, "pm");
            e = k + 1;
        } else {
            return null;
        }
        int h = onTheClock(hour, pm);
        return new int[]{e, h};
    }

    static String hhmm(int h, int m) {
        return String.format("%02d:%02d", h, m);
    }
}
