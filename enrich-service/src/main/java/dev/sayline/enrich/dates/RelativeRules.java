package dev.sayline.enrich.dates;

import dev.sayline.enrich.dates.Lexicon.Unit;
import dev.sayline.enrich.dates.TimePoint.Granularity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;

import static dev.sayline.enrich.dates.RuleMatch.pointMatch;

/**
 * Relative expressions made of a determiner and a unit, month or weekday ("last week", "next May",
 * "the next day", "that month", "this morning", "the following Monday"), and unspecified stretches
 * named by a plural unit ("in recent years", "for months", "the weeks ahead").
 */
final class RelativeRules extends TokenReader {

    static final Set<String> DEICTIC_DETERMINERS = Set.of("this", "last", "next", "past", "coming",
            "current", "upcoming", "previous", "following", "that", "same", "preceding");

    private final DeicticRules deictics;
    private final ClauseTense tenses;
    private final ReferenceTimes refs;

    RelativeRules(Reading reading, DeicticRules deictics, ClauseTense tenses, ReferenceTimes refs) {
        super(reading);
        this.deictics = deictics;
        this.tenses = tenses;
        this.refs = refs;
    }

    /** "for months", "within weeks", "for centuries": an unspecified duration. */
    RuleMatch barePlural(int i) {
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

    /**
     * "after years of debate", "just days before the vote", "Hours later", "spent months crafting":
     * an unspecified stretch (where the paragraph gives "hours after the vote" a day, that reading wins).
     */
    RuleMatch unspecifiedStretch(int i) {
        Unit u = Lexicon.PLURAL_UNITS.get(t[i].lower);
        if (u == null || !t[i].isWord() || t[i].capitalized() && !capitalisedByPosition(i)
                || is(i + 1, "-") || is(i + 1, "'")) {
            return null;
        }
        return stretchBeforeAnEvent(i) || stretchOfSomething(i, u)
                ? new RuleMatch(i, i + 1, Timex.DURATION, u.duration(null), null, false, false) : null;
    }

    /**
     * "a matter of weeks", "the months to come": a stretch of unknown length, marked whole; "for a while"
     * and "for some time" too, with TimeBank's values (not "for a long time", which it leaves).
     */
    RuleMatch vagueSpan(int i) {
        if (is(i - 1, "for") || is(i - 1, "after")) {
            if (is(i, "a") && is(i + 1, "while")) {
                return new RuleMatch(i, i + 2, Timex.DURATION, "PXX", null, false, false);
            }
            if (is(i, "some") && is(i + 1, "time") && !is(i + 2, "-")) {
                return new RuleMatch(i, i + 2, Timex.DURATION, "PXM", null, false, false);
            }
        }
        if (is(i, "a") && is(i + 1, "matter") && is(i + 2, "of") && i + 3 < t.length) {
            Unit u = Lexicon.PLURAL_UNITS.get(t[i + 3].lower);
            return u == null ? null : new RuleMatch(i, i + 4, Timex.DURATION, u.duration(null), null, false, false);
        }
        if (is(i, "the") && i + 1 < t.length && is(i + 2, "to") && is(i + 3, "come")) {
            Unit u = Lexicon.PLURAL_UNITS.get(t[i + 1].lower);
            return u == null ? null : new RuleMatch(i, i + 4, Timex.DURATION, u.duration(null), null, false, false);
        }
        return null;
    }

    /** A plural unit capitalised only as a sentence's first word ("Days after its report") or in a headline. */
    private boolean capitalisedByPosition(int i) {
        return reading.opensASentence(i) || reading.titleCaseLine(i);
    }

    /**
     * "days before the vote", "Hours after Clinton's appearance", "just days earlier", "months later":
     * an unspecified stretch between two times (a count or a determiner before it makes it another
     * expression: "two days before", "the days before").
     */
    private boolean stretchBeforeAnEvent(int i) {
        if (!(is(i + 1, "before") || is(i + 1, "after") || is(i + 1, "earlier") || is(i + 1, "later")
                || is(i + 1, "ahead") && is(i + 2, "of") || is(i + 1, "away") && is(i + 2, "from"))) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        Token p = t[i - 1];
        if (p.is("-") && !p.spaceBefore && !t[i].spaceBefore) {
            return false;  // "light-years ahead"
        }
        return !p.isDigits() && !(p.isWord() && (Lexicon.CARDINALS.containsKey(p.lower)
                || NOT_BEFORE_A_STRETCH.contains(p.lower)));
    }

    private static final Set<String> NOT_BEFORE_A_STRETCH = Set.of("the", "a", "an", "few", "several", "many",
            "couple", "dozen", "some", "these", "those", "more", "his", "her", "their", "its", "our", "my", "your",
            "all", "both", "final", "last", "first", "next", "other", "of", "what", "million", "billion",
            "hundred", "thousand",
            // compounds: "light years away", "opening hours after the holiday", "30 calendar days after"
            "light", "calendar", "business", "working", "opening", "office", "visiting", "school", "trading",
            "man", "rush", "banking", "peak", "extra", "overtime", "waking", "daylight", "wee", "early", "late",
            "polling", "voting", "operating", "shopping", "prime", "happy", "dark", "golden", "glory");

    /**
     * "after years of debate", "despite months of preparation", "follows months of twists", "spent
     * months crafting", "with years of experience": a stretch a preposition or a verb of spending
     * time puts before what filled it.
     */
    private boolean stretchOfSomething(int i, Unit u) {
        if (i == 0) {
            return false;
        }
        String p = t[i - 1].lower;
        if (SPENDING_TIME.contains(p)) {
            // "took hours", not "hours of footage" nor the minutes of a meeting ("will take minutes at …")
            return !u.timeOfDay || !is(i + 1, "of") && !(t[i].is("minutes") && !is(i + 1, "to"));
        }
        return is(i + 1, "of") && !u.timeOfDay && BEFORE_A_STRETCH_OF.contains(p) && i + 2 < t.length
                && t[i + 2].isWord() && !is(i + 2, "the");
    }

    private static final Set<String> SPENDING_TIME = Set.of("spent", "spend", "spends", "spending", "took",
            "take", "takes", "taking");
    private static final Set<String> BEFORE_A_STRETCH_OF = Set.of("after", "despite", "following", "follows",
            "followed", "with", "by", "amid", "through", "ending", "ended", "ends", "end");

    /**
     * Words after "the days" that set the stretch against an event: "in the days after the attack". Not
     * "before": TimeBank marks "in the weeks before the shooting" as the date of the run-up (1998-10),
     * which nothing in the phrase gives.
     */
    private static final Set<String> AROUND_AN_EVENT = Set.of("after", "since", "following", "leading");

    /**
     * Stretches of unspecified length named by a plural unit: "the weeks ahead", "the first hours
     * of the war", "the early years", and "years" in "the years that followed", "days" in "in the
     * days after the attack" (TimeBank's extent).
     */
    RuleMatch vaguePlural(int i) {
        if (is(i, "the") && is(i - 1, "over") && (is(i + 1, "years") || is(i + 1, "decades")) && !is(i + 2, "of")) {
            // "loosened over the years": TimeBank marks "the years", PXY
            return new RuleMatch(i, i + 2, Timex.DURATION, Lexicon.PLURAL_UNITS.get(t[i + 1].lower).duration(null),
                    null, false, false);
        }
        boolean stretchAroundAnEvent = is(i + 1, "that") && (is(i + 2, "followed") || is(i + 2, "follow"))
                || AROUND_AN_EVENT.contains(i + 1 < t.length ? t[i + 1].lower : "")
                && !(is(i + 1, "leading") && !is(i + 2, "up"));  // "in the days leading up to the vote"
        if (i > 0 && is(i - 1, "the") && stretchAroundAnEvent) {
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
     * Capitalised "This Week" inside a sentence is a programme (ABC's "This Week", "told This Week
     * that", "Last Week Tonight"); in a title-case headline ("Meeting Scheduled For Next Week", "Obama
     * To Visit Cuba This Week") it is a time.
     */
    private boolean programmeTitle(int k) {
        if (!t[k].capitalized() || k + 1 >= t.length || !t[k + 1].capitalized() || !t[k + 1].isWord()
                || !Lexicon.UNITS.containsKey(t[k + 1].lower)) {
            return false;
        }
        boolean named = t[k].is("this") && (is(k - 1, "s") || is(k - 1, "on") || reading.isQuoteMark(k - 1)
                || is(k + 2, "with"));  // ABC's "This Week With George Stephanopoulos"
        return named || t[k].is("last") && is(k + 2, "tonight") || !reading.titleCaseLine(k);
    }

    /**
     * "over the next year" in a future clause that reports no one's words: a stretch from now, whatever
     * year the text named before ("In 2022, Musk promised … the next year" is 2023).
     */
    private boolean stretchFromNow(int i, String det, boolean the, int unit) {
        if (!the || !det.equals("next") || !is(unit, "year")
                || !(is(i - 1, "over") || is(i - 1, "within") || is(i - 1, "during"))
                || tenses.tense(i, unit + 1) != Tense.FUTURE) {
            return false;
        }
        for (int j = i - 1; j >= 0 && !reading.isSentenceBreak(j) && !t[j].is(":"); j--) {
            if (ClauseTense.REPORTING_VERBS.contains(t[j].lower) && !is(j - 1, "is") && !is(j - 1, "are")
                    && !is(j - 1, "be")) {
                return false;  // "promised … the next year", not "are expected over the next year"
            }
        }
        return true;
    }

    /** Prepositions before "the next week" that make it a stretch ahead: "within the next week". */
    private static final Set<String> STRETCH_PREPOSITIONS = Set.of("in", "over", "within", "during", "for",
            "throughout");

    /** Spans that a month, week or day cannot be counted from: "the next month" after "the fall". */
    private static final Set<Granularity> OFF_THE_CALENDAR_LADDER = Set.of(Granularity.HALF, Granularity.SEASON,
            Granularity.QUARTER);

    RuleMatch relative(int i) {
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
            if (pu != null && det.equals("recent") && (pu == Unit.YEAR || pu == Unit.DAY)) {
                // "in recent years", "in recent days": the recent past, as TimeBank marks it (3 of 5, 1 of 2)
                return RuleMatch.ref(k, k + 2, "PAST_REF");
            }
            if (pu != null && (!the || det.equals("coming") || det.equals("recent"))) {
                // "in recent weeks", "in the coming weeks": an unspecified stretch of time
                return new RuleMatch(k, k + 2, Timex.DURATION, pu.duration(null), null, false, false);
            }
        }
        if (!DEICTIC_DETERMINERS.contains(det) && !(the && (det.equals("next") || det.equals("following")))) {
            return null;
        }
        if (det.equals("same") && !the) {
            return null;
        }
        boolean owned = k > 0 && Lexicon.POSSESSIVES.contains(t[k - 1].lower);
        if ((det.equals("last") || det.equals("first")) && !the && owned
                && !is(k + 1, "fiscal") && !is(k + 2, "'")) {
            // "his last year in office", "her last day at work": the final one, not a deictic (but "its last
            // fiscal year", and "his last month's paycheck", whose possessive is the paycheck's)
            return null;
        }
        if (programmeTitle(k)) {
            return null;
        }
        k++;
        boolean thisPast = det.equals("this") && is(k, "past");
        if (det.equals("this") && (is(k, "past") || is(k, "coming"))) {
            det = is(k, "past") ? "last" : "next";
            k++;
        }
        if (det.equals("that") && is(k, "same")) {
            k++;  // "announced that same day": that day
        }
        if (is(k, "fiscal") || det.equals("this") && is(k, "election") && is(k + 1, "year")) {
            k++;  // "this fiscal year"; "this election year" (not "last election year", which may be years back)
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
        if (stretchFromNow(i, det, the, k) && anchor != null && dct != null && anchor.date().isBefore(dct)) {
            anchor = dctDay();  // "In 1939 … 10,000 are expected over the next year": the year from now
        }
        // a unit: "last week", "the next day", "that year"
        Unit u = Lexicon.UNITS.get(target.lower);
        if (u != null && !Lexicon.PLURAL_UNITS.containsKey(target.lower) && target.isWord()) {
            if (u.timeOfDay || u == Unit.FORTNIGHT || u == Unit.QUARTER && is(k + 1, "century")) {
                return null;  // not "the last quarter century"
            }
            // not "the past year and a half-dozen lawsuits", "a half million"
            boolean halfOfANumber = is(k + 4, "-") || is(k + 4, "million") || is(k + 4, "billion")
                    || k + 4 < t.length && Lexicon.CARDINALS.containsKey(t[k + 4].lower);
            if (the && is(k + 1, "and") && is(k + 2, "a") && is(k + 3, "half") && !halfOfANumber
                    && (det.equals("past") || det.equals("last") || det.equals("previous") || det.equals("next"))) {
                // "in the previous year and a half", "the past decade and a half": a stretch, not a year
                return new RuleMatch(i, k + 4, Timex.DURATION, u.duration(1.5), null, false, false);
            }
            boolean stretchAhead = (det.equals("next") || det.equals("coming")) && i > 0
                    && STRETCH_PREPOSITIONS.contains(t[i - 1].lower);
            boolean hyphen = is(k + 1, "-") && !t[k + 1].spaceBefore;  // "the past week-long …", not a dash
            if (the && (u == Unit.WEEK || u == Unit.MONTH) && !is(k + 1, "of") && !is(k + 1, "'")
                    && !hyphen && (det.equals("past") || det.equals("last") || stretchAhead)) {
                // "in the past week", "over the next month": the stretch up to or from now, not a calendar
                // week or month (the blind annotators 14 times in 16 and 6 in 7; TimeBank's one case is
                // neither); "the past year" and "over the next year" stay years, as TimeBank marks them
                return new RuleMatch(i, k + 1, Timex.DURATION, u.duration(1.0), null, false, false);
            }
            if (anchor == null) {
                return pointMatch(i, k + 1, null, false);
            }
            if (u == Unit.NIGHT) {
                if (det.equals("last") && !the) {
                    return new RuleMatch(i, k + 1, Timex.TIME, anchor.date().minusDays(1) + "TNI",
                            TimePoint.day(anchor.date().minusDays(1)), true, false);
                }
                if (det.equals("that") || det.equals("same")) {
                    // "At a rally that night", "the same night he won": the night of the day just named
                    // only a day named in the same paragraph ("served in Benghazi that night" is not the
                    // dateline's night)
                    TimePoint lastRef = refs.lastRef != null
                            && WritingTimes.sameParagraph(reading.text, refs.lastRefEnd, t[i].start) ? refs.lastRef : null;
                    return lastRef != null && lastRef.granularity() == Granularity.DAY
                            ? new RuleMatch(i, k + 1, Timex.TIME, lastRef.value() + "TNI", lastRef, false, false)
                            : new RuleMatch(i, k + 1, Timex.TIME, "XXXX-XX-XXTNI", null, false, false);
                }
                if (the && offset != 0 && anaphoric) {
                    // "statements he had made the previous night": the night before the day the text
                    // named last, else before the publication day
                    TimePoint day = refs.lastRef != null && refs.lastRef.granularity() == Granularity.DAY
                            ? refs.lastRef : dctDay();
                    if (day != null) {
                        LocalDate night = day.date().plusDays(offset);
                        return new RuleMatch(i, k + 1, Timex.TIME, night + "TNI", TimePoint.day(night), true, false);
                    }
                }
                return null;
            }
            if (anaphoric && OFF_THE_CALENDAR_LADDER.contains(anchor.granularity())
                    && u.granularity().ordinal() > anchor.granularity().ordinal() && dct != null) {
                // no month follows a season: one of this year counts from now ("win in the fall … within the
                // next month"), an earlier year's is a month of that year ("the summer of 2012; the following
                // month")
                if (anchor.year() >= dct.getYear()) {
                    anchor = dctDay();
                } else {
                    String part = u == Unit.WEEK ? "-WXX" : u == Unit.DAY ? "-XX-XX" : "-XX";
                    return new RuleMatch(i, k + 1, Timex.DATE, String.format("%04d", anchor.year()) + part, null,
                            false, false);
                }
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
                if (det.equals("this") && !anaphoric && anchor.date().getDayOfWeek().getValue() <= 3
                        && tenses.tense(i, k + 1) == Tense.PAST) {
                    // "told reporters this weekend" in a Monday story: the one just past
                    p = p.plus(-1, Granularity.WEEK);
                }
            }
            if (u == Unit.WEEK && thisPast && !anaphoric && (anchor.date().getDayOfWeek() == DayOfWeek.SUNDAY
                    || anchor.date().getDayOfWeek() == DayOfWeek.SATURDAY)) {
                // a weekend story's "this past week" is the one it closes, the ISO week of that day
                // itself (ISO weeks run Monday to Sunday); its "last week" is the calendar week before,
                // as TimeBank (3 of 4) and the blind annotators (6 of 9) read a Sunday story's
                p = anchor.withGranularity(Granularity.WEEK);
            }
            if (anaphoric && u == Unit.DAY && (anchor.granularity() == Granularity.MONTH
                    || anchor.granularity() == Granularity.YEAR)) {
                // "He apologized the next day" after "Last September": a day of that month, not the month
                String days = anchor.granularity() == Granularity.MONTH ? "-XX" : "-XX-XX";
                return new RuleMatch(i, k + 1, Timex.DATE, anchor.value() + days, p, true, false);
            }
            if (anaphoric && anchor.granularity() == Granularity.YEAR && (u == Unit.MONTH || u == Unit.WEEK)) {
                // "filed a request that month" after "in 2012": a month (a week) of that year, not the year
                String part = u == Unit.MONTH ? "-XX" : "-WXX";
                return new RuleMatch(i, k + 1, Timex.DATE, anchor.value() + part, p, true, false);
            }
            return new RuleMatch(i, k + 1, Timex.DATE, p.value(), p, anaphoric || u == Unit.DAY, false);
        }
        if (dct == null) {
            return null;
        }
        // a part of the day: "this morning", "this afternoon"
        String part = Lexicon.PARTS_OF_DAY.get(target.lower);
        if (part != null && (det.equals("this") || det.equals("that"))) {
            if (det.equals("that") && refs.lastRef != null && refs.lastRef.granularity() != Granularity.DAY) {
                // "that morning" after a year: a morning of some day of it, not "2013TMO"
                return new RuleMatch(i, k + 1, Timex.TIME, "XXXX-XX-XXT" + part, null, false, false);
            }
            TimePoint day = det.equals("that") && refs.lastRef != null ? refs.lastRef : TimePoint.day(dct);
            return new RuleMatch(i, k + 1, Timex.TIME, day.value() + "T" + part, day, false, false);
        }
        if (part != null && the && (det.equals("next") || det.equals("following"))) {
            if (refs.lastRef != null && refs.lastRef.granularity() == Granularity.MONTH
                    && t[i].start - refs.lastRefEnd < 600) {
                // "the convention in July … the following morning": a day of that month, as "the next day"
                // (not after a year named in passing: "served time for a 2010 robbery")
                return new RuleMatch(i, k + 1, Timex.DATE, refs.lastRef.value() + "-XX", null, false, false);
            }
            // the morning after the day the text named last, even past a year named in passing ("arrested
            // Saturday night … a 2010 robbery … the following morning" is Sunday)
            TimePoint named = refs.lastRef != null && refs.lastRef.granularity() == Granularity.DAY ? refs.lastRef
                    : refs.lastDay != null && i - refs.lastDayToken < 60 ? refs.lastDay : TimePoint.day(dct);
            TimePoint day = named.plus(1, Granularity.DAY);
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
                // "Humphrey lost that November": the year the text is in, when it named one
                case "that" -> refs.lastRef != null && refs.lastRef.granularity().ordinal() >= Granularity.YEAR.ordinal()
                        ? refs.lastRef.year() : -1;
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
            LocalDate base = refs.lastRef != null && refs.lastRef.granularity() == Granularity.DAY
                    ? refs.lastRef.date() : dct;
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
}
