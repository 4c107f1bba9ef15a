package dev.sayline.enrich.dates;

import dev.sayline.enrich.dates.TimePoint.Granularity;

import java.time.LocalDate;
import java.util.Set;

import static dev.sayline.enrich.dates.CalendarDateRules.safeDate;
import static dev.sayline.enrich.dates.RuleMatch.pointMatch;

/**
 * Days of the month given by a number alone, read against the month or day just named: "on the 15th",
 * "April 24 and 25", "Sunday (the 5th)", "Oct. 12, the day before the plunge". Separate because each
 * depends on what the text named just before, not on the words themselves.
 */
final class DayOfMonthRules extends TokenReader {

    private static final Set<String> ORDINAL_DAY_PRECEDERS = Set.of("on", "by", "until", "till", "since",
            "from", "before", "after", "through", "to");

    private final CalendarDateRules dates;
    private final ClauseTense tenses;
    private final ReferenceTimes refs;

    DayOfMonthRules(Reading reading, CalendarDateRules dates, ClauseTense tenses, ReferenceTimes refs) {
        super(reading);
        this.dates = dates;
        this.tenses = tenses;
        this.refs = refs;
    }

    /** Words joining a second day of the month to the first ("April 24 and 25", "Nov. 6 to 10", "March 17-20"). */
    private static final Set<String> DAY_JOINERS = Set.of("and", "or", "to", "through", "thru", "until", "till", "-");
    /** Joiners that also join figures ("from 40 percent on Nov. 1 to 28 among men"): a range only after these. */
    private static final Set<String> RANGE_JOINERS = Set.of("to", "through", "thru", "until", "till");
    private static final Set<String> RANGE_OPENERS = Set.of("from", "between", "conducted", "taken", "held",
            "fielded", "surveyed", "runs", "ran", "run", "lasts", "lasted", "open", "opens");
    /** Words that may follow the second day of a range, besides function words ("conducted Nov. 6 to 10 among voters"). */
    private static final Set<String> AFTER_A_SECOND_DAY = Set.of("among", "of", "from", "across", "during",
            "after", "before", "via", "over", "throughout");

    /**
     * "April 24 and 25", "on May 5 or 6", "conducted Nov. 6 to 10", "March 17-20": a second day of the
     * month just named, its own expression as TimeBank marks it; only a later day, and not a count
     * ("May 5 and 6 others", "rose from 12 on Sept. 3 to 27 by Tuesday").
     */
    RuleMatch coordinatedDay(int i) {
        if (!refs.lastEndedOnDay || refs.lastEnd != i - 1 || i == 0 || !DAY_JOINERS.contains(t[i - 1].lower)
                || refs.lastRef == null || refs.lastRef.granularity() != Granularity.DAY || !t[i].isDigits()) {
            return null;
        }
        boolean range = !is(i - 1, "and") && !is(i - 1, "or");
        boolean openedAsARange = refs.lastStart > 0 && RANGE_OPENERS.contains(t[refs.lastStart - 1].lower);
        if (RANGE_JOINERS.contains(t[i - 1].lower) && !openedAsARange
                || is(i - 1, "-") && (t[i - 1].spaceBefore || t[i].spaceBefore)) {
            return null;
        }
        int day = dates.dayNumber(i);
        boolean wordAfter = i + 1 < t.length && t[i + 1].isWord() && !t[i + 1].capitalized()
                && !Lexicon.FUNCTION_WORDS.contains(t[i + 1].lower)
                && !(range && AFTER_A_SECOND_DAY.contains(t[i + 1].lower));
        if (day <= refs.lastRef.date().getDayOfMonth() || is(i + 1, "-") || is(i + 1, "%") || wordAfter) {
            return null;
        }
        LocalDate d = safeDate(refs.lastRef.date().getYear(), refs.lastRef.date().getMonthValue(), day);
        return d == null ? null : pointMatch(i, i + 1, TimePoint.day(d), true);
    }

    /** "tomorrow's (30th) edition", "Sunday (the 5th)": the day of the month restating the day just named. */
    RuleMatch parentheticalDay(int i) {
        int open = i - 1;
        int k = is(i, "the") ? i + 1 : i;
        boolean follows = refs.lastEnd == open || refs.lastEnd == open - 2 && is(open - 2, "'") && is(open - 1, "s");
        if (!is(open, "(") || !follows || k >= t.length || t[k].kind != Token.Kind.ALNUM || !is(k + 1, ")")
                || refs.lastRef == null || refs.lastRef.granularity() != Granularity.DAY) {
            return null;
        }
        int day = Lexicon.numericOrdinal(t[k].lower);
        LocalDate d = day < 1 ? null
                : safeDate(refs.lastRef.date().getYear(), refs.lastRef.date().getMonthValue(), day);
        return d == null ? null : pointMatch(i, k + 1, TimePoint.day(d), true);
    }

    /**
     * "Saturday, the day after the summit", "Oct. 12, the day before the plunge": the day in apposition
     * to the date just named is that date. ("the day after the summit" alone stays unmarked: its
     * anchor is an event.)
     */
    RuleMatch theDayInApposition(int i) {
        if (!is(i, "the") || !is(i + 1, "day") || !is(i - 1, ",") || refs.lastEnd != i - 1 || refs.lastRef == null
                || refs.lastRef.granularity() != Granularity.DAY
                || !(is(i + 2, "after") || is(i + 2, "before") || is(i + 2, "of") || is(i + 2, "when"))) {
            return null;
        }
        return new RuleMatch(i, i + 2, Timex.DATE, refs.lastRef.value(), refs.lastRef, false, false);
    }

    /**
     * "on the 15th", "by the 3rd": a day of the reference month. The month is the one before or
     * after when the clause's tense points there ("he left on the 28th" in a story of the 3rd).
     */
    RuleMatch ordinalDay(int i) {
        if (!is(i, "the") || i == 0 || !ORDINAL_DAY_PRECEDERS.contains(t[i - 1].lower) || i + 1 >= t.length
                || t[i + 1].kind != Token.Kind.ALNUM) {
            return null;
        }
        int day = Lexicon.numericOrdinal(t[i + 1].lower);
        if (day < 1 || day > 31) {
            return null;
        }
        if (i + 2 < t.length && t[i + 2].isWord() && !Lexicon.FUNCTION_WORDS.contains(t[i + 2].lower)) {
            return null;  // "the 15th century", "the 3rd floor", "the 15th of March" (a month-name date)
        }
        if (is(i + 2, "-") || is(i + 2, "'")) {
            return null;
        }
        // a month just named ("in March ... on the 15th") is the reference; otherwise the publication date
        TimePoint ref = refs.lastRef != null && refs.lastRef.granularity() == Granularity.MONTH ? refs.lastRef
                : dctDay();
        if (ref == null) {
            return new RuleMatch(i, i + 2, Timex.DATE, "XXXX-XX-" + (day < 10 ? "0" : "") + day, null, false, false);
        }
        LocalDate anchor = ref.date();
        LocalDate same = safeDate(anchor.getYear(), anchor.getMonthValue(), day);
        LocalDate before = null;
        LocalDate after = null;
        LocalDate prev = anchor.minusMonths(1);
        LocalDate next = anchor.plusMonths(1);
        before = safeDate(prev.getYear(), prev.getMonthValue(), day);
        after = safeDate(next.getYear(), next.getMonthValue(), day);
        LocalDate d;
        Tense tense = tenses.tense(i, i + 2);
        boolean onOrBefore = same != null && ref.granularity() == Granularity.DAY && !same.isAfter(anchor);
        if (ref.granularity() != Granularity.DAY) {
            d = same;  // "in March ... on the 15th"
        } else if (tense == Tense.PAST) {
            d = onOrBefore || before == null ? same : before;
        } else if (tense == Tense.FUTURE) {
            d = same != null && !same.isBefore(anchor) || after == null ? same : after;
        } else {
            d = same;
        }
        if (d == null) {
            return null;
        }
        return pointMatch(i, i + 2, TimePoint.day(d), true);
    }
}
