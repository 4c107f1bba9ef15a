package dev.sayline.enrich.dates;

import dev.sayline.enrich.dates.Lexicon.Unit;
import dev.sayline.enrich.dates.QuantityReader.Quantity;
import dev.sayline.enrich.dates.TimePoint.Granularity;

import java.time.LocalDate;
import java.util.Set;

/**
 * Durations and offsets built on an amount ("three hours", "the past two months", "a 10-year bond",
 * "40 years ago", "a week earlier", "two years from now") and unit adjectives ("year-earlier",
 * "the year-ago period", "decades-long"). Offsets resolve against the publication date or the last
 * reference time.
 */
final class QuantityRules extends TokenReader {

    private final QuantityReader quantities;
    private final ClauseTense tenses;
    private final ReferenceTimes refs;
    private final YearRules years;

    QuantityRules(Reading reading, QuantityReader quantities, ClauseTense tenses, ReferenceTimes refs, YearRules years) {
        super(reading);
        this.quantities = quantities;
        this.tenses = tenses;
        this.refs = refs;
        this.years = years;
    }

    /** "year-earlier", "the year-ago period" (the reference quarter or year, a year back), "day-long", "decades-long". */
    RuleMatch unitAdjective(int i) {
        int k = i;
        boolean the = is(k, "the");
        if (the) {
            k++;
        }
        if (is(k, "comparable") || is(k, "corresponding")) {
            k++;
        }
        Unit closed = k < t.length && t[k].isWord() ? Lexicon.closedLongUnit(t[k].lower) : null;
        if (closed != null) {
            // "yearslong", "monthslong", "daylong": AP's closed spelling of "years-long", "day-long"
            boolean plural = Lexicon.PLURAL_UNITS.containsKey(t[k].lower.substring(0, t[k].lower.length() - 4));
            return new RuleMatch(k, k + 1, Timex.DURATION, closed.duration(plural ? null : 1.0), null, false, false);
        }
        if (k + 2 >= t.length || !is(k + 1, "-") || t[k + 1].spaceBefore || t[k + 2].spaceBefore) {
            return null;
        }
        Unit u = Lexicon.UNITS.get(t[k].lower);
        if (u == null || !t[k].isWord()) {
            return null;
        }
        if (is(k + 2, "long")) {
            boolean plural = Lexicon.PLURAL_UNITS.containsKey(t[k].lower);
            return new RuleMatch(k, k + 3, Timex.DURATION, u.duration(plural ? null : 1.0), null, false, false);
        }
        if (u != Unit.YEAR || !(is(k + 2, "earlier") || is(k + 2, "ago"))) {
            return null;
        }
        int e = k + 3;
        boolean period = is(e, "period") || is(e, "quarter");
        TimePoint p;
        if (refs.lastQuarter != null && k - refs.lastQuarterToken < 400) {
            p = refs.lastQuarter.plus(-1, Granularity.YEAR);
        } else if (dct != null) {
            p = TimePoint.year(dct.getYear() - 1);
        } else {
            return null;
        }
        if (period) {
            return new RuleMatch(i, e + 1, Timex.DATE, p.value(), p, false, false);
        }
        return new RuleMatch(k, e, Timex.DATE, p.value(), p, false, false);
    }

    RuleMatch quantity(int i) {
        int k = i;
        boolean the = is(k, "the");
        if (the) {
            k++;
        }
        String det = null;
        if (!the && is(k, "last") && k > 0 && BEFORE_THE_VERB_LAST.contains(t[k - 1].lower)) {
            return null;  // "the storm will last 24 hours": the verb; the duration is found at "24"
        }
        if (k < t.length) {
            switch (t[k].lower) {
                case "past", "last", "next", "first", "previous", "coming", "following", "final", "remaining",
                     "latest", "initial", "same", "preceding", "succeeding", "ensuing", "subsequent", "entire",
                     "full", "whole" -> {
                    det = t[k].lower;
                    k++;
                }
                default -> {
                }
            }
        }
        if (det == null && the && k < t.length && (Lexicon.CARDINALS.containsKey(t[k].lower) || t[k].isDigits())) {
            det = "the";
        }
        Quantity q = quantities.quantityAt(k);
        if (q == null) {
            return null;
        }
        Quantity upper = upperBound(q);
        int u = upper != null ? upper.end() : q.end();
        boolean hyphen = false;
        if (is(u, "-") && !t[u].spaceBefore && u + 1 < t.length && !t[u + 1].spaceBefore) {
            hyphen = true;
            u++;
        }
        if (u >= t.length) {
            return null;
        }
        // "20 more years", "an additional year", "two straight days", "in a single year"
        if (!hyphen && u + 1 < t.length && (is(u, "more") || is(u, "additional") || is(u, "extra")
                || is(u, "consecutive") || is(u, "straight") || is(u, "full") || is(u, "long")
                || is(u, "single") && q.article())
                && Lexicon.UNITS.containsKey(t[u + 1].lower)) {
            u++;
        }
        if (!hyphen && (is(u, "trading") || is(u, "business") || is(u, "working")) && (is(u + 1, "days")
                || is(u + 1, "day") && q.value() == 1)) {
            u++;  // "eight trading days", "five business days": days all the same
        }
        Unit unit = Lexicon.UNITS.get(t[u].lower);
        if (unit == null || !t[u].isWord()) {
            return null;
        }
        boolean plural = Lexicon.PLURAL_UNITS.containsKey(t[u].lower);
        if (q.article() && (plural || hyphen)) {
            return null;
        }
        if (t[u].capitalized() && !t[k].capitalized()) {
            return null;  // a title: "60 Minutes"
        }
        if (hyphen && plural && !is(u + 1, "-")) {
            return null;  // "three-quarters", "two-thirds"-like fractions
        }
        if (!hyphen && is(u + 1, "-") && !t[u + 1].spaceBefore && !is(u + 2, "long")) {
            return null;  // "a year-earlier loss", "year-end": not a duration
        }
        // "up to a century or more old."; not "the past 30 years or so old industries have declined"
        int age = is(u + 1, "or") && (is(u + 2, "more") || is(u + 2, "so"))
                && (u + 4 >= t.length || !t[u + 4].isWord()) ? u + 3 : u + 1;
        if (is(age, "old") || is(age, "older") || is(age, "younger") || is(u + 1, "of") && is(u + 2, "age")) {
            return null;  // ages: "37 years old", "up to a century or more old"
        }
        if (unit == Unit.QUARTER && det == null && !q.vague() && is(u + 1, "of")) {
            return null;  // "three quarters of the vote"; "several quarters of losses" is time
        }
        if (!q.vague() && q.value() != 1 && !plural && !hyphen && !q.article() && q.value() >= 2
                && !t[u].lower.equals("year")
                && !t[u].lower.equals("day") && !(u + 1 < t.length && t[u + 1].isWord() && !t[u + 1].capitalized()
                && !OFFSET_WORDS.contains(t[u + 1].lower))) {
            // "two week" without a hyphen only before a noun: "a three hour meeting"
            return null;
        }
        if (q.vague() && !plural) {
            return null;
        }
        if (unit == Unit.NIGHT && !plural && !hyphen) {
            return null;
        }
        if (unit == Unit.QUARTER && q.article()) {
            return null;  // "a quarter" is mostly a fraction
        }
        if (unit == Unit.QUARTER && plural && q.value() == 2 && ("first".equals(det) || "last".equals(det))
                && is(u + 1, "of")) {
            // "the first two quarters of 2014" is a half year, as TimeBank writes it
            int y = years.yearNumber(u + 2);
            if (y > 0 && t[u + 2].isDigits()) {
                TimePoint half = new TimePoint(Granularity.HALF, LocalDate.of(y, "first".equals(det) ? 1 : 7, 1), null);
                return new RuleMatch(i, u + 3, Timex.DATE, half.value(), half, true, false);
            }
        }
        if (unit == Unit.SECOND && !plural && !hyphen && t[u].is("second") && (q.article() || q.value() == 1)) {
            return null;  // "a second", "one second" are mostly ordinals
        }
        double value = q.value();
        int e = u + 1;
        if (is(e, "and") && is(e + 1, "a") && is(e + 2, "half")) {
            value += 0.5;
            e += 3;
        }
        if (!hyphen && is(e, "-") && is(e + 1, "long")) {
            e += 2;
            hyphen = true;
        }
        if (hyphen) {
            if (is(e, "-") && (is(e + 1, "old") || is(e + 1, "olds"))) {
                return null;
            }
            if (is(e, "-") && is(e + 1, "long")) {
                e += 2;
            }
            // "the 10-year bond": the adjective alone is the expression
            return new RuleMatch(k, e, Timex.DURATION, unit.duration(q.vague() ? null : value), null, false, true);
        }
        int start = det == null && the ? k : i;
        if (det != null && (det.equals("entire") || det.equals("full") || det.equals("whole"))) {
            start = k;
        }
        Double amount = q.vague() ? null : value;
        // "a week or so", "a year or two"
        if (is(e, "or") && is(e + 1, "so")) {
            e += 2;
        } else if (is(e, "or") && e + 1 < t.length && (t[e + 1].isDigits() || Lexicon.CARDINALS.containsKey(t[e + 1].lower))
                && !(e + 2 < t.length && Lexicon.UNITS.containsKey(t[e + 2].lower))) {
            e += 2;
        }
        // offsets from now or from the reference time
        if (is(e, "ago") && det == null) {
            return offset(start, e + 1, unit, amount, -1, dctDay());
        }
        if (is(e, "from") && is(e + 1, "now") && det == null) {
            return offset(start, e + 2, unit, amount, 1, dctDay());
        }
        RuleMatch fromADay = fromADay(start, e, unit, amount, det);
        if (fromADay != null) {
            return fromADay;
        }
        if (is(e, "hence") && det == null) {
            return offset(start, e + 1, unit, amount, 1, dctDay());
        }
        if (is(e, "later") && det == null) {
            // "three days later": TimeBank marks the duration and leaves "later" as its signal
            return new RuleMatch(start, e, Timex.DURATION, unit.duration(amount), null, false, true);
        }
        boolean endsBeforeOrAfter = (is(e, "before") || is(e, "after"))
                && (e + 1 >= t.length || t[e + 1].kind == Token.Kind.PUNCT && !t[e + 1].is("'"));
        // "in four hours earlier this year": "earlier" goes with the year ("earlier in the day" too)
        // (not "announced two days earlier that it was …")
        boolean earlierThisYear = is(e + 1, "today") || (is(e + 1, "this") || is(e + 1, "that")) && e + 2 < t.length
                && Lexicon.UNITS.containsKey(t[e + 2].lower)
                || is(e + 1, "in") && is(e + 2, "the") && e + 3 < t.length && Lexicon.UNITS.containsKey(t[e + 3].lower);
        if (is(e, "earlier") && earlierThisYear && det == null) {
            return new RuleMatch(start, e, Timex.DURATION, unit.duration(amount), null, false, true);
        }
        if ((is(e, "earlier") && !is(e + 1, "than") || endsBeforeOrAfter) && det == null && unit.timeOfDay) {
            // "Four hours earlier", "two hours before.": hours from a time the text may not give; a stretch
            // (the annotators 4 times in 5), not a day
            return new RuleMatch(start, e + 1, Timex.DURATION, unit.duration(amount), null, false, true);
        }
        if (is(e, "earlier") && det == null && !is(e + 1, "than")) {
            return offset(start, e + 1, unit, amount, -1, anaphoricAnchor(unit, start, e + 1));
        }
        if (endsBeforeOrAfter && det == null) {
            return offset(start, e + 1, unit, amount, is(e, "before") ? -1 : 1, anaphoricAnchor(unit, start, e + 1));
        }
        // "a week's time"
        if (is(e, "'") && is(e + 1, "s") && is(e + 2, "time")) {
            return new RuleMatch(start, e + 3, Timex.DURATION, unit.duration(amount), null, false, true);
        }
        if (unit == Unit.WEEKEND && det == null) {
            return null;
        }
        if (q.article() && det == null && !the && i > 0 && quantities.endsAnAmount(i - 1)) {
            return null;  // a rate: "$2 million a year", "four flights a week"
        }
        if (q.article() && (unit == Unit.MINUTE || unit == Unit.SECOND) && is(i - 1, "for") && i > 1
                && DOUBTING.contains(t[i - 2].lower)) {
            return null;  // "I don't believe for a minute that …", "never for a second": no time
        }
        if (q.article() && (is(i - 1, "wait") || is(i - 1, "just") && is(i - 2, "wait"))) {
            return null;  // "wait a minute"
        }
        return new RuleMatch(start, e, Timex.DURATION, unit.duration(amount), null, false, true);
    }

    /**
     * The upper bound of a range "two to three weeks", "one to two years" after its lower bound q: TimeBank
     * marks the range whole, valued at its lower bound. Null if q starts no range.
     */
    private Quantity upperBound(Quantity q) {
        if (q.vague() || q.article() || !is(q.end(), "to")) {
            return null;
        }
        Quantity r = quantities.quantityAt(q.end() + 1);
        return r != null && !r.vague() && !r.article() && r.value() > q.value() ? r : null;
    }

    private static final Set<String> BEFORE_THE_VERB_LAST = Set.of("will", "ll", "would", "could", "can", "may",
            "might", "should", "must", "to", "not", "t", "did", "does", "do", "only", "won", "usually", "typically");

    private static final Set<String> DOUBTING = Set.of("believe", "believed", "think", "thought", "doubt",
            "doubted", "imagine", "imagined", "suggest", "pretend", "never", "not", "t", "forget", "hesitate");
    private static final Set<String> OFFSET_WORDS = Set.of("of", "ago", "later", "earlier", "before", "after", "and",
            "or", "in", "to", "from", "for", "since", "until", "hence", "at", "on", "by", "into", "away");
    /**
     * "years ago", "Months ago", "Just days ago", "a long time ago", "in years past" (a vague offset:
     * {@code PAST_REF}, or the day for hours and minutes), "a quarter-century ago" (25 years back).
     */
    RuleMatch bareAgo(int i) {
        Unit u = Lexicon.PLURAL_UNITS.get(t[i].lower);
        if (u != null && is(i + 1, "ago") && t[i].isWord()) {
            return offset(i, i + 2, u, null, -1, dctDay());
        }
        if (u != null && is(i + 1, "past") && u.granularity().ordinal() <= Granularity.MONTH.ordinal()
                && t[i].isWord() && (i + 2 >= t.length || t[i + 2].kind == Token.Kind.PUNCT || is(i + 2, "and")
                || is(i + 2, "or") || is(i + 2, "but"))) {
            return RuleMatch.ref(i, i + 2, "PAST_REF");  // "in years past"; not "two years past the deadline"
        }
        if (t[i].is("a") && is(i + 1, "long") && is(i + 2, "time") && is(i + 3, "ago")) {
            return RuleMatch.ref(i, i + 4, "PAST_REF");
        }
        if (t[i].is("a") && (is(i + 1, "quarter") || is(i + 1, "half")) && is(i + 2, "-") && is(i + 3, "century")
                && is(i + 4, "ago")) {
            return offset(i, i + 5, Unit.YEAR, is(i + 1, "quarter") ? 25.0 : 50.0, -1, dctDay());
        }
        return null;
    }

    /**
     * What "four days earlier" counts from: the last date the text named, as TimeML does, unless
     * that date is a year, a half, a season or a quarter while the offset counts days or weeks ("In 2007
     * … the debate four days earlier", "the first half of the year … four days earlier"), or lies after
     * the publication date while the clause tells of the past ("The primary is next Tuesday. A day
     * earlier, protesters were arrested"): then the last day named that is not ahead, if it is of the
     * story's week, else the publication date.
     */
    private TimePoint anaphoricAnchor(Unit unit, int start, int end) {
        TimePoint lastRef = refs.lastRef;
        if (lastRef == null || dct == null) {
            return lastRef != null ? lastRef : dctDay();
        }
        boolean coarser = lastRef.granularity().ordinal() < Granularity.MONTH.ordinal()
                && unit.granularity().ordinal() >= Granularity.WEEK.ordinal();
        boolean laterThanAPast = lastRef.date().isAfter(dct) && tenses.tense(start, end) == Tense.PAST;
        if (laterThanAPast && refs.lastPastDay != null && !refs.lastPastDay.date().isBefore(dct.minusDays(7))) {
            return refs.lastPastDay;  // "on Tuesday … ahead of next Tuesday's primary. A day earlier, …": Monday
        }
        return coarser || laterThanAPast ? dctDay() : lastRef;
    }

    /**
     * "a week from today", "two days from tomorrow", "a week from tonight" (a night): a day, counted from
     * that one; not a stretch ("runs for two weeks from tomorrow") nor a part ("two and a half weeks").
     */
    private RuleMatch fromADay(int start, int e, Unit unit, Double amount, String det) {
        if (!is(e, "from") || det != null || amount == null || amount != Math.floor(amount)
                || unit != Unit.DAY && unit != Unit.WEEK || is(start - 1, "for") || dct == null || e + 1 >= t.length) {
            return null;
        }
        int shift = switch (t[e + 1].lower) {
            case "today", "tonight" -> 0;
            case "tomorrow" -> 1;
            case "yesterday" -> -1;
            default -> Integer.MIN_VALUE;
        };
        if (shift == Integer.MIN_VALUE) {
            return null;
        }
        TimePoint day = TimePoint.day(dct.plusDays(shift)).plus(Math.round(amount), unit.step());
        return is(e + 1, "tonight")
                ? new RuleMatch(start, e + 2, Timex.TIME, day.value() + "TNI", day, false, true)
                : new RuleMatch(start, e + 2, Timex.DATE, day.value(), day, false, true);
    }

    private RuleMatch offset(int start, int end, Unit unit, Double amount, int sign, TimePoint anchor) {
        if (anchor == null) {
            return new RuleMatch(start, end, Timex.DATE, sign < 0 ? "PAST_REF" : "FUTURE_REF", null, false, true);
        }
        if (amount == null) {
            if (unit.timeOfDay) {
                TimePoint day = anchor.withGranularity(Granularity.DAY);
                return new RuleMatch(start, end, Timex.DATE, day.value(), day, false, true);
            }
            return new RuleMatch(start, end, Timex.DATE, sign < 0 ? "PAST_REF" : "FUTURE_REF", null, false, true);
        }
        if ((unit == Unit.DECADE || unit == Unit.CENTURY) && amount != Math.rint(amount)) {
            amount *= unit == Unit.CENTURY ? 100 : 10;  // "a quarter century ago" is 25 years back
            unit = Unit.YEAR;
        }
        long n = Math.round(Math.floor(amount));
        TimePoint p;
        if (unit == Unit.YEAR && refs.lastQuarter != null && start - refs.lastQuarterToken < 400) {
            p = refs.lastQuarter.plus(sign * n, Granularity.YEAR);
        } else {
            Granularity g = unit.granularity();
            if (anchor.granularity().ordinal() < g.ordinal()) {
                g = anchor.granularity();
            }
            p = anchor.withGranularity(Granularity.DAY).plus(sign * n, unit.step()).withGranularity(g);
            if (unit == Unit.FORTNIGHT) {
                p = anchor.withGranularity(Granularity.DAY).plus(sign * 2 * n, Granularity.WEEK).withGranularity(g);
            }
        }
        return new RuleMatch(start, end, Timex.DATE, p.value(), p, false, true);
    }
}
