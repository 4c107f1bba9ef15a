package dev.sayline.enrich.dates;

import dev.sayline.enrich.dates.TimePoint.Granularity;

import java.time.LocalDate;
import java.util.Set;

import static dev.sayline.enrich.dates.RuleMatch.pointMatch;
import static dev.sayline.enrich.dates.RuleMatch.ref;

/**
 * Deictic and vague references to the present, past and future: "today", "yesterday", "tonight", "now",
 * "recently", "the past", "the future", "at the time", "one day" after a modal, "the weekend". Also
 * the day the words were written ("today" in a forum comment or a quotation) and a day with a part of
 * it ("yesterday morning"), which the weekday and relative rules reuse.
 */
final class DeicticRules extends TokenReader {

    private static final Set<String> MODALS = Set.of("will", "ll", "would", "could", "might", "may", "can",
            "shall", "should", "must");

    private final ClauseTense tenses;
    private final QuantityReader quantities;
    private final ReferenceTimes refs;

    DeicticRules(Reading reading, ClauseTense tenses, QuantityReader quantities, ReferenceTimes refs) {
        super(reading);
        this.tenses = tenses;
        this.quantities = quantities;
        this.refs = refs;
    }

    /**
     * "will one day be", "may someday return": an unspecified future time (TimeML FUTURE_REF), not
     * the duration of one day. Only after a modal or a hope, so "one day in May" and "a one-day strike" stay.
     */
    RuleMatch someday(int i) {
        int end;
        if (is(i, "someday")) {
            end = i + 1;
        } else if ((is(i, "one") || is(i, "some")) && is(i + 1, "day") && !is(i + 2, "-")) {
            end = i + 2;
        } else {
            return null;
        }
        int m = i - 1;
        if (m >= 0 && t[m].isWord() && t[m].lower.endsWith("ly") || is(m, "also") || is(m, "still")
                || is(m, "perhaps") || is(m, "even")) {
            m--;  // "will surely one day", "could perhaps someday"
        }
        // a hope's "one day" is someday only before its infinitive ("hope one day to harness it", not
        // "hope one day of talks will")
        boolean hoped = m >= 0 && HOPES.contains(t[m].lower) && is(end, "to");
        return m >= 0 && MODALS.contains(t[m].lower) || hoped ? ref(i, end, "FUTURE_REF") : null;
    }

    /** "researchers hope one day to harness it": a hope, like a modal, looks to an unspecified future. */
    private static final Set<String> HOPES = Set.of("hope", "hopes", "hoped", "hoping", "dream", "dreams", "dreamed");

    /** What "today's" makes the present age's rather than the day's ("today's world", not "today's vote"). */
    private static final Set<String> OF_THE_PRESENT_AGE = Set.of("world", "society", "economy", "youth", "generation",
            "culture", "climate", "era", "age", "politics", "america", "washington", "environment", "kids", "children",
            "students", "teenagers", "refugees", "voters", "consumers", "workers", "families", "parents", "computers",
            "technology", "media", "standards", "terms", "dollars", "marketplace", "military", "europe");

    /** "today's refugees", "in today's Washington": the present age (PRESENT_REF), as the seeds' generic "Today". */
    private boolean todaysWorld(int i) {
        return is(i + 1, "'") && is(i + 2, "s") && i + 3 < t.length && OF_THE_PRESENT_AGE.contains(t[i + 3].lower)
                && (i + 4 >= t.length || !t[i + 4].isWord() || ENDS_THE_AGE_NOUN.contains(t[i + 4].lower));
    }

    /** Words after the age noun that end its phrase ("today's world is", not "today's World Cup final"). */
    private static final Set<String> ENDS_THE_AGE_NOUN = Set.of("is", "are", "was", "were", "has", "have", "had",
            "will", "would", "can", "could", "may", "might", "must", "should", "do", "does", "who", "that", "which",
            "and", "or", "but", "than", "to", "in", "of", "on", "for", "with", "at", "as", "from", "face", "faces",
            "need", "needs", "want", "wants", "live", "lives");

    private static final Set<String> NOT_GENERIC_AFTER_COPULA = Set.of("expected", "scheduled", "due", "set",
            "to", "going", "slated", "likely", "about");

    /**
     * "Today, Taiwan is used as…", "And today, the right to work is…": a sentence that opens with
     * "Today," and states the present (a present copula before any past or future tense) means
     * nowadays (PRESENT_REF), not the publication day; "Today, hundreds arrived" and "Today, he is
     * expected to sign" stay the day.
     */
    private boolean genericToday(int i) {
        int before = i - 1;
        if (is(before, "and") || is(before, "but")) {
            before--;
        }
        boolean opens = before < 0 || reading.isSentenceBreak(before) || t[before + 1].newlineBefore
                || t[before].is("\"") || t[before].is("\u201c");
        if (!opens || !is(i + 1, ",")) {
            return false;
        }
        for (int k = i + 2; k < t.length && k < i + 14 && !reading.isSentenceBreak(k); k++) {
            if (Lexicon.PRESENT_COPULAS.contains(t[k].lower)) {
                int n = k + 1;
                if (n < t.length && t[n].lower.endsWith("ly")) {
                    n++;
                }
                return n < t.length && !NOT_GENERIC_AFTER_COPULA.contains(t[n].lower) && !t[n].lower.endsWith("ing");
            }
            if (tenses.marker(k) != Tense.UNKNOWN) {
                return false;
            }
        }
        return false;
    }

    /**
     * "today", "tomorrow", "yesterday" as nouns of an age, not days: after an adjective ("a brighter
     * tomorrow"), ending "of" a plural ("the candidates of tomorrow."), or in a slogan's
     * "today, tomorrow, forever".
     */
    private boolean anAgeNamed(int i) {
        boolean phraseEnds = i + 1 >= t.length || t[i + 1].kind == Token.Kind.PUNCT && !t[i + 1].is("'");
        boolean afterAnAdjective = i > 1 && (is(i - 2, "a") || is(i - 2, "the"))
                && HOPEFUL_ADJECTIVES.contains(t[i - 1].lower);  // not "name the winner tomorrow"
        boolean ofAPhrase = t[i].is("tomorrow") && is(i - 1, "of") && i > 1 && t[i - 2].isWord()
                && !t[i - 2].capitalized() && t[i - 2].lower.endsWith("s");  // not "the events of yesterday"
        return phraseEnds && (afterAnAdjective || ofAPhrase || inASlogan(i));
    }

    private static final Set<String> LISTED_TIMES = Set.of("today", "tomorrow", "yesterday", "now");

    /** What "a … tomorrow" hopes for: "a brighter tomorrow", "a better tomorrow", "the greatest tomorrow". */
    private static final Set<String> HOPEFUL_ADJECTIVES = Set.of("brighter", "better", "greater", "safer", "stronger",
            "happier", "fairer", "freer", "richer", "healthier", "kinder", "brightest", "best", "greatest", "new");

    /**
     * A list running to "forever": "today, tomorrow, forever", "segregation now, segregation tomorrow,
     * segregation forever" (only commas, days and the repeated word between; not "Yesterday, history
     * changed forever").
     */
    private boolean inASlogan(int i) {
        for (int k = i + 1; k < t.length && k <= i + 4; k++) {
            if (t[k].is("forever")) {
                return true;
            }
            boolean listed = t[k].is(",") || LISTED_TIMES.contains(t[k].lower)
                    || i > 0 && t[i - 1].isWord() && t[k].is(t[i - 1].lower);
            if (!listed) {
                return false;
            }
        }
        return false;
    }

    RuleMatch deictic(int i) {
        Token a = t[i];
        switch (a.lower) {
            case "today": {
                if (is(i - 1, "usa") && t[i - 1].capitalized()) {
                    return null;  // the newspaper USA Today
                }
                TimePoint today = writingDay(i);
                RuleMatch withTime = dayWithPartOfDay(i, i + 1, today);
                if (withTime != null) {
                    return withTime;
                }
                if (genericToday(i) || todaysWorld(i) || anAgeNamed(i)) {
                    return ref(i, i + 1, "PRESENT_REF");
                }
                return pointMatch(i, i + 1, today, true);
            }
            case "tonight": {
                TimePoint day = writingDay(i);
                return day == null ? null : new RuleMatch(i, i + 1, Timex.TIME, day.value() + "TNI", day, false, false);
            }
            case "yesterday":
            case "tomorrow": {
                TimePoint today = writingDay(i);
                TimePoint d = today == null ? null : TimePoint.day(today.date().plusDays(a.is("yesterday") ? -1 : 1));
                RuleMatch withTime = dayWithPartOfDay(i, i + 1, d);
                if (withTime != null) {
                    return withTime;
                }
                if (anAgeNamed(i)) {
                    return ref(i, i + 1, a.is("yesterday") ? "PAST_REF" : "FUTURE_REF");
                }
                return pointMatch(i, i + 1, d, true).quantifiable();
            }
            case "now": {
                // "Now that he has won …" opening a sentence is a connective, as the seed guidelines say;
                // inside one it is the present, as TimeBank marks it ("the only outlet now that the noose
                // has tightened"); "a year from now" is the quantity rules' ("from now on" the present)
                boolean conjunction = is(i + 1, "that") && t[i].capitalized();
                boolean offsetFromNow = is(i - 1, "from") && !(i + 1 < t.length
                        && NOW_OPENING_A_SPAN.contains(t[i + 1].lower));
                boolean adjective = is(i + 1, "-") && !t[i + 1].spaceBefore;  // "the now-defunct National Review"
                return conjunction || offsetFromNow || adjective || discourseNow(i) ? null
                        : ref(i, i + 1, "PRESENT_REF");
            }
            case "currently":
            case "nowadays":
            case "presently":
                return ref(i, i + 1, "PRESENT_REF");
            case "this": {
                // "at this moment", "this moment in our national life", "at this crucial moment": the
                // present, as TimeBank marks it, unless the clause tells of the past ("In 1963, King
                // described this moment", "this awkward moment went viral"); not quantifiable: "about
                // this moment" is a topic, not "about a year"
                int e = i + 2 < t.length && t[i + 1].isWord() && !t[i + 1].capitalized()
                        && !Lexicon.FUNCTION_WORDS.contains(t[i + 1].lower) && is(i + 2, "moment") ? i + 3 : i + 2;
                boolean atTheMoment = is(e - 1, "moment") && !is(e, "-") && (is(i - 1, "at") && e == i + 2
                        || tenses.tense(i, e) != Tense.PAST);
                return atTheMoment ? new RuleMatch(i, e, Timex.DATE, "PRESENT_REF", null, false, false) : null;
            }
            case "these":
                return is(i + 1, "days") ? ref(i, i + 2, "PRESENT_REF") : null;
            case "present":
                return is(i - 1, "at") || is(i - 1, "the") && is(i - 2, "until") ? ref(i, i + 1, "PRESENT_REF") : null;
            case "recently":
            case "lately":
                return ref(i, i + 1, "PAST_REF");
            case "late":
                return ofLate(i) ? ref(i - 1, i + 1, "PAST_REF") : null;
            case "the":
                if (is(i + 1, "past") && quantities.quantityAt(i + 2) == null
                        && !(i + 2 < t.length && Lexicon.UNITS.containsKey(t[i + 2].lower))
                        && !is(i + 2, "tense")) {  // "speaking in the past tense" is grammar
                    return ref(i, i + 2, "PAST_REF");
                }
                if (is(i + 1, "future") && !futureAsAdjective(i) && !aTitlesFuture(i)) {
                    return ref(i, i + 2, "FUTURE_REF");
                }
                if ((is(i + 1, "near") || is(i + 1, "distant")) && is(i + 2, "future")) {
                    return ref(i, i + 3, "FUTURE_REF");
                }
                int notTooDistant = notTooDistantFuture(i + 1);
                if (notTooDistant > 0) {
                    return ref(i, notTooDistant, "FUTURE_REF");
                }
                if ((is(i + 1, "near") || is(i + 1, "short") || is(i + 1, "long")) && is(i + 2, "term")
                        && t[i + 2].spaceBefore && !is(i + 3, "-") && !aLongTermGoneBy(i)) {
                    // "in the near term", "over the long term"; not "the short-term debt"
                    return ref(i, i + 3, "FUTURE_REF");
                }
                if (is(i + 1, "weekend") && !is(i - 1, "every") && !is(i - 1, "each") && dct != null) {
                    Tense tense = tenses.tense(i, i + 2);
                    LocalDate base = dct.getDayOfWeek().getValue() >= 6 || tense == Tense.FUTURE ? dct
                            : dct.minusWeeks(1);
                    TimePoint p = TimePoint.of(Granularity.WEEKEND, base);
                    return new RuleMatch(i, i + 2, Timex.DATE, p.value(), p, false, false);
                }
                if ((is(i + 1, "year") || (is(i + 1, "fiscal") || is(i + 1, "full")) && is(i + 2, "year"))) {
                    int e = is(i + 1, "year") ? i + 2 : i + 3;
                    if (is(e, "ended") || is(e, "ending") || is(e, "that") && is(e + 1, "ended")) {
                        return new RuleMatch(i, e, Timex.DURATION, "P1Y", null, false, false);
                    }
                    if (is(i - 1, "for") && dct != null && !is(e, "-") && !is(e, "'")) {
                        TimePoint p = TimePoint.year(dct.getYear());
                        return new RuleMatch(i, e, Timex.DATE, p.value(), p, false, false);
                    }
                }
                if (is(i + 1, "time") && is(i + 2, "being")) {
                    return ref(i, i + 3, "PRESENT_REF");
                }
                if (i + 3 < t.length && Lexicon.ORDINALS.containsKey(t[i + 1].lower) && is(i + 2, "day")
                        && is(i + 3, "of") && todayIs(i) && dct != null) {
                    // "today is the eighth day of Desert Shield", "It's the second day of an offensive"
                    return pointMatch(i, i + 3, TimePoint.day(dct), false);
                }
                if (is(i + 1, "time") && is(i - 1, "at") && !is(i + 2, "of") && !is(i + 2, "when")
                        && !is(i + 2, "that") && !opensAClause(i)) {
                    return theTimeThen(i);
                }
                if (is(i + 1, "other") && is(i + 2, "day") && !is(i + 3, "-")) {
                    return ref(i, i + 3, "PAST_REF");  // "I was in Fort Worth the other day"
                }
                if (is(i + 1, "present") && !is(i + 2, "-") && i + 2 < t.length && !t[i + 2].isWord()) {
                    return ref(i, i + 2, "PRESENT_REF");
                }
                if (is(i + 1, "day") && (is(i + 2, "before") || is(i + 2, "after"))
                        && (is(i + 3, "yesterday") || is(i + 3, "tomorrow")) && dct != null) {
                    int off = is(i + 3, "yesterday") ? -2 : 2;
                    return pointMatch(i, i + 4, TimePoint.day(dct.plusDays(off)), true);
                }
                return null;
            case "future":
                return is(i - 1, "in") ? ref(i, i + 1, "FUTURE_REF") : null;
            default:
                return null;
        }
    }

    /** "today is", "it is", "it's", "this is" just before token i: the day the text is written is the subject. */
    private boolean todayIs(int i) {
        int subject = is(i - 1, "is") ? i - 2 : is(i - 1, "s") && is(i - 2, "'") ? i - 3 : -1;
        return subject >= 0 && (is(subject, "today") || is(subject, "it") || is(subject, "this"));
    }

    /**
     * "the future president", "a tour of the future Trump International Hotel": "future" modifies the
     * noun after it; after "in" or "into" a capitalised word opens the next clause ("in the future
     * Trump will …"; not "a vote for the future Democratic leader").
     */
    private boolean futureAsAdjective(int i) {
        if (i + 2 >= t.length || !t[i + 2].isWord() || Lexicon.FUNCTION_WORDS.contains(t[i + 2].lower)
                || is(i + 2, "of") && !t[i + 1].capitalized()) {  // "the future of X"; not "The Future of Work"
            return false;
        }
        return !t[i + 2].capitalized() || !(is(i - 1, "in") || is(i - 1, "into"));
    }

    /** The end of "not too distant future", "not-so-distant future" at k; -1 if not there. */
    private int notTooDistantFuture(int k) {
        if (!is(k, "not")) {
            return -1;
        }
        for (int j = k + 1; j < t.length && j <= k + 5; j++) {
            if (is(j, "distant") && is(j + 1, "future")) {
                return j + 2;
            }
            if (!is(j, "too") && !is(j, "so") && !is(j, "-")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "Cruz and Rubio have ascended of late, …": lately, where a clause word or a stop follows. Not "the
     * fodder of late-night comedians", "a spate of late payments", "the widow of late President Ford".
     */
    private boolean ofLate(int i) {
        if (!is(i - 1, "of")) {
            return false;
        }
        if (i + 1 >= t.length) {
            return true;
        }
        Token next = t[i + 1];
        return next.kind == Token.Kind.PUNCT ? !next.is("-") : Lexicon.FUNCTION_WORDS.contains(next.lower);
    }

    /** "a clip from "Back to the Future"": a capital F inside a sentence names a title. */
    private boolean aTitlesFuture(int the) {
        return the > 0 && t[the + 1].capitalized() && !t[the].capitalized() && !reading.isSentenceBreak(the - 1);
    }

    /** "Over the long term, bonds returned 5 percent": a span gone by, not the future. */
    private boolean aLongTermGoneBy(int the) {
        return is(the + 1, "long") && is(the - 1, "over") && tenses.tense(the, the + 3) == Tense.PAST;
    }

    private static final Set<String> NOW_OPENING_A_SPAN = Set.of("on", "until", "till", "through");

    /**
     * "At the time Howes was captured, …": a sentence-initial "At the time" with no comma after it is a
     * conjunction opening a clause, not a time.
     */
    private boolean opensAClause(int the) {
        return t[the - 1].capitalized() && !is(the + 2, ",");
    }

    /**
     * "annexed in 2022, including areas not under its control at the time": the time just named, when
     * the sentence named one before; else nothing ("saying at the time" is left unmarked, as the seed
     * guidelines mark only a time that can be located).
     */
    private RuleMatch theTimeThen(int i) {
        if (refs.lastRef != null && dct != null && refs.lastRef.date().isBefore(dct) && refs.lastRefEnd >= 0
                && t[i].start - refs.lastRefEnd < 250 && !reading.sentenceBreakBetween(refs.lastRefEnd, i)) {
            return new RuleMatch(i, i + 2, Timex.DATE, refs.lastRef.value(), refs.lastRef, false, false);
        }
        return null;
    }

    /** {@code yesterday morning}, {@code Friday night}: a day plus a part of the day, a TIME. */
    RuleMatch dayWithPartOfDay(int start, int k, TimePoint day) {
        if (day == null || k >= t.length) {
            return null;
        }
        if (is(k, "-") && !t[k].spaceBefore && k + 1 < t.length && !t[k + 1].spaceBefore
                && Lexicon.PARTS_OF_DAY.containsKey(t[k + 1].lower)) {
            k++;  // "his Tuesday-night victories"
        }
        String part = Lexicon.PARTS_OF_DAY.get(t[k].lower);
        if (part == null) {
            return null;
        }
        return new RuleMatch(start, k + 1, Timex.TIME, day.value() + "T" + part, day, true, false);
    }

    /**
     * The day the words at token i were written or spoken, which {@code today} and {@code tomorrow}
     * mean: a forum comment's own day; for a quotation, the day of the past week its paragraph last
     * named ("… met in Alaska on Friday night. Mr Trump said: “… today …”" is that Friday); else the
     * publication date.
     */
    private TimePoint writingDay(int i) {
        if (dct == null) {
            return null;
        }
        LocalDate comment = reading.writing.commentDay(t[i].start);
        if (comment != null) {
            return TimePoint.day(comment);
        }
        // the narrative's own day, not one a deictic word set ("the rhetoric of yesterday, and the
        // policies of yesterday" must not step back a day each time)
        if (refs.narrativeDay != null && refs.narrativeDay.date().isBefore(dct)
                && !refs.narrativeDay.date().isBefore(dct.minusDays(7))
                && WritingTimes.sameParagraph(reading.text, refs.narrativeDayEnd, t[i].start)
                && WritingTimes.insideQuotation(reading.text, t[i].start)) {
            return refs.narrativeDay;
        }
        return dctDay();
    }

    /**
     * "Now, I was a civilian", "Now, Ms. Conlin said, it will …": a sentence opened by "Now," before a
     * simple past turns the talk, it names no present (TimeBank leaves these unmarked; "Now, according
     * to the polls, the state is …" and "Now, Carson has responded" stay times), nor does "Now" opening
     * a command ("Now tell us …", "Now, compare that …") or a question ("Now, is Libya perfect?").
     */
    private boolean discourseNow(int i) {
        int k = i - 1;
        while (k >= 0 && reading.isQuoteMark(k)) {
            k--;
        }
        boolean opensASentence = k < 0 || t[k + 1].newlineBefore || reading.isSentenceBreak(k);
        boolean question = is(i + 1, ",") && i + 2 < t.length && QUESTION_OPENERS.contains(t[i + 2].text)
                && endsInAQuestionMark(i + 2);  // not "Now, Don Young faces …", "Now, how the money is spent …"
        return opensASentence && (is(i + 1, ",") && tenses.simplePastOrSayingNext(i, i + 1) || question
                || command(is(i + 1, ",") ? i + 2 : i + 1));
    }

    /** The sentence that goes on at k ends with a question mark. */
    private boolean endsInAQuestionMark(int k) {
        for (int j = k; j < t.length && j < k + 40; j++) {
            if (reading.isSentenceBreak(j)) {
                return t[j].is("?");
            }
        }
        return false;
    }

    /** A command at k: "(Now) tell us", "(Now,) compare that with …"; not "Now think tanks are …". */
    private boolean command(int k) {
        return k + 1 < t.length && IMPERATIVES_AFTER_NOW.contains(t[k].lower)
                && AFTER_A_COMMAND.contains(t[k + 1].lower);
    }

    /** "“Now, is Libya perfect?”": "Now," opening a question turns the talk. */
    private static final Set<String> QUESTION_OPENERS = Set.of("is", "are", "was", "were", "do", "does", "did", "can",
            "could", "should", "would", "will", "isn", "aren", "doesn", "don", "didn", "why", "how", "what", "who");

    /** What follows the command: "Now tell us", "Now imagine a …", "Now look at"; not "Now think tanks are …". */
    private static final Set<String> AFTER_A_COMMAND = Set.of("us", "me", "you", "him", "her", "them", "a", "an",
            "the", "this", "that", "these", "those", "about", "at", "what", "how", "if", "why", "who", "for", "it");

    /** "Now tell us this isn't a witch hunt", "Now imagine …": "Now" opening a command is a connective. */
    private static final Set<String> IMPERATIVES_AFTER_NOW = Set.of("tell", "imagine", "consider", "compare",
            "look", "listen", "remember", "think", "ask", "watch", "picture", "contrast");
}
