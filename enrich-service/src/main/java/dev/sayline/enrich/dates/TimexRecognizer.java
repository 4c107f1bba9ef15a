package dev.sayline.enrich.dates;

import dev.sayline.enrich.dates.Lexicon.Unit;
import dev.sayline.enrich.dates.TimePoint.Granularity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.sayline.enrich.dates.RuleMatch.longer;

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
    private final YearRules years;
    private final CalendarDateRules dates;
    private final QuarterRules quarters;
    private final SeasonRules seasons;
    private final HolidayRules holidays;
    private final SocialAgeRule socialAges;
    private final SetRules sets;
    private final DeicticRules deictics;
    private final WeekdayRules weekdays;
    private final RelativeRules relatives;
    private final QuantityRules durations;
    private final DayOfMonthRules daysOfMonth;
    private final ClockTimeRules clockTimes;
    private final PartOfDayRules partsOfDay;
    private final EventOffsetRules eventOffsets;
    private final NamesNotTimes names;
    private final ClauseTense tenses;
    private final QuantityReader quantities;

    TimexRecognizer(String text, LocalDate dct) {
        this(new Reading(text, dct));
    }

    /** Builds the readers and rule families over one reading, each after the ones it asks. */
    private TimexRecognizer(Reading reading) {
        super(reading);
        this.refs = new ReferenceTimes(reading);
        ClauseTense tenses = new ClauseTense(reading);
        this.tenses = tenses;
        ClockReader clocks = new ClockReader(reading);
        this.years = new YearRules(reading);
        QuantityReader quantities = new QuantityReader(reading);
        this.quantities = quantities;
        this.dates = new CalendarDateRules(reading, tenses, clocks, refs, years);
        this.quarters = new QuarterRules(reading, dates, tenses, refs, years);
        this.seasons = new SeasonRules(reading, tenses, refs, years);
        this.holidays = new HolidayRules(reading, tenses, years);
        this.socialAges = new SocialAgeRule(reading);
        this.sets = new SetRules(reading, quantities);
        this.deictics = new DeicticRules(reading, tenses, quantities, refs);
        this.weekdays = new WeekdayRules(reading, tenses, clocks, deictics);
        this.relatives = new RelativeRules(reading, deictics, tenses, refs);
        this.durations = new QuantityRules(reading, quantities, tenses, refs, years);
        this.daysOfMonth = new DayOfMonthRules(reading, dates, tenses, refs);
        this.clockTimes = new ClockTimeRules(reading, dates, clocks, deictics, refs, tenses, weekdays);
        this.partsOfDay = new PartOfDayRules(reading, dates, deictics, refs, weekdays, tenses);
        this.eventOffsets = new EventOffsetRules(reading, refs);
        this.names = new NamesNotTimes(reading);
    }

    List<Timex> run() {
        List<Timex> stamps = IsoStamps.find(reading.text);
        List<Timex> out = new ArrayList<>(stamps);
        for (int i = 0; i < t.length; ) {
            if (insideAny(stamps, t[i].start)) {
                i++;
                continue;
            }
            RuleMatch m = mayStart(t[i]) ? best(i) : null;
            // a match that begins after i ("the" then "2025") is found again, maybe longer, from its own start
            if (m == null || m.start() > i || reading.insideUrlOrTag(t[m.start()].start) || names.partOfAName(m)
                    || overlapsAny(stamps, t[m.start()].start, t[m.end() - 1].end)) {
                i++;
                continue;
            }
            out.add(new Timex(t[m.start()].start, t[m.end() - 1].end, m.type(), m.value()));
            refs.remember(m, quarters.reportsOn(m));
            refs.lastStart = m.start();
            refs.lastEnd = m.end();
            refs.lastEndedOnDay = m.point() != null && m.point().granularity() == Granularity.DAY
                    && dates.dayNumber(m.end() - 1) > 0;
            i = m.end();
        }
        if (!stamps.isEmpty()) {
            out.sort(Comparator.comparingInt(Timex::start));
        }
        return out;
    }

    private static boolean insideAny(List<Timex> spans, int offset) {
        return overlapsAny(spans, offset, offset + 1);
    }

    /** Whether [start, end) overlaps one of the spans: a rule's match must not reach into an ISO stamp. */
    private static boolean overlapsAny(List<Timex> spans, int start, int end) {
        for (Timex s : spans) {
            if (start < s.end() && s.start() < end) {
                return true;
            }
        }
        return false;
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
        w.addAll(HolidayRules.FIRST_WORDS);
        w.addAll(Set.of("'", "a", "an", "the", "recent", "future", "early", "late", "mid", "middle", "earlier",
                "later", "more", "less", "fewer", "no", "at", "up", "well", "right", "most", "today", "tonight",
                "yesterday", "tomorrow", "now", "currently", "nowadays", "presently", "these", "present", "recently",
                "lately", "daily", "weekly", "monthly", "yearly", "annually", "hourly", "nightly", "quarterly",
                "biweekly", "fortnightly", "semiannually", "every", "each", "per", "once", "twice", "thrice",
                "fiscal", "comparable", "corresponding", "noon", "midnight", "midday", "dozens", "hundreds", "thousands", "half",
                "entire", "full", "whole", "first", "final", "remaining", "latest", "initial", "succeeding",
                "ensuing", "subsequent", "past", "coming", "some", "someday"));
        Lexicon.PLURAL_UNITS.keySet().forEach(unit -> w.add(unit + "long"));
        Lexicon.CLOSED_LONG_SINGULARS.forEach(unit -> w.add(unit + "long"));
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
            // "worry about the future": no approximator goes with "the past" or "the future"
            boolean theRef = is(q, "the") && c != null && c.value() != null && c.value().endsWith("_REF");
            if (c != null && c.start() == q && c.quantified() && !theRef) {
                // "more than a decade" keeps its comparative; "about five hours" is marked without "about",
                // but "just a few hours ago", "right now" and "most recently" keep theirs, and TimeBank
                // mostly marks "nearly two years" and "around 7:15 p.m." whole
                boolean loose = false;
                for (int k = i; k < q; k++) {
                    loose |= Lexicon.APPROXIMATORS.contains(t[k].lower) && !is(k - 1, "at")
                            && !t[k].is("nearly") && !(t[k].is("around") && Timex.TIME.equals(c.type()));
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
                boolean weekOf = WEEK_ORDINALS.containsKey(mod) && is(i + 2, "week");
                Integer weekday = WEEK_ORDINALS.containsKey(mod) && i + 2 < t.length
                        ? Lexicon.WEEKDAYS.get(t[i + 2].lower) : null;
                boolean century = c.point().granularity() == Granularity.CENTURY || is(p + 1, "century");
                if (mod.equals("turn") && century && dct != null) {
                    shaped = turnOfTheCentury(i, c, p);
                } else if (weekOf && c.point().granularity() == Granularity.MONTH) {
                    shaped = weekOfMonth(i, c, WEEK_ORDINALS.get(mod));
                } else if (weekday != null && c.point().granularity() == Granularity.MONTH) {
                    shaped = weekdayOfMonth(i, c, WEEK_ORDINALS.get(mod), DayOfWeek.of(weekday));
                } else if ((mod.equals("first") || mod.equals("second") || mod.equals("last"))
                        && c.point().granularity() == Granularity.YEAR) {
                    TimePoint half = new TimePoint(Granularity.HALF,
                            c.point().date().withMonth(mod.equals("first") ? 1 : 7), null);
                    shaped = new RuleMatch(i, c.end(), Timex.DATE, half.value(), half, c.anchor(), false);
                }
                m = longer(m, shaped);
            }
        }
        if (m == null && spanOfTheUnit(i)) {
            m = theUnit(i);
        }
        String ranking = m == null && dct != null ? rankingInTheYear(i) : null;
        if (ranking != null) {
            int y = quarters.yearOfTheYear(i);
            // told in the past in early January, a ranking looks back on the year done ("the best game of the
            // year" on Jan. 5), unless it counts from the year's start ("the year's first baby was born") or
            // the sentence says the year is under way ("the year's biggest deal so far")
            boolean lookingBack = tenses.tense(i, i + 2) == Tense.PAST && !COUNTING_FROM_THE_START.contains(ranking)
                    && !yearUnderWay(i);
            if (y == dct.getYear() && (countedMonthsBefore(i) >= dct.getMonthValue()
                    || dct.getDayOfYear() <= 14 && lookingBack)) {
                y--;  // "the first 11 months of the year" in March, "the best game of the year" told on Jan. 5
            }
            TimePoint year = TimePoint.year(y);
            m = new RuleMatch(i, i + 2, Timex.DATE, year.value(), year, false, false);
        }
        return m;
    }

    /** Words that may follow "the month" of {@link #spanOfTheUnit} without naming another month. */
    private static final Set<String> AFTER_A_SPAN_OF_THE_UNIT = Set.of("and", "or", "but", "in", "on", "at", "for",
            "with", "from", "by", "as");

    /**
     * "raised $9 million during the month", "throughout the week", "will spend much of the week", "over the
     * course of the month": the month, week or year a past or future clause is in. Not in a generic
     * present ("the road is closed for much of the year"), nor before a clause or a phrase that names
     * another ("of the week before Christmas", "the year that", "the year in which").
     */
    private boolean spanOfTheUnit(int i) {
        boolean unit = is(i, "the") && (is(i + 1, "week") || is(i + 1, "month") || is(i + 1, "year"));
        boolean namesAnother = i + 2 < t.length && t[i + 2].isWord()
                && !AFTER_A_SPAN_OF_THE_UNIT.contains(t[i + 2].lower) || is(i + 2, "'") || is(i + 2, "-")
                || is(i + 2, "in") && is(i + 3, "which");
        boolean span = is(i - 1, "during") || is(i - 1, "throughout")
                || is(i - 1, "of") && (is(i - 2, "much") || is(i - 2, "most") || is(i - 2, "course")
                || is(i - 2, "part"));
        if (!unit || namesAnother || !span) {
            return false;
        }
        int marker = tenses.nearestMarker(i, i + 2);
        return marker >= 0 && (tenses.marker(marker) == Tense.PAST || is(marker, "will") || is(marker, "ll"));
    }

    /** N in "the first N months of the year" at token i ("the"), else 0. */
    private int countedMonthsBefore(int i) {
        QuantityReader.Quantity n = is(i - 2, "months") && i >= 3 ? quantities.quantityAt(i - 3) : null;
        return n != null && n.end() == i - 2 && !n.vague() ? (int) n.value() : 0;
    }

    /** Words that rank a thing among the year's: "the last debate of the year", "the top story of the year". */
    private static final Set<String> RANKING_WORDS = Set.of("first", "last", "final", "best", "worst", "top",
            "most", "least", "second", "third");
    /** Words ending in -est that are no superlatives. */
    private static final Set<String> NOT_SUPERLATIVES = Set.of("interest", "protest", "request", "contest",
            "harvest", "arrest", "suggest", "honest", "modest", "manifest", "conquest", "inquest", "forest",
            "midwest", "southwest", "northwest", "invest", "digest", "behest", "unrest", "tempest", "earnest",
            "bequest", "priest");

    /**
     * "one of the biggest cases of the year", "the first 10 months of the year", "the last debate of the
     * year", "one of the year's biggest deals": the word that ranks the thing among the year's, else null.
     * Not a title ("Time's person of the year"), "most of the year" or "the year 2000".
     */
    private String rankingInTheYear(int i) {
        if (!is(i, "the") || !is(i + 1, "year")) {
            return null;
        }
        if (is(i + 2, "'") && is(i + 3, "s") && i + 4 < t.length) {
            String w = t[i + 4].lower;  // "the year's biggest deals", not "the year's most important vote"
            return ranks(w) && !w.equals("most") && !w.equals("least") ? w : null;
        }
        if (i < 2 || !is(i - 1, "of") || is(i + 2, "'") || is(i + 2, "-") || i + 2 < t.length && t[i + 2].isDigits()) {
            return null;
        }
        String before = t[i - 2].lower;
        if (before.equals("most") || before.equals("least") || before.equals("first") || before.equals("day")
                || before.equals("week") || before.equals("month") || before.equals("weekend")) {
            // "most of the year" is a stretch; "the last day of the year" and "the first of the year", a day
            return null;
        }
        for (int k = i - 2; k >= 0 && k >= i - 6 && t[k].kind != Token.Kind.PUNCT; k--) {
            if (ranks(t[k].lower)) {
                return t[k].lower;
            }
            if (t[k].is("the") || t[k].is("a") || t[k].is("of")) {
                break;
            }
        }
        return null;
    }

    private static final Set<String> COUNTING_FROM_THE_START = Set.of("first", "second", "third");

    /** "so far", "already", "to date" in the sentence of token i: the year it ranks in is under way. */
    private boolean yearUnderWay(int i) {
        for (int j = reading.sentenceStart(i), end = reading.sentenceEnd(i); j < end; j++) {
            if (t[j].is("already") || t[j].is("so") && is(j + 1, "far") || t[j].is("to") && is(j + 1, "date")) {
                return true;
            }
        }
        return false;
    }

    private static boolean ranks(String w) {
        return RANKING_WORDS.contains(w) || isSuperlative(w);
    }

    /** "biggest", "best", "worst", "top": a word that ranks by measure, not by order in time. */
    private static boolean isSuperlative(String w) {
        return w.equals("best") || w.equals("worst") || w.equals("top")
                || w.length() > 4 && w.endsWith("est") && !NOT_SUPERLATIVES.contains(w);
    }

    /**
     * "the turn of the century": the year a century turned; unnamed, the last one in a past clause, the
     * next in a future one, else the nearest ("since the turn of the century" in 2016 is 2000, "by the
     * turn of the century computers will …" in 1990 too); "the turn of the 20th century" and "of the last
     * century" are 1900.
     */
    private RuleMatch turnOfTheCentury(int i, RuleMatch century, int p) {
        Tense tense = tenses.tense(i, century.end());
        int nearest = tense == Tense.PAST ? dct.getYear() : tense == Tense.FUTURE ? dct.getYear() + 99
                : dct.getYear() + 50;
        int year = is(p, "the") && is(p + 1, "century") ? nearest / 100 * 100
                : century.point().date().getYear() / 100 * 100;
        TimePoint turn = TimePoint.year(year);
        return new RuleMatch(i, century.end(), Timex.DATE, turn.value(), turn, century.anchor(), false);
    }

    /** "the first Monday in September", "the last Friday in August": that day of the month the text names. */
    private RuleMatch weekdayOfMonth(int i, RuleMatch month, int nth, DayOfWeek dow) {
        LocalDate first = month.point().date().withDayOfMonth(1);
        LocalDate day = nth > 0 ? first.with(TemporalAdjusters.dayOfWeekInMonth(nth, dow))
                : first.with(TemporalAdjusters.lastInMonth(dow));
        TimePoint p = TimePoint.day(day);
        return new RuleMatch(i, month.end(), Timex.DATE, p.value(), p, month.anchor(), false);
    }

    /** Which week of a month: the first to the fourth, or (-1) the last. */
    private static final Map<String, Integer> WEEK_ORDINALS = Map.of("first", 1, "second", 2, "third", 3,
            "fourth", 4, "last", -1, "final", -1);

    /**
     * "the first week of March", "the last week of October": the ISO week holding the month's 4th (its
     * first week, as ISO counts a year's), a week on for each ordinal, or holding the 4th day from its end.
     */
    private RuleMatch weekOfMonth(int i, RuleMatch month, int nth) {
        LocalDate first = month.point().date().withDayOfMonth(1);
        LocalDate day = nth > 0 ? first.plusDays(3 + 7L * (nth - 1)) : first.plusMonths(1).minusDays(4);
        TimePoint week = TimePoint.of(Granularity.WEEK, day);
        return new RuleMatch(i, month.end(), Timex.DATE, week.value(), week, month.anchor(), false);
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
        if (the && WEEK_ORDINALS.containsKey(w) && k + 3 < t.length && Lexicon.WEEKDAYS.containsKey(t[k + 1].lower)
                && (is(k + 2, "in") || is(k + 2, "of")) && Lexicon.MONTHS.containsKey(t[k + 3].lower)) {
            return k + 3;  // "the first Monday in September", "the last Friday in August"
        }
        if (the && WEEK_ORDINALS.containsKey(w) && is(k + 1, "week") && is(k + 2, "of") && k + 3 < t.length
                && Lexicon.MONTHS.containsKey(t[k + 3].lower) && !(k + 4 < t.length && t[k + 4].capitalized())) {
            return k + 3;  // "the last week of October"; not "the first week of the month", "of March Madness"
        }
        return i;
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
        if (anchor != null && dct != null && anchorGivesNo(u, anchor, k)) {
            anchor = dctDay();
        }
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

    /**
     * The last date named cannot give "the year", "the month", "the week" or "the day" at token k, so the
     * story's own does: it is coarser than the unit ("the end of the year" after "the 2020s", "the end of
     * the month" after "this spring", "for the rest of the week" after "January", "a speech earlier in
     * the day" after "the 2011 raid"); a week or a day it names is still to come ("the polls open Feb. 9 …
     * debated earlier in the day"; PartOfDayRules does the same for "earlier in the evening"); or "the
     * year" comes a paragraph after it ("In 2008 …" three paragraphs back is not "the first half of the
     * year").
     */
    private boolean anchorGivesNo(Unit u, TimePoint anchor, int k) {
        boolean coarser = anchor.granularity().ordinal() < u.granularity().ordinal();
        if (u.granularity() == Granularity.YEAR) {
            return coarser || refs.lastRef != null && !WritingTimes.sameParagraph(reading.text, refs.lastRefEnd,
                    t[k].start);
        }
        if (u.granularity() == Granularity.MONTH) {
            return coarser;  // "by the end of the month" after "earlier this spring" is this month
        }
        return u.granularity().ordinal() >= Granularity.WEEK.ordinal() && (coarser || anchor.date().isAfter(dct));
    }

    /**
     * Every rule family at token i, the longest match kept. The order is part of the grammar: on
     * equal extents {@link RuleMatch#longer} keeps the earlier rule's match.
     */
    private RuleMatch core(int i) {
        RuleMatch m = deictics.someday(i);
        m = longer(m, deictics.deictic(i));
        m = longer(m, dates.explicitDate(i));
        m = longer(m, dates.numericDate(i));
        m = longer(m, dates.nineEleven(i));
        m = longer(m, years.year(i));
        m = longer(m, quarters.quarter(i));
        m = longer(m, quarters.reportingPeriod(i));
        m = longer(m, quarters.periodEnd(i));
        m = longer(m, dates.weekOf(i));
        m = longer(m, dayBeforeOrAfter(i));
        m = longer(m, seasons.season(i));
        m = longer(m, relatives.relative(i));
        m = longer(m, durations.quantity(i));
        m = longer(m, durations.unitAdjective(i));
        m = longer(m, sets.set(i));
        m = longer(m, clockTimes.timeOfDay(i));
        m = longer(m, weekdays.weekday(i));
        m = longer(m, holidays.holiday(i));
        m = longer(m, socialAges.socialAge(i));
        m = longer(m, partsOfDay.partOfDayOf(i));
        m = longer(m, relatives.barePlural(i));
        m = longer(m, durations.bareAgo(i));
        m = longer(m, daysOfMonth.ordinalDay(i));
        m = longer(m, eventOffsets.eventAnchored(i));  // before the vague plural: "the weeks since" a date named
        m = longer(m, relatives.vaguePlural(i));
        m = longer(m, partsOfDay.anaphoricPartOfDay(i));
        m = longer(m, daysOfMonth.coordinatedDay(i));
        m = longer(m, daysOfMonth.theDayInApposition(i));
        m = longer(m, relatives.unspecifiedStretch(i));
        m = longer(m, relatives.vagueSpan(i));
        m = longer(m, daysOfMonth.parentheticalDay(i));
        return m;
    }

    /** "the day before last Tuesday", "the day after Christmas": one expression, that day moved by one. */
    private RuleMatch dayBeforeOrAfter(int i) {
        if (!is(i, "the") || !is(i + 1, "day") || !(is(i + 2, "before") || is(i + 2, "after"))) {
            return null;
        }
        if (i + 3 >= t.length || t[i + 3].kind == Token.Kind.PUNCT && !t[i + 3].is("'")) {
            // "the day before." at the end of a phrase: the day before the one the text is about
            TimePoint ref = refs.lastRef != null && refs.lastRef.granularity() == Granularity.DAY ? refs.lastRef
                    : dctDay();
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
}
