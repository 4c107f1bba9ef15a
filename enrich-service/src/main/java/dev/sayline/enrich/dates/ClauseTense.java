package dev.sayline.enrich.dates;

import java.util.Set;

/**
 * Reads the tense of the clause around an expression (past, future or unknown) from nearby markers:
 * auxiliaries, past forms, plans ("plans to", "until"). Underspecified dates ("in March", "Friday",
 * "the 15th") use it to pick the past or the coming one; it is separate because most rule families
 * ask it and it has its own word lists.
 */
final class ClauseTense extends TokenReader {

    private static final Set<String> FUTURE_MARKERS = Set.of("will", "ll", "shall", "going", "scheduled",
            "expected", "expects", "intends", "upcoming", "next", "tomorrow");
    /** Verbs of saying: a past one dates the saying, not what was said ("said the vote is in February"). */
    static final Set<String> REPORTING_VERBS = Set.of("said", "told", "reported", "announced", "wrote",
            "added", "stated", "noted", "claimed", "predicted", "warned", "promised", "argued", "insisted",
            "suggested", "explained", "estimated", "forecast", "projected", "confirmed", "revealed", "disclosed",
            "declared", "asserted", "acknowledged", "indicated", "signaled", "signalled", "hinted", "vowed",
            "pledged", "threatened", "proposed", "urged", "asked", "agreed", "decided", "planned", "hoped",
            "wanted", "expected", "believed", "thought", "knew", "feared");
    private static final Set<String> PRESENT_FUTURES = Set.of("will", "ll", "shall", "can", "must", "may", "might",
            "should", "needs", "if", "unless");
    private static final Set<String> MODALS_OF_THE_FUTURE = Set.of("must", "may", "might", "should", "needs", "could");
    private static final Set<String> WEAK_FUTURES = Set.of("must", "may", "might", "should", "needs", "need", "could",
            "if", "unless");
    private static final Set<String> SIMPLE_PASTS = Set.of("was", "were", "had", "did");
    private static final Set<String> PAST_STATES = Set.of("was", "were", "had", "been", "did", "ago", "last",
            "earlier", "yesterday");
    private static final Set<String> BEFORE_A_PARTICIPLE = Set.of("a", "an", "the", "this", "that", "these", "those",
            "is", "are", "s", "was", "were", "be", "been", "being", "its", "his", "her", "their", "our");
    private static final Set<String> AHEAD_WORDS = Set.of("ahead", "upcoming", "until", "await",
            "awaits", "awaiting", "next", "coming");
    /** Events held on a day: "Thursday's debate … will be" is the coming one ("Monday's ruling" has happened). */
    private static final Set<String> SCHEDULED_EVENTS = Set.of("debate", "debates", "primary", "primaries", "caucus",
            "caucuses", "vote", "election", "elections", "meeting", "summit", "hearing", "game", "match", "final",
            "deadline", "speech", "rally", "talks", "session", "runoff", "referendum", "ceremony", "parade",
            "launch", "opening", "race", "convention", "address", "contest", "contests", "showdown", "forum");
    private static final Set<String> PAST_MARKERS = Set.of("said", "was", "were", "had", "did", "ago", "last",
            "earlier", "told", "met", "made", "took", "came", "went", "left", "gave", "won", "lost", "held", "began",
            "rose", "fell", "sold", "bought", "got", "saw", "spoke", "sent", "struck", "wrote", "became", "brought",
            "thought", "found", "ran", "paid", "yesterday", "knew", "led", "fled", "flew", "shot", "broke",
            "chose", "drove", "fought", "froze", "grew", "hid", "kept", "laid", "meant", "rang", "sank", "slid",
            "stood", "swore", "taught", "threw", "tore", "woke", "wore", "been", "reported", "announced", "drew",
            "sought", "felt", "dealt", "sat", "withdrew", "forgot",
            // past tenses too short for the "-ed" test
            "died", "tied", "lied", "owed", "bled", "sped");
    /** Irregular verbs whose past tense is their present: past only where no article, modal or "to" comes first. */
    private static final Set<String> SAME_FORM_PAST = Set.of("set", "hit", "cut", "shut", "put", "quit", "hurt",
            "cost", "spread", "bid", "burst", "cast", "split", "struck", "upset");
    private static final Set<String> NOT_BEFORE_SAME_FORM_PAST = Set.of("to", "a", "an", "the", "this", "that",
            "its", "his", "her", "their", "our", "my", "your", "will", "ll", "would", "could", "can", "may", "might",
            "should", "must", "shall", "do", "does", "did", "not", "t", "i", "you", "we", "they", "big", "new",
            "be", "is", "are", "been");
    private static final Set<String> NOT_PAST_ED = Set.of("need", "based", "red", "speed", "indeed", "proceed",
            "exceed", "succeed", "seed", "feed", "bed", "shed", "bred", "hundred", "expected", "scheduled",
            "planned", "concerned", "interested", "united", "limited", "advanced", "detailed", "related", "armed",
            "alleged", "supposed", "used", "wed", "ted", "fred", "ed", "med");

    ClauseTense(Reading reading) {
        super(reading);
    }

    /** Past or future, from the nearest tense marker in the clause around tokens [start, end). */
    Tense tense(int start, int end) {
        int k = nearestMarker(start, end);
        return k < 0 ? Tense.UNKNOWN : markerFor(k, start, end);
    }

    /** Plans told in the past: what they plan comes after them, a time named before them is past. */
    private static final Set<String> PAST_PLANS = Set.of("promised", "agreed", "planned", "hoped", "intended");

    /**
     * The tense marker k says for the expression [start, end): "At a Thursday rally, Sanders promised to
     * …" is a past Thursday, though what he promised lies ahead.
     */
    private Tense markerFor(int k, int start, int end) {
        boolean deadline = start > 0 && DEADLINES.contains(t[start - 1].lower);
        boolean pastPlan = k >= end && PAST_PLANS.contains(t[k].lower) && marker(k) == Tense.FUTURE
                && !RELATIVE_PRONOUNS.contains(t[k - 1].lower) && !deadline;
        return pastPlan ? Tense.PAST : marker(k);
    }

    /** A relative clause's plan is not its sentence's: "On Thursday, Sanders, who promised to fight, will rally". */
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that");
    /** A deadline belongs to the plan: "By Friday, the government hoped to finish". */
    private static final Set<String> DEADLINES = Set.of("by", "until", "till", "before");

    /**
     * {@link #tense} for a weekday: a modal or a condition ("should get a boost from the win
     * Tuesday", "If he follows up his Tuesday wins") says nothing of which week the day is in, so
     * the nearest other marker decides.
     */
    Tense tenseOfAWeekday(int start, int end) {
        for (int k = nearestMarker(start, end), from = start, to = end; k >= 0; ) {
            if (!WEAK_FUTURES.contains(t[k].lower)) {
                return markerFor(k, start, end);
            }
            // look past the modal, on the same side
            if (k < from) {
                from = k;
            } else {
                to = k + 1;
            }
            k = nearestMarker(from, to);
        }
        return Tense.UNKNOWN;
    }

    /**
     * The tense marker {@link #tense} reads: the nearest before the expression, else after it; -1 if
     * none. A quotation the expression is outside of has its own tense: a short one ("the “Stop Trump”
     * rally") is passed over, a longer one ends the search ("(“… Clinton would beat,” USA Today, Thursday)").
     * A quotation the expression is inside ends both windows at its marks. Both windows count words,
     * not the dots of "E.U." or "Ala.,"; looking ahead the window is shorter and ends at an aside.
     */
    int nearestMarker(int start, int end) {
        for (int k = start - 1, n = 0; k >= 0 && n < 14; n += words(k), k--) {
            if (reading.closesAQuote(k)) {
                int open = quoteEdge(k, -1);
                if (open < 0) {
                    break;
                }
                k = open;
                continue;
            }
            if (reading.isSentenceBreak(k) || t[k].is(":") || reading.opensAQuote(k)) {
                break;  // a quotation the expression is inside has its own tense, not its speaker's
            }
            if (marker(k) != Tense.UNKNOWN) {
                return k;
            }
            if (t[k].newlineBefore) {
                break;
            }
        }
        for (int k = end, n = 0; k < t.length && n < 10; n += words(k), k++) {
            if (reading.opensAQuote(k)) {
                int close = quoteEdge(k, 1);
                if (close < 0) {
                    break;
                }
                k = close;
                continue;
            }
            if (reading.closesAQuote(k)) {
                break;  // "“… chances in November,” Tester said": the saying is not the quotation's tense
            }
            if (reading.isSentenceBreak(k) || t[k].newlineBefore || t[k].is("whether") || t[k].is("if") || t[k].is(":")
                    || opensAComplement(k)) {
                break;  // "Asked on Monday whether X would …": the question's tense is not the asking's
            }
            if (opensAnAside(k)) {
                // an aside's tense is its own ("As Election Day nears, … -- always exaggerated --"); the
                // clause goes on after it ("The talks Monday -- the first in years -- will focus …")
                int close = asideEnd(k);
                if (close < 0) {
                    break;
                }
                k = close;
                continue;
            }
            // "until" looks ahead from what comes before it ("one more day until the vote" says nothing
            // of a Sunday named earlier)
            if (marker(k) != Tense.UNKNOWN && !t[k].is("until")) {
                return k;
            }
        }
        return -1;
    }

    /** The words in tokens [from, to), as {@link #words} counts them. */
    private int wordsBetween(int from, int to) {
        int n = 0;
        for (int j = from; j < to; j++) {
            n += words(j);
        }
        return n;
    }

    /**
     * Words token k adds to a window: none for punctuation, and a compound ("first-in-the-nation") or an
     * abbreviation ("U.S.", "E.U.") is one word.
     */
    private int words(int k) {
        boolean joined = k > 0 && (t[k - 1].is("-") || t[k - 1].is(".")) && !t[k - 1].spaceBefore && !t[k].spaceBefore;
        return joined ? 0 : t[k].words();
    }

    /**
     * "that" at k opens a clause of its own, with a subject ("announcing in October that he would not
     * run": what he would do is not when he announced it); not "that year", nor "a vote that will …".
     */
    private boolean opensAComplement(int k) {
        if (!t[k].is("that") || k + 1 >= t.length || k == 0 || !afterAVerbOrATime(k - 1)) {
            return false;
        }
        Token next = t[k + 1];
        return SUBJECT_PRONOUNS.contains(next.lower) || next.isWord() && next.capitalized() && !Lexicon.UNITS
                .containsKey(next.lower) || is(k + 1, "the") || is(k + 1, "his") || is(k + 1, "her")
                || is(k + 1, "their") || is(k + 1, "its");
    }

    /** Token k ends a verb or a time ("assumed that", "in October that"), not a noun ("the party that"). */
    private boolean afterAVerbOrATime(int k) {
        String w = t[k].lower;
        return w.endsWith("ed") || REPORTING_VERBS.contains(w) || COMPLEMENT_TAKERS.contains(w)
                || Lexicon.MONTHS.containsKey(w) || Lexicon.WEEKDAYS.containsKey(w) || t[k].isDigits();
    }

    private static final Set<String> COMPLEMENT_TAKERS = Set.of("say", "says", "think", "thinks", "believe",
            "believes", "know", "knows", "hope", "hopes", "fear", "fears", "clear", "sure", "likely", "true",
            "possible", "unlikely", "is", "was", "means", "shows", "suggests", "argue", "argues");

    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "it", "they", "we", "i", "you", "there");

    /** Token k opens an aside: a parenthesis, or a dash set off by a space (not the hyphen of "well-known"). */
    private boolean opensAnAside(int k) {
        return t[k].is("(") || spacedDash(k);
    }

    /** An em dash (never a hyphen), or a hyphen or en dash set off by a space (both read as "-"). */
    private boolean spacedDash(int k) {
        return t[k].text.equals("\u2014") || t[k].is("-") && t[k].spaceBefore;
    }

    /** The last token of the aside opened at k (its closing parenthesis or dash, at most 25 tokens on); -1 if none. */
    private int asideEnd(int k) {
        boolean parenthesis = t[k].is("(");
        int from = is(k + 1, "-") && !t[k + 1].spaceBefore ? k + 2 : k + 1;  // "--" is two tokens
        for (int j = from; j < t.length && j <= k + 25; j++) {
            if (reading.isSentenceBreak(j)) {
                return -1;
            }
            if (parenthesis ? t[j].is(")") : spacedDash(j)) {
                return !parenthesis && is(j + 1, "-") && !t[j + 1].spaceBefore ? j + 1 : j;
            }
        }
        return -1;
    }

    /** Verbs of timetables: in the present tense before a day, news reports a plan. */
    private static final Set<String> SCHEDULE_VERBS = Set.of("meet", "meets", "begin", "begins", "start", "starts",
            "open", "opens", "arrive", "arrives", "leave", "leaves", "resume", "resumes", "end", "ends", "close",
            "closes", "expire", "expires", "visit", "visits", "travel", "travels", "convene", "convenes", "vote",
            "votes", "host", "hosts", "play", "plays", "face", "faces", "testify", "testifies", "fly", "flies",
            "return", "returns", "reconvene", "reconvenes");
    private static final Set<String> NOT_BEFORE_SCHEDULE_VERB = Set.of("did", "not", "t", "had", "has", "have",
            "never", "to", "the", "a", "an", "its", "their", "his", "her", "this", "that");

    /**
     * "Arafat and Netanyahu meet separately Monday", "the session opens on Tuesday", "the fiscal year,
     * which ends Sept. 30": a timetable verb in the present tense just before the day (maybe with an
     * adverb or "on" between) is a plan, so the day is the next one; "did not meet Monday" is not.
     */
    boolean timetableBefore(int i) {
        return timetableVerbBefore(i, SCHEDULE_VERBS) || heldEventBefore(i);
    }

    private static final Set<String> HOLDING_VERBS = Set.of("holds", "hold", "hosts", "host");

    /** Verbs of a vote held, in the present: "On Tuesday, Democrats vote in Arizona". */
    private static final Set<String> VOTING_VERBS = Set.of("vote", "votes", "hold", "holds", "host", "hosts",
            "caucus", "meet", "meets");

    /**
     * "On Tuesday, Democrats vote in Arizona", "on Saturday, Alaska, Hawaii and Washington hold caucuses": a
     * weekday opening its clause, then the subject and a present verb of voting or holding (within eight
     * words, no other verb's tense between), is on the timetable; not "On Tuesday, the vote was close".
     */
    boolean votingTimetableAfter(int i) {
        if (!is(i - 1, "on") || !is(i + 1, ",")) {
            return false;
        }
        for (int j = i + 2, n = 0; j < t.length && n < 8 && !reading.isSentenceBreak(j); j++, n++) {
            if (VOTING_VERBS.contains(t[j].lower) && !t[j].capitalized()
                    && !DETERMINERS_OF_AN_EVENT.contains(t[j - 1].lower) && !is(j - 1, "to")) {
                return true;
            }
            if (marker(j) != Tense.UNKNOWN) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> DETERMINERS_OF_AN_EVENT = Set.of("its", "their", "a", "an", "the", "his", "her");
    private static final Set<String> PREPOSITIONS = Set.of("of", "since", "from", "after", "before", "at", "in", "for",
            "to", "with", "on", "by", "during", "until");

    /**
     * "Nevada holds its Democratic caucuses on Saturday": a verb of holding, a determiner, adjectives,
     * the event, in the present, is on the timetable; not "co-hosts of the debate on Thursday", "holds the
     * lead since the debate on Tuesday", "did not hold its debate on Saturday".
     */
    private boolean heldEventBefore(int i) {
        int k = is(i - 1, "on") ? i - 2 : i - 1;
        if (k < 0 || !SCHEDULED_EVENTS.contains(t[k].lower)) {
            return false;
        }
        for (int j = k - 1; j >= 1 && j >= k - 5 && t[j].isWord() && !PREPOSITIONS.contains(t[j].lower); j--) {
            if (DETERMINERS_OF_AN_EVENT.contains(t[j].lower)) {
                int verb = j - 1;
                return HOLDING_VERBS.contains(t[verb].lower) && !t[verb].capitalized()
                        && !(verb > 0 && (t[verb - 1].is("-") || NOT_BEFORE_SCHEDULE_VERB.contains(t[verb - 1].lower)));
            }
        }
        return false;
    }

    /**
     * {@link #timetableBefore} for a calendar date, with fewer verbs, those seldom nouns before a date
     * ("a radio show host in April", "a visit on March 1" are no plans; a past clause is none either:
     * "Housing starts in April rose"): "the fiscal year, which ends Sept. 30".
     */
    boolean calendarTimetableBefore(int i) {
        return timetableVerbBefore(i, CALENDAR_TIMETABLE_VERBS)
                || is(i - 1, "in") && timetableVerbBefore(i - 1, CALENDAR_TIMETABLE_VERBS);
    }

    /** "its planned acquisition", "as planned", "lower-than-planned": "planned" is no verb there. */
    private static final Set<String> BEFORE_AN_ADJECTIVAL_PLANNED = Set.of("the", "its", "his", "her", "their",
            "our", "this", "that", "as", "-", "than");

    private static final Set<String> CALENDAR_TIMETABLE_VERBS = Set.of("ends", "begins", "starts", "expires", "opens",
            "closes", "resumes", "concludes", "convenes", "reconvenes");

    private boolean timetableVerbBefore(int i, Set<String> verbs) {
        int k = i - 1;
        if (is(k, "on")) {
            k--;
        }
        if (k >= 0 && t[k].isWord() && t[k].lower.endsWith("ly")) {
            k--;
        } else if (is(k - 1, "-") && is(k - 2, "to") && is(k - 3, "-")) {
            k -= 5;  // "meet face-to-face Friday": the verb is before the adverb
        }
        // "got off to a rocky start Monday": after "a" and an adjective the word is a noun; "stood
        // face-to-face Thursday": the last word of a compound is none
        return k >= 0 && t[k].isWord() && verbs.contains(t[k].lower) && !t[k].capitalized()
                && !(is(k - 1, "-") && is(k - 2, "to"))
                && !(k > 0 && NOT_BEFORE_SCHEDULE_VERB.contains(t[k - 1].lower))
                && !(k > 1 && (t[k - 2].is("a") || t[k - 2].is("an")));
    }

    /** The other mark of a short quotation (at most five tokens) from the mark at k, going {@code step}; -1 if none. */
    private int quoteEdge(int k, int step) {
        for (int j = k + step, n = 0; j >= 0 && j < t.length && n < 6; j += step, n++) {
            if (step < 0 ? reading.opensAQuote(j) : reading.closesAQuote(j)) {
                return j;
            }
            if (reading.isSentenceBreak(j)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The clause goes on, within four tokens, with "was", "were", "did" or a past verb of saying ("said",
     * "told"), not after "has".
     */
    boolean simplePastOrSayingNext(int start, int end) {
        int k = nearestMarker(start, end);
        return k >= end && k - end <= 4 && marker(k) == Tense.PAST
                && (REPORTING_VERBS.contains(t[k].lower) || SIMPLE_PASTS.contains(t[k].lower))
                && !is(k - 1, "has") && !is(k - 1, "have") && !is(k - 1, "had");
    }

    /** The nearest marker of the clause is a past verb of saying ("said", "told"). */
    boolean pastOfSaying(int start, int end) {
        int k = nearestMarker(start, end);
        return k >= 0 && marker(k) == Tense.PAST && REPORTING_VERBS.contains(t[k].lower);
    }

    /**
     * The time of a past event: "in" or "on" the expression, and the clause's nearest tense
     * marker, a few words away, is the past of an event ("who died in February", "took office in
     * February"), not of saying ("said the vote is in February") or a state. What it dates has
     * happened, so it cannot lie after the publication date. Deadlines ("extended to Nov. 20",
     * "by Jan. 14") are not the event's time.
     */
    boolean pastEvent(int start, int end) {
        if (!is(start - 1, "in") && !is(start - 1, "on")) {
            return false;
        }
        int k = nearestMarker(start, end);
        // words, not tokens: "In October, Mrs. Clinton, the nominee, called for …" is four words away
        if (k < 0 || (k < start ? wordsBetween(k + 1, start) : wordsBetween(end, k)) > 6 || marker(k) != Tense.PAST
                || REPORTING_VERBS.contains(t[k].lower) && !announcedAThing(k, start)
                || PAST_STATES.contains(t[k].lower)) {
            return false;
        }
        if (!PAST_MARKERS.contains(t[k].lower) && k > 0 && participleBefore(k)) {
            return false;  // "a designated day on Nov. 1", "is poised", "the ads reserved in December"
        }
        for (int j = end; j < t.length && !reading.isSentenceBreak(j); j++) {
            if (plannedMarker(j, t[j].lower) == Tense.FUTURE) {
                return false;  // "… on Nov. 1, during which leaders will seek …"
            }
        }
        // "said it will redeem the preferred shares on Oct. 31": a plan earlier in the sentence wins
        for (int j = start - 1; j >= 0 && !reading.isSentenceBreak(j); j--) {
            if (plannedMarker(j, t[j].lower) == Tense.FUTURE) {
                return false;
            }
        }
        return true;
    }

    /** The "-ed" word at k reads as an adjective or participle: after a determiner, a copula or a plural noun. */
    private boolean participleBefore(int k) {
        Token p = t[k - 1];
        return BEFORE_A_PARTICIPLE.contains(p.lower) || p.isWord() && !p.capitalized() && p.lower.length() > 2
                && p.lower.endsWith("s") && !p.lower.endsWith("ss") && !p.is("has");
    }

    /**
     * The clause's nearest tense marker, a few words away, is a future of the present ("will",
     * "'ll", "can", "must", "may", a condition "if"; not "would", a future told in the past):
     * what it dates is not before the publication date.
     */
    boolean definiteFuture(int start, int end) {
        int k = nearestMarker(start, end);
        if (k < 0 || (k < start ? start - k : k - end) > 8 || !PRESENT_FUTURES.contains(t[k].lower)
                || marker(k) != Tense.FUTURE) {
            return false;
        }
        // a marker after the expression counts only in the same phrase ("In November voters will …"),
        // not across a comma or a quotation ("on Aug. 10, “The piling on must stop”")
        for (int j = end; j < k; j++) {
            if (t[j].kind == Token.Kind.PUNCT) {
                return false;
            }
        }
        return true;
    }

    /** "ahead of", "until", "awaiting", "the lead-up to" just before token i ("before" may look back). */
    boolean lookingAhead(int i) {
        if (is(i - 1, "to") && is(i - 2, "up") && (is(i - 3, "lead") || is(i - 3, "run")
                || is(i - 3, "-") && (is(i - 4, "lead") || is(i - 4, "run")))) {
            return true;  // "in the lead-up to Tuesday's primary", "the run up to Sunday's vote"
        }
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            if (AHEAD_WORDS.contains(t[k].lower)) {
                return true;
            }
        }
        return aheadOfThePhrase(i);
    }

    /**
     * "ahead of voting Tuesday", "ahead of New York's delegate-rich Tuesday primary", "ahead of the
     * state's contest on Saturday": "ahead of" before the noun phrase token i ends, with no other
     * preposition between (not "ahead of schedule", "ahead of time", "moved ahead Tuesday").
     */
    boolean aheadOfThePhrase(int i) {
        int from = is(i - 1, "on") ? i - 2 : i - 1;
        for (int k = from; k >= 1 && k >= i - 9 && (t[k].isWord() || t[k].is("'") || t[k].is("-")); k--) {
            if (t[k].is("of") && t[k - 1].is("ahead")) {
                return !is(k + 1, "schedule") && !is(k + 1, "time");
            }
            if (PREPOSITIONS.contains(t[k].lower)) {
                return false;  // "ahead of his fourth event of the day on Monday": the day is the event's
            }
        }
        return false;
    }

    /** The clause around [start, end) is told in the simple past ("Clinton, speaking ahead of it, attacked"). */
    boolean simplePast(int start, int end) {
        int k = nearestMarker(start, end);
        return k >= 0 && marker(k) == Tense.PAST && !is(k - 1, "has") && !is(k - 1, "have");
    }

    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "this", "that", "these", "those", "its",
            "his", "her", "their", "our", "my", "your");

    private static final Set<String> EVENT_MODIFIERS = Set.of("general", "presidential", "midterm", "special",
            "national", "local", "state", "parliamentary", "congressional", "legislative", "municipal", "regional",
            "snap", "party", "leadership", "primary");

    /** "election(s)" at k, maybe after its kind ("general election", "presidential election"). */
    boolean namesAnElection(int k) {
        for (int n = 0; n <= 2 && k + n < t.length; n++) {
            if (t[k + n].is("election") || t[k + n].is("elections")) {
                return true;
            }
            if (!EVENT_MODIFIERS.contains(t[k + n].lower)) {
                return false;
            }
        }
        return false;
    }

    /** An event noun at k, maybe after up to three capitalised words or kinds ("Tuesday's New Hampshire primary", "the November general election"). */
    boolean scheduledEvent(int k) {
        for (int n = 0, j = k; n <= 3 && j >= 0 && j < t.length; n++, j++) {
            if (SCHEDULED_EVENTS.contains(t[j].lower) && !t[j].capitalized()) {
                return true;
            }
            int compound = hyphenatedEnd(j);
            if (compound > j) {
                j = compound - 1;  // "Tuesday's first-in-the-nation primary": one modifier
                continue;
            }
            if (!t[j].isWord() || !t[j].capitalized() && !EVENT_MODIFIERS.contains(t[j].lower)) {
                return false;
            }
        }
        return false;
    }

    /** The token after a hyphenated compound starting at k ("first-in-the-nation"), else k. */
    private int hyphenatedEnd(int k) {
        int e = k;
        while (e + 2 < t.length && t[e].isWord() && is(e + 1, "-") && !t[e + 1].spaceBefore
                && !t[e + 2].spaceBefore && t[e + 2].isWord()) {
            e += 2;
        }
        return e > k ? e + 1 : k;
    }

    Tense marker(int k) {
        Token a = t[k];
        if (!a.isWord()) {
            return Tense.UNKNOWN;
        }
        String w = a.lower;
        Tense planned = plannedMarker(k, w);
        if (planned != Tense.UNKNOWN && hadBefore(k)) {
            // "had been scheduled to expire Friday", "had been due to close Monday": a plan already past
            return Tense.PAST;
        }
        if (planned == Tense.FUTURE && (is(k - 1, "was") || is(k - 1, "were"))) {
            // "was planning to hold a fund-raiser on Thursday" (yesterday), "were planning to drive
            // there on Monday" (in three days): told in the past, the plan may be gone or still ahead
            return Tense.PLANNED_IN_THE_PAST;
        }
        if (w.equals("planned") && planned == Tense.UNKNOWN && !hadBefore(k) && !a.capitalized()
                && !(k > 0 && BEFORE_AN_ADJECTIVAL_PLANNED.contains(t[k - 1].lower))) {
            // "Protesters planned a demonstration on Saturday": a plan told in the past, like "was planning to"
            return Tense.PLANNED_IN_THE_PAST;
        }
        return planned != Tense.UNKNOWN ? planned : pastMarker(k, w);
    }

    private static final Set<String> REFUSED_SAYINGS = Set.of("say", "comment", "discuss", "confirm", "elaborate",
            "specify", "speculate", "answer", "disclose", "reveal", "detail", "identify", "name");

    private static final Set<String> PLANS_SINCE_CHANGED = Set.of("originally", "initially", "previously", "once",
            "first", "earlier");

    /**
     * "the trial is set for November", "the report is due in March", "a rally slated for Wednesday", "a
     * service is planned Friday": a date fixed ahead (not "due in large part to", "bail is set for $1
     * million", "originally slated").
     */
    private boolean fixesADateAhead(int k, String w) {
        boolean fixing = (w.equals("set") || w.equals("slated")) && is(k + 1, "for")
                || w.equals("due") && (is(k + 1, "in") || is(k + 1, "on") || is(k + 1, "by"));
        if (w.equals("planned") && k > 0 && Lexicon.PRESENT_COPULAS.contains(t[k - 1].lower)) {
            // "A memorial service is planned Friday", "is planned for March"
            return timeFollows(is(k + 1, "for") || is(k + 1, "on") ? k + 2 : k + 1);
        }
        return fixing && k > 0 && timeFollows(k + 2) && (Lexicon.PRESENT_COPULAS.contains(t[k - 1].lower)
                || w.equals("slated") && !PLANS_SINCE_CHANGED.contains(t[k - 1].lower));
    }

    /**
     * "wouldn't say Tuesday how …", "would not comment Monday" at k: a refusal already made, dated by the
     * day right after its verb (not "would not confirm a Thursday launch", "would not discuss it in
     * Friday's speech": what was withheld may lie ahead).
     */
    private boolean refusedToSay(int k) {
        int verb = is(k + 1, "not") ? k + 2 : is(k + 1, "'") && is(k + 2, "t") ? k + 3 : -1;
        if (verb < 0 || verb + 1 >= t.length || !REFUSED_SAYINGS.contains(t[verb].lower)) {
            return false;
        }
        int day = is(verb + 1, "on") ? verb + 2 : verb + 1;
        return day < t.length && Lexicon.WEEKDAYS.containsKey(t[day].lower) && !is(day + 1, "'");
    }

    /** A time, or an event dated by one, starts at k: "November", "Wednesday", "the fall", "a March release". */
    private boolean timeFollows(int k) {
        int j = is(k, "the") || is(k, "a") || is(k, "early") || is(k, "late") || is(k, "mid") ? k + 1 : k;
        return j < t.length && (Lexicon.MONTHS.containsKey(t[j].lower) || Lexicon.WEEKDAYS.containsKey(t[j].lower)
                || Lexicon.SEASONS.containsKey(t[j].lower) || is(j, "next") || is(j, "this") || is(j, "later"));
    }

    /**
     * The past at k is a second conditional's ("would fare if he won …"): "if" and a subject before it,
     * "would" or "could" shortly before that, in the same sentence ("if you wanted to see her event" told
     * of a past evening is no hypothesis).
     */
    private boolean hypotheticalPast(int k) {
        if (!is(k - 2, "if") || SIMPLE_PASTS.contains(t[k].lower)) {
            return false;
        }
        for (int j = k - 3; j >= 0 && j >= k - 10 && !reading.isSentenceBreak(j); j--) {
            if (t[j].is("would") || t[j].is("could")) {
                return true;
            }
        }
        return false;
    }

    /** A past tense in the n words from k, in the same sentence ("if he had won", "If the debate represented"). */
    private boolean pastWithin(int k, int n) {
        for (int j = k; j < t.length && j < k + n && !reading.isSentenceBreak(j); j++) {
            if (SIMPLE_PASTS.contains(t[j].lower) || t[j].isWord() && pastMarker(j, t[j].lower) == Tense.PAST) {
                return true;
            }
        }
        return false;
    }

    /** "had" up to three words before k, in the same clause. */
    private boolean hadBefore(int k) {
        for (int j = k - 1; j >= 0 && j >= k - 3; j--) {
            if (reading.isSentenceBreak(j)) {
                return false;
            }
            if (t[j].is("had") || t[j].is("d") && is(j - 1, "'")) {
                return true;
            }
        }
        return false;
    }

    /** Verbs after which "to be …ed" tells of the past: "appeared to be delayed", "was said to be pleased". */
    private static final Set<String> PAST_BEFORE_TO_BE = Set.of("appeared", "seemed", "was", "were", "said",
            "proved", "turned", "happened", "used", "needed", "wanted", "expected", "had");

    private Tense plannedMarker(int k, String w) {
        boolean ownNext = w.equals("next") && k > 0 && Lexicon.POSSESSIVES.contains(t[k - 1].lower);
        if (FUTURE_MARKERS.contains(w) && !(w.equals("next") && is(k + 1, "to")) && !ownNext) {
            return Tense.FUTURE;  // not "next to the U.S. embassy", nor "His next speech, on May 28, was …"
        }
        // "an address, to be delivered Wednesday": a thing still to be done
        if (w.equals("be") && is(k - 1, "to") && k + 1 < t.length && t[k + 1].lower.endsWith("ed")
                && !(k > 1 && PAST_BEFORE_TO_BE.contains(t[k - 2].lower))) {
            return Tense.FUTURE;
        }
        if (w.equals("won") && is(k + 1, "'") && is(k + 2, "t")) {
            return Tense.FUTURE;  // "won't decide … the primary Tuesday" is "will not", not the past of "win"
        }
        // "Let's defeat her in November"
        if (w.equals("let") && is(k + 1, "'") && is(k + 2, "s") || w.equals("let") && is(k + 1, "us")) {
            return Tense.FUTURE;
        }
        // "can still carry Ohio in November"; not "can't", "can not"
        if (w.equals("can") && !is(k + 1, "'") && !is(k + 1, "not")) {
            return Tense.FUTURE;
        }
        // "must win in November", "may decide in May", "should pass by March"; not "must have been"
        if (MODALS_OF_THE_FUTURE.contains(w) && !t[k].capitalized() && !perfectAt(k + 1) && !perfectAt(k + 2)
                && !(is(k + 1, "-") && !t[k + 1].spaceBefore)  // not "Sunday's must-see debate drew …"
                && !(w.equals("could") && k + 1 < t.length && PAST_ABILITY_AFTER_COULD.contains(t[k + 1].lower))) {
            return Tense.FUTURE;
        }
        // "if he is the nominee in November": a condition looks ahead, unless it is told in the past
        if ((w.equals("if") || w.equals("unless")) && !pastWithin(k + 1, 5)) {
            return Tense.FUTURE;
        }
        // "likely to win", "is likely": a forecast; "likely voters" is an adjective
        if (w.equals("likely") && (is(k + 1, "to") || k > 0 && Lexicon.PRESENT_COPULAS.contains(t[k - 1].lower))) {
            return Tense.FUTURE;
        }
        // "plans to", "is to", "set to", "due to"; "as soon as", "as early as"; "until" (not "up until … had")
        if ((w.equals("agreed") || w.equals("promised")) && is(k + 1, "to") && k + 2 < t.length
                && DETERMINERS.contains(t[k + 2].lower)) {
            // "agreed to a phone call on Wednesday": a plan told in the past, the nearest such day
            return Tense.PLANNED_IN_THE_PAST;
        }
        if (is(k + 1, "to") && (w.equals("plans") || w.equals("plan") || w.equals("planned") || w.equals("planning")
                || w.equals("set") || w.equals("due") || w.equals("is") || w.equals("are") || w.equals("hopes")
                || w.equals("intend") || w.equals("promised") || w.equals("agreed") || w.equals("wants")
                || w.equals("hoped") || w.equals("hoping") || w.equals("hope") || w.equals("aims")
                || w.equals("need") && !t[k].capitalized())) {
            return Tense.FUTURE;
        }
        if (fixesADateAhead(k, w)) {
            return Tense.FUTURE;
        }
        if (w.equals("as") && (is(k + 1, "soon") || is(k + 1, "early")) && is(k + 2, "as")) {
            return Tense.FUTURE;
        }
        if (w.equals("would") || w.equals("wouldn")) {
            return refusedToSay(k) ? Tense.PAST : Tense.FUTURE;
        }
        if (w.equals("effective") && k + 1 < t.length && Lexicon.MONTHS.containsKey(t[k + 1].lower)) {
            return Tense.FUTURE;  // "effective Feb. 1": a change announced ahead
        }
        if (w.equals("until") && !is(k - 1, "up")) {
            // "had rented the office until May", "had been paying $35,000 a month for until May"; a comma
            // or a future ends the clause ("which had losses, expects to remain unprofitable until March")
            for (int j = k - 1; j >= 0 && j >= k - 12 && !reading.isSentenceBreak(j)
                    && !(t[j].is(",") && j + 1 < t.length && t[j + 1].spaceBefore)
                    && !t[j].is("will") && !t[j].is("ll") && !t[j].is("would"); j--) {
                if (t[j].is("had")) {
                    return Tense.PAST;
                }
            }
            for (int j = k + 1; j < Math.min(t.length, k + 10); j++) {
                if (t[j].is("had") || t[j].is("was") || t[j].is("were")) {
                    return Tense.PAST;
                }
            }
            return pastActivityBefore(k) ? Tense.PAST : Tense.FUTURE;
        }
        return Tense.UNKNOWN;
    }

    /**
     * "announced his presidential candidacy in March": a verb of saying whose object is a thing, not
     * what was said ("announced the vote is in March"), so the month dates the announcement.
     */
    private boolean announcedAThing(int k, int start) {
        if (k > start || !ANNOUNCING_A_THING.contains(t[k].lower) || k + 1 >= t.length
                || !DETERMINERS_OF_AN_EVENT.contains(t[k + 1].lower)) {
            return false;
        }
        for (int j = k + 2; j < start; j++) {
            if (Lexicon.PRESENT_COPULAS.contains(t[j].lower) || SIMPLE_PASTS.contains(t[j].lower)
                    || FUTURE_MARKERS.contains(t[j].lower) || t[j].is("would")) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> ANNOUNCING_A_THING = Set.of("announced", "unveiled", "proposed", "declared",
            "disclosed", "revealed", "launched");

    /**
     * "have" at k as a perfect's auxiliary ("may have won", "must have already come", "may have secretly
     * met"), not the verb itself ("the impact it may have in November", "could have big consequences").
     */
    private boolean perfectAt(int k) {
        if (!is(k, "have")) {
            return false;
        }
        int p = k + 1;
        if (p < t.length && (PERFECT_ADVERBS.contains(t[p].lower) || t[p].lower.endsWith("ly"))) {
            p++;
        }
        return p < t.length && t[p].isWord() && participle(t[p].lower);
    }

    /** A past participle: regular ("-ed"), strong ("taken", "drawn") or irregular ("won", "been", "met"). */
    private static boolean participle(String w) {
        return (w.endsWith("ed") || w.endsWith("en") || w.endsWith("wn")) && !NOT_PARTICIPLES.contains(w)
                || IRREGULAR_PARTICIPLES.contains(w);
    }

    private static final Set<String> ADVERBS_BEFORE_A_PARTICIPLE = Set.of("now", "already", "still", "also",
            "not", "again", "even");
    /** "could not", "could only cast ballots in person": a past ability, not a forecast. */
    private static final Set<String> PAST_ABILITY_AFTER_COULD = Set.of("not", "never", "hardly", "barely",
            "scarcely", "only", "no");
    private static final Set<String> PERFECT_ADVERBS = Set.of("already", "never", "not", "just", "also", "ever",
            "long", "only", "still");
    private static final Set<String> NOT_PARTICIPLES = Set.of("even", "seven", "eleven", "ten", "often", "open",
            "green", "garden", "own", "town", "down", "brown", "need", "speed", "red", "bed", "seed", "hundred");
    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("been", "come", "become", "run", "done", "gone",
            "got", "seen", "begun", "sung", "swum", "won", "lost", "hit", "put", "set", "cut", "let", "hurt", "cost",
            "quit", "shut", "spread", "cast", "bet", "felt", "heard", "built", "spent", "sent", "lent", "dealt",
            "meant", "taught", "caught", "bought", "sought", "fought", "brought", "thought", "said", "paid", "told",
            "sold", "held", "left", "kept", "slept", "met", "led", "read", "struck", "stuck", "hung", "dug", "shot",
            "found", "ground", "made", "had", "stood", "fled", "fed", "sat", "lit", "bled", "slid");

    /**
     * "kept going until 2 a.m. Friday", "the talks went on until Monday": an activity told in the past
     * right before "until" ("was extended until Friday", "postponed until Tuesday" may still be ahead).
     */
    private boolean pastActivityBefore(int k) {
        int j = k - 1;
        if (j > 0 && t[j].isWord() && (t[j].lower.endsWith("ing") || ACTIVITY_PARTICLES.contains(t[j].lower))) {
            j--;
        }
        if (j < 0 || !PAST_ACTIVITIES.contains(t[j].lower)) {
            return false;
        }
        // "said the sale ran until Friday": reported speech shifts the tense back, the day may be ahead
        for (int r = j - 1; r >= 0 && r >= j - 5 && !reading.isSentenceBreak(r); r--) {
            if (REPORTING_VERBS.contains(t[r].lower)) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> ACTIVITY_PARTICLES = Set.of("on", "up", "out", "open", "there", "late");
    /** Past tenses of what goes on for a while; "postponed until Tuesday" moves a thing ahead instead. */
    private static final Set<String> PAST_ACTIVITIES = Set.of("kept", "stayed", "lasted", "remained", "continued",
            "waited", "went", "ran", "worked", "lived", "served", "stood", "sat", "talked", "slept", "marched",
            "protested", "rallied", "fought", "debated", "negotiated", "partied", "played", "danced", "sang",
            "chanted", "camped", "spoke", "hung", "lingered", "persisted", "raged", "burned");

    private Tense pastMarker(int k, String w) {
        Token a = t[k];
        // the auxiliary before an adverb: "is widely expected", "is now braced for a fight"
        int aux = k > 0 && t[k - 1].isWord() && (t[k - 1].lower.endsWith("ly") || ADVERBS_BEFORE_A_PARTICIPLE
                .contains(t[k - 1].lower)) ? k - 2 : k - 1;
        if (is(aux, "be") || is(aux, "being") || is(aux, "is") || is(aux, "are") || is(aux, "am")) {
            // "will be held", "to be announced", "if a Republican is elected": a participle, not a past tense
            return Tense.UNKNOWN;
        }
        if (hypotheticalPast(k)) {
            return Tense.UNKNOWN;  // "how ties would fare if he won the election on Nov. 8": a hypothesis
        }
        boolean unitAfter = k + 1 < t.length && Lexicon.UNITS.containsKey(t[k + 1].lower);  // "compared to last year"
        if (w.equals("last") && (is(k - 1, "to") && !unitAfter || is(k + 1, "into") || is(k + 1, "until")
                || is(k + 1, "through"))) {
            return Tense.UNKNOWN;  // the verb: "a fight it expects to last into the spring"
        }
        if (PAST_MARKERS.contains(w)) {
            return Tense.PAST;
        }
        boolean compound = is(k + 1, "-") && !t[k + 1].spaceBefore || is(k - 1, "-") && !t[k].spaceBefore;
        if (SAME_FORM_PAST.contains(w) && k > 0 && !NOT_BEFORE_SAME_FORM_PAST.contains(t[k - 1].lower)
                && !is(k + 1, "to") && !is(k + 1, "for") && !t[k - 1].is("s") && !compound) {
            return Tense.PAST;  // "a record set on Aug. 6", "the storm hit Monday"; not "a cost-cutting plan"
        }
        // "unspecified", "undisclosed", "unnamed" are adjectives, not past tenses
        boolean sentenceStart = reading.opensASentence(k);
        // after "a" it is an adjective ("a contested convention in July", "a failed bid")
        boolean adjective = is(k - 1, "a") || is(k - 1, "an");
        if (w.length() >= 5 && w.endsWith("ed") && !NOT_PAST_ED.contains(w) && (!a.capitalized() || sentenceStart)
                && !w.startsWith("un") && !adjective) {
            return Tense.PAST;
        }
        return Tense.UNKNOWN;
    }
}
