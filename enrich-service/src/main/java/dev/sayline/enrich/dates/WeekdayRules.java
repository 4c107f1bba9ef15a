package dev.sayline.enrich.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;

import static dev.sayline.enrich.dates.ClockReader.hhmm;

/**
 * Weekdays ("Friday", "Friday night", "Friday at 5 p.m.", "Saturday's call"): the last or the coming
 * one around the publication date, from the clause's tense, a timetable verb ("meet Monday") or
 * words that look ahead ("ahead of Friday's vote").
 */
final class WeekdayRules extends TokenReader {

    private final ClauseTense tenses;
    private final ClockReader clocks;
    private final DeicticRules deictics;

    WeekdayRules(Reading reading, ClauseTense tenses, ClockReader clocks, DeicticRules deictics) {
        super(reading);
        this.tenses = tenses;
        this.clocks = clocks;
        this.deictics = deictics;
    }

    RuleMatch weekday(int i) {
        if (is(i - 1, "good") && t[i - 1].capitalized() && is(i, "friday")) {
            return null;  // "Good Friday" is a holiday, and "the Good Friday Agreement" no day at all
        }
        if (is(i - 1, "super") && i > 1 && t[i - 2].isDigits()) {
            return null;  // "the 1988 Super Tuesday" is marked by its year
        }
        return weekday(i, i);
    }

    /** Words that tell an event's outcome, so that it has been held: "Results of the vote on Monday". */
    private static final Set<String> OUTCOMES = Set.of("results", "result", "highlights", "win", "victory", "loss",
            "defeat", "outcome", "aftermath", "recap", "winner", "winners", "loser", "losers", "tally", "turnout");

    /**
     * The event at k is told by its outcome: an outcome word in the five words before it ("Clinton's win in
     * the primary on Tuesday"), or a score after the day ("The vote on Monday: 52-48").
     */
    private boolean anOutcome(int k, int after) {
        for (int j = k - 1; j >= 0 && j >= k - 5 && !reading.isSentenceBreak(j); j--) {
            if (OUTCOMES.contains(t[j].lower)) {
                return true;
            }
        }
        return is(after, ":") && after + 1 < t.length && t[after + 1].isDigits();
    }

    /** How near a weekday's coming event must be for a clause without a tense to mean it rather than the last. */
    private static final int SOON_DAYS = 2;

    /** The weekday nearest the publication date (the earlier one at equal distance). */
    private LocalDate nearest(DayOfWeek dow) {
        LocalDate next = dct.with(TemporalAdjusters.nextOrSame(dow));
        LocalDate previous = dct.with(TemporalAdjusters.previousOrSame(dow));
        return next.toEpochDay() - dct.toEpochDay() < dct.toEpochDay() - previous.toEpochDay() ? next : previous;
    }

    /**
     * -1 or 1 where the weekday at i is said to be in last or next week ("on Tuesday last week", "Monday
     * of next week", "Last week, on Tuesday"; not "video on Monday of last week's shooting"), else 0.
     */
    private int weekNamedWith(int i) {
        int k = is(i + 1, "of") ? i + 2 : i + 1;
        if ((is(k, "last") || is(k, "next")) && is(k + 1, "week") && !is(k + 2, "'")) {
            return is(k, "last") ? -1 : 1;
        }
        int j = is(i - 1, "on") ? i - 2 : i - 1;
        if (is(j, ",")) {
            j--;
        }
        return is(j, "week") && (is(j - 1, "last") || is(j - 1, "next")) ? (is(j - 1, "last") ? -1 : 1) : 0;
    }

    /** A weekday at {@code i} whose clause is read from {@code clause} on ("9 a.m. Tuesday" reads from "9"). */
    RuleMatch weekday(int i, int clause) {
        if (i >= t.length) {
            return null;  // asked for the token after a text's end ("The night of")
        }
        Token a = t[i];
        Integer wd = Lexicon.WEEKDAYS.get(a.lower);
        if (wd == null || !a.capitalized()) {
            return null;
        }
        if (dct == null) {
            return new RuleMatch(i, i + 1, Timex.DATE, "XXXX-WXX-" + wd, null, false, false);
        }
        DayOfWeek dow = DayOfWeek.of(wd);
        LocalDate d;
        if (clause == i && is(i + 1, "'") && is(i + 2, "s")) {
            // "get around Wednesday's ruling", "over Thursday's closing price": the clause's tense is the
            // main verb's, not the event's, which news names once it has happened; "ahead of Friday's
            // vote" still looks forward, as does an event in a future clause ("Thursday's debate … will be")
            boolean scheduled = tenses.scheduledEvent(i + 3);
            Tense clauseTense = scheduled ? tenses.tenseOfAWeekday(i, i + 3) : Tense.UNKNOWN;
            // "voters expect her to win Monday's debate" on a Sunday: an event in a clause without a
            // tense is the coming one when it is a day or two away, else the one just held ("his
            // microphone problems during Monday's debate" on a Friday; "leads after Monday's debate")
            boolean afterIt = (is(i - 1, "after") || is(i - 1, "since") || is(i - 1, "following"))
                    && tenses.tense(i, i + 1) != Tense.FUTURE;  // "after Thursday's debate, Cruz must travel" is ahead
            boolean soon = scheduled && clauseTense == Tense.UNKNOWN && !afterIt
                    && dct.with(TemporalAdjusters.next(dow)).toEpochDay() - dct.toEpochDay() <= SOON_DAYS;
            d = tenses.lookingAhead(i) || clauseTense == Tense.FUTURE || soon ? dct.with(TemporalAdjusters.nextOrSame(dow))
                    : clauseTense == Tense.PLANNED_IN_THE_PAST ? nearest(dow)
                    : dct.with(TemporalAdjusters.previousOrSame(dow));
        } else if (clause == i && tenses.timetableBefore(i)) {
            // "the summit opens Monday" in a Monday story is that day
            d = dct.with(TemporalAdjusters.nextOrSame(dow));
        } else if (clause == i && tenses.aheadOfThePhrase(i)) {
            // "ahead of voting Tuesday" is ahead; told in the simple past, ahead of then: the nearest
            // ("Clinton, speaking ahead of the debate Wednesday, attacked Trump" on a Thursday)
            d = tenses.simplePast(i, i + 1) ? nearest(dow) : dct.with(TemporalAdjusters.nextOrSame(dow));
        } else {
            // a future clause naming the publication day's own weekday means that day ("On Wednesday,
            // Obama will speak" in a Wednesday story), as news writes the coming one as "next Wednesday"
            Tense tense = tenses.tenseOfAWeekday(clause, i + 1);
            // "there's an election on Tuesday", "In the primary on Tuesday, she faces …": an event a clause
            // without a tense names by its day is the nearest one, coming or just held
            boolean eventOnTheDay = tense == Tense.UNKNOWN && clause == i && is(i - 1, "on")
                    && tenses.scheduledEvent(i - 2) && !anOutcome(i - 2, i + 1);
            boolean votingDay = tense == Tense.UNKNOWN && clause == i && tenses.votingTimetableAfter(i);
            d = tense == Tense.FUTURE || votingDay ? dct.with(TemporalAdjusters.nextOrSame(dow))
                    : tense == Tense.PLANNED_IN_THE_PAST || eventOnTheDay ? nearest(dow)
                    : dct.with(TemporalAdjusters.previousOrSame(dow));
        }
        int week = weekNamedWith(i);
        if (week != 0) {
            d = dct.plusWeeks(week).with(ChronoField.DAY_OF_WEEK, wd);  // ISO weeks run Monday to Sunday
        }
        TimePoint p = TimePoint.day(d);
        RuleMatch withPart = deictics.dayWithPartOfDay(i, i + 1, p);
        if (withPart != null) {
            return withPart;
        }
        // "Friday at 5 p.m."
        int k = i + 1;
        if (is(k, ",")) {
            k++;
        }
        if (is(k, "at")) {
            int[] c = clocks.clock(k + 1);
            if (c != null) {
                return new RuleMatch(i, c[0], Timex.TIME, p.value() + "T" + hhmm(c[1], c[2]), p, true, false);
            }
        }
        return new RuleMatch(i, i + 1, Timex.DATE, p.value(), p, true, false);
    }
}
