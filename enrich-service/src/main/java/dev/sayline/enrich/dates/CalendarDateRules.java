package dev.sayline.enrich.dates;

import dev.sayline.enrich.dates.TimePoint.Granularity;

import java.time.LocalDate;
import java.util.Set;

import static dev.sayline.enrich.dates.ClockReader.hhmm;

/**
 * Explicit calendar dates: month-name dates ("Dec 29 2025 17:48 utc", "July 16, 2001", "16 July 2001",
 * "May 2024", "October", "July last year") and numeric ones ("29.12.2025 18:19", "2025-12-29",
 * "12/29/98"), plus "the week of March 6". Also the day-of-month and month readers and the year a
 * month or day without one resolves to, which other families reuse.
 */
final class CalendarDateRules extends TokenReader {

    private static final Set<String> MONTH_PRECEDERS = Set.of("in", "of", "since", "until", "till", "by", "last",
            "this", "next", "early", "late", "mid", "from", "through", "during", "before", "after", "to", "and", "or",
            "between", "-", "that", "each", "every", "on", ",", "(", "past", "coming");

    private final ClauseTense tenses;
    private final ClockReader clocks;
    private final ReferenceTimes refs;
    private final YearRules years;

    CalendarDateRules(Reading reading, ClauseTense tenses, ClockReader clocks, ReferenceTimes refs, YearRules years) {
        super(reading);
        this.tenses = tenses;
        this.clocks = clocks;
        this.refs = refs;
        this.years = years;
    }

    private static final Set<String> TIME_PREPOSITIONS = Set.of("in", "on", "by", "until", "till", "before", "after",
            "from", "through", "during", "at");
    private static final Set<String> ATTACK_WORDS = Set.of("attacks", "terrorist", "terror", "hijackers",
            "hijacking", "hijackings", "commission", "plot", "plotters", "bombings", "strikes", "conspiracy",
            "truthers");

    /** "September 11" followed by the attacks' words: the day of 2001, whatever the publication date. */
    private boolean namesThe2001Attacks(int k) {
        return k < t.length && ATTACK_WORDS.contains(t[k].lower)
                || k + 1 < t.length && t[k].isWord() && ATTACK_WORDS.contains(t[k + 1].lower);
    }

    /**
     * "after Sept. 11", "since Sept. 11" in a text written after 2001: the attacks' day where the
     * sentence speaks of them (terror, attacks, Afghanistan …) or where this year's Sept. 11 is half a
     * year back (March to July); not a day a clause goes on to date ("since Sept. 11, when the Fed last
     * met") nor one still ahead ("the vote would be held after Sept. 11").
     */
    private boolean sinceTheAttacks(int i, int e) {
        boolean after = is(i - 1, "after") || is(i - 1, "since") || is(i - 1, "post") || is(i - 2, "post");
        if (!after || dct == null || dct.getYear() < 2002 || tenses.tense(i, e) == Tense.FUTURE) {
            return false;
        }
        boolean datesAClause = is(e, "when") || is(e, ",") && is(e + 1, "when");
        boolean halfAYearOn = dct.getMonthValue() >= 3 && dct.getMonthValue() <= 7;
        return anyWithin(i, 15, OF_THE_ATTACKS) || !datesAClause && halfAYearOn;
    }

    /** Words of the 2001 attacks, which make a nearby "after Sept. 11" theirs. */
    private static final Set<String> OF_THE_ATTACKS = Set.of("terror", "terrorism", "terrorist", "terrorists",
            "attack", "attacks", "attacked", "afghanistan", "qaeda", "jihadist", "jihadists", "hijackers", "towers",
            "muslim", "muslims", "islamic", "homeland", "bin");

    /** The year at k is followed by punctuation or the end of the text, not by what it would count. */
    private boolean yearEndsPhrase(int k) {
        int after = k + years.yearTokens(k);
        return after >= t.length || t[after].kind == Token.Kind.PUNCT && !t[after].is("-") && !t[after].is("'");
    }

    /** Month-name dates: {@code Dec 29 2025 17:48 utc}, {@code July 16, 2001}, {@code 16 July 2001}, {@code May 2024}, {@code October}. */
    RuleMatch explicitDate(int i) {
        int k = i;
        int weekday = -1;
        if (k < t.length && Lexicon.WEEKDAYS.containsKey(t[k].lower) && t[k].capitalized()) {
            weekday = Lexicon.WEEKDAYS.get(t[k].lower);
            k++;
            if (is(k, ",")) {
                k++;
            }
        }
        // day first: "16 July 2001", "the 16th of July"
        int dayFirst = -1;
        int m0 = k;
        if (is(m0, "the")) {
            m0++;
        }
        int d = dayNumber(m0);
        if (d > 0) {
            int afterDay = m0 + dayTokens(m0);
            int mm = afterDay;
            if (is(mm, "of")) {
                mm++;
            }
            if (month(mm) > 0) {
                dayFirst = d;
                k = mm;
            }
        }
        int month = month(k);
        if (month <= 0) {
            return null;
        }
        int e = k + 1;
        if (is(e, ".") && !t[e].spaceBefore && Lexicon.MONTH_ABBREVIATIONS.contains(t[k].lower)) {
            e++;
        }
        int day = dayFirst;
        if (day < 0) {
            int dn = dayNumber(e);
            if (dn > 0 && !(t[e].isDigits() && t[e].text.length() == 4)) {
                day = dn;
                e += dayTokens(e);
            }
        }
        int year = -1;
        // "July 16, 2001", "June of 2004"
        int y = is(e, ",") || is(e, "of") ? e + 1 : e;
        int yv = years.yearNumber(y);
        // "March, 2015" without a day only before punctuation (not "in March, 2000 people marched"), or
        // as a modifier after an article ("an April, 2012 meeting")
        boolean modifier = (is(i - 1, "a") || is(i - 1, "an") || is(i - 1, "the")) && !(y + 1 < t.length
                && t[y + 1].isWord() && !t[y + 1].capitalized() && t[y + 1].lower.endsWith("s"));  // "1500 workers"
        if (yv > 0 && (day > 0 || !is(e, ",") || yearEndsPhrase(y) || modifier)) {
            year = yv;
            e = y + years.yearTokens(y);
        }
        // "June last year", "April 12th of last year", "March of next year"
        int r = is(e, "of") ? e + 1 : e;
        if (year < 0 && (is(r, "this") || is(r, "last") || is(r, "next")) && is(r + 1, "year") && dct != null) {
            year = dct.getYear() + (is(r, "last") ? -1 : is(r, "next") ? 1 : 0);
            e = r + 2;
        }
        // "in early June of that year", "March of the following year": the year the text last named
        Integer yearsOn = years.yearAnaphor(r);
        if (year < 0 && yearsOn != null && refs.lastYear > 0) {
            year = refs.lastYear + yearsOn;
            e = r + years.yearAnaphorTokens(r);
        }
        if (day < 0 && year < 0) {
            if (weekday > 0 || !standaloneMonthOk(k)) {
                return null;
            }
            year = yearClosingARange(i, e);  // "from September to December 2014"
        }
        if (day > 0 && day > 31) {
            return null;
        }
        // a range inside a month: two dates ("conducted March 17-20", as TimeBank marks "April 24 and
        // 25"; the second is DayOfMonthRules'), in the year written after it ("Dec. 6-10, 2015"), but
        // one night in the seed guidelines' "the night of December 28-29"
        boolean range = day > 0 && year < 0 && is(e, "-") && !t[e].spaceBefore && e + 1 < t.length
                && t[e + 1].isDigits() && !t[e + 1].spaceBefore && dayNumber(e + 1) > day;
        if (range) {
            int ry = is(e + 2, ",") ? e + 3 : e + 2;
            int rangeYear = ry < t.length && t[ry].isDigits() ? years.yearNumber(ry) : -1;
            if (rangeYear > 0) {
                year = rangeYear;
            }
            if (is(i - 1, "of") && is(i - 2, "night")) {
                e += 2;
            }
        }
        if (month == 9 && day == 11 && year < 0 && (namesThe2001Attacks(e) || sinceTheAttacks(i, e))) {
            year = 2001;  // "the Sept. 11 attacks", "the Sept. 11 commission", "called home after Sept. 11"
        }
        Outlook outlook = outlook(i, e, month, day);
        Tense tense = outlook.tense();
        boolean ahead = outlook.notBeforePublication();
        TimePoint p;
        String value;
        if (day > 0) {
            LocalDate date = resolveMonthDay(year, month, day, tense);
            if (date == null) {
                return null;
            }
            if (year < 0 && dct != null && ahead && date.isBefore(dct)
                    && !(outlook.onlyByItsEvent() && !date.isBefore(dct.minusDays(JUST_PAST_DAYS)))) {
                date = date.plusYears(1);  // "will vote on Nov. 8", "ahead of the Nov. 8 election"
            }
            if (year < 0 && dct != null && (is(i - 1, "ended") || tenses.pastEvent(i, e)) && date.isAfter(dct)) {
                // "the quarter ended Oct. 31" in a story of Oct. 27, "his speech, on May 28, was delivered"
                // in December: what has happened lies before the publication date
                date = date.minusYears(1);
            }
            p = year > 0 || dct != null ? TimePoint.day(date) : null;
            value = p != null ? p.value() : String.format("XXXX-%02d-%02d", month, day);
        } else {
            int yy = year > 0 ? year : resolveMonthYear(month, tense, i);
            if (year < 0 && yy > 0 && dct != null && yy * 12 + month > dct.getYear() * 12 + dct.getMonthValue()
                    && tenses.pastEvent(i, e)) {
                yy--;  // "the judge, who died in February," in a September story
            }
            boolean monthBefore = dct != null && yy > 0 && yy * 12 + month < dct.getYear() * 12 + dct.getMonthValue();
            // a month is just past while its middle is ("reeling from the November election" on Jan. 5,
            // not "a November general election" on Jan. 30)
            boolean justPast = monthBefore && !LocalDate.of(yy, month, 15).isBefore(dct.minusDays(JUST_PAST_DAYS));
            if (year < 0 && monthBefore && ahead && !(outlook.onlyByItsEvent() && justPast)) {
                yy++;  // "can win in November", said in January
            }
            p = yy > 0 ? TimePoint.month(yy, month) : null;
            value = p != null ? p.value() : String.format("XXXX-%02d", month);
        }
        // a clock time after the date: "Dec 29 2025 17:48 utc", "Aug. 7, 1998, at 10:35 a.m."
        if (day > 0) {
            int tk = e;
            if (is(tk, ",")) {
                tk++;
            }
            if (is(tk, "at")) {
                tk++;
            }
            int[] clock = clocks.clock(tk);
            if (clock != null) {
                return new RuleMatch(i, clock[0], Timex.TIME, value + "T" + hhmm(clock[1], clock[2]), p, true, false);
            }
        }
        return new RuleMatch(i, e, Timex.DATE, value, p, true, false);
    }

    /**
     * How the clause sees a date named without a year: its tense, and whether what it dates cannot
     * lie before the publication date; {@code onlyByItsEvent}: that is judged only from the event the
     * date names ("the Nov. 8 election"), which may also be one just held, up to
     * {@link #JUST_PAST_DAYS} back ("officials said the Nov. 8 election was fair" on Nov. 20).
     */
    private record Outlook(Tense tense, boolean notBeforePublication, boolean onlyByItsEvent) {
    }

    /** How long after an election news still means the one just held by "the Nov. 8 election". */
    private static final int JUST_PAST_DAYS = 62;

    private Outlook outlook(int i, int e, int month, int day) {
        // "since June", "last June", "dating as far back as June", "dates back to June": the past
        boolean back = is(i - 2, "back") && (is(i - 1, "as") || is(i - 1, "to"));
        Tense tense = is(i - 1, "since") || is(i - 1, "last") || back ? Tense.PAST : tenses.tense(i, e);
        int event = is(e, "'") && is(e + 1, "s") ? e + 2 : e;  // "the Nov. 8 election", "November's election"
        if (tense == Tense.PAST && tenses.scheduledEvent(event) && tenses.pastOfSaying(i, e)) {
            tense = Tense.UNKNOWN;  // "officials said … the Nov. 8 election": the saying is past, not the election
        }
        boolean pastClause = tense == Tense.PAST;
        // "ahead of the Nov. 8 election"; in a past clause the nearest one ("Ahead of the March 1
        // contests, he assumed …" in a March 10 story, "was seen as an attempt … ahead of the Nov. 8 election" in July)
        boolean aheadOf = is(i - 1, "ahead") || is(i - 2, "ahead") && is(i - 1, "of")
                || is(i - 3, "ahead") && is(i - 2, "of") && is(i - 1, "the");
        // "engineered the leak to influence the Nov. 8 election" in July: what a past act aimed at may be
        // still to come this year (not "failed to meet the March 1 deadline" in December)
        boolean aimedAt = is(i - 1, "the") && is(i - 3, "to") && t[i - 2].isWord() && !t[i - 2].capitalized()
                && !Lexicon.FUNCTION_WORDS.contains(t[i - 2].lower) && dct != null
                && LocalDate.of(dct.getYear(), month, Math.max(1, Math.min(day, 28))).isAfter(dct);
        if ((aheadOf || aimedAt) && pastClause) {
            tense = Tense.UNKNOWN;
        }
        // "the November election", "November's general election": an election named by its day is
        // spoken of for months ahead (a debate or a hearing is named so once it has happened)
        // in an American election year before November, "the November election" told in the past is still
        // that year's when its own verb looks ahead ("strengthened the prospect that the November election will …")
        boolean votingYearAhead = day <= 0 && month == 11 && dct != null && dct.getYear() % 2 == 0
                && dct.getMonthValue() < 11;
        boolean namesAComingEvent = (!pastClause || votingYearAhead && willFollow(event))
                && tenses.namesAnElection(event);
        // "can win in November"; not "must file their February reports" (the month of the reports)
        boolean saidAhead = i > 0 && TIME_PREPOSITIONS.contains(t[i - 1].lower) && tenses.definiteFuture(i, e)
                || (aheadOf || is(i - 1, "toward") || is(i - 1, "towards")) && !pastClause || is(i - 1, "come")
                || tenses.calendarTimetableBefore(i) && !pastClause;
        // "Republicans don't want to run against Clinton in November" in an American election year is
        // that year's vote (not "a poll in November shows …", a thing dated by its month, nor a part of the
        // month, "the voter file in late November"); in a story about the election, so is a bare month
        // ending its sentence ("an advantage in November.", "Then there's November."), not one that dates
        // a thing ("Unemployment in November is 5 percent", "out in November, is a bestseller")
        boolean endsItsSentence = e >= t.length || reading.isSentenceBreak(e) || t[e].newlineBefore;
        boolean theComingVote = !pastClause && votingYearAhead
                && (speaksOfTheVote(i) || endsItsSentence && !is(i - 1, "since") && storySpeaksOfTheVote())
                && !(is(i - 1, "in") && datedByAMonth(i - 2)) && !is(i - 1, "late") && !is(i - 1, "early")
                && !is(i - 1, "mid") && !is(i - 1, "-");
        boolean onlyByItsEvent = !saidAhead && tense != Tense.FUTURE && !theComingVote;
        boolean ahead = saidAhead || namesAComingEvent || theComingVote;
        if (ahead) {
            tense = Tense.FUTURE;
        }
        return new Outlook(tense, ahead, onlyByItsEvent);
    }

    /**
     * The sentence around token k speaks of an election or of its parties and candidates, and of no
     * other vote than the general election (not "the November primary in Louisiana", nor "the Cowboys'
     * victory against the Giants in November", nor "since its loss in November").
     */
    private boolean speaksOfTheVote(int k) {
        boolean vote = false;
        for (int j = reading.sentenceStart(k), end = reading.sentenceEnd(k); j < end; j++) {
            // another vote named with the month is the month's ("the November primary", "a runoff in
            // November"); one set against it is not ("turnout in the primaries doesn't translate to an
            // advantage in November")
            if (HolidayRules.OTHER_VOTES.contains(t[j].lower) && Math.abs(j - k) <= 3 || j < k && t[j].is("since")) {
                return false;
            }
            vote |= WORDS_OF_THE_VOTE.contains(t[j].lower) || is(j, "white") && is(j + 1, "house");
        }
        return vote;
    }

    /** "will" comes within the six words after k, in the same phrase: k's noun phrase is the subject of a future. */
    private boolean willFollow(int k) {
        for (int j = k; j < t.length && j < k + 6 && t[j].kind != Token.Kind.PUNCT; j++) {
            if (t[j].is("will")) {
                return true;
            }
        }
        return false;
    }

    /** How many words of the vote make a story one about an election ("Then there's November."). */
    private static final int WORDS_OF_AN_ELECTION_STORY = 8;

    private Boolean storySpeaksOfTheVote;

    /** The story is about an election: it uses the words of the vote often (worked out once, when first asked). */
    private boolean storySpeaksOfTheVote() {
        if (storySpeaksOfTheVote == null) {
            int n = 0;
            for (int j = 0; j < t.length && n < WORDS_OF_AN_ELECTION_STORY; j++) {
                if (WORDS_OF_THE_VOTE.contains(t[j].lower)) {
                    n++;
                }
            }
            storySpeaksOfTheVote = n >= WORDS_OF_AN_ELECTION_STORY;
        }
        return storySpeaksOfTheVote;
    }

    private static final Set<String> WORDS_OF_THE_VOTE = Set.of("election", "electoral", "vote", "votes",
            "voters", "voting", "ballot", "ballots", "polls", "nominee", "nominees", "electorate", "presidential",
            "presidency", "candidate", "candidates", "democrat", "democrats", "democratic", "republican",
            "republicans", "gop", "chances");

    /**
     * The year written at the end of a range of months that begins with the month ending at e: "from
     * September to December 2014", "between March and May 2015", "from June through August, 2016"; else -1.
     */
    private int yearClosingARange(int i, int e) {
        boolean joined = is(e, "to") || is(e, "through") || is(e, "until") || is(e, "-")
                || is(e, "and") && is(i - 1, "between");
        if (!joined || !(is(i - 1, "from") || is(i - 1, "between")) || month(e + 1) <= 0) {
            return -1;
        }
        int y = is(e + 2, ",") ? e + 3 : e + 2;
        return y < t.length && t[y].isDigits() ? years.yearNumber(y) : -1;
    }

    /** A lone month name counts when the context shows it is the month ("in May", "last March"). */
    private boolean standaloneMonthOk(int k) {
        String w = t[k].lower;
        if (Lexicon.MONTH_ABBREVIATIONS.contains(w)) {
            return false;
        }
        if (k > 0 && afterAName(k)) {
            return false;  // "Jill June", a person
        }
        int object = is(k + 2, "the") ? k + 3 : k + 2;
        if (w.equals("march") && (is(k + 1, "for") || is(k + 1, "on") || is(k + 1, "against")) && object < t.length
                && t[object].capitalized() && !(k > 0 && STRONG_MONTH_PRECEDERS.contains(t[k - 1].lower))) {
            return false;  // "the March for Bernie", "a March on the RNC": a march
        }
        if (beforeASurname(k)) {
            return false;  // "April Mellody, a spokeswoman", "August Wilson": a person
        }
        if (!w.equals("may") && !w.equals("march")) {
            return true;
        }
        if (k > 0 && DETERMINERS_OF_A_MONTH_MODIFIER.contains(t[k - 1].lower) && k + 1 < t.length && t[k + 1].isWord()
                && !t[k + 1].capitalized() && !NOT_AFTER_MONTH_MODIFIER.contains(t[k + 1].lower)) {
            return true;  // "the March accession", "her March comment"; not "the march on Washington"
        }
        if (is(k - 1, "s") && is(k - 2, "'") && (datedByAMonth(k + 1) || datedByAMonth(k + 2))) {
            return true;  // "Florida's March presidential primary"; not "Women's March" nor "Britain's May"
        }
        boolean namesSomeone = is(k + 1, "'") || k + 1 < t.length && t[k + 1].isWord() && t[k + 1].capitalized();
        if (!namesSomeone && (k > 1 && (is(k - 1, "with") || is(k - 1, "to")) && is(k - 2, "compared")
                || k > 0 && SPANS_OF_A_MONTH.contains(t[k - 1].lower) && t[k - 1].isWord()
                && !t[k - 1].capitalized())) {
            return true;  // "compared with March", "began March with $8 million"; not "ended May's premiership"
        }
        boolean fixedFor = is(k - 1, "for") && (is(k - 2, "planned") || is(k - 2, "scheduled") || is(k - 2, "set")
                || is(k - 2, "slated"));  // "The launch is planned for March"
        return k > 0 && MONTH_PRECEDERS.contains(t[k - 1].lower) || fixedFor;
    }

    /** Verbs whose object may be a month's span: "began March with …", "ended May down 3%". */
    private static final Set<String> SPANS_OF_A_MONTH = Set.of("began", "begins", "begin", "started", "starts",
            "ended", "ends", "finished", "closed", "spent");

    /** Token k is something news dates by its month: "the Fed's March meeting", "Ohio's May primary". */
    private boolean datedByAMonth(int k) {
        return k >= 0 && k < t.length && DATED_BY_A_MONTH.contains(t[k].lower);
    }

    private static final Set<String> DATED_BY_A_MONTH = Set.of("primary", "primaries", "election", "elections",
            "caucus", "caucuses", "meeting", "meetings", "vote", "debate", "report", "jobs", "sales", "figures",
            "data", "survey", "poll", "session", "deadline", "issue", "edition", "release", "visit", "trip", "rally",
            "convention", "summit", "hearing", "payment", "payroll", "payrolls", "statement", "decision");

    private static final Set<String> DETERMINERS_OF_A_MONTH_MODIFIER = Set.of("the", "a", "his", "her", "their",
            "its", "our");

    private static final Set<String> STRONG_MONTH_PRECEDERS = Set.of("in", "since", "until", "till", "by", "early",
            "late", "mid", "last", "next", "this", "during", "through");

    /**
     * The month at k opens a sentence as a first name: a capitalised word that is no time follows it,
     * then a comma or a verb ("April Mellody, a spokeswoman for …"), and the line is no headline.
     */
    private boolean beforeASurname(int k) {
        if (!reading.opensASentence(k) || k + 2 >= t.length || !t[k + 1].isWord() || !t[k + 1].capitalized()
                || Lexicon.MONTHS.containsKey(t[k + 1].lower) || Lexicon.WEEKDAYS.containsKey(t[k + 1].lower)
                || reading.titleCaseLine(k)) {
            return false;
        }
        return t[k + 2].is(",") || t[k + 2].isWord() && !t[k + 2].capitalized();
    }

    /** The word before the month at k is a capitalised name inside a sentence ("Jill June"), not "In" or "Last". */
    private boolean afterAName(int k) {
        Token p = t[k - 1];
        return p.isWord() && p.capitalized() && !p.text.equals(p.text.toUpperCase()) && !p.newlineBefore
                && !(k > 1 && reading.isSentenceBreak(k - 2)) && !MONTH_PRECEDERS.contains(p.lower)
                && !Lexicon.WEEKDAYS.containsKey(p.lower) && !Lexicon.MONTHS.containsKey(p.lower);
    }

    /** Words after "the March"/"the May" that show the noun march or the verb may, not the month. */
    private static final Set<String> NOT_AFTER_MONTH_MODIFIER = Set.of("of", "on", "to", "toward", "towards",
            "through", "from", "against", "across", "into", "in", "for", "and", "or", "be", "have", "not");

    private int month(int k) {
        if (k >= t.length || !t[k].isWord() || !t[k].capitalized()) {
            return -1;
        }
        Integer m = Lexicon.MONTHS.get(t[k].lower);
        if (m == null) {
            return -1;
        }
        if (Lexicon.MONTH_ABBREVIATIONS.contains(t[k].lower)) {
            boolean dot = is(k + 1, ".") && !t[k + 1].spaceBefore;
            boolean number = k + 1 < t.length && (t[k + 1].isDigits() || Lexicon.numericOrdinal(t[k + 1].lower) > 0);
            if (!dot && !number) {
                return -1;
            }
            if (t[k].text.equals("MAR") || t[k].text.equals("DEC") && !number) {
                return -1;
            }
        }
        return m;
    }

    /** A day of the month: {@code 29}, {@code 30th}, {@code eighth}; -1 if none. */
    int dayNumber(int k) {
        if (k >= t.length) {
            return -1;
        }
        Token a = t[k];
        if (a.isDigits() && a.text.length() <= 2 && a.number >= 1 && a.number <= 31) {
            // "17:48", "29.12" are clock times or numeric dates; "on Saturday, April 25: the court" is a day
            if ((is(k + 1, ":") || is(k + 1, ".")) && k + 2 < t.length && t[k + 2].isDigits() && !t[k + 2].spaceBefore) {
                return -1;
            }
            return a.number;
        }
        if (a.kind == Token.Kind.ALNUM) {
            int o = Lexicon.numericOrdinal(a.lower);
            return o >= 1 && o <= 31 ? o : -1;
        }
        Integer o = Lexicon.ORDINALS.get(a.lower);
        if (o != null) {
            return o;
        }
        if ((a.is("twenty") || a.is("thirty")) && is(k + 1, "-") && k + 2 < t.length) {
            Integer o2 = Lexicon.ORDINALS.get(t[k + 2].lower);
            if (o2 != null && o2 < 10) {
                return (a.is("twenty") ? 20 : 30) + o2;
            }
        }
        return -1;
    }

    private int dayTokens(int k) {
        Token a = t[k];
        if ((a.is("twenty") || a.is("thirty")) && is(k + 1, "-")) {
            return 3;
        }
        return 1;
    }

    private LocalDate resolveMonthDay(int year, int month, int day, Tense tense) {
        if (year > 0) {
            return safeDate(year, month, day);
        }
        if (dct == null) {
            return safeDate(2000, month, day) == null ? null : LocalDate.of(2000, 1, 1);
        }
        LocalDate best = null;
        for (int y = dct.getYear() - 1; y <= dct.getYear() + 1; y++) {
            LocalDate c = safeDate(y, month, day);
            if (c != null && (best == null || Math.abs(c.toEpochDay() - dct.toEpochDay())
                    < Math.abs(best.toEpochDay() - dct.toEpochDay()))) {
                best = c;
            }
        }
        if (best == null) {
            return null;
        }
        // the nearest one, unless the clause's tense points clearly the other way
        long away = best.toEpochDay() - dct.toEpochDay();
        if (tense == Tense.PAST && away > 62) {
            return safeDate(best.getYear() - 1, month, day);
        }
        if (tense == Tense.FUTURE && away < -62) {
            return safeDate(best.getYear() + 1, month, day);
        }
        return best;
    }

    static LocalDate safeDate(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /**
     * "from", "after" or "since" in the four tokens before k, after the last expression: what follows is
     * earlier than what came before (not "From March through May").
     */
    private boolean orderedBefore(int k) {
        for (int j = k - 1; j >= 0 && j >= k - 4 && j >= refs.lastEnd; j--) {
            if (t[j].is("from") || t[j].is("after") || t[j].is("since")) {
                return true;
            }
        }
        return false;
    }

    /** The year of a month named without one: a year the text just named, else by tense around the publication date. */
    private int resolveMonthYear(int month, Tense tense, int at) {
        // "That year, in June", "Last year, in June": a year opening the sentence dates what it tells
        // (not a clause that looks ahead from a past year, "Last year, he won, and in June he will run", nor
        // back from a coming one, "Next year, the company said in March, it will …")
        if (refs.framingYear > 0 && reading.sameSentence(refs.framingYearToken, at) && dct != null
                && !(tense == Tense.FUTURE && refs.framingYear < dct.getYear())
                && !(tense == Tense.PAST && refs.framingYear > dct.getYear())) {
            return refs.framingYear;
        }
        // a past year named in the sentence is the month's ("peaked in October of that year"), unless
        // the clause looks ahead ("near zero since December 2008, is expected to act … in December")
        if (refs.lastWrittenYear > 0 && reading.sameSentence(refs.lastWrittenYearToken, at)
                && (dct == null || refs.lastWrittenYear != dct.getYear())
                && !(tense == Tense.FUTURE && dct != null && refs.lastWrittenYear < dct.getYear())) {
            return refs.lastWrittenYear;
        }
        // "6 percent last December, up from 5 percent in March", "slumped last fall after peaking in April":
        // a month the clause orders before a date it worked out is of that date's year, or the one before
        if (refs.lastYear > 0 && refs.lastRef != null && reading.sameSentence(refs.lastYearToken, at)
                && orderedBefore(at) && (dct == null || refs.lastRef.date().isBefore(dct))) {
            return month <= refs.lastRef.firstMonth() ? refs.lastYear : refs.lastYear - 1;
        }
        if (dct == null) {
            return -1;
        }
        int y = dct.getYear();
        int away = month - dct.getMonthValue();  // months from the publication month, in [-11, 11]
        int year = y;
        if (away > 6 || away == 6 && tense != Tense.FUTURE) {
            year = y - 1;
            away -= 12;
        } else if (away < -6 || away == -6 && tense == Tense.FUTURE) {
            year = y + 1;
            away += 12;
        }
        if (tense == Tense.PAST && away > 2) {
            return year - 1;
        }
        if (tense == Tense.FUTURE && away < -2) {
            return year + 1;
        }
        return year;
    }

    /**
     * "9/11", in a text written after it: the 2001 attacks' day, as the annotators mark it ("the 2001
     * invasion of Afghanistan after 9/11", "the 9/11 attacks", as "the Sept. 11 attacks"); not a fraction
     * ("9/11 of the votes"), a longer numeral or a title ("Fahrenheit 9/11").
     */
    RuleMatch nineEleven(int i) {
        boolean written = is(i, "9") && is(i + 1, "/") && is(i + 2, "11") && !t[i + 1].spaceBefore
                && !t[i + 2].spaceBefore && !(i + 3 < t.length && !t[i + 3].spaceBefore
                && (t[i + 3].isDigits() || t[i + 3].is("/") || t[i + 3].is("-")))
                && !(i > 0 && !t[i].spaceBefore && (t[i - 1].isDigits() || t[i - 1].is("/")))
                && !is(i + 3, "of") && !is(i + 3, "th") && !is(i + 3, "from") && !slashDateNear(i - 4, i)
                && !slashDateNear(i + 3, i + 7);  // "went 9/11 from the line", "polls taken 9/9 through 9/11"
        boolean titled = i > 1 && t[i - 1].isWord() && t[i - 1].capitalized() && !t[i - 1].newlineBefore
                && !reading.isSentenceBreak(i - 2)
                && !Lexicon.FUNCTION_WORDS.contains(t[i - 1].lower);  // "Fahrenheit 9/11", a film
        if (!written || titled || dct == null || dct.getYear() < 2002) {
            return null;
        }
        TimePoint p = TimePoint.day(LocalDate.of(2001, 9, 11));
        return new RuleMatch(i, i + 3, Timex.DATE, p.value(), p, false, false);
    }

    /** A month/day numeral ("9/9") among tokens [from, to). */
    private boolean slashDateNear(int from, int to) {
        for (int j = Math.max(0, from); j + 2 < Math.min(t.length, to + 2) && j < to; j++) {
            if (t[j].isDigits() && is(j + 1, "/") && t[j + 2].isDigits() && !t[j + 1].spaceBefore) {
                return true;
            }
        }
        return false;
    }

    /** Numeric dates: {@code 29.12.2025 18:19}, {@code 2025-12-29}, {@code 12/29/2025}, {@code 12/29/98}. */
    RuleMatch numericDate(int i) {
        if (i + 4 >= t.length || !t[i].isDigits()) {
            return null;
        }
        Token a = t[i];
        Token s1 = t[i + 1];
        Token b = t[i + 2];
        Token s2 = t[i + 3];
        Token c = t[i + 4];
        if (s1.spaceBefore || b.spaceBefore || s2.spaceBefore || c.spaceBefore || !b.isDigits() || !c.isDigits()
                || !s1.lower.equals(s2.lower)) {
            return null;
        }
        if (i + 5 < t.length && !t[i + 5].spaceBefore && (t[i + 5].isDigits()
                || (t[i + 5].is(s1.lower) && i + 6 < t.length && t[i + 6].isDigits()))) {
            return null;
        }
        String sep = s1.lower;
        int y;
        int m;
        int d;
        if (sep.equals("-") && a.text.length() == 4 && b.text.length() <= 2 && c.text.length() <= 2) {
            y = a.number;
            m = b.number;
            d = c.number;
        } else if ((sep.equals(".") || sep.equals("/") || sep.equals("-")) && c.text.length() == 4
                && a.text.length() <= 2 && b.text.length() <= 2) {
            y = c.number;
            if (sep.equals("/") && a.number <= 12) {
                m = a.number;
                d = b.number;
            } else {
                d = a.number;
                m = b.number;
            }
        } else if (sep.equals("/") && c.text.length() == 2 && a.text.length() <= 2 && b.text.length() <= 2) {
            y = c.number + (c.number <= 30 ? 2000 : 1900);
            m = a.number;
            d = b.number;
        } else {
            return null;
        }
        LocalDate date = y >= 1000 ? safeDate(y, m, d) : null;
        if (date == null) {
            return null;
        }
        int e = i + 5;
        TimePoint p = TimePoint.day(date);
        int tk = e;
        if (is(tk, ",")) {
            tk++;
        }
        int[] clock = clocks.clock(tk);
        if (clock != null) {
            return new RuleMatch(i, clock[0], Timex.TIME, p.value() + "T" + hhmm(clock[1], clock[2]), p, true, false);
        }
        return new RuleMatch(i, e, Timex.DATE, p.value(), p, true, false);
    }

    /** "the week of March 6": the ISO week holding that day. */
    RuleMatch weekOf(int i) {
        if (!is(i, "the") || !is(i + 1, "week") || !is(i + 2, "of")) {
            return null;
        }
        RuleMatch d = explicitDate(i + 3);
        if (d == null || d.start() != i + 3 || d.point() == null || d.point().granularity() != Granularity.DAY) {
            return null;
        }
        TimePoint p = d.point().withGranularity(Granularity.WEEK);
        return new RuleMatch(i, d.end(), Timex.DATE, p.value(), p, true, false);
    }
}
