package dev.sayline.enrich.dates;

import dev.sayline.enrich.dates.Lexicon.Unit;
import dev.sayline.enrich.dates.TimePoint.Granularity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static dev.sayline.enrich.dates.RuleMatch.longer;
import static dev.sayline.enrich.dates.RuleMatch.pointMatch;

/**
 * The rule grammar: finds TIMEX3 expressions in one text and resolves their values.
 *
 * <p>One instance per text (it carries the reference times that change as the text is read).
 * At each token the recognizer tries every rule and keeps the longest match; modifiers that
 * TimeML puts inside the extent ({@code early}, {@code the end of}, {@code more than},
 * {@code just}) are taken as prefixes of a rule's match. Deictic expressions ({@code yesterday},
 * {@code last week}, {@code Friday}) resolve against the document creation time; anaphoric ones
 * ({@code a year earlier}, {@code the next day}, {@code that month}) against the last explicit
 * date the text mentioned, as TimeML does.
 *
 * <p>The rules themselves live in one class per family ({@code *Rules}); this class only walks
 * the tokens, takes the prefixes, tries the families in a fixed order ({@link #core}) and moves the
 * {@link ReferenceTimes} after each expression it keeps. The order matters: on equal extents the
 * earlier rule wins.
 */
final class TimexRecognizer extends TokenReader {

    private final ReferenceTimes refs;
    private final CalendarDateRules dates;
    private final ClauseTense tenses;
    private final ClockReader clocks;
    private final DeicticRules deictics;
    private final HolidayRules holidays;
    private final QuantityRules durations;
    private final QuarterRules quarters;
    private final RelativeRules relatives;
    private final SeasonRules seasons;
    private final SetRules sets;
    private final SocialAgeRule socialAges;
    private final WeekdayRules weekdays;
    private final YearRules years;

    TimexRecognizer(String text, LocalDate dct) {
        this(new Reading(text, dct));
    }

    private TimexRecognizer(Reading reading) {
        super(reading);
        this.refs = new ReferenceTimes(reading);
        this.tenses = new ClauseTense(reading);
        this.clocks = new ClockReader(reading);
        this.years = new YearRules(reading);
        QuantityReader quantities = new QuantityReader(reading);
        this.dates = new CalendarDateRules(reading, tenses, clocks, refs, years);
        this.quarters = new QuarterRules(reading, dates, tenses, refs, years);
        this.seasons = new SeasonRules(reading, tenses, refs, years);
        this.holidays = new HolidayRules(reading, tenses, years);
        this.socialAges = new SocialAgeRule(reading);
        this.sets = new SetRules(reading, quantities);
        this.deictics = new DeicticRules(reading, tenses, quantities, refs);
        this.weekdays = new WeekdayRules(reading, tenses, clocks, deictics);
        this.relatives = new RelativeRules(reading, deictics, refs);
        this.durations = new QuantityRules(reading, quantities, refs, years);
    }

    private static final Set<String> ORDINAL_DAY_PRECEDERS = Set.of("on", "by", "until", "till", "since",
            "from", "before", "after", "through", "to");

    List<Timex> run() {
        List<Timex> out = new ArrayList<>();
        for (int i = 0; i < t.length; ) {
            RuleMatch m = mayStart(t[i]) ? best(i) : null;
            // a match that begins after i ("the" then "2025") is found again, maybe longer, from its own start
            if (m == null || m.start() > i || reading.insideUrl(t[m.start()].start)) {
                i++;
                continue;
            }
            out.add(new Timex(t[m.start()].start, t[m.end() - 1].end, m.type(), m.value()));
            refs.remember(m, quarters.reportsOn(m));
            refs.lastEnd = m.end();
            refs.lastEndedOnDay = m.point() != null && m.point().granularity() == Granularity.DAY && dates.dayNumber(m.end() - 1) > 0;
            i = m.end();
        }
        return out;
    }

    /** Words that can begin an expression (with its prefixes); other words are skipped at once. */
    private static final Set<String> START_WORDS;

    static {
        Set<String> w = new java.util.HashSet<>();
        w.addAll(Lexicon.MONTHS.keySet());
        w.addAll(Lexicon.WEEKDAYS.keySet());
        w.addAll(Lexicon.WEEKDAYS_PLURAL.keySet());
        w.addAll(Lexicon.CARDINALS.keySet());
        w.addAll(Lexicon.ORDINALS.keySet());
        w.addAll(Lexicon.UNITS.keySet());
        w.addAll(Lexicon.SEASONS.keySet());
        w.addAll(Lexicon.VAGUE);
        w.addAll(Lexicon.APPROXIMATORS);
        w.addAll(RelativeRules.DEICTIC_DETERMINERS);
        w.addAll(Set.of("'", "a", "an", "the", "recent", "future", "early", "late", "mid", "middle", "earlier",
                "later", "more", "less", "fewer", "no", "at", "up", "well", "right", "most", "today", "tonight",
                "yesterday", "tomorrow", "now", "currently", "nowadays", "presently", "these", "present", "recently",
                "lately", "daily", "weekly", "monthly", "yearly", "annually", "hourly", "nightly", "quarterly",
                "biweekly", "fortnightly", "semiannually", "every", "each", "per", "once", "twice", "thrice",
                "christmas", "thanksgiving", "halloween", "new", "independence", "orthodox", "easter", "good",
                "boxing", "election", "memorial", "labor", "labour", "victory", "armistice", "veterans", "valentine",
                "fiscal", "comparable", "corresponding", "noon", "midnight", "midday", "dozens", "hundreds", "thousands", "half",
                "entire", "full", "whole", "first", "final", "remaining", "latest", "initial", "succeeding",
                "ensuing", "subsequent", "past", "coming", "some", "someday"));
        START_WORDS = Set.copyOf(w);
    }

    private static boolean mayStart(Token a) {
        return switch (a.kind) {
            case DIGITS, ALNUM -> true;
            case PUNCT -> a.lower.equals("'");
            case WORD -> START_WORDS.contains(a.lower);
        };
    }

    private RuleMatch best(int i) {
        RuleMatch m = core(i);
        int q = quantityPrefix(i);
        if (q > i && q < t.length) {
            RuleMatch c = core(q);
            if (c != null && c.start() == q && c.quantified()) {
                // "more than a decade" keeps its comparative; "about five hours" is marked without "about",
                // but "just a few hours ago", "right now" and "most recently" keep theirs
                boolean loose = false;
                for (int k = i; k < q; k++) {
                    loose |= Lexicon.APPROXIMATORS.contains(t[k].lower) && !is(k - 1, "at");
                }
                if (!loose || Timex.DATE.equals(c.type())) {
                    m = longer(m, c.from(i));
                }
            }
        }
        int p = positionPrefix(i);
        if (p > i && p < t.length) {
            RuleMatch c = core(p);
            if (c == null) {
                c = theUnit(p);
            }
            if (c != null && c.start() == p && c.point() != null) {
                RuleMatch shaped = c.from(i);
                String mod = t[i].lower;
                if (t[i].is("the") && i + 1 < t.length) {
                    mod = t[i + 1].lower;
                }
                if ((mod.equals("first") || mod.equals("second") || mod.equals("last"))
                        && c.point().granularity() == Granularity.YEAR) {
                    TimePoint half = new TimePoint(Granularity.HALF,
                            c.point().date().withMonth(mod.equals("first") ? 1 : 7), null);
                    shaped = new RuleMatch(i, c.end(), Timex.DATE, half.value(), half, c.anchor(), false);
                }
                m = longer(m, shaped);
            }
        }
        return m;
    }

    /** {@code more than}, {@code about}, {@code nearly}, {@code just} …: index after them, else {@code i}. */
    private int quantityPrefix(int i) {
        int k = i;
        for (int guard = 0; guard < 3 && k < t.length; guard++) {
            String w = t[k].lower;
            if ((w.equals("more") || w.equals("less") || w.equals("fewer")) && is(k + 1, "than")) {
                k += 2;
            } else if (w.equals("no") && (is(k + 1, "more") || is(k + 1, "less")) && is(k + 2, "than")) {
                k += 3;
            } else if (w.equals("at") && (is(k + 1, "least") || is(k + 1, "most"))) {
                k += 2;
            } else if (w.equals("up") && is(k + 1, "to")) {
                k += 2;
            } else if (w.equals("well") && (is(k + 1, "over") || is(k + 1, "under"))) {
                k += 2;
            } else if (Lexicon.APPROXIMATORS.contains(w) || w.equals("right") || w.equals("most")
                    || w.equals("more")) {
                k++;
            } else {
                break;
            }
        }
        return k;
    }

    /** {@code early}, {@code late}, {@code mid-}, {@code the end of}, {@code earlier} …: index after them. */
    private int positionPrefix(int i) {
        int k = i;
        boolean the = is(k, "the");
        if (the) {
            k++;
        }
        if (k >= t.length) {
            return i;
        }
        String w = t[k].lower;
        if (w.equals("early") || w.equals("late") || w.equals("mid") || w.equals("middle") && !the) {
            k++;
            if (is(k, "-") && !t[k].spaceBefore) {
                k++;
            }
            return k;
        }
        if (!the && (w.equals("earlier") || w.equals("later"))) {
            // "earlier this week", "later that day", "earlier Sunday", "earlier in the year"
            if (is(k + 1, "this") || is(k + 1, "that") || is(k + 1, "today") || is(k + 1, "yesterday")
                    || is(k + 1, "tomorrow") || k + 1 < t.length && Lexicon.WEEKDAYS.containsKey(t[k + 1].lower)) {
                return k + 1;
            }
            if (is(k + 1, "in") && is(k + 2, "the")) {
                return k + 2;
            }
            return i;
        }
        if (the && w.equals("end") && is(k + 1, "of") && is(k + 2, "the") && is(k + 3, "day")) {
            return i;  // "at the end of the day": an idiom
        }
        if (the && (w.equals("end") || w.equals("beginning") || w.equals("start") || w.equals("middle")
                || w.equals("turn") || w.equals("close") || w.equals("rest") || w.equals("remainder")) && is(k + 1, "of")) {
            return k + 2;
        }
        if (the && (w.equals("first") || w.equals("second") || w.equals("last")) && is(k + 1, "half")
                && is(k + 2, "of")) {
            return k + 3;
        }
        return i;
    }

    /** "the night of December 28-29", "the morning of Aug. 7": the day with a part of it, a TIME. */
    private RuleMatch partOfDayOf(int i) {
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

    /** {@code the year}, {@code the month} … after a position prefix ({@code the end of the month}). */
    private RuleMatch theUnit(int k) {
        if (!is(k, "the") || k + 1 >= t.length) {
            return null;
        }
        Unit u = Lexicon.UNITS.get(t[k + 1].lower);
        if (u == null || Lexicon.PLURAL_UNITS.containsKey(t[k + 1].lower)) {
            return null;
        }
        TimePoint anchor = refs.lastRef != null ? refs.lastRef : dctDay();
        if (anchor == null) {
            return null;
        }
        Granularity g = u.granularity();
        if (anchor.granularity().ordinal() < g.ordinal()) {
            g = anchor.granularity();
        }
        TimePoint p = anchor.withGranularity(g);
        return new RuleMatch(k, k + 2, Timex.DATE, p.value(), p, false, false);
    }

    private RuleMatch core(int i) {
        RuleMatch m = deictics.someday(i);
        m = longer(m, deictics.deictic(i));
        m = longer(m, dates.explicitDate(i));
        m = longer(m, dates.numericDate(i));
        m = longer(m, years.year(i));
        m = longer(m, quarters.quarter(i));
        m = longer(m, quarters.reportingPeriod(i));
        m = longer(m, quarters.yearEnd(i));
        m = longer(m, dates.weekOf(i));
        m = longer(m, dayBeforeOrAfter(i));
        m = longer(m, seasons.season(i));
        m = longer(m, relatives.relative(i));
        m = longer(m, durations.quantity(i));
        m = longer(m, durations.unitAdjective(i));
        m = longer(m, sets.set(i));
        m = longer(m, timeOfDay(i));
        m = longer(m, weekdays.weekday(i));
        m = longer(m, holidays.holiday(i));
        m = longer(m, socialAges.socialAge(i));
        m = longer(m, partOfDayOf(i));
        m = longer(m, relatives.barePlural(i));
        m = longer(m, ordinalDay(i));
        m = longer(m, relatives.vaguePlural(i));
        m = longer(m, anaphoricPartOfDay(i));
        m = longer(m, coordinatedDay(i));
        m = longer(m, theDayInApposition(i));
        m = longer(m, parentheticalDay(i));
        return m;
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
    private RuleMatch anaphoricPartOfDay(int i) {
        int k;
        int before;
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
        }
        String part = Lexicon.PARTS_OF_DAY.get(t[k].lower);
        if (part == null || part.equals("NI") || before < 0 || !PART_OF_DAY_PRECEDERS.contains(t[before].lower)) {
            return null;
        }
        if (is(k + 1, "of") || is(k + 1, "-") || k + 1 < t.length && PART_OF_DAY_NOUNS.contains(t[k + 1].lower)) {
            return null;  // "the morning of May 2" (another rule), "the morning session", "morning-after"
        }
        TimePoint day = refs.lastRef != null && refs.lastRef.granularity() == Granularity.DAY ? refs.lastRef : dctDay();
        int end = k + 1;
        if (k + 1 < t.length && !t[k + 1].newlineBefore) {
            // "at mid-afternoon yesterday", "in the morning Tuesday": that day
            RuleMatch d = is(k + 1, "yesterday") || is(k + 1, "today") || is(k + 1, "tomorrow") ? deictics.deictic(k + 1)
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

    /**
     * "April 24 and 25", "on May 5 or 6": a second day of the month just named, its own expression
     * as TimeBank marks it; only a later day, and not a count ("May 5 and 6 others").
     */
    private RuleMatch coordinatedDay(int i) {
        if (!refs.lastEndedOnDay || refs.lastEnd != i - 1 || !(is(i - 1, "and") || is(i - 1, "or")) || refs.lastRef == null
                || refs.lastRef.granularity() != Granularity.DAY || !t[i].isDigits()) {
            return null;
        }
        int day = dates.dayNumber(i);
        if (day <= refs.lastRef.date().getDayOfMonth() || is(i + 1, "-") || is(i + 1, "%")
                || i + 1 < t.length && t[i + 1].isWord() && !t[i + 1].capitalized()
                && !Lexicon.FUNCTION_WORDS.contains(t[i + 1].lower)) {
            return null;
        }
        LocalDate d = CalendarDateRules.safeDate(refs.lastRef.date().getYear(), refs.lastRef.date().getMonthValue(), day);
        return d == null ? null : pointMatch(i, i + 1, TimePoint.day(d), true);
    }

    /** "tomorrow's (30th) edition", "Sunday (the 5th)": the day of the month restating the day just named. */
    private RuleMatch parentheticalDay(int i) {
        int open = i - 1;
        int k = is(i, "the") ? i + 1 : i;
        boolean follows = refs.lastEnd == open || refs.lastEnd == open - 2 && is(open - 2, "'") && is(open - 1, "s");
        if (!is(open, "(") || !follows || k >= t.length || t[k].kind != Token.Kind.ALNUM || !is(k + 1, ")")
                || refs.lastRef == null || refs.lastRef.granularity() != Granularity.DAY) {
            return null;
        }
        int day = Lexicon.numericOrdinal(t[k].lower);
        LocalDate d = day < 1 ? null : CalendarDateRules.safeDate(refs.lastRef.date().getYear(), refs.lastRef.date().getMonthValue(), day);
        return d == null ? null : pointMatch(i, k + 1, TimePoint.day(d), true);
    }

    /**
     * "Saturday, the day after the summit", "Oct. 12, the day before the plunge": the day in apposition
     * to the date just named is that date. ("the day after the summit" alone stays unmarked: its
     * anchor is an event.)
     */
    private RuleMatch theDayInApposition(int i) {
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
    private RuleMatch ordinalDay(int i) {
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
        TimePoint ref = refs.lastRef != null && refs.lastRef.granularity() == Granularity.MONTH ? refs.lastRef : dctDay();
        if (ref == null) {
            return new RuleMatch(i, i + 2, Timex.DATE, "XXXX-XX-" + (day < 10 ? "0" : "") + day, null, false, false);
        }
        LocalDate anchor = ref.date();
        LocalDate same = CalendarDateRules.safeDate(anchor.getYear(), anchor.getMonthValue(), day);
        LocalDate before = null;
        LocalDate after = null;
        LocalDate prev = anchor.minusMonths(1);
        LocalDate next = anchor.plusMonths(1);
        before = CalendarDateRules.safeDate(prev.getYear(), prev.getMonthValue(), day);
        after = CalendarDateRules.safeDate(next.getYear(), next.getMonthValue(), day);
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

    /** "the day before last Tuesday", "the day after Christmas": one expression, that day moved by one. */
    private RuleMatch dayBeforeOrAfter(int i) {
        if (!is(i, "the") || !is(i + 1, "day") || !(is(i + 2, "before") || is(i + 2, "after"))) {
            return null;
        }
        if (i + 3 >= t.length || t[i + 3].kind == Token.Kind.PUNCT && !t[i + 3].is("'")) {
            // "the day before." at the end of a phrase: the day before the one the text is about
            TimePoint ref = refs.lastRef != null && refs.lastRef.granularity() == Granularity.DAY ? refs.lastRef : dctDay();
            if (ref == null) {
                return null;
            }
            TimePoint p = ref.plus(is(i + 2, "before") ? -1 : 1, Granularity.DAY);
            return new RuleMatch(i, i + 3, Timex.DATE, p.value(), p, false, false);
        }
        RuleMatch d = core(i + 3);
        if (d == null || d.start() != i + 3 || d.point() == null || d.point().granularity() != Granularity.DAY
                || !Timex.DATE.equals(d.type())) {
            return null;
        }
        TimePoint p = d.point().plus(is(i + 2, "before") ? -1 : 1, Granularity.DAY);
        return new RuleMatch(i, d.end(), Timex.DATE, p.value(), p, true, false);
    }

    private RuleMatch timeOfDay(int i) {
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
        if (is(d, "on")) {
            d++;
        }
        RuleMatch day = null;
        if (d < t.length) {
            RuleMatch ed = dates.explicitDate(d);
            RuleMatch wd = weekdays.weekday(d, i);
            RuleMatch dd = deictics.deictic(d);
            day = longer(ed, longer(wd, dd));
            if (day != null && (day.point() == null || day.start() != d || day.point().granularity() != Granularity.DAY)) {
                day = null;
            }
        }
        TimePoint base;
        int end = e;
        if (day != null) {
            base = day.point();
            end = day.end();
        } else if (refs.lastRef != null && refs.lastRef.granularity() == Granularity.DAY && !t[i].newlineBefore) {
            base = refs.lastRef;
        } else {
            base = dctDay();  // also a time opening its line: a live blog's entry stamp ("3:25 p.m.  Trump says …")
        }
        if (t[i].is("noon") || t[i].is("midnight") || t[i].is("midday")) {
            if (day == null && !is(i - 1, "at") && !is(i - 1, "by") && !is(i - 1, "until") && !is(i - 1, "before")
                    && !is(i - 1, "after") && !is(i - 1, "from")) {
                return null;
            }
        }
        String clock = c[1] == 24 ? "24:00" : ClockReader.hhmm(c[1], c[2]);
        String value = (base == null ? "XXXX-XX-XX" : base.value()) + "T" + clock;
        return new RuleMatch(i, end, Timex.TIME, value, base, day != null, true);
    }
}
