package dev.sayline.enrich.speakers.quotes;

import dev.sayline.enrich.speakers.quotes.Words.Word;

import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the phrase that names a source next to a cue: the subject before a verb ("Russian
 * Foreign Minister Sergey Lavrov said"), the inverted subject after it ("said Lavrov"), or the
 * object of "according to". A phrase is accepted only when its head is a name, a pronoun or a
 * noun that can be a source, which keeps "the plan said" style false reports out.
 */
public final class SourcePhrases {

    /** Words that may stand between a subject and its verb ("Lavrov also said"). */
    private static final Set<String> ADVERBS = dev.sayline.enrich.speakers.text.WordSets.of("also", "has", "have", "had", "was", "is", "later", "then",
            "previously", "recently", "once", "again", "reportedly", "just", "repeatedly", "publicly", "will",
            "would", "further", "quickly", "even", "too", "had", "already", "flatly", "bluntly", "simply",
            "frankly", "openly", "privately", "explicitly", "clearly", "first", "finally", "subsequently",
            "himself", "herself", "famously", "did", "does", "often", "always", "never", "once", "recently",
            "specifically", "directly", "essentially", "basically", "continues", "continued", "went", "on", "to");

    /** Words that end a subject when scanning backwards: clause openers and function words. */
    private static final Set<String> STOP_BACK = dev.sayline.enrich.speakers.text.WordSets.of("that", "which", "and", "but", "because", "as", "if", "when",
            "while", "so", "after", "before", "since", "though", "although", "where", "what", "why", "how",
            "whether", "than", "or", "nor", "yet", "to", "in", "on", "at", "by", "with", "from", "into", "about",
            "is", "was", "are", "were", "be", "been", "not", "it’s", "there", "here", "who", "whom", "this", "also",
            "then", "now", "just", "even", "only", "has", "have", "had", "until", "unless", "for", "like");

    static final Set<String> DETERMINERS = dev.sayline.enrich.speakers.text.WordSets.of("the", "a", "an", "his", "her", "its", "their", "our", "my",
            "your", "some", "many", "several", "two", "three", "four", "both", "other", "one", "these", "those",
            "most", "few", "all", "another", "senior", "former", "top", "u.s.", "us");

    private static final int MAX_WORDS = 7;

    /** "R-Ky.", "D-Mass.": a party and state tag set off by commas after a name. */
    private static final java.util.regex.Pattern PARTY_TAG = java.util.regex.Pattern.compile("[RDI]-[A-Z][A-Za-z.]{0,6}");

    private SourcePhrases() {
    }

    /**
     * The subject phrase ending right before {@code verbStart}, within {@code [limit, verbStart)}, or null.
     * Skips adverbs and auxiliaries between subject and verb, and an appositive or relative clause
     * set off by commas ("John Healey, the Defence Secretary, stressed").
     */
    public static int[] subjectBefore(String text, int verbStart, int limit) {
        // "Rep. Jane Doe (R-Ohio) said": look through a short parenthesis before the verb.
        int k = verbStart;
        while (k > limit && Character.isWhitespace(text.charAt(k - 1))) {
            k--;
        }
        if (k > limit && text.charAt(k - 1) == ')') {
            int open = text.lastIndexOf('(', k - 1);
            if (open > limit && k - open < 40) {
                verbStart = open;
            }
        }
        List<Word> words = Words.tokenize(text, Math.max(limit, verbStart - 220), verbStart);
        int i = words.size() - 1;
        while (i >= 0 && (ADVERBS.contains(words.get(i).lower(text)) || isLyAdverb(text, words.get(i))) && i > 0) {
            i--;
        }
        if (i < 0) {
            return null;
        }
        int[] beforePlace = subjectBeforePlace(text, words, i, verbStart, limit);
        if (beforePlace != null) {
            return beforePlace;
        }
        String relative = words.get(i).lower(text);
        if (relative.equals("and") && i >= 2 && Character.isLowerCase(text.charAt(words.get(i - 1).start()))
                && !Cues.SOURCE_NOUNS.contains(words.get(i - 1).lower(text))) {
            // "I laughed and said": the subject of the first verb.
            return subjectBefore(text, words.get(i - 1).start(), limit);
        }
        if ((relative.equals("who") || relative.equals("which")) && i > 0) {
            // "a former CIA director (said to be X) who said": the relative pronoun's antecedent.
            int b = words.get(i).start();
            while (b > limit && (Character.isWhitespace(text.charAt(b - 1)) || text.charAt(b - 1) == ',')) {
                b--;
            }
            if (b > limit && text.charAt(b - 1) == ')') {
                int open = text.lastIndexOf('(', b - 1);
                if (open > limit && b - open < 60) {
                    // "a former CIA director (said to be William Casey) who said": the name in the parenthesis.
                    int[] named = nameIn(text, open + 1, b - 1);
                    if (named != null) {
                        return named;
                    }
                    b = open;
                }
            }
            int j = indexEndingBefore(words, b);
            int[] antecedent = j >= 0 ? phraseAt(text, words, j, limit) : null;
            // "Tom Roe, the union's strategist, who said": the name before the appositive.
            return antecedent == null ? null : nameBeforeAppositive(text, words, antecedent, limit);
        }
        int end = words.get(i).end();
        // "X, the Defence Secretary, said" / "X, who was ..., said": jump over the comma-set clause.
        int between = skipSpaces(text, end, verbStart);
        if (between < verbStart && text.charAt(between) == ',') {
            int open = text.lastIndexOf(',', end - 1);
            if (open > limit) {
                int[] inner = phraseEndingAt(text, words, i, open);
                int afterComma = skipSpaces(text, open + 1, end);
                String first = Words.tokenize(text, afterComma, end).isEmpty() ? ""
                        : Words.tokenize(text, afterComma, end).get(0).lower(text);
                if (first.equals("who") || first.equals("which") || DETERMINERS.contains(first)
                        || Character.isLowerCase(text.charAt(afterComma)) || Character.isDigit(text.charAt(afterComma))
                        || PARTY_TAG.matcher(text.substring(afterComma, end)).matches()) {
                    int j = indexEndingBefore(words, open);
                    if (j >= 0) {
                        int[] outer = phraseAt(text, words, j, limit);
                        if (outer != null) {
                            return nameBeforeAppositive(text, words, outer, limit);
                        }
                    }
                }
                return inner == null ? null : inner;
            }
            return null;
        }
        int[] phrase = phraseAt(text, words, i, limit);
        if (phrase == null) {
            phrase = postModifiedSource(text, words, i, limit);
        }
        return phrase != null ? phrase : antecedentOfRelativeClause(text, words, i, limit);
    }

    /**
     * "A state official who asked not to be named said": the verb follows a relative clause; its
     * subject is the phrase the clause hangs on.
     */
    private static int[] antecedentOfRelativeClause(String text, List<Word> words, int i, int limit) {
        for (int j = i - 1; j >= 1 && i - j <= 12; j--) {
            if (hasBoundary(text, words.get(j).end(), words.get(j + 1).start())) {
                return null;
            }
            String lj = words.get(j).lower(text);
            if (lj.equals("that") || lj.equals("which")) {
                return null;
            }
            if (lj.equals("who")) {
                if (j == i || hasBoundary(text, words.get(j - 1).end(), words.get(j).start())) {
                    return null;
                }
                return isSourceHead(text, words, j - 1) ? phraseAt(text, words, j - 1, limit) : null;
            }
        }
        return null;
    }

    private static final Set<String> POST_MODIFIERS = dev.sayline.enrich.speakers.text.WordSets.of("familiar", "close",
            "involved", "with", "at", "in", "for", "from", "inside", "on", "near", "within");

    /**
     * "A source familiar with the board's review said", "an official at the ministry said": a source
     * noun with a post-modifier before the verb; the phrase runs from its determiner to the verb.
     */
    private static int[] postModifiedSource(String text, List<Word> words, int i, int limit) {
        for (int j = i - 1; j >= 1 && i - j <= 8; j--) {
            if (hasBoundary(text, words.get(j).end(), words.get(j + 1).start())) {
                return null;
            }
            String lj = words.get(j).lower(text);
            if (Cues.SPEECH_VERBS.contains(lj) || lj.equals("that") || lj.equals("who") || lj.equals("which")) {
                return null;
            }
            if (POST_MODIFIERS.contains(words.get(j + 1).lower(text)) && Cues.SOURCE_NOUNS.contains(lj)
                    && Character.isLowerCase(text.charAt(words.get(j).start()))) {
                int[] head = phraseAt(text, words, j, limit);
                if (head == null || hasBoundary(text, words.get(j - 1).end(), words.get(j).start())) {
                    return null;
                }
                return new int[]{head[0], words.get(i).end()};
            }
        }
        return null;
    }

    private static final Set<String> PLACE_PREPOSITIONS = dev.sayline.enrich.speakers.text.WordSets.of("of", "in",
            "from", "near", "outside");

    /** {@code words[i]} follows "PREPOSITION City, " ("in Salem, New Hampshire"). */
    private static boolean isStateAfterCity(String text, List<Word> words, int i) {
        if (i < 2 || !text.substring(words.get(i - 1).end(), words.get(i).start()).matches(",\\s+")
                || !Words.isCapitalized(text, words.get(i - 1))) {
            return false;
        }
        for (int c = i - 2; c >= 0 && c >= i - 4; c--) {
            Word w = words.get(c);
            if (PLACE_PREPOSITIONS.contains(w.lower(text)) && Character.isLowerCase(text.charAt(w.start()))) {
                return true;
            }
            if (!Words.isCapitalized(text, w)) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Jane Doe, 31, of Dayton, Ohio, said", "Doe, at a rally in Keene, New Hampshire, said": a
     * place set off by commas ("PREPOSITION City, State,") right before the verb is no subject; the
     * subject is the phrase before the place (or before the clause that holds it).
     */
    private static int[] subjectBeforePlace(String text, List<Word> words, int i, int verbStart, int limit) {
        Word state = words.get(i);
        if (!Words.isCapitalized(text, state) || !text.substring(state.end(), verbStart).matches("\\.?\\s*,\\s*")) {
            return null;
        }
        // The state part: at most three capitalised words, after "City, ".
        int s = i;
        while (s > 0 && i - s < 2 && Words.isCapitalized(text, words.get(s - 1))
                && text.substring(words.get(s - 1).end(), words.get(s).start()).isBlank()) {
            s--;
        }
        if (s == 0 || !text.substring(words.get(s - 1).end(), words.get(s).start()).matches("\\.?,\\s+")) {
            return null;
        }
        int c = s - 1; // last word of the city
        if (!Words.isCapitalized(text, words.get(c))) {
            return null;
        }
        while (c > 0 && s - 1 - c < 3 && Words.isCapitalized(text, words.get(c - 1))
                && text.substring(words.get(c - 1).end(), words.get(c).start()).isBlank()) {
            c--;
        }
        if (c == 0 || !PLACE_PREPOSITIONS.contains(words.get(c - 1).lower(text))
                || !Character.isLowerCase(text.charAt(words.get(c - 1).start()))) {
            return null;
        }
        int prep = words.get(c - 1).start();
        // The clause holding the place: back to the comma that opens it ("Doe, speaking in …").
        int comma = -1;
        for (int k = prep - 1; k > limit && k > prep - 100; k--) {
            char ch = text.charAt(k);
            if (ch == ',') {
                comma = k;
                break;
            }
            if (ch == '.' || ch == ';' || ch == ':' || ch == '“' || ch == '”' || ch == '"' || ch == '\n') {
                break;
            }
        }
        if (comma < 0) {
            return subjectBefore(text, prep, limit); // "Tom Baker of Boise, Idaho, slammed"
        }
        int open = skipSpaces(text, comma + 1, prep);
        if (open < prep && !Character.isLowerCase(text.charAt(open))) {
            return null;
        }
        int[] subject = subjectBefore(text, comma, limit);
        if (subject == null) {
            subject = subjectBefore(text, comma + 1, limit); // "Jane Doe, 31, of …": through the age
        }
        return subject;
    }

    /**
     * "Jane Doe, the attorney general of Ohio, one of the states suing, said": when the phrase found
     * is itself an appositive (a description after a comma), the name before it is the subject.
     */
    private static int[] nameBeforeAppositive(String text, List<Word> words, int[] phrase, int limit) {
        int[] cur = phrase;
        for (int hop = 0; hop < 2; hop++) {
            String first = firstWord(text, cur[0], cur[1]);
            if (!DETERMINERS.contains(first) || first.equals("senior") || first.equals("former") || first.equals("top")) {
                return cur;
            }
            int k = cur[0];
            while (k > limit && Character.isWhitespace(text.charAt(k - 1))) {
                k--;
            }
            if (k <= limit || text.charAt(k - 1) != ',') {
                return cur;
            }
            int j = indexEndingBefore(words, k - 1);
            if (j < 0 || !Words.isCapitalized(text, words.get(j))) {
                return cur;
            }
            int[] prev = phraseAt(text, words, j, limit);
            if (prev == null) {
                return cur;
            }
            cur = prev;
        }
        return cur;
    }

    /** "infamously", "angrily": a lower-case "-ly" word that is not one of the few "-ly" nouns. */
    private static boolean isLyAdverb(String text, Word w) {
        String lw = w.lower(text);
        return lw.length() > 4 && lw.endsWith("ly") && Character.isLowerCase(text.charAt(w.start())) && !LY_NOUNS.contains(lw);
    }

    private static final Set<String> LY_NOUNS = dev.sayline.enrich.speakers.text.WordSets.of("family", "rally", "ally",
            "assembly", "supply", "reply", "anomaly", "monopoly", "bully", "belly", "jelly", "folly", "italy", "daily",
            "weekly", "monthly", "quarterly", "fly", "holy", "only", "early", "likely", "friendly", "elderly");

    /** The last run of two or more capitalised words in {@code [from, to)}, or null. */
    private static int[] nameIn(String text, int from, int to) {
        List<Word> words = Words.tokenize(text, from, to);
        int end = -1;
        int count = 0;
        int start = -1;
        for (int k = words.size() - 1; k >= 0; k--) {
            if (Words.isCapitalized(text, words.get(k))) {
                if (end < 0) {
                    end = words.get(k).end();
                }
                start = words.get(k).start();
                count++;
            } else if (end >= 0) {
                break;
            }
        }
        return count >= 2 ? new int[]{start, end} : null;
    }

    private static int indexEndingBefore(List<Word> words, int pos) {
        for (int j = words.size() - 1; j >= 0; j--) {
            if (words.get(j).end() <= pos) {
                return j;
            }
        }
        return -1;
    }

    private static int[] phraseEndingAt(String text, List<Word> words, int i, int limit) {
        return phraseAt(text, words, i, limit);
    }

    /** The phrase whose last word is {@code words[i]}, scanning back to a boundary. */
    private static int[] phraseAt(String text, List<Word> words, int i, int limit) {
        Word head = words.get(i);
        if (!isSourceHead(text, words, i) && i >= 2 && words.get(i - 1).lower(text).equals("of")
                && isSourceHead(text, words, i - 2) && !Words.isCapitalized(text, words.get(i - 2))) {
            // "the 34-year-old mother of three": the head comes before "of".
            int[] inner = phraseAt(text, words, i - 2, limit);
            return inner == null ? null : new int[]{inner[0], head.end()};
        }
        if (head.start() < limit || !isSourceHead(text, words, i)) {
            return null;
        }
        int first = i;
        boolean headIsPronoun = Cues.PRONOUNS.contains(head.lower(text));
        if (!headIsPronoun) {
            for (int j = i - 1; j >= 0 && i - j < MAX_WORDS; j--) {
                Word w = words.get(j);
                if (w.start() < limit || hasBoundary(text, w.end(), words.get(j + 1).start())) {
                    break;
                }
                String lw = w.lower(text);
                boolean cap = Words.isCapitalized(text, w);
                if (!cap && STOP_BACK.contains(lw) && !lw.equals("of") && !lw.equals("for")) {
                    break;
                }
                if (cap && STOP_BACK.contains(lw)) {
                    break;
                }
                if (Cues.SPEECH_VERBS.contains(lw)) {
                    break;
                }
                first = j;
            }
            // Do not start on a lower-case preposition or conjunction.
            while (first < i && isWeakStart(words.get(first).lower(text))) {
                first++;
            }
        }
        return new int[]{words.get(first).start(), head.end()};
    }

    private static boolean isWeakStart(String w) {
        return w.equals("of") || w.equals("for") || w.equals("and") || w.equals("but") || w.equals("so");
    }

    private static boolean hasBoundary(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '“' || c == '”' || c == '"'
                    || c == '—' || c == '–' || c == '.' || c == '\n' || c == '!' || c == '?') {
                return true;
            }
        }
        return false;
    }

    static boolean isSourceHead(String text, List<Word> words, int i) {
        Word w = words.get(i);
        String lw = w.lower(text);
        if (Cues.PRONOUNS.contains(lw)) {
            return !lw.equals("you");
        }
        if (STOP_BACK.contains(lw) && !lw.equals("who")) {
            return false;
        }
        if (Words.isCapitalized(text, w)) {
            return !CALENDAR.contains(lw); // "on Friday declared": a day is no source
        }
        if (Character.isDigit(text.charAt(w.start())) && isPollShare(text, words, i)) {
            return true;
        }
        return Cues.SOURCE_NOUNS.contains(lw);
    }

    /** "four in 10 said", "49% say": a share of those polled. */
    private static boolean isPollShare(String text, List<Word> words, int i) {
        Word w = words.get(i);
        for (int k = w.start(); k < w.end(); k++) {
            if (!Character.isDigit(text.charAt(k))) {
                return false;
            }
        }
        if (w.end() < text.length() && text.charAt(w.end()) == '%') {
            return true;
        }
        return i > 0 && words.get(i - 1).lower(text).equals("in");
    }

    /**
     * The noun phrase right before a verb, whatever its head: at most six words back to a clause
     * boundary, opening with a determiner, possessive or capitalised word, with no verb of saying or
     * function word inside ("her Twitter account", "the printed slate card").
     */
    static int[] nounPhraseBefore(String text, int verbStart, int limit) {
        List<Word> words = Words.tokenize(text, Math.max(limit, verbStart - 120), verbStart);
        int last = words.size() - 1;
        if (last >= 0 && (words.get(last).lower(text).endsWith("’s") || words.get(last).lower(text).endsWith("'s"))) {
            return null; // "the woman’s quotes": a possessive makes the "verb" a noun
        }
        if (last < 0 || hasBoundary(text, words.get(last).end(), verbStart) || !isNounLike(text, words.get(last))
                && !Words.isCapitalized(text, words.get(last))) {
            return null;
        }
        int first = -1;
        for (int j = last; j >= 0 && j > last - 6; j--) {
            Word w = words.get(j);
            String lw = w.lower(text);
            if (j < last && hasBoundary(text, w.end(), words.get(j + 1).start())) {
                break;
            }
            if (DETERMINERS.contains(lw)) {
                first = j;
                break;
            }
            if (STOP_BACK.contains(lw) || Cues.SPEECH_VERBS.contains(lw) || Cues.PRONOUNS.contains(lw)) {
                break;
            }
            if (Words.isCapitalized(text, w)) {
                first = j; // keep looking for a determiner before the name ("the Clinton campaign")
            }
        }
        return first < 0 ? null : new int[]{words.get(first).start(), words.get(last).end()};
    }

    /** A lower-case word that can head a noun phrase: not a function word, verb of saying or adverb. */
    private static boolean isNounLike(String text, Word w) {
        String lw = w.lower(text);
        return !STOP_BACK.contains(lw) && !DETERMINERS.contains(lw) && !Cues.SPEECH_VERBS.contains(lw)
                && !lw.endsWith("ly") && !lw.endsWith("ed") && lw.length() > 2;
    }

    /** The inverted subject right after a verb ("…,” said Sen. Jane Doe, a Democrat): a name, pronoun or description. */
    public static int[] subjectAfter(String text, int verbEnd, int limit) {
        return subjectAfter(text, verbEnd, limit, false);
    }

    /**
     * As {@link #subjectAfter(String, int, int)}; with {@code anyHead} a determiner phrase needs no
     * known source noun as its head (the verb directly follows a quotation, so the phrase is its source).
     */
    public static int[] subjectAfter(String text, int verbEnd, int limit, boolean anyHead) {
        List<Word> words = Words.tokenize(text, verbEnd, Math.min(limit, verbEnd + 160));
        if (words.isEmpty() || hasBoundary(text, verbEnd, words.get(0).start())) {
            return null;
        }
        Word first = words.get(0);
        if (Character.isDigit(text.charAt(first.start())) && words.size() > 1
                && !hasBoundary(text, first.end(), words.get(1).start())) {
            // "said 9/11 widow Jane Doe": a number opens a description that ends in a name.
            for (int j = 1; j < words.size() && j <= 5; j++) {
                if (hasBoundary(text, words.get(j - 1).end(), words.get(j).start())) {
                    return null;
                }
                if (Words.isCapitalized(text, words.get(j))) {
                    int[] rest = subjectAfter(text, words.get(j).start(), limit, anyHead);
                    return rest == null ? null : new int[]{first.start(), rest[1]};
                }
            }
            return null;
        }
        String lf = first.lower(text);
        if (Cues.PRONOUNS.contains(lf) && !lf.equals("you") && !lf.equals("it")) {
            return new int[]{first.start(), first.end()};
        }
        boolean det = DETERMINERS.contains(lf);
        if (CALENDAR.contains(lf)) {
            return null; // "said Wednesday, “…”": a day, not an inverted subject
        }
        if (!det && !Words.isCapitalized(text, first)) {
            // "said pollster Frank Luntz", "said master of ceremonies Jane Doe": a short lower-case title
            // right before a name.
            if (STOP_BACK.contains(lf) || Cues.SPEECH_VERBS.contains(lf) || lf.endsWith("ly")) {
                return null;
            }
            for (int j = 1; j < words.size() && j <= 4; j++) {
                Word w = words.get(j);
                String lw = w.lower(text);
                if (hasBoundary(text, words.get(j - 1).end(), w.start())) {
                    return null;
                }
                if (Words.isCapitalized(text, w)) {
                    int[] rest = subjectAfter(text, w.start(), limit, anyHead);
                    return rest == null ? null : new int[]{first.start(), rest[1]};
                }
                if (STOP_BACK.contains(lw) && !lw.equals("of") || Cues.SPEECH_VERBS.contains(lw)) {
                    return null;
                }
            }
            return null;
        }
        int last = 0;
        for (int j = 1; j < words.size() && j < MAX_WORDS; j++) {
            Word w = words.get(j);
            if (hasBoundary(text, words.get(j - 1).end(), w.start())) {
                break;
            }
            String lw = w.lower(text);
            if (Words.isCapitalized(text, w) || (det && !STOP_BACK.contains(lw) && !Cues.SPEECH_VERBS.contains(lw))
                    || lw.equals("of")) {
                last = j;
            } else {
                break;
            }
        }
        while (last > 0 && words.get(last).lower(text).equals("of")) {
            last--;
        }
        if (det && !isSourceHead(text, words, last)) {
            // "says a source involved in the talks", "said an official familiar with …": the phrase
            // ends at the source noun before its participle or adjective.
            for (int j = last - 1; j > 0; j--) {
                if (isSourceHead(text, words, j)) {
                    last = j;
                    break;
                }
            }
        }
        int[] span = {first.start(), words.get(last).end()};
        if (!det && !Words.isCapitalized(text, words.get(last))) {
            return null;
        }
        if (det && !isSourceHead(text, words, last) && !(anyHead && last > 0 && isNounLike(text, words.get(last)))) {
            return null;
        }
        return span;
    }

    /** Sentence openers that are not subjects ("Meanwhile, it said …"). */
    private static final Set<String> OPENERS = dev.sayline.enrich.speakers.text.WordSets.of("meanwhile", "however",
            "later", "earlier", "still", "instead", "now", "then", "also", "but", "and", "yet", "today", "yesterday",
            "last", "in", "on", "at", "during", "after", "before", "since", "while", "when", "as", "separately",
            "previously", "recently", "finally", "first", "again", "moreover", "indeed", "nevertheless", "overnight",
            "tonight", "here", "there", "so", "thus", "for", "from", "with", "without", "by", "under", "over", "asked");

    /**
     * The subject of a speech verb: for a participle not led by an auxiliary ("…, saying",
     * "tweets early Friday saying") the main clause's subject, otherwise the phrase before the verb.
     */
    public static int[] subjectOf(String text, int verbStart, int verbEnd, int limit) {
        String verb = text.substring(verbStart, verbEnd).toLowerCase(Locale.ROOT);
        if (verb.endsWith("ing")) {
            List<Word> before = Words.tokenize(text, Math.max(limit, verbStart - 30), verbStart);
            String prev = before.isEmpty() ? "" : before.get(before.size() - 1).lower(text);
            boolean auxiliary = prev.equals("is") || prev.equals("was") || prev.equals("are") || prev.equals("were")
                    || prev.equals("been") || prev.equals("be") || prev.equals("keeps") || prev.equals("kept")
                    || prev.equals("’s") || prev.equals("am");
            if (!auxiliary) {
                int[] earlier = subjectOfEarlierVerb(text, limit, verbStart);
                if (earlier != null) {
                    return earlier; // "…,” he said, adding that": the same speaker
                }
                int[] direct = subjectBefore(text, verbStart, limit);
                if (direct != null && namesRightBefore(text, direct, verbStart) && !afterPlacePreposition(text, direct[0], limit)) {
                    // "with Keir Starmer announcing", "heard Rubio repeating": the name is the subject.
                    return direct;
                }
                return sentenceSubject(text, limit, verbStart);
            }
        }
        int[] direct = subjectBefore(text, verbStart, limit);
        return direct != null ? direct : subjectAcrossGap(text, verbStart, limit);
    }

    private static final Set<String> MEDIUM_PREPOSITIONS = dev.sayline.enrich.speakers.text.WordSets.of("on", "in",
            "at", "via", "into", "through", "near");

    /** "responded on Facebook writing": a name after one of these is a place or medium, not the participle's subject. */
    private static boolean afterPlacePreposition(String text, int phraseStart, int limit) {
        List<Word> before = Words.tokenize(text, Math.max(limit, phraseStart - 20), phraseStart);
        return !before.isEmpty() && MEDIUM_PREPOSITIONS.contains(before.get(before.size() - 1).lower(text))
                && !hasBoundary(text, before.get(before.size() - 1).end(), phraseStart);
    }

    /** Words of a short adverbial between a subject and its verb ("Trump at the time said"). */
    private static final Set<String> GAP_WORDS = dev.sayline.enrich.speakers.text.WordSets.of("at", "the", "time",
            "however", "last", "this", "next", "week", "month", "year", "night", "weekend", "morning", "afternoon",
            "evening", "on", "in", "a", "an", "his", "her", "their", "its", "statement", "interview", "speech",
            "earlier", "later", "today", "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "also", "again", "then", "now", "still", "once", "often", "has", "had",
            "have", "did", "does", "will", "would", "only", "recently", "previously", "similarly", "likewise",
            "too", "both", "all", "meanwhile", "instead", "days", "weeks", "months", "ago", "separately");

    /**
     * The sentence's subject for a finite verb whose own subject is not right before it: a
     * coordinated verb ("Reid voted in Nevada on Saturday and says") or a verb after a short
     * adverbial ("Carter however said", "Trump at the time said"). Null unless that subject is a
     * name, pronoun or source description.
     */
    private static int[] subjectAcrossGap(String text, int verbStart, int limit) {
        List<Word> words = Words.tokenize(text, Math.max(limit, verbStart - 300), verbStart);
        if (words.isEmpty() || hasHardStop(text, words.get(0).start(), verbStart)) {
            return null;
        }
        int i = words.size() - 1;
        // "Doe toured the docks and said", "Doe declined to comment but said": the sentence's subject.
        if (words.get(i).lower(text).equals("and") || words.get(i).lower(text).equals("but")) {
            if (Cues.OBJECT_VERBS.contains(firstWord(text, verbStart, text.length()))
                    && firstWord(text, Math.min(text.length(), text.indexOf(' ', verbStart) + 1), text.length()).equals("that")) {
                return null; // "…, treated like a lost sheep, and told that …": told without an object is passive
            }
            int[] main = sentenceSubject(text, limit, words.get(i).start());
            return main != null && main[1] < words.get(i).start() && !isFirstPersonOrYou(text, main) ? main : null;
        }
        int[] main = sentenceSubject(text, limit, verbStart);
        if (main == null || main[1] >= verbStart || isFirstPersonOrYou(text, main)) {
            return null;
        }
        List<Word> gap = Words.tokenize(text, main[1], verbStart);
        if (gap.isEmpty() || gap.size() > 6 || hasBoundary(text, main[1], verbStart) && !commaPair(text, main[1], verbStart)) {
            return null;
        }
        for (Word w : gap) {
            if (!GAP_WORDS.contains(w.lower(text)) && !Character.isDigit(text.charAt(w.start()))) {
                return null;
            }
        }
        return main;
    }

    /** ", however," between two commas only. */
    private static boolean commaPair(String text, int from, int to) {
        int commas = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == ',') {
                commas++;
            } else if (c == ';' || c == ':' || c == '(' || c == ')' || c == '“' || c == '”' || c == '"' || c == '.'
                    || c == '\n' || c == '—') {
                return false;
            }
        }
        return commas == 2;
    }

    private static boolean hasHardStop(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == ';' || c == '“' || c == '”' || c == '"' || c == '\n') {
                return true;
            }
        }
        return false;
    }

    private static boolean isFirstPersonOrYou(String text, int[] span) {
        String m = text.substring(span[0], span[1]).toLowerCase(Locale.ROOT);
        return m.equals("i") || m.equals("we") || m.equals("you") || m.equals("it");
    }

    /** The subject of the last finite speech verb before {@code pos} in the sentence, if any. */
    private static int[] subjectOfEarlierVerb(String text, int sentenceStart, int pos) {
        List<Word> words = Words.tokenize(text, Math.max(sentenceStart, pos - 200), pos);
        for (int k = words.size() - 1; k >= 0; k--) {
            Word w = words.get(k);
            String lw = w.lower(text);
            if (Cues.SPEECH_VERBS.contains(lw) && !lw.endsWith("ing") && Character.isLowerCase(text.charAt(w.start()))) {
                // Only "he said (on Monday), adding": the participle continues that very report.
                if (words.size() - 1 - k > 6 || text.indexOf(',', w.end()) < 0 || text.indexOf(',', w.end()) > pos) {
                    return null;
                }
                int[] s = subjectBefore(text, w.start(), sentenceStart);
                return s != null ? s : subjectAfter(text, w.end(), pos);
            }
        }
        return null;
    }

    private static final Set<String> CALENDAR = dev.sayline.enrich.speakers.text.WordSets.of("monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "aug", "sept",
            "sep", "oct", "nov", "dec", "tonight", "today", "yesterday");

    /** A capitalised name (not a weekday or month) ends right before the participle, with no comma between. */
    private static boolean namesRightBefore(String text, int[] phrase, int verbStart) {
        for (int k = phrase[1]; k < verbStart; k++) {
            if (!Character.isWhitespace(text.charAt(k))) {
                return false;
            }
        }
        String p = text.substring(phrase[0], phrase[1]);
        String last = p.substring(p.lastIndexOf(' ') + 1);
        return !last.isEmpty() && Character.isUpperCase(last.charAt(0)) && !CALENDAR.contains(last.toLowerCase(Locale.ROOT));
    }

    /**
     * The subject at the start of the sentence {@code [sentenceStart, limit)}: for participles
     * ("Trump attacked Clinton, saying …") the speaker is the main clause's subject. Skips a
     * leading adverbial set off by a comma ("Later in the day, Trump …").
     */
    public static int[] sentenceSubject(String text, int sentenceStart, int limit) {
        int from = sentenceStart;
        char c0 = from < limit ? text.charAt(from) : ' ';
        if (c0 == '“' || c0 == '"') {
            // A sentence opening with a quotation: its subject comes after the quote.
            int close = text.indexOf(c0 == '“' ? '”' : '"', from + 1);
            if (close < 0 || close >= limit) {
                return null;
            }
            from = close + 1;
        }
        List<Word> words = Words.tokenize(text, from, limit);
        int i = 0;
        int guard = 0;
        while (i < words.size() && guard++ < 3 && (!Words.isCapitalized(text, words.get(i)) && !DETERMINERS.contains(words.get(i).lower(text))
                && !Cues.PRONOUNS.contains(words.get(i).lower(text))
                || STOP_BACK.contains(words.get(i).lower(text)) || OPENERS.contains(words.get(i).lower(text))
                || words.get(i).lower(text).endsWith("ing"))) {
            int comma = text.indexOf(',', words.get(i).start());
            if (comma < 0 || comma >= limit) {
                return null;
            }
            while (i < words.size() && words.get(i).start() < comma) {
                i++;
            }
        }
        if (i >= words.size()) {
            return null;
        }
        Word first = words.get(i);
        String lf = first.lower(text);
        if (Cues.PRONOUNS.contains(lf)) {
            return new int[]{first.start(), first.end()};
        }
        int j = i;
        boolean det = DETERMINERS.contains(lf);
        while (j + 1 < words.size() && j - i < MAX_WORDS && !hasBoundary(text, words.get(j).end(), words.get(j + 1).start())) {
            Word w = words.get(j + 1);
            if (Words.isCapitalized(text, w) || det && Cues.SOURCE_NOUNS.contains(w.lower(text))) {
                j++;
            } else {
                break;
            }
        }
        if (!Words.isCapitalized(text, words.get(j)) && !isSourceHead(text, words, j)) {
            return null;
        }
        if (j == i && !det && !Cues.PRONOUNS.contains(lf) && first.start() <= from + 1 && !isNameWord(text, first)
                && !isPluralSourceNoun(lf) && !lf.endsWith("ers") && !lf.endsWith("ists")
                && !lf.endsWith("’s") && !lf.endsWith("'s") && extendToName(text, first.end(), limit) == first.end()
                && !(i + 1 < words.size() && isPluralSourceNoun(words.get(i + 1).lower(text)))) {
            // "Eight years ago, he said" / "Maybe the window …": a capitalised sentence opener that the
            // document never writes capitalised inside a sentence is not a name; try after its comma.
            int comma = text.indexOf(',', first.end());
            if (comma > 0 && comma < limit && guard < 6) {
                return sentenceSubject(text, comma + 1, limit);
            }
            return null;
        }
        int afterPhrase = skipSpaces(text, words.get(j).end(), limit);
        if (afterPhrase < limit && text.charAt(afterPhrase) == ',' && isStateAfterCity(text, words, i)) {
            // "Speaking in Salem, New Hampshire, Trump went after Bush": the state is no subject.
            return sentenceSubject(text, afterPhrase + 1, limit);
        }
        return new int[]{first.start(), words.get(j).end()};
    }

    private static boolean isPluralSourceNoun(String w) {
        return Cues.SOURCE_NOUNS.contains(w) || w.endsWith("s") && Cues.SOURCE_NOUNS.contains(w.substring(0, w.length() - 1));
    }

    /** A capitalised word that is a name: written capitalised inside a sentence somewhere in the text, not a weekday or month. */
    static boolean isNameWord(String text, Word w) {
        String t = w.text(text);
        if (t.endsWith("’s") || t.endsWith("'s")) {
            t = t.substring(0, t.length() - 2);
        }
        if (CALENDAR.contains(t.toLowerCase(Locale.ROOT))) {
            return false;
        }
        return cappedElsewhere(text, t);
    }

    /** True when {@code word} occurs after a lower-case word or a comma somewhere in the text. */
    public static boolean cappedElsewhere(String text, String word) {
        if (word.isEmpty()) {
            return false;
        }
        CappedWords memo = CAPPED_WORDS.get();
        if (memo.text.get() != text) {
            memo.text = new WeakReference<>(text);
            memo.answers.clear();
        }
        return memo.answers.computeIfAbsent(word, w -> scanForCapped(text, w));
    }

    /**
     * The answers of {@link #cappedElsewhere} for the text this thread enriches now. Each is a scan
     * of the whole text, and the finders ask the same words again and again: a text of 10,000
     * {@code Lavrov: "Yes."} took seconds. Weak, so a finished text is not kept alive.
     */
    private static final class CappedWords {
        WeakReference<String> text = new WeakReference<>(null);
        final Map<String, Boolean> answers = new HashMap<>();
    }

    private static final ThreadLocal<CappedWords> CAPPED_WORDS = ThreadLocal.withInitial(CappedWords::new);

    private static boolean scanForCapped(String text, String word) {
        int from = 0;
        while (true) {
            int i = text.indexOf(word, from);
            if (i < 0) {
                return false;
            }
            int end = i + word.length();
            boolean wordEnd = end >= text.length() || !Character.isLetter(text.charAt(end));
            if (wordEnd && i >= 2 && text.charAt(i - 1) == ' ' && (Character.isLowerCase(text.charAt(i - 2)) || text.charAt(i - 2) == ',')) {
                return true;
            }
            from = i + 1;
        }
    }

    /**
     * Extends a subject phrase that stopped at a lower-case modifier to the name it leads to
     * ("Democratic presidential candidate Bernie Sanders"): at most three lower-case words, then
     * a run of capitalised words, all before {@code limit}.
     */
    public static int extendToName(String text, int end, int limit) {
        List<Word> words = Words.tokenize(text, end, Math.min(limit, end + 120));
        int lower = 0;
        int prevEnd = end;
        int result = end;
        for (Word w : words) {
            if (hasBoundary(text, prevEnd, w.start())) {
                break;
            }
            String lw = w.lower(text);
            if (Words.isCapitalized(text, w)) {
                if (lower == 0 && result == end) {
                    break; // already a name run: sentenceSubject took it
                }
                result = w.end();
            } else if (result != end || lower >= 3 || STOP_BACK.contains(lw) || DETERMINERS.contains(lw)
                    || Cues.SPEECH_VERBS.contains(lw) || lw.endsWith("ed") || lw.endsWith("ly")) {
                break;
            } else {
                lower++;
            }
            prevEnd = w.end();
        }
        return result;
    }

    /** Lower-case first word of {@code [from, to)}, or "". */
    public static String firstWord(String text, int from, int to) {
        List<Word> w = Words.tokenize(text, from, Math.min(to, from + 40));
        return w.isEmpty() ? "" : w.get(0).lower(text);
    }

    static int skipSpaces(String text, int from, int to) {
        int i = from;
        while (i < to && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00a0')) {
            i++;
        }
        return i;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
