package dev.sayline.enrich.dates;

import dev.sayline.enrich.dates.TimePoint.Granularity;

import java.util.Set;

import static dev.sayline.enrich.dates.ClockReader.hhmm;
import static dev.sayline.enrich.dates.RuleMatch.longer;

/**
 * Clock times as expressions ("17:48 utc", "10 p.m. Wednesday", "5 p.m. EST, Nov. 6", "noon Moscow time"):
 * the day they fall on is the one written after them, else the day the text is about, else the
 * publication date. The clock itself is read by {@link ClockReader}.
 */
final class ClockTimeRules extends TokenReader {

    private final CalendarDateRules dates;
    private final ClockReader clocks;
    private final DeicticRules deictics;
    private final ReferenceTimes refs;
    private final ClauseTense tenses;
    private final WeekdayRules weekdays;

    ClockTimeRules(Reading reading, CalendarDateRules dates, ClockReader clocks, DeicticRules deictics,
                   ReferenceTimes refs, ClauseTense tenses, WeekdayRules weekdays) {
        super(reading);
        this.dates = dates;
        this.clocks = clocks;
        this.deictics = deictics;
        this.refs = refs;
        this.tenses = tenses;
        this.weekdays = weekdays;
    }

    /**
     * The day a text named earlier, unless the clause's tense contradicts it: "votes were counted by
     * 9:30 p.m." after a paragraph on next month's primary is a time already past, so the publication day.
     */
    private TimePoint inTenseWith(TimePoint day, int i, int e) {
        if (dct == null) {
            return day;
        }
        Tense tense = tenses.tense(i, e);
        boolean contradicts = tense == Tense.PAST && day.date().isAfter(dct)
                || tense == Tense.FUTURE && day.date().isBefore(dct);
        return contradicts ? dctDay() : day;
    }

    /**
     * Frequencies that make a clock time a habit, not a day's. (A timetable verb alone, "the debate
     * begins at 9 p.m.", is as often one day's event.)
     */
    private static final Set<String> HABITS = Set.of("weekdays", "weeknights", "weekends", "daily", "nightly");

    /**
     * A frequency in the eight words before the clock time at i, in its sentence: "weekdays", "daily"
     * (not "The Daily Beast"), "every Friday", "each morning" (not "polls in every county").
     */
    private boolean habitual(int i) {
        for (int k = i - 1, n = 0; k >= 0 && n < 8 && !reading.isSentenceBreak(k); n += t[k].words(), k--) {
            if (HABITS.contains(t[k].text)
                    || (t[k].is("every") || t[k].is("each")) && k + 1 < t.length
                    && (Lexicon.WEEKDAYS.containsKey(t[k + 1].lower) || Lexicon.UNITS.containsKey(t[k + 1].lower))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> PARTS_OF_TODAY = Set.of("morning", "afternoon", "evening");

    RuleMatch timeOfDay(int i) {
        int[] c = clocks.clock(i);
        if (c == null || is(c[0], "mark")) {
            return null;  // "around the 2:05 mark": a position in a recording
        }
        int e = c[0];
        if (e + 1 < t.length && t[e].isWord() && t[e].capitalized() && !is(e, "local") && is(e + 1, "time")
                && !Lexicon.WEEKDAYS.containsKey(t[e].lower) && !Lexicon.MONTHS.containsKey(t[e].lower)) {
            e += 2;  // "8 p.m. Rome time", "noon Moscow time" ("local time" is part of the clock rule)
        }
        // a day after the time: "10 p.m. Wednesday", "5 p.m. EST, Nov. 6", "9 a.m. tomorrow"
        int d = e;
        if (is(d, ",")) {
            d++;
        }
        if (is(d, "on") || is(d, "of")) {
            d++;  // "10 p.m. on Wednesday", "three o'clock in the morning of March 4"
        }
        RuleMatch day = null;
        if (d < t.length) {
            RuleMatch ed = dates.explicitDate(d);
            RuleMatch wd = weekdays.weekday(d, i);
            RuleMatch dd = deictics.deictic(d);
            day = longer(ed, longer(wd, dd));
            if (day != null && (day.point() == null || day.start() != d
                    || day.point().granularity() != Granularity.DAY)) {
                day = null;
            }
        }
        TimePoint base;
        int end = e;
        if (day != null) {
            base = day.point();
            end = day.end();
        } else if (is(e, "this") && PARTS_OF_TODAY.contains(e + 1 < t.length ? t[e + 1].lower : "")) {
            base = dctDay();  // "at 10 a.m. this morning", "by 6 o'clock this afternoon": one time of the day
            end = e + 2;
        } else if (refs.lastDay != null && !t[i].newlineBefore && reading.sameSentence(refs.lastDayToken - 1, i)) {
            base = inTenseWith(refs.lastDay, i, e);  // "revealed on tonight's Kelly File at 9 p.m."
        } else if (habitual(i)) {
            base = null;  // "the show airs weekdays from 6 a.m. to 9 a.m.": any day, XXXX-XX-XX
        } else if (refs.lastRef != null && refs.lastRef.granularity() == Granularity.DAY && !t[i].newlineBefore) {
            base = inTenseWith(refs.lastRef, i, e);
        } else {
            base = dctDay();  // also a time opening its line: a live blog's entry stamp ("3:25 p.m.  Trump says …")
        }
        if (t[i].is("noon") || t[i].is("midnight") || t[i].is("midday")) {
            if (day == null && !is(i - 1, "at") && !is(i - 1, "by") && !is(i - 1, "until") && !is(i - 1, "before")
                    && !is(i - 1, "after") && !is(i - 1, "from")) {
                return null;
            }
        }
        String clock = c[1] == 24 ? "24:00" : hhmm(c[1], c[2]);
        String value = (base == null ? "XXXX-XX-XX" : base.value()) + "T" + clock;
        return new RuleMatch(i, end, Timex.TIME, value, base, day != null, true);
    }
}
