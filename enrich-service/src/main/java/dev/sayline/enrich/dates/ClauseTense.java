package dev.sayline.enrich.dates;

import java.util.Set;

/**
 * Reads the tense of the clause around an expression (past, future or unknown) from nearby markers:
 * auxiliaries, past forms, plans ("plans to", "until"). Underspecified dates ("in March", "Friday",
 * "the 15th") use it to pick the past or the coming one; it is separate because most rule families
 * ask it and it has its own word lists.
 */
final class ClauseTense extends TokenReader {

    private static final Set<String> FUTURE_MARKERS = Set.of("will", "ll", "shall", "going", "scheduled", "likely",
            "expected", "expects", "intends", "upcoming", "next", "tomorrow");
    private static final Set<String> PAST_MARKERS = Set.of("said", "was", "were", "had", "did", "ago", "last",
            "earlier", "told", "met", "made", "took", "came", "went", "left", "gave", "won", "lost", "held", "began",
            "rose", "fell", "sold", "bought", "got", "saw", "spoke", "sent", "struck", "wrote", "became", "brought",
            "thought", "found", "ran", "paid", "yesterday", "knew", "led", "fled", "flew", "shot", "broke",
            "chose", "drove", "fought", "froze", "grew", "hid", "kept", "laid", "meant", "rang", "sank", "slid",
            "stood", "swore", "taught", "threw", "tore", "woke", "wore", "been", "reported", "announced");
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
        for (int k = start - 1, n = 0; k >= 0 && n < 14; k--, n++) {
            Token a = t[k];
            if (reading.isSentenceBreak(k)) {
                break;
            }
            Tense tt = marker(k);
            if (tt != Tense.UNKNOWN) {
                return tt;
            }
            if (a.newlineBefore) {
                break;
            }
        }
        for (int k = end, n = 0; k < t.length && n < 10; k++, n++) {
            if (reading.isSentenceBreak(k) || t[k].newlineBefore) {
                break;
            }
            Tense tt = marker(k);
            if (tt != Tense.UNKNOWN) {
                return tt;
            }
        }
        return Tense.UNKNOWN;
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
        return planned != Tense.UNKNOWN ? planned : pastMarker(k, w);
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

    private Tense plannedMarker(int k, String w) {
        if (FUTURE_MARKERS.contains(w)) {
            return Tense.FUTURE;
        }
        // "plans to", "is to", "set to", "due to"; "as soon as", "as early as"; "until" (not "up until … had")
        if (is(k + 1, "to") && (w.equals("plans") || w.equals("plan") || w.equals("planned") || w.equals("planning")
                || w.equals("set") || w.equals("due") || w.equals("is") || w.equals("are") || w.equals("hopes")
                || w.equals("intend") || w.equals("promised") || w.equals("agreed") || w.equals("wants"))) {
            return Tense.FUTURE;
        }
        if (w.equals("as") && (is(k + 1, "soon") || is(k + 1, "early")) && is(k + 2, "as")) {
            return Tense.FUTURE;
        }
        if (w.equals("would")) {
            return Tense.FUTURE;
        }
        if (w.equals("effective") && k + 1 < t.length && Lexicon.MONTHS.containsKey(t[k + 1].lower)) {
            return Tense.FUTURE;  // "effective Feb. 1": a change announced ahead
        }
        if (w.equals("until") && !is(k - 1, "up")) {
            for (int j = k + 1; j < Math.min(t.length, k + 10); j++) {
                if (t[j].is("had") || t[j].is("was") || t[j].is("were")) {
                    return Tense.PAST;
                }
            }
            return Tense.FUTURE;
        }
        return Tense.UNKNOWN;
    }

    private Tense pastMarker(int k, String w) {
        Token a = t[k];
        int aux = k > 0 && t[k - 1].isWord() && t[k - 1].lower.endsWith("ly") ? k - 2 : k - 1;
        if (is(aux, "be") || is(aux, "being")) {
            return Tense.UNKNOWN;  // "will be held", "to be announced": a participle, not a past tense
        }
        if (PAST_MARKERS.contains(w)) {
            return Tense.PAST;
        }
        if (SAME_FORM_PAST.contains(w) && k > 0 && !NOT_BEFORE_SAME_FORM_PAST.contains(t[k - 1].lower)
                && !is(k + 1, "to") && !is(k + 1, "for") && !t[k - 1].is("s")) {
            return Tense.PAST;  // "a record set on Aug. 6", "the storm hit Monday"
        }
        // "unspecified", "undisclosed", "unnamed" are adjectives, not past tenses
        if (w.length() >= 5 && w.endsWith("ed") && !NOT_PAST_ED.contains(w) && !a.capitalized()
                && !w.startsWith("un")) {
            return Tense.PAST;
        }
        return Tense.UNKNOWN;
    }
}
