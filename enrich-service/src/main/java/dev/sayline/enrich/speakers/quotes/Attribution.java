package dev.sayline.enrich.speakers.quotes;

import dev.sayline.enrich.speakers.quotes.Words.Word;

import java.util.List;
import java.util.Locale;

/**
 * A cue and the source it names, found next to a quotation: after it ("…,” Lavrov said),
 * before it (Lavrov said: “…”, According to Lavrov, “…”) or earlier in its sentence
 * (Lavrov called the plan “a disaster”).
 */
record Attribution(int cueStart, int cueEnd, int mentionStart, int mentionEnd, Where where) {

    enum Where { AFTER, BEFORE, IN_SENTENCE }

    /** Most words an attribution after a quote may take before its verb ("the US president said"). */
    private static final int MAX_SUBJECT_WORDS = 20;

    /** "…,” he said" / "…” said Lavrov" / "…,” Lavrov told reporters": within {@code [quoteEnd, limit)}. */
    static Attribution after(String text, int quoteEnd, int limit) {
        int i = quoteEnd;
        while (i < limit && (text.charAt(i) == ',' || text.charAt(i) == '\u00a0'
                || Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\n')) {
            i++;
        }
        if (i < limit && (text.charAt(i) == '―' || text.charAt(i) == '—' || text.charAt(i) == '–')) {
            // "…” ― Jane Doe": a signature dash names the speaker.
            int ns = SourcePhrases.skipSpaces(text, i + 1, limit);
            int ne = pieceEnd(text, ns, limit);
            while (ne > ns && !Character.isLetter(text.charAt(ne - 1))) {
                ne--;
            }
            if (ne > ns && Character.isUpperCase(text.charAt(ns)) && Words.tokenize(text, ns, ne).size() <= 5) {
                return new Attribution(i, i + 1, ns, ne, Where.AFTER);
            }
            return null;
        }
        if (i >= limit || !Character.isLetter(text.charAt(i)) && !Character.isDigit(text.charAt(i))) {
            return null;
        }
        int stop = pieceEnd(text, i, limit);
        List<Word> words = Words.tokenize(text, i, stop);
        char last = quoteEnd >= 2 ? text.charAt(quoteEnd - 2) : ' ';
        boolean quoteEndsSentence = last == '.' || last == '!' || last == '?';
        for (int k = 0; k < words.size() && k <= MAX_SUBJECT_WORDS; k++) {
            Word w = words.get(k);
            String lw = w.lower(text);
            boolean phrasal = k + 1 < words.size() && (isRetort(lw, words.get(k + 1).lower(text))
                    || isPhrasalSaying(lw, words.get(k + 1).lower(text))
                    || k > 0 && words.get(0).lower(text).equals("as") && isPutIt(lw, words.get(k + 1).lower(text)));
            boolean manner = MANNER_OF_SPEAKING.contains(lw);
            if (!phrasal && !manner && (!Cues.SPEECH_VERBS.contains(lw) || Cues.NEEDS_THAT.contains(lw) && !isSaying(lw))
                    || Character.isUpperCase(text.charAt(w.start()))) {
                continue;
            }
            if (isNounUse(text, words, k)) {
                continue; // "one of the states suing", "his remarks": a noun, not the verb
            }
            if (k == 0 && NOT_INVERTED.contains(lw)) {
                return null; // "…, told The Herald": the addressee, never an inverted subject
            }
            if (k == 0) {
                // Right after the quote, "said the boy" / "asked a printed card": any noun phrase is the source.
                int[] subj = SourcePhrases.subjectAfter(text, w.end(), stop, true);
                return subj == null ? null : new Attribution(w.start(), w.end(), subj[0], subj[1], Where.AFTER);
            }
            boolean continuesSentence = Character.isLowerCase(text.charAt(words.get(0).start()));
            if (!continuesSentence && k + 1 < words.size() && (quoteEndsSentence || words.get(k + 1).lower(text).equals("that"))
                    && startsClause(text, words, k + 1) && !isAddresseeOnly(text, words, k)
                    && !commaBeforeNonQuote(text, w.end(), words.get(k + 1).start())) {
                // "…." Russia insisted that …: a new sentence with its own report, not this quote's source.
                return null;
            }
            if (!continuesSentence && quoteEndsSentence && k + 1 < words.size() && !Cues.OBJECT_VERBS.contains(lw)
                    && Words.isCapitalized(text, words.get(k + 1)) && !hasBoundaryBefore(text, words.get(k + 1))) {
                // "…." The agency said North Korea had …: a name right after the verb opens its own clause.
                return null;
            }
            int[] subj = SourcePhrases.subjectBefore(text, w.start(), i);
            if (subj != null && k > 1 && words.get(0).lower(text).equals("as") && subj[0] == words.get(1).start()) {
                // "“…,” as a Homeland Security memo put it": the phrase after "as" is the source.
                return new Attribution(w.start(), w.end(), subj[0], subj[1], Where.AFTER);
            }
            if (subj != null && (subj[0] == words.get(0).start() || noVerbBetween(text, words, 0, k))) {
                // "…,” a narrator in the Clinton ad asks": the whole run before the verb names the source.
                return new Attribution(w.start(), w.end(), words.get(0).start(), subj[1], Where.AFTER);
            }
            if (subj == null && k <= 4 && noVerbBetween(text, words, 0, k) && opensNounPhrase(text, words.get(0))
                    && !isPastVerb(text, words.get(k - 1))) {
                // "…,” the board said": right after a quote, a short noun phrase before the verb is the
                // source even when its head is not a known source noun.
                return new Attribution(w.start(), w.end(), words.get(0).start(), words.get(k - 1).end(), Where.AFTER);
            }
            if (subj == null && k <= 8 && noVerbBetween(text, words, 0, k) && opensNounPhrase(text, words.get(0))
                    && sourceNounBeforePreposition(text, words, k)) {
                // "“…?” a union member in the room wondered": a source noun with a prepositional phrase after it.
                return new Attribution(w.start(), w.end(), words.get(0).start(), words.get(k - 1).end(), Where.AFTER);
            }
            return null;
        }
        return null;
    }

    private static final java.util.Set<String> POST_PREPOSITIONS = dev.sayline.enrich.speakers.text.WordSets.of("in",
            "at", "for", "from", "with", "on", "inside", "outside", "near", "close", "familiar", "involved");

    /** "a union member in the room", "an official at the ministry": a source noun, then a preposition. */
    private static boolean sourceNounBeforePreposition(String text, List<Word> words, int k) {
        for (int p = 1; p < k - 1 && p <= 4; p++) {
            if (POST_PREPOSITIONS.contains(words.get(p).lower(text)) && Character.isLowerCase(text.charAt(words.get(p).start()))) {
                return Cues.SOURCE_NOUNS.contains(words.get(p - 1).lower(text));
            }
        }
        return false;
    }

    private static boolean noVerbBetween(String text, List<Word> words, int from, int to) {
        Word first = words.get(from);
        String lf = first.lower(text);
        if (!Words.isCapitalized(text, first) && !SourcePhrases.DETERMINERS.contains(lf) && !Cues.PRONOUNS.contains(lf)
                && !Character.isDigit(text.charAt(first.start()))) {
            return false; // "…” compared to 11% of claims": not a source phrase
        }
        for (int j = from; j < to; j++) {
            String lw = words.get(j).lower(text);
            if (Cues.SPEECH_VERBS.contains(lw) || lw.equals("is") || lw.equals("was") || lw.equals("that")) {
                return false;
            }
        }
        return to - from <= 8;
    }

    /** A lower-case "-ed" word right before a "verb": "restricted comments" makes it a noun. */
    private static boolean isPastVerb(String text, Word w) {
        return Character.isLowerCase(text.charAt(w.start())) && w.lower(text).endsWith("ed");
    }

    private static final java.util.Set<String> NOUN_MARKERS = dev.sayline.enrich.speakers.text.WordSets.of("the", "a",
            "an", "his", "her", "its", "their", "our", "my", "your", "of");

    /** "the states", "his remarks", "Obama’s comments": a verb form after a determiner or possessive is a noun. */
    static boolean isNounUse(String text, List<Word> words, int k) {
        if (k == 0) {
            return false;
        }
        String prev = words.get(k - 1).lower(text);
        return NOUN_MARKERS.contains(prev) || prev.endsWith("’s") || prev.endsWith("'s");
    }

    private static final java.util.Set<String> NOT_INVERTED = dev.sayline.enrich.speakers.text.WordSets.of("told",
            "tells", "tell", "telling", "informed", "reminded", "assured");

    /** A comma or colon right before the word ("said, Jane Doe"): not a clause after the verb. */
    private static boolean hasBoundaryBefore(String text, Word w) {
        int k = w.start() - 1;
        while (k > 0 && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k >= 0 && (text.charAt(k) == ',' || text.charAt(k) == ':');
    }

    /** True when the words from {@code j} open a content clause rather than an adverbial tail. */
    /**
     * "“…?” Jane Doe asked the mayor.": after "asked"/"told", a short object that ends the
     * attribution is the addressee, not the subject of a new clause.
     */
    private static boolean isAddresseeOnly(String text, List<Word> words, int k) {
        if (!Cues.OBJECT_VERBS.contains(words.get(k).lower(text)) || words.size() - (k + 1) > 4) {
            return false;
        }
        for (int j = k + 1; j < words.size(); j++) {
            String w = words.get(j).lower(text);
            if (w.equals("that") || w.equals("to") || w.equals("if") || w.equals("whether") || w.equals("what")
                    || w.equals("why") || w.equals("how") || Cues.SPEECH_VERBS.contains(w) || w.endsWith("ed")) {
                return false;
            }
        }
        return !Cues.PRONOUNS.contains(words.get(k + 1).lower(text)) || words.size() == k + 2;
    }

    /**
     * "“…!” Jane Doe declared, a point she likes to repeat": a comma right after the verb, with no
     * quotation after it, ends the attribution; no clause of its own follows the verb.
     */
    private static boolean commaBeforeNonQuote(String text, int verbEnd, int nextStart) {
        String gap = text.substring(verbEnd, nextStart).strip();
        return gap.equals(",");
    }

    private static boolean startsClause(String text, List<Word> words, int j) {
        String w = words.get(j).lower(text);
        return switch (w) {
            case "that", "he", "she", "they", "it", "the", "a", "an", "this", "there", "his", "her", "their", "we", "i" -> true;
            default -> false;
        };
    }

    /**
     * Verbs that say how words were spoken: speech only right after a quotation ("“…,” Toomey
     * fumed"), so they are not in the general cue list (where "he wondered whether" is not a quote).
     */
    private static final java.util.Set<String> MANNER_OF_SPEAKING = dev.sayline.enrich.speakers.text.WordSets.of(
            "fumed", "fumes", "wondered", "wonders", "mused", "muses", "scoffed", "scoffs", "sniffed", "griped",
            "gripes", "gushed", "gushes", "marveled", "marvelled", "marvels", "laughed", "laughs", "chuckled",
            "sighed", "snapped", "snaps", "retorted", "retorts", "barked", "growled", "cracked", "teased", "chimed",
            "bragged", "brags", "boasts", "quips", "jokes", "pleaded", "begged", "implored", "urged", "demanded",
            "lamented", "laments", "complained", "protested", "thundered", "roared", "bellowed", "cried", "sobbed",
            "murmured", "muttered", "whispered", "offered", "ventured", "explained", "elaborated", "interjected",
            "interrupted", "recalled", "reasoned", "speculated", "surmised", "conceded", "allowed", "cautioned",
            "raged", "ranted", "vented", "groused", "grumbled", "huffed", "insisted", "texted", "emailed", "messaged",
            "pressed", "presses", "exhorted", "confessed", "confesses", "deadpanned", "deadpans", "sneered", "jeered",
            "taunted", "boomed", "hollered", "intoned", "prodded", "queried", "pleads", "cried", "cries", "quizzed",
            "questioned", "opined", "opines", "agrees");

    /** "as X put it": a verb of saying only in that phrase. */
    private static boolean isPutIt(String lw, String next) {
        return (lw.equals("put") || lw.equals("puts")) && next.equals("it");
    }

    /** "points out", "went on", "chimed in": two-word verbs of saying after a quote. */
    private static boolean isPhrasalSaying(String lw, String next) {
        return next.equals("out") && (lw.equals("point") || lw.equals("points") || lw.equals("pointed") || lw.equals("pointing"))
                || next.equals("on") && (lw.equals("went") || lw.equals("goes"))
                || next.equals("in") && (lw.equals("chimed") || lw.equals("chimes"));
    }

    /** "shot back", "fired back", "hit back": a retort, a verb of saying after a quote. */
    private static boolean isRetort(String lw, String next) {
        return next.equals("back") && (lw.equals("shot") || lw.equals("fired") || lw.equals("hit") || lw.equals("snapped")
                || lw.equals("pushed") || lw.equals("wrote") || lw.equals("tweeted"));
    }

    /** A determiner or a capitalised word: what a source phrase after a quote starts with. */
    private static boolean opensNounPhrase(String text, Word first) {
        String lf = first.lower(text);
        return SourcePhrases.DETERMINERS.contains(lf) || lf.equals("this") || Words.isCapitalized(text, first) && !Cues.PRONOUNS.contains(lf);
    }

    private static boolean isSaying(String lw) {
        return switch (lw) {
            case "continued", "continues", "added", "adding", "noting", "warned", "warns", "asked", "asks",
                 "explaining", "insisting", "answered", "recalled", "repeated", "reported", "reports",
                 "stressing", "declaring", "warning", "claiming", "arguing", "announcing", "posted",
                 "concluded", "concludes", "confirmed", "acknowledged", "admitted", "revealed", "observed",
                 "predicted", "promised", "mentioned", "agreed", "suggested", "read", "reads", "assured", "assures",
                 "reminded", "objected", "charged", "hinted" -> true;
            default -> false;
        };
    }

    /** "Lavrov said: “…" / "he said, “…" / "According to Lavrov, “…": within {@code [limit, quoteStart)}. */
    static Attribution before(String text, int quoteStart, int limit) {
        int e = quoteStart;
        while (e > limit && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        boolean punct = e > limit && (text.charAt(e - 1) == ':' || text.charAt(e - 1) == ',');
        if (punct) {
            e--;
        }
        if (punct && text.charAt(e) == ':') {
            Attribution lead = digestLeadIn(text, e);
            if (lead != null) {
                return lead;
            }
        }
        List<Word> words = Words.tokenize(text, Math.max(limit, e - 200), e);
        if (words.isEmpty()) {
            return null;
        }
        Word last = words.get(words.size() - 1);
        if (last.end() != e) {
            return null;
        }
        // Allow a short tail after the verb: "said in a statement:", "told reporters:", "wrote on X:".
        for (int k = words.size() - 1; k >= 0 && k >= words.size() - 6; k--) {
            Word w = words.get(k);
            String lw = w.lower(text);
            if (lw.equals("to") && k > 0 && words.get(k - 1).lower(text).equals("according") && k == words.size() - 1) {
                return null;
            }
            if (k > 0 && lw.equals("to") && words.get(k - 1).lower(text).equals("according")) {
                int ms = words.get(k + 1 < words.size() ? k + 1 : k).start();
                return new Attribution(words.get(k - 1).start(), w.end(), ms, e, Where.BEFORE);
            }
            boolean colonIntro = punct && text.charAt(e) == ':' && Cues.VERBAL_ACTS.contains(lw);
            boolean putIt = k + 1 < words.size() && (isPutIt(lw, words.get(k + 1).lower(text))
                    || k + 2 == words.size() && isPhrasalSaying(lw, words.get(k + 1).lower(text)));
            if ((Cues.SPEECH_VERBS.contains(lw) || colonIntro || putIt) && (Character.isLowerCase(text.charAt(w.start())) || k == 0)
                    && !isNounUse(text, words, k)) {
                if (!punct && k != words.size() - 1) {
                    return null;
                }
                int[] subj = SourcePhrases.subjectOf(text, w.start(), w.end(), limit);
                int chain = startOfVerbChain(text, words, k);
                if (subj == null && chain < w.start()) {
                    // "The email went on to say, “…”", "she began by saying, “…”": the subject of the chain.
                    subj = SourcePhrases.subjectBefore(text, chain, limit);
                    if (subj == null && punct) {
                        subj = SourcePhrases.nounPhraseBefore(text, chain, limit);
                    }
                }
                if (subj == null && punct && !lw.endsWith("ing")) {
                    // "her Twitter account posted: “…”": a quote introduced by the verb names its source
                    // whatever the head noun of the phrase before the verb.
                    subj = SourcePhrases.nounPhraseBefore(text, w.start(), limit);
                }
                if (subj != null) {
                    return new Attribution(w.start(), w.end(), subj[0], subj[1], Where.BEFORE);
                }
                if (k == words.size() - 1 || k + 1 < words.size()) {
                    int[] inv = SourcePhrases.subjectAfter(text, w.end(), e);
                    if (inv != null) {
                        return new Attribution(w.start(), w.end(), inv[0], inv[1], Where.BEFORE);
                    }
                }
                return null;
            }
            if (hasHardBoundary(text, w.end(), k + 1 < words.size() ? words.get(k + 1).start() : e)) {
                return null;
            }
        }
        return null;
    }

    private static final java.util.Set<String> CHAIN_WORDS = dev.sayline.enrich.speakers.text.WordSets.of("went",
            "goes", "go", "on", "to", "began", "begins", "begin", "started", "starts", "by", "then");

    /**
     * "went on to say", "goes on to say", "began by saying": the start of the verb chain that ends in
     * the verb of saying {@code words[k]} (its own start when there is no chain).
     */
    private static int startOfVerbChain(String text, List<Word> words, int k) {
        String lw = words.get(k).lower(text);
        if (!(lw.equals("say") || lw.equals("saying"))) {
            return words.get(k).start();
        }
        int j = k;
        while (j > 0 && k - j < 3 && CHAIN_WORDS.contains(words.get(j - 1).lower(text))
                && Character.isLowerCase(text.charAt(words.get(j - 1).start()))) {
            j--;
        }
        if (j == k) {
            return words.get(k).start();
        }
        String first = words.get(j).lower(text);
        boolean chainVerb = first.equals("went") || first.equals("goes") || first.equals("go") || first.equals("began")
                || first.equals("begins") || first.equals("begin") || first.equals("started") || first.equals("starts");
        return chainVerb ? words.get(j).start() : words.get(k).start();
    }

    /**
     * News digests print an item as an all-capitals headline followed by the excerpt it sums up:
     * "HOW THE HARBOUR WAS SOLD “The board met in secret …” [Courier.]". PolNeAR marks the headline
     * as the excerpt's source (cue null). At least three words, no lower-case letter, the run
     * starting at the paragraph or after a sentence end and ending right before the quotation.
     */
    static Attribution headlineLeadIn(String text, int quoteStart, int paraStart) {
        int e = quoteStart;
        while (e > paraStart && text.charAt(e - 1) == ' ') {
            e--;
        }
        if (e == quoteStart || e <= paraStart || !Character.isLetter(text.charAt(e - 1)) || !Character.isUpperCase(text.charAt(e - 1))) {
            return null;
        }
        int b = e;
        while (b > paraStart && e - b < 160) {
            char c = text.charAt(b - 1);
            if (Character.isLowerCase(c) || c == '“' || c == '”' || c == '"' || c == ':') {
                return null;
            }
            if (c == ']' || c == '.' && b - 2 >= paraStart && text.charAt(b - 2) == ']') {
                break;
            }
            if ((c == '.' || c == '!' || c == '?') && b < e && text.charAt(b) == ' ' && !isAbbrevDot(text, b - 1)) {
                break;
            }
            b--;
        }
        if (e - b >= 160) {
            return null;
        }
        List<Word> words = Words.tokenize(text, b, e);
        if (words.size() < 3) {
            return null;
        }
        return new Attribution(-1, -1, words.get(0).start(), words.get(words.size() - 1).end(), Where.BEFORE);
    }

    /**
     * News digests introduce an excerpt by its author after a dash or with "From": "HEADLINE OF THE
     * ITEM - Jane Doe: “…”", "Pollsters agree - Jane Doe and John Roe: “…”", "More from Doe: “…”",
     * "From the report: “…”". The short name before the colon is the source (no cue word).
     */
    static Attribution digestLeadIn(String text, int colon) {
        int from = colon;
        boolean dash = false;
        while (from > 0 && colon - from < 120) {
            char c = text.charAt(from - 1);
            if (c == '\n') {
                break;
            }
            if ((c == '-' || c == '–' || c == '—') && from - 2 >= 0 && text.charAt(from - 2) == ' ' && from < text.length() && text.charAt(from) == ' ') {
                dash = true;
                break;
            }
            if (c == ' ' && from - 2 >= 0 && (text.charAt(from - 2) == '.' || text.charAt(from - 2) == ']') && !isAbbrevDot(text, from - 2)) {
                break;
            }
            from--;
        }
        if (colon - from >= 120) {
            return null;
        }
        List<Word> words = Words.tokenize(text, from, colon);
        if (words.isEmpty() || words.size() > 7) {
            return null;
        }
        int first = 0;
        boolean fromPrefix = false;
        if (words.size() > 2 && words.get(0).lower(text).equals("more") && words.get(1).lower(text).equals("from")) {
            first = 2;
            fromPrefix = true;
        } else if (words.size() > 1 && words.get(0).lower(text).equals("from") && Character.isUpperCase(text.charAt(words.get(0).start()))) {
            first = 1;
            fromPrefix = true;
        }
        if (!dash && !fromPrefix) {
            return null;
        }
        int n = words.size() - first;
        if (n < 1 || n > 5) {
            return null;
        }
        boolean allCaps = true;
        for (int k = first; k < words.size(); k++) {
            Word w = words.get(k);
            String lw = w.lower(text);
            char c0 = text.charAt(w.start());
            boolean connector = lw.equals("and") || lw.equals("of") || lw.equals("the") || lw.equals("&");
            if (!Character.isUpperCase(c0) && !connector && !(fromPrefix && k == first + 1 && n == 2)) {
                return null;
            }
            if (k == first && !Character.isUpperCase(c0) && !(fromPrefix && lw.equals("the"))) {
                return null;
            }
            if (text.substring(w.start(), w.end()).chars().anyMatch(Character::isLowerCase)) {
                allCaps = false;
            }
        }
        if (allCaps && n > 1) {
            return null; // the headline itself, not its author
        }
        return new Attribution(-1, -1, words.get(first).start(), words.get(words.size() - 1).end(), Where.BEFORE);
    }

    /** "Lavrov called the plan “a disaster”": the first speech verb with a subject earlier in the sentence. */
    static Attribution inSentence(String text, int sentenceStart, int quoteStart) {
        List<Word> words = Words.tokenize(text, sentenceStart, quoteStart);
        for (int k = words.size() - 1; k >= 0; k--) {
            Word w = words.get(k);
            String lw = w.lower(text);
            boolean verb = (Cues.SPEECH_VERBS.contains(lw) || Cues.VERBAL_ACTS.contains(lw)) && !isNounUse(text, words, k);
            verb = verb && Character.isLowerCase(text.charAt(w.start()));
            if (!verb) {
                if (lw.equals("to") && k > 0 && words.get(k - 1).lower(text).equals("according") && k + 1 < words.size()) {
                    int[] subj = {words.get(k + 1).start(), pieceEnd(text, words.get(k + 1).start(), quoteStart)};
                    return new Attribution(words.get(k - 1).start(), w.end(), subj[0], trimEnd(text, subj[0], subj[1]), Where.IN_SENTENCE);
                }
                continue;
            }
            int[] subj = SourcePhrases.subjectOf(text, w.start(), w.end(), sentenceStart);
            if (subj != null && isRelativePronoun(text, words, k, subj)) {
                // "Ban Ki-moon condemned what he called …": the pronoun stands for the sentence's subject.
                int[] main = SourcePhrases.sentenceSubject(text, sentenceStart, subj[0]);
                if (main != null && main[1] <= subj[0]) {
                    subj = main;
                }
            }
            if (subj != null) {
                return new Attribution(w.start(), w.end(), subj[0], subj[1], Where.IN_SENTENCE);
            }
        }
        return null;
    }

    /** Nouns that name someone's words ("Trump’s claim that …", "her pledge to …"). */
    private static final java.util.Set<String> REPORT_NOUNS = dev.sayline.enrich.speakers.text.WordSets.of("claim",
            "claims", "assertion", "assertions", "statement", "statements", "remark", "remarks", "comment", "comments",
            "promise", "promises", "pledge", "pledges", "vow", "warning", "warnings", "suggestion", "argument",
            "accusation", "accusations", "charge", "insistence", "contention", "prediction", "declaration",
            "description", "words", "slogan", "call", "calls", "demand", "demands", "complaint", "boast", "admission",
            "assurance", "criticism", "characterization", "depiction", "rhetoric", "message", "tweet", "tweets");

    /**
     * "Politifact seized on Trump’s claim that there were “thousands”": a noun naming someone's
     * words, owned by a named possessive, within the eight words before the quote. The owner is the
     * source (PolNeAR marks the possessive), the noun the cue. Used only when no verb of saying in
     * the sentence has a subject ("Hollande denounced Trump’s remarks as “…”" is Hollande's).
     */
    static Attribution possessiveReport(String text, int sentenceStart, int quoteStart) {
        List<Word> words = Words.tokenize(text, Math.max(sentenceStart, quoteStart - 200), quoteStart);
        for (int k = words.size() - 1; k >= 1 && k >= words.size() - 8; k--) {
            Word noun = words.get(k);
            if (!REPORT_NOUNS.contains(noun.lower(text)) || Character.isUpperCase(text.charAt(noun.start()))) {
                continue;
            }
            for (int j = k - 1; j >= 0 && j >= k - 2; j--) {
                Word owner = words.get(j);
                String lo = owner.lower(text);
                if (lo.equals("his") || lo.equals("her") || lo.equals("their")) {
                    // "her remark that “…”", "his calls to end the “…”": PolNeAR marks the possessive
                    // pronoun; it resolves like "he"/"she".
                    return new Attribution(noun.start(), noun.end(), owner.start(), owner.end(), Where.IN_SENTENCE);
                }
                if ((lo.endsWith("’s") || lo.endsWith("'s")) && Words.isCapitalized(text, owner)) {
                    int first = j;
                    while (first > 0 && Words.isCapitalized(text, words.get(first - 1))
                            && !hasHardBoundary(text, words.get(first - 1).end(), words.get(first).start())
                            && text.substring(words.get(first - 1).end(), words.get(first).start()).indexOf(',') < 0) {
                        first--;
                    }
                    return new Attribution(noun.start(), noun.end(), words.get(first).start(), owner.end(), Where.IN_SENTENCE);
                }
                if (j == k - 2 || Words.isCapitalized(text, owner) || SourcePhrases.DETERMINERS.contains(lo)) {
                    break;
                }
            }
        }
        return null;
    }

    /** True when a comma directly precedes the word at {@code pos} (", saying"). */
    static boolean commaBefore(String text, int pos, int limit) {
        int k = pos - 1;
        while (k > limit && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k >= limit && text.charAt(k) == ',';
    }

    /** "what he called", "in which they call": a pronoun subject right after a relative word. */
    private static boolean isRelativePronoun(String text, List<Word> words, int verb, int[] subj) {
        String m = text.substring(subj[0], subj[1]).toLowerCase(Locale.ROOT);
        if (!(m.equals("he") || m.equals("she") || m.equals("they") || m.equals("it"))) {
            return false;
        }
        for (int j = verb - 1; j >= 1 && j >= verb - 3; j--) {
            if (words.get(j).start() == subj[0]) {
                String before = words.get(j - 1).lower(text);
                // "what he called": the sentence's subject (PolNeAR marks it); after "which"/"whom"/"who" the
                // pronoun itself is marked, and SourceMentionRules resolves it to the sentence's subject.
                return before.equals("what");
            }
        }
        return false;
    }

    private static int trimEnd(String text, int s, int e) {
        while (e > s && !Character.isLetterOrDigit(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    private static boolean hasHardBoundary(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '.' || c == '!' || c == '?' || c == '“' || c == '”' || c == '"' || c == '\n' || c == ';') {
                return true;
            }
        }
        return false;
    }

    /** End of the clause piece starting at {@code from}: the next sentence or clause punctuation. */
    static int pieceEnd(String text, int from, int limit) {
        for (int k = from; k < limit; k++) {
            char c = text.charAt(k);
            if (c == '.' && k + 1 < limit && !Character.isWhitespace(text.charAt(k + 1)) && text.charAt(k + 1) != '”') {
                continue;
            }
            if (c == '.' && k > from && isAbbrevDot(text, k)) {
                continue;
            }
            if (c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == '“' || c == '"' || c == '\n') {
                return k;
            }
        }
        return limit;
    }

    private static boolean isAbbrevDot(String text, int dot) {
        int b = dot;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        String w = text.substring(b, dot).toLowerCase(Locale.ROOT);
        return w.equals("mr") || w.equals("mrs") || w.equals("ms") || w.equals("dr") || w.equals("sen")
                || w.equals("rep") || w.equals("gov") || w.equals("gen") || (dot - b == 1 && Character.isUpperCase(text.charAt(b)));
    }
}
