package dev.sayline.enrich.dates;

import dev.sayline.enrich.dates.TimePoint.Granularity;

import java.time.LocalDate;
import java.util.Set;

/**
 * The reference times a text moves as it is read: the last explicit date (anchor of "a year earlier",
 * "that day"), the narrative's day, the quarter a results story reports on, the last year named, and
 * where the last expression ended. Kept apart from the rules because it is the only mutable state:
 * {@link TimexRecognizer} updates it after each expression it keeps, the rules only read it.
 */
final class ReferenceTimes {

    private static final Set<String> DEICTIC_DAYS = Set.of("today", "tonight", "yesterday", "tomorrow");

    /** The last explicit date the text mentioned: the anchor of anaphoric expressions. */
    TimePoint lastRef;
    /** The last explicit day the text named that is not after the publication date. */
    TimePoint lastPastDay;
    /** Where {@link #lastRef} was named (the character offset after it, and its first token). */
    int lastRefEnd = -1;
    int lastRefStart = -1;
    /** The last day the narrative named by a date or weekday (not by today/yesterday/…), and where. */
    TimePoint narrativeDay;
    int narrativeDayEnd = -1;
    /** The last day any expression named, "tonight" and "yesterday" too, and the token after it. */
    TimePoint lastDay;
    int lastDayToken = -1000;
    /** The first token of the last expression found, the token after it, and whether it ended on a day of the month. */
    int lastStart = -1;
    int lastEnd = -1;
    boolean lastEndedOnDay;
    /** The quarter a results story reports on, and the token after the last quarter it named. */
    TimePoint lastQuarter;
    int lastQuarterToken = -1000;
    /** The year of the last anchoring date naming a year (a year, a month, a day …), and the token after it. */
    int lastYear = -1;
    int lastYearToken = -1000;
    /**
     * A year that opens its sentence, a comma after it ("That year, in June …", "Last year, in June …"),
     * and the token after it.
     */
    int framingYear = -1;
    int framingYearToken = -1000;
    /**
     * The same for the last anchoring date that writes its year ("May 2014", "'08"): not one worked out
     * ("killed 130 in Paris last November and 32 in Brussels in March" is this March).
     */
    int lastWrittenYear = -1;
    int lastWrittenYearToken = -1000;

    private final Reading reading;
    private final Token[] t;
    private final LocalDate dct;

    ReferenceTimes(Reading reading) {
        this.reading = reading;
        this.t = reading.t;
        this.dct = reading.dct;
    }

    /**
     * Moves the reference times on past match {@code m}, the expression just found. {@code reportedQuarter}:
     * {@code m} names a quarter the story reports on (worked out by the quarter rules).
     */
    void remember(RuleMatch m, boolean reportedQuarter) {
        if (m.point() == null) {
            return;
        }
        // (or a year in apposition to it: "That year, 2009, in June")
        boolean apposition = framingYear > 0 && m.start() == framingYearToken + 1;
        if (m.point().granularity() == Granularity.YEAR && (reading.opensASentence(m.start()) || apposition)
                && m.end() < t.length && t[m.end()].is(",")) {
            framingYear = m.point().year();
            framingYearToken = m.end();
        }
        if (m.point().granularity() == Granularity.DAY) {
            lastDay = m.point();
            lastDayToken = m.end();
        }
        if (m.anchor()) {
            lastRef = m.point();
            lastRefEnd = t[m.end() - 1].end;
            lastRefStart = m.start();
            if (m.point().granularity() == Granularity.DAY && (dct == null || !m.point().date().isAfter(dct))) {
                lastPastDay = m.point();
            }
            if (m.point().granularity() == Granularity.DAY && !DEICTIC_DAYS.contains(t[m.start()].lower)) {
                narrativeDay = m.point();
                narrativeDayEnd = lastRefEnd;
            }
        }
        if (m.point().granularity() == Granularity.QUARTER && m.quarter() && reportedQuarter) {
            if (lastQuarter == null || m.start() - lastQuarterToken > 400
                    || !m.point().date().isBefore(lastQuarter.date())) {
                // a story reports on its latest completed quarter; "after a flat second quarter" is an aside
                lastQuarter = m.point();
            }
            lastQuarterToken = m.end();
        } else if (m.point().granularity() == Granularity.QUARTER && lastQuarter != null) {
            lastQuarterToken = m.end();  // "the latest quarter", "the year-ago period" keep the story on quarters
        }
        if (m.anchor() && m.point().granularity().ordinal() >= Granularity.YEAR.ordinal()) {
            lastYear = m.point().year();
            lastYearToken = m.end();
            if (writesAYear(m)) {
                lastWrittenYear = lastYear;
                lastWrittenYearToken = lastYearToken;
            }
        }
    }

    /** The match spells a year out ("2014", "'08"). */
    private boolean writesAYear(RuleMatch m) {
        for (int k = m.start(); k < m.end(); k++) {
            if (t[k].isDigits() && (t[k].text.length() == 4 || t[k].text.length() == 2 && k > 0 && t[k - 1].is("'"))) {
                return true;
            }
        }
        return false;
    }
}
