package dev.sayline.enrich.dates;

import dev.sayline.enrich.dates.Lexicon.Unit;
import dev.sayline.enrich.dates.QuantityReader.Quantity;
import dev.sayline.enrich.dates.TimePoint.Granularity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
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
    private final QuantityReader quantities;
    private final QuarterRules quarters;
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
        this.quantities = new QuantityReader(reading);
        this.dates = new CalendarDateRules(reading, tenses, clocks, refs, years);
        this.quarters = new QuarterRules(reading, dates, tenses, refs, years);
        this.seasons = new SeasonRules(reading, tenses, refs, years);
        this.holidays = new HolidayRules(reading, tenses, years);
        this.socialAges = new SocialAgeRule(reading);
        this.sets = new SetRules(reading, quantities);
        this.deictics = new DeicticRules(reading, tenses, quantities, refs);
        this.weekdays = new WeekdayRules(reading, tenses, clocks, deictics);
    }

    private static final Set<String> ORDINAL_DAY_PRECEDERS = Set.of("on", "by", "until", "till", "since",
            "from", "before", "after", "through", "to");
    private static final Set<String> DEICTIC_DETERMINERS = Set.of("this", "last", "next", "past", "coming",
            "current", "upcoming", "previous", "following", "that", "same", "preceding");

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
        w.addAll(DEICTIC_DETERMINERS);
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
        m = longer(m, relative(i));
        m = longer(m, quantity(i));
        m = longer(m, unitAdjective(i));
        m = longer(m, sets.set(i));
        m = longer(m, timeOfDay(i));
        m = longer(m, weekdays.weekday(i));
        m = longer(m, holidays.holiday(i));
        m = longer(m, socialAges.socialAge(i));
        m = longer(m, partOfDayOf(i));
        m = longer(m, barePlural(i));
        m = longer(m, ordinalDay(i));
        m = longer(m, vaguePlural(i));
        m = longer(m, anaphoricPartOfDay(i));
        m = longer(m, coordinatedDay(i));
        m = longer(m, theDayInApposition(i));
        m = longer(m, parentheticalDay(i));
        return m;
    }

    /** "for months", "within weeks", "for centuries": an unspecified duration. */
    private RuleMatch barePlural(int i) {
        Unit u = Lexicon.PLURAL_UNITS.get(t[i].lower);
        if (u == null || t[i].capitalized() || i == 0) {
            return null;
        }
        if (is(i + 1, "-") || is(i + 1, "'") || is(i + 1, "old")) {
            return null;
        }
        boolean forOrWithin = is(i - 1, "for") || is(i - 1, "within");
        boolean over = is(i - 1, "over") && !is(i - 2, "all") && !u.timeOfDay;
        // "for the first time in years", "the lowest level in decades": "in" only at the end of a phrase
        boolean in = is(i - 1, "in") && !u.timeOfDay && (i + 1 >= t.length
                || t[i + 1].kind == Token.Kind.PUNCT && !t[i + 1].is("'") || is(i + 1, "and") || is(i + 1, "to"));
        if (!(forOrWithin || over || in)) {
            return null;
        }
        if (u.timeOfDay && is(i - 1, "for") && is(i + 1, "of")) {
            return null;  // "for hours of footage"
        }
        return new RuleMatch(i, i + 1, Timex.DURATION, u.duration(null), null, false, false);
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
     * Stretches of unspecified length named by a plural unit: "the weeks ahead", "the first hours
     * of the war", "the early years", and "years" in "the years that followed" (TimeBank's extent).
     */
    private RuleMatch vaguePlural(int i) {
        if (i > 0 && is(i - 1, "the") && is(i + 1, "that") && (is(i + 2, "followed") || is(i + 2, "follow"))) {
            Unit f = Lexicon.PLURAL_UNITS.get(t[i].lower);
            return f == null || t[i].capitalized() ? null
                    : new RuleMatch(i, i + 1, Timex.DURATION, f.duration(null), null, false, false);
        }
        if (!is(i, "the") || i + 2 >= t.length) {
            return null;
        }
        int k = i + 1;
        boolean initial = is(k, "first") || is(k, "early") || is(k, "initial") || is(k, "final")
                || is(k, "closing") || is(k, "opening");
        if (initial) {
            k++;
        }
        Unit u = Lexicon.PLURAL_UNITS.get(t[k].lower);
        if (u == null || !t[k].isWord() || t[k].capitalized() || is(k + 1, "-") || is(k + 1, "'")) {
            return null;
        }
        String value = u.duration(null);
        if (is(k + 1, "of") && k + 2 < t.length && (Lexicon.WEEKDAYS.containsKey(t[k + 2].lower)
                || Lexicon.MONTHS.containsKey(t[k + 2].lower))) {
            return null;  // "the early hours of Thursday morning" is a part of that day
        }
        if (initial) {
            return new RuleMatch(i, k + 1, Timex.DURATION, value, null, false, false);
        }
        if (is(k + 1, "ahead")) {
            return new RuleMatch(i, k + 2, Timex.DURATION, value, null, false, false);
        }
        return null;
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

    private RuleMatch relative(int i) {
        int k = i;
        boolean the = is(k, "the");
        if (the) {
            k++;
        }
        if (k >= t.length) {
            return null;
        }
        String det = t[k].lower;
        if (det.equals("recent") || det.equals("coming") && !the || det.equals("past") && !the
                || det.equals("future")) {
            Unit pu = k + 1 < t.length ? Lexicon.PLURAL_UNITS.get(t[k + 1].lower) : null;
            if (pu != null && (!the || det.equals("coming") || det.equals("recent"))) {
                // "in recent years", "in the coming weeks": an unspecified stretch of time
                return new RuleMatch(k, k + 2, Timex.DURATION, pu.duration(null), null, false, false);
            }
        }
        if (!DEICTIC_DETERMINERS.contains(det) && !(the && (det.equals("next") || det.equals("following")))) {
            return null;
        }
        if (det.equals("same") && !the) {
            return null;
        }
        if (t[k].capitalized() && k + 1 < t.length && t[k + 1].capitalized() && t[k + 1].isWord()
                && Lexicon.UNITS.containsKey(t[k + 1].lower)) {
            return null;  // a title: ABC's "This Week"
        }
        k++;
        if (det.equals("this") && (is(k, "past") || is(k, "coming"))) {
            det = is(k, "past") ? "last" : "next";
            k++;
        }
        if (is(k, "fiscal")) {
            k++;
        }
        if (k >= t.length) {
            return null;
        }
        Token target = t[k];
        boolean anaphoric = det.equals("that") || det.equals("same") || det.equals("following")
                || det.equals("preceding") || the && (det.equals("next") || det.equals("previous"));
        int offset = switch (det) {
            case "last", "past", "previous", "preceding" -> -1;
            case "next", "coming", "following", "upcoming" -> 1;
            default -> 0;
        };
        TimePoint anchor = anaphoric && refs.lastRef != null ? refs.lastRef : dctDay();
        // a unit: "last week", "the next day", "that year"
        Unit u = Lexicon.UNITS.get(target.lower);
        if (u != null && !Lexicon.PLURAL_UNITS.containsKey(target.lower) && target.isWord()) {
            if (u.timeOfDay || u == Unit.FORTNIGHT) {
                return null;
            }
            if (anchor == null) {
                return pointMatch(i, k + 1, null, false);
            }
            if (u == Unit.NIGHT) {
                if (det.equals("last") && !the) {
                    return new RuleMatch(i, k + 1, Timex.TIME, anchor.date().minusDays(1) + "TNI",
                            TimePoint.day(anchor.date().minusDays(1)), true, false);
                }
                return null;
            }
            Granularity g = u.granularity();
            if (anchor.granularity().ordinal() < g.ordinal()) {
                g = anchor.granularity();
            }
            if (u == Unit.CENTURY) {
                g = Granularity.CENTURY;
            } else if (u == Unit.DECADE) {
                g = Granularity.DECADE;
            }
            TimePoint p = anchor.withGranularity(g).plus(offset, u.step());
            if (u == Unit.WEEKEND) {
                p = TimePoint.of(Granularity.WEEKEND, anchor.date()).plus(offset, Granularity.WEEK);
            }
            return new RuleMatch(i, k + 1, Timex.DATE, p.value(), p, anaphoric || u == Unit.DAY, false);
        }
        if (dct == null) {
            return null;
        }
        // a part of the day: "this morning", "this afternoon"
        String part = Lexicon.PARTS_OF_DAY.get(target.lower);
        if (part != null && (det.equals("this") || det.equals("that"))) {
            TimePoint day = det.equals("that") && refs.lastRef != null ? refs.lastRef : TimePoint.day(dct);
            return new RuleMatch(i, k + 1, Timex.TIME, day.value() + "T" + part, day, false, false);
        }
        if (part != null && the && (det.equals("next") || det.equals("following"))) {
            TimePoint day = (refs.lastRef != null && refs.lastRef.granularity() == Granularity.DAY ? refs.lastRef : TimePoint.day(dct))
                    .plus(1, Granularity.DAY);
            return new RuleMatch(i, k + 1, Timex.DATE, day.value(), day, true, false);
        }
        // a month: "last November", "next May"
        Integer month = target.isWord() && target.capitalized() ? Lexicon.MONTHS.get(target.lower) : null;
        if (month != null && !Lexicon.MONTH_ABBREVIATIONS.contains(target.lower) && !the) {
            int y = dct.getYear();
            int dm = dct.getMonthValue();
            int year = switch (det) {
                case "last", "past", "previous" -> month < dm ? y : y - 1;
                case "next", "coming" -> month > dm ? y : y + 1;
                case "this" -> y;
                default -> -1;
            };
            if (year < 0) {
                return null;
            }
            TimePoint p = TimePoint.month(year, month);
            return new RuleMatch(i, k + 1, Timex.DATE, p.value(), p, true, false);
        }
        // a weekday: "last Friday", "next Monday", "this Sunday"
        Integer wd = target.isWord() ? Lexicon.WEEKDAYS.get(target.lower) : null;
        if (wd != null && the && (det.equals("previous") || det.equals("following") || det.equals("next"))) {
            LocalDate base = refs.lastRef != null && refs.lastRef.granularity() == Granularity.DAY ? refs.lastRef.date() : dct;
            DayOfWeek dow = DayOfWeek.of(wd);
            LocalDate d = det.equals("previous") ? base.with(TemporalAdjusters.previous(dow))
                    : base.with(TemporalAdjusters.next(dow));
            TimePoint p = TimePoint.day(d);
            return new RuleMatch(i, k + 1, Timex.DATE, p.value(), p, true, false);
        }
        if (wd != null && !the) {
            LocalDate d;
            DayOfWeek dow = DayOfWeek.of(wd);
            switch (det) {
                case "last", "past", "previous" -> d = dct.with(TemporalAdjusters.previous(dow));
                case "next", "coming" -> d = dct.with(TemporalAdjusters.next(dow));
                case "this" -> d = dct.with(TemporalAdjusters.nextOrSame(dow));
                default -> {
                    return null;
                }
            }
            TimePoint p = TimePoint.day(d);
            RuleMatch withPart = deictics.dayWithPartOfDay(i, k + 1, p);
            return withPart != null ? withPart : new RuleMatch(i, k + 1, Timex.DATE, p.value(), p, true, false);
        }
        return null;
    }

    /** "year-earlier", "the year-ago period" (the reference quarter or year, a year back), "day-long", "decades-long". */
    private RuleMatch unitAdjective(int i) {
        int k = i;
        boolean the = is(k, "the");
        if (the) {
            k++;
        }
        if (is(k, "comparable") || is(k, "corresponding")) {
            k++;
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

    private RuleMatch quantity(int i) {
        int k = i;
        boolean the = is(k, "the");
        if (the) {
            k++;
        }
        String det = null;
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
        int u = q.end();
        boolean hyphen = false;
        if (is(u, "-") && !t[u].spaceBefore && u + 1 < t.length && !t[u + 1].spaceBefore) {
            hyphen = true;
            u++;
        }
        if (u >= t.length) {
            return null;
        }
        // "20 more years", "an additional year", "two straight days"
        if (!hyphen && u + 1 < t.length && (is(u, "more") || is(u, "additional") || is(u, "extra")
                || is(u, "consecutive") || is(u, "straight") || is(u, "full") || is(u, "long"))
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
        if (is(u + 1, "old") || is(u + 1, "of") && is(u + 2, "age")) {
            return null;  // ages: "37 years old"
        }
        if (unit == Unit.QUARTER && det == null && !q.vague() && is(u + 1, "of")) {
            return null;  // "three quarters of the vote"; "several quarters of losses" is time
        }
        if (!q.vague() && q.value() != 1 && !plural && !hyphen && !q.article() && q.value() >= 2 && !t[u].lower.equals("year")
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
        if (is(e, "hence") && det == null) {
            return offset(start, e + 1, unit, amount, 1, dctDay());
        }
        if (is(e, "later") && det == null) {
            // "three days later": TimeBank marks the duration and leaves "later" as its signal
            return new RuleMatch(start, e, Timex.DURATION, unit.duration(amount), null, false, true);
        }
        if (is(e, "earlier") && det == null && !is(e + 1, "than")) {
            TimePoint anchor = refs.lastRef != null ? refs.lastRef : dctDay();
            return offset(start, e + 1, unit, amount, -1, anchor);
        }
        if ((is(e, "before") || is(e, "after")) && det == null
                && (e + 1 >= t.length || t[e + 1].kind == Token.Kind.PUNCT && !t[e + 1].is("'"))) {
            TimePoint anchor = refs.lastRef != null ? refs.lastRef : dctDay();
            return offset(start, e + 1, unit, amount, is(e, "before") ? -1 : 1, anchor);
        }
        // "a week's time"
        if (is(e, "'") && is(e + 1, "s") && is(e + 2, "time")) {
            return new RuleMatch(start, e + 3, Timex.DURATION, unit.duration(amount), null, false, true);
        }
        if (unit == Unit.WEEKEND && det == null) {
            return null;
        }
        if (q.article() && det == null && !the && i > 0 && rateContext(i - 1)) {
            return null;  // a rate: "$2 million a year", "four flights a week"
        }
        if (q.article() && (is(i - 1, "wait") || is(i - 1, "just") && is(i - 2, "wait"))) {
            return null;  // "wait a minute"
        }
        return new RuleMatch(start, e, Timex.DURATION, unit.duration(amount), null, false, true);
    }

    private static final Set<String> OFFSET_WORDS = Set.of("of", "ago", "later", "earlier", "before", "after", "and",
            "or", "in", "to", "from", "for", "since", "until", "hence", "at", "on", "by", "into", "away");
    private static final Set<String> RATE_WORDS = Set.of("million", "billion", "thousand", "hundred", "cents",
            "dollars", "percent", "%", "times", "pounds", "euros", "yen", "barrels", "tons", "tonnes", "units", "shares");

    /** Does token k end an amount, so that "a year" after it is a rate ("$2 million a year")? */
    private boolean rateContext(int k) {
        Token p = t[k];
        if (p.isDigits() || RATE_WORDS.contains(p.lower) || Lexicon.CARDINALS.containsKey(p.lower)) {
            return true;
        }
        return p.isWord() && !p.capitalized() && p.lower.length() > 3 && p.lower.endsWith("s")
                && !p.lower.endsWith("ss") && !p.lower.endsWith("us") && !p.is("this") && !p.is("was")
                && !p.is("has") && !p.is("does") && !p.is("lasts") && !p.is("takes") && !p.is("needs")
                && !p.is("spends") && !p.is("remains") && !p.is("always") && !p.is("perhaps") && !p.is("besides")
                && !p.is("towards") && !p.is("afterwards") && !p.is("sometimes") && !p.is("nearly");
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
