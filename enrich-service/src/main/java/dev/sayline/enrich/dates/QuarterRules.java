package dev.sayline.enrich.dates;

import dev.sayline.enrich.dates.TimePoint.Granularity;

import java.time.LocalDate;
import java.util.Set;

/**
 * Quarters and halves ("the third quarter", "third-quarter", "Q3 2025", "the year-ago quarter", "the first
 * half of 1990"), the reporting periods of results stories ("the latest period", "the corresponding
 * period last year") and year-end ("by year-end"). Separate because these rules share the reported
 * quarter of {@link ReferenceTimes} and their own fiscal-year reasoning.
 */
final class QuarterRules extends TokenReader {

    private final CalendarDateRules dates;
    private final ClauseTense tenses;
    private final ReferenceTimes refs;
    private final YearRules years;

    QuarterRules(Reading reading, CalendarDateRules dates, ClauseTense tenses, ReferenceTimes refs, YearRules years) {
        super(reading);
        this.dates = dates;
        this.tenses = tenses;
        this.refs = refs;
        this.years = years;
    }

    /**
     * Whether a named quarter had ended by the publication date. Only such a quarter is the one a
     * results story reports on: "a fourth-quarter charge" named in a late-October story is a
     * forecast, and "the latest quarter" or "a year ago" after it still mean the reported quarter.
     * A quarter the text says ended on a day, or reports in the past tense ("reported a decline in
     * fourth-quarter earnings" in November), has ended whatever its number: a fiscal quarter.
     */
    private boolean completed(TimePoint quarter) {
        return dct == null || !quarter.date().plusMonths(3).isAfter(dct);
    }

    /**
     * Whether a quarter the text names itself ({@code m}) is one the story reports on: a results story
     * reports on a quarter that has ended. Computed only for such matches, before {@code remember}.
     */
    boolean reportsOn(RuleMatch m) {
        return m.point() != null && m.point().granularity() == Granularity.QUARTER && m.quarter()
                && (completed(m.point()) || endedOn(m.end()) != null || tenses.tense(m.start(), m.end()) == Tense.PAST);
    }

    /**
     * "the quarter of Democratic voters": a fraction of them, not a quarter of a year; "the quarter of
     * fiscal year 1990", "of that year", "of the previous year" still name a year within three words.
     */
    private boolean fractionOfAGroup(int of) {
        if (!is(of, "of")) {
            return false;
        }
        for (int k = of + 1; k <= of + 3 && k < t.length; k++) {
            if (is(k, "year") || is(k, "fiscal") || years.yearNumber(k) > 0 && t[k].isDigits()) {
                return false;
            }
        }
        return true;
    }

    RuleMatch quarter(int i) {
        int k = i;
        boolean the = false;
        int yearGiven = -1;
        int yearShift = 0;
        if (is(k, "the") || is(k, "a") && !is(k + 1, "quarter")) {
            the = true;
            k++;
        }
        // "this year's third quarter", "last year's quarter", "next year's first quarter"
        if ((is(k, "this") || is(k, "last") || is(k, "next")) && is(k + 1, "year") && is(k + 2, "'")
                && is(k + 3, "s")) {
            yearShift = is(k, "last") ? -1 : is(k, "next") ? 1 : 0;
            yearGiven = dct == null ? -1 : dct.getYear() + yearShift;
            k += 4;
        }
        boolean yearAgo = false;
        if (is(k, "comparable")) {
            k++;
        }
        if ((is(k, "year") && is(k + 1, "-") && (is(k + 2, "ago") || is(k + 2, "earlier")))) {
            yearAgo = true;
            k += 3;
        }
        int yk = years.yearNumber(k);
        if (yk > 0 && t[k].isDigits() && the) {
            yearGiven = yk;
            k++;
        }
        if (is(k, "fiscal")) {
            k++;
            if (is(k, "-")) {
                k++;
            }
        }
        int q = ordinalQuarter(k);
        int qTokens = 1;
        String det = null;
        if (q < 0 && k < t.length) {
            if (t[k].kind == Token.Kind.ALNUM && t[k].lower.length() == 2 && t[k].lower.charAt(0) == 'q'
                    && t[k].text.charAt(0) == 'Q' && t[k].lower.charAt(1) >= '1' && t[k].lower.charAt(1) <= '4') {
                // "Q3", "Q3 2025"
                int qq = t[k].lower.charAt(1) - '0';
                int e = k + 1;
                int yy = years.yearNumber(e);
                int year = yy > 0 ? yy : quarterYear(qq, tenses.tense(i, e));
                if (yy > 0) {
                    e++;
                }
                if (year < 0) {
                    return null;
                }
                TimePoint p = TimePoint.quarter(year, qq);
                return new RuleMatch(i == k ? k : i, e, Timex.DATE, p.value(), p, true, false).namedQuarter();
            }
            if (is(k, "latest") || is(k, "current") || is(k, "previous") || is(k, "same") || is(k, "last")
                    || is(k, "next") || is(k, "this") || is(k, "that") || is(k, "recent")) {
                det = t[k].lower;
                qTokens = 1;
            } else if (!(the || yearAgo || yearGiven > 0)) {
                return null;
            } else {
                qTokens = 0;
            }
        }
        int u = k + qTokens;
        boolean hyphen = false;
        if (is(u, "-") && !t[u].spaceBefore) {
            hyphen = true;
            u++;
        }
        boolean isHalf = false;
        // ("first" and "second" are ordinals, read into q above)
        if (is(u, "half") && (q == 1 || q == 2 || "last".equals(det))) {
            isHalf = true;
        } else if (!is(u, "quarter")) {
            return null;
        }
        int e = u + 1;
        if (is(e, "-") && !t[e].spaceBefore || is(e, "century")) {
            return null;  // "quarter-point", "the last quarter century"
        }
        if (hyphen && the && det == null && !yearAgo && yearGiven < 0) {
            // "the third-quarter results": the extent is the adjective only
            i = k;
        }
        // "of 1989", "of this year", "of fiscal 1990"
        if (is(e, "of")) {
            int y2 = e + 1;
            if (is(y2, "fiscal")) {
                y2++;
            }
            int yy = years.yearNumber(y2);
            if (yy > 0 && t[y2].isDigits()) {
                yearGiven = yy;
                e = y2 + 1;
            } else if ((is(e + 1, "this") || is(e + 1, "last") || is(e + 1, "next")) && is(e + 2, "year")
                    && dct != null) {
                yearGiven = dct.getYear() + (is(e + 1, "last") ? -1 : is(e + 1, "next") ? 1 : 0);
                e += 3;
            } else if (is(e + 1, "the") && is(e + 2, "year") && e + 3 < t.length && t[e + 3].isDigits()
                    && years.yearNumber(e + 3) > 0) {
                yearGiven = years.yearNumber(e + 3);  // "the first quarter of the year 2015"
                e += 4;
            } else if (is(e + 1, "the") && is(e + 2, "year") && ("last".equals(det) || q > 0) && dct != null
                    && !is(e + 3, "'")) {
                // "the last quarter of the year"; "raised in the third quarter of the year" in January is last year's
                yearGiven = q > 0 ? yearNamedBefore(e + 1) : yearOfTheYear(e + 1);
                e += 3;
            }
        } else if (years.yearNumber(e) > 0 && t[e].isDigits() && !hyphen) {
            yearGiven = years.yearNumber(e);
            e++;
        }
        if (q < 0 && det == null && !yearAgo && yearGiven < 0 && fractionOfAGroup(e)) {
            return null;
        }
        if (isHalf) {
            int h = q > 0 ? q : 2;
            int year = yearGiven > 0 ? yearGiven : dct == null ? -1 : dct.getYear();
            if (year < 0) {
                return null;
            }
            TimePoint p = new TimePoint(Granularity.HALF, LocalDate.of(year, h == 1 ? 1 : 7, 1), null);
            if (yearGiven <= 0 && p.date().isAfter(dct) && tenses.tense(i, e) == Tense.PAST
                    && !tenses.pastOfSaying(i, e)) {  // not "Analysts said sales in the second half … will be strong"
                p = p.plus(-1, Granularity.YEAR);  // "raised more in the second half of the year" told in January
            }
            return new RuleMatch(i, e, Timex.DATE, p.value(), p, true, false);
        }
        TimePoint p;
        if (q > 0) {
            TimePoint ended = yearGiven > 0 ? null : endedOn(e);
            // "the second quarter ended Oct. 31": the year the quarter ended, whatever its fiscal number
            int year = yearGiven > 0 ? yearGiven : ended != null ? ended.year() : quarterYear(q, tenses.tense(i, e));
            if (year < 0) {
                return null;
            }
            p = TimePoint.quarter(year, q);
        } else {
            TimePoint base = recentQuarter(i);
            if (base == null) {
                return null;
            }
            if (det != null) {
                switch (det) {
                    // "raised $20 million in the last quarter" with no quarter named: the one just
                    // completed; after a reported quarter, the one before it
                    case "previous" -> base = base.plus(-1, Granularity.QUARTER);
                    case "last" -> base = refs.lastQuarter == null ? base : base.plus(-1, Granularity.QUARTER);
                    case "next" -> base = base.plus(1, Granularity.QUARTER);
                    case "current", "this" -> base = dct == null ? base : TimePoint.of(Granularity.QUARTER, dct);
                    default -> {
                    }
                }
            } else if (!the && !yearAgo && yearGiven < 0) {
                return null;
            }
            if (yearGiven > 0) {
                // "the last quarter of 2016" is its fourth
                int quarter = "last".equals(det) ? 4 : (base.date().getMonthValue() - 1) / 3 + 1;
                base = TimePoint.quarter(yearGiven, quarter);
            }
            TimePoint ended = endedOn(e);
            if (ended != null && det == null && yearGiven < 0 && !yearAgo
                    && (refs.lastQuarter == null || i - refs.lastQuarterToken > 400)) {
                // "the quarter ended July 31": the calendar quarter that holds most of those three months
                // (once a quarter is named, "the quarter ended …" restates it, maybe in fiscal numbering)
                p = TimePoint.of(Granularity.QUARTER, ended.date().minusDays(45));
                return new RuleMatch(i, e, Timex.DATE, p.value(), p, true, false).namedQuarter();
            }
            int back = yearBack(e);
            if (back > e && det == null && yearGiven < 0 && !yearAgo) {
                // "the quarter a year ago": the reported quarter, a year back
                p = base.plus(-1, Granularity.YEAR);
                return new RuleMatch(i, back, Timex.DATE, p.value(), p, false, false);
            }
            p = base;
        }
        if (yearAgo) {
            p = p.plus(-1, Granularity.YEAR);
            return new RuleMatch(i, e, Timex.DATE, p.value(), p, false, false);
        }
        RuleMatch m = new RuleMatch(i, e, Timex.DATE, p.value(), p, true, false);
        return q > 0 ? m.namedQuarter() : m;
    }

    private static final Set<String> YEAR_END_PRECEDERS = Set.of("by", "at", "since", "until", "till", "before",
            "after", "around", "near", "toward", "towards", "through");

    /**
     * "by year-end", "since year end", "by year's end", "by month's end", "at week's end": the year,
     * month or week whose end it is (TIMEX3 writes the period; the part is a modifier). After a
     * preposition only, so "a year-end bonus" is left alone.
     */
    RuleMatch periodEnd(int i) {
        Granularity unit = is(i, "year") ? Granularity.YEAR : is(i, "month") ? Granularity.MONTH
                : is(i, "week") ? Granularity.WEEK : null;
        if (unit == null || !YEAR_END_PRECEDERS.contains(i > 0 ? t[i - 1].lower : "") || dct == null) {
            return null;
        }
        int e;
        if (is(i + 1, "-") && is(i + 2, "end") && !t[i + 1].spaceBefore) {
            e = i + 3;
        } else if (is(i + 1, "end")) {
            e = i + 2;
        } else if (is(i + 1, "'") && is(i + 2, "s") && is(i + 3, "end")) {
            e = i + 4;
        } else {
            return null;
        }
        if (is(e, "-") && !t[e].spaceBefore) {
            return null;
        }
        // "since year-end" looks back at the last one that passed, and so does a past clause that is
        // not someone's saying, at a year-end ("had a bigger cash balance at year's end" in January; a
        // deadline is not: "approved a plan to cut 500 jobs by year-end")
        boolean pastClause = tenses.tense(i, e) == Tense.PAST;
        boolean lastOne = is(i - 1, "since") || is(i - 1, "after") && pastClause
                || is(i - 1, "at") && pastClause && !tenses.pastOfSaying(i, e);
        // "In March, the company hired 200 workers, and by month's end it had 500": the month the sentence named
        TimePoint named = unit != Granularity.YEAR && refs.lastRef != null
                && refs.lastRef.granularity().ordinal() >= Granularity.MONTH.ordinal() && namedInTheSentence(i)
                ? refs.lastRef.withGranularity(unit) : null;
        TimePoint p = named != null ? named : TimePoint.of(unit, dct);
        if (lastOne && named == null) {
            p = p.plus(-1, unit);
        }
        return new RuleMatch(i, e, Timex.DATE, p.value(), p, false, false);
    }

    /**
     * The year "the year" at token k means when it ranks or divides a year ("the third quarter of the
     * year", "the biggest case of the year"): the story's, unless the text named another just before
     * ({@link #yearNamedBefore}).
     */
    int yearOfTheYear(int k) {
        int named = yearNamedBefore(k);
        return named > 0 ? named : dct.getYear();
    }

    /**
     * The year of the date named before "the year" at token k, else -1: in its sentence, if the clause tells
     * of the past or of that year ahead ("In 2008 the bank posted its worst quarter of the year", "said 2017
     * would be tough and the first months of the year the hardest"; not "near zero since 2008, will act at
     * its final meeting of the year"); in the sentence before, in a past clause, if it framed that sentence
     * ("In 2015, he was arrested in March. It was the biggest case of the year"; not an aside: "her 2014
     * primary challenge. Her fundraising in the first quarter of the year …").
     */
    private int yearNamedBefore(int k) {
        TimePoint last = refs.lastRef;
        if (last == null || last.granularity().ordinal() < Granularity.YEAR.ordinal()) {
            return -1;
        }
        Tense tense = tenses.tense(k, k + 2);
        boolean inTheSentence = namedInTheSentence(k)
                && (tense == Tense.PAST || dct != null && last.year() > dct.getYear());
        boolean framedTheSentenceBefore = tense == Tense.PAST && is(refs.lastRefStart - 1, "in")
                && reading.sentenceBreaksBetween(refs.lastRefStart, k) == 1
                && WritingTimes.sameParagraph(reading.text, refs.lastRefEnd, t[k].start);
        return inTheSentence || framedTheSentenceBefore ? last.year() : -1;
    }

    /** The last date named ({@code refs.lastRef}) is in the sentence of token i. */
    private boolean namedInTheSentence(int i) {
        for (int j = i - 1; j >= 0 && t[j].start >= refs.lastRefEnd; j--) {
            if (reading.isSentenceBreak(j)) {
                return false;
            }
        }
        return refs.lastRefEnd >= 0;
    }

    /** The day of "ended Sept. 30", "ending July 31", "that ended Aug. 26" at {@code k}, else null. */
    private TimePoint endedOn(int k) {
        if (is(k, "that") || is(k, "which")) {
            k++;
        }
        if (!(is(k, "ended") || is(k, "ending") || is(k, "ends"))) {
            return null;
        }
        RuleMatch d = dates.explicitDate(k + 1);
        return d != null && d.start() == k + 1 && d.point() != null && d.point().granularity() == Granularity.DAY
                ? d.point() : null;
    }

    /** After "a year ago", "a year earlier", "last year", "of last year" at {@code k}: the index past it, else k. */
    private int yearBack(int k) {
        if (is(k, "a") && is(k + 1, "year") && (is(k + 2, "ago") || is(k + 2, "earlier") || is(k + 2, "before"))) {
            return k + 3;
        }
        int j = is(k, "of") || is(k, "in") ? k + 1 : k;
        if (is(j, "last") && is(j + 1, "year")) {
            return j + 2;
        }
        return k;
    }

    /**
     * Results stories call the quarter they report on "the latest period", "the 1989 period" and the
     * same quarter a year back "the corresponding period last year"; only once a quarter has been named.
     */
    RuleMatch reportingPeriod(int i) {
        if (!is(i, "the") || refs.lastQuarter == null || i - refs.lastQuarterToken > 400) {
            return null;
        }
        int k = i + 1;
        int year = -1;
        boolean back = false;
        if (is(k, "latest") || is(k, "current")) {
            k++;
        } else if (is(k, "most") && is(k + 1, "recent")) {
            k += 2;
        } else if (is(k, "corresponding") || is(k, "comparable") || is(k, "same")) {
            k++;
            back = true;
        } else if (years.yearNumber(k) > 0 && t[k].isDigits()) {
            year = years.yearNumber(k);
            k++;
        } else {
            return null;
        }
        if (!is(k, "period")) {
            return null;
        }
        int e = k + 1;
        TimePoint p = refs.lastQuarter;
        if (year > 0) {
            p = TimePoint.quarter(year, (p.date().getMonthValue() - 1) / 3 + 1);
        } else if (back) {
            int b = yearBack(e);
            if (b == e) {
                return null;  // "the same period" alone can be any period
            }
            e = b;
            p = p.plus(-1, Granularity.YEAR);
        }
        return new RuleMatch(i, e, Timex.DATE, p.value(), p, false, false);
    }

    private int ordinalQuarter(int k) {
        if (k >= t.length) {
            return -1;
        }
        return switch (t[k].lower) {
            case "first", "1st" -> 1;
            case "second", "2nd" -> 2;
            case "third", "3rd" -> 3;
            case "fourth", "4th", "final" -> 4;
            default -> -1;
        };
    }

    /** The year of "the third quarter": the last one begun by the publication date, unless the clause is future. */
    private int quarterYear(int q, Tense tense) {
        if (dct == null) {
            return -1;
        }
        LocalDate start = LocalDate.of(dct.getYear(), 3 * q - 2, 1);
        if (start.isAfter(dct) && tense != Tense.FUTURE) {
            return dct.getYear() - 1;
        }
        return dct.getYear();
    }

    /** The quarter a text is talking about: the one it last named, else the last one completed. */
    private TimePoint recentQuarter(int at) {
        if (refs.lastQuarter != null) {
            return refs.lastQuarter;
        }
        if (dct == null) {
            return null;
        }
        return TimePoint.of(Granularity.QUARTER, dct).plus(-1, Granularity.QUARTER);
    }
}
