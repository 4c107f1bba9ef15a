package dev.sayline.enrich.dates;

import dev.sayline.enrich.dates.TimePoint.Granularity;

import java.util.Set;

/**
 * Parts of the day as TIMEs: "the night of December 28-29", "the morning of Aug. 7", and "in the
 * morning", "by mid-afternoon" (a part of the day the text is about). Day plus part ("Friday night")
 * is the weekday's and deictic rules' own.
 */
final class PartOfDayRules extends TokenReader {

    private final CalendarDateRules dates;
    private final DeicticRules deictics;
    private final ReferenceTimes refs;
    private final WeekdayRules weekdays;
    private final ClauseTense tenses;

    PartOfDayRules(Reading reading, CalendarDateRules dates, DeicticRules deictics, ReferenceTimes refs,
                   WeekdayRules weekdays, ClauseTense tenses) {
        super(reading);
        this.dates = dates;
        this.deictics = deictics;
        this.refs = refs;
        this.weekdays = weekdays;
        this.tenses = tenses;
    }

    /** "the night of December 28-29", "the morning of Aug. 7": the day with a part of it, a TIME. */
    RuleMatch partOfDayOf(int i) {
        if (!is(i, "the") || i + 2 >= t.length || !is(i + 2, "of")) {
            return null;
        }
        String part = Lexicon.PARTS_OF_DAY.get(t[i + 1].lower);
        if (part == null) {
            return null;
        }
        RuleMatch day = dates.explicitDate(i + 3);
        if (day == null) {
            day = weekdays.weekday(i + 3);
        }
        if (day == null || day.point() == null || day.point().granularity() != Granularity.DAY) {
            return null;
        }
        return new RuleMatch(i, day.end(), Timex.TIME, day.point().value() + "T" + part, day.point(), true, false);
    }

    /** Nouns a part of the day modifies ("the morning session"): then it names no time. */
    private static final Set<String> PART_OF_DAY_NOUNS = Set.of("session", "sessions", "news", "paper", "papers",
            "edition", "editions", "show", "shows", "rush", "star", "prayer", "prayers", "meeting", "meetings",
            "shift", "shifts", "commute", "briefing", "briefings", "sun", "light", "dress", "tea", "coffee",
            "flight", "flights", "train", "trains", "class", "classes", "newspaper", "newspapers", "program",
            "programme", "service", "services", "mass", "walk", "walks", "routine", "sickness", "after");
    private static final Set<String> PART_OF_DAY_PRECEDERS = Set.of("in", "during", "by", "until", "till",
            "through", "throughout", "around", "since", "at", "from");

    /**
     * "in the morning", "by mid-afternoon", "until late evening": a part of the day the text is
     * about (the last day it named, else the publication date), a TIME as TimeBank marks it.
     */
    RuleMatch anaphoricPartOfDay(int i) {
        int k;
        int before;
        boolean mid = false;
        if (is(i, "the") && i + 1 < t.length) {
            k = i + 1;
            before = i - 1;
        } else {
            k = i;
            // only behind "mid-", "early", "late" (taken by the prefix rule): a bare "morning" is left alone
            int p = is(i - 1, "-") ? i - 2 : i - 1;
            if (!(is(p, "mid") || is(p, "early") || is(p, "late"))) {
                return null;
            }
            before = is(p - 1, "the") ? p - 2 : p - 1;
            mid = is(p, "mid");
        }
        String part = Lexicon.PARTS_OF_DAY.get(t[k].lower);
        // "mid-morning" is a time wherever it stands ("his mid-morning tweet"); "morning" only after a preposition
        // "the night" alone is left to the other rules; "earlier in the night" is a part of the day told about
        boolean comparative = is(before, "in") && (is(before - 1, "earlier") || is(before - 1, "later"));
        if (part == null || part.equals("NI") && !comparative
                || !mid && (before < 0 || !PART_OF_DAY_PRECEDERS.contains(t[before].lower))) {
            return null;
        }
        if (is(k + 1, "of") || is(k + 1, "-") || k + 1 < t.length && PART_OF_DAY_NOUNS.contains(t[k + 1].lower)) {
            return null;  // "the morning of May 2" (another rule), "the morning session", "morning-after"
        }
        TimePoint day = refs.lastRef != null && refs.lastRef.granularity() == Granularity.DAY ? refs.lastRef : dctDay();
        if (day != null && dct != null && day.date().isAfter(dct) && tenses.tense(k, k + 1) == Tense.PAST) {
            day = dctDay();  // "the polls Feb. 9. Four more debated earlier in the evening": not a day to come
        }
        int end = k + 1;
        if (k + 1 < t.length && !t[k + 1].newlineBefore) {
            // "at mid-afternoon yesterday", "in the morning Tuesday": that day
            RuleMatch d = is(k + 1, "yesterday") || is(k + 1, "today") || is(k + 1, "tomorrow")
                    ? deictics.deictic(k + 1)
                    : Lexicon.WEEKDAYS.containsKey(t[k + 1].lower) ? weekdays.weekday(k + 1) : null;
            if (d != null && d.start() == k + 1 && d.point() != null && d.point().granularity() == Granularity.DAY
                    && Timex.DATE.equals(d.type())) {
                day = d.point();
                end = d.end();
            }
        }
        if (day == null) {
            return null;
        }
        return new RuleMatch(i, end, Timex.TIME, day.value() + "T" + part, day, false, false);
    }
}
