package dev.sayline.enrich.speakers.quotes;

import dev.sayline.enrich.model.QuoteKind;
import dev.sayline.enrich.speakers.quotes.Words.Word;
import dev.sayline.enrich.speakers.text.DocumentLayout;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Indirect (reported) speech, sentence by sentence: "X said (that) CLAUSE", "According to X,
 * CLAUSE", "CLAUSE, X added", "CLAUSE, according to X". Only verbs of communication count:
 * beliefs and intentions (think, want, hope) are not quotes. First-person reports ("I said
 * that") are the author's own words and are skipped, as are negated ones ("did not say").
 */
public final class IndirectQuoteFinder {

    /** Words that open a content clause right after the verb ("said he would", "says the plan"). */
    private static final Set<String> CLAUSE_OPENERS = dev.sayline.enrich.speakers.text.WordSets.of("he", "she", "they", "it", "we", "i", "you", "the", "a",
            "an", "this", "that", "these", "those", "there", "his", "her", "their", "its", "our", "no", "nothing",
            "russia", "ukraine", "any", "all", "some", "both", "if", "whether", "every", "everything", "nobody",
            "one", "not", "moscow", "washington", "kyiv", "kiev", "europe");

    /** Verbs after which "to say" still reports speech ("continued to say"). */
    private static final Set<String> INFINITIVE_HOSTS = dev.sayline.enrich.speakers.text.WordSets.of("continue",
            "continues", "continued", "on", "began", "begins", "went", "proceeded", "proceeds", "goes");

    /** Words after a verb that start an adverbial, not a content clause ("said on Monday"). */
    private static final Set<String> NOT_CLAUSE = dev.sayline.enrich.speakers.text.WordSets.of("in", "on", "at", "for",
            "to", "with", "from", "by", "about", "during", "after", "before", "so", "as", "of", "into", "through",
            "over", "under", "yesterday", "today", "tomorrow", "last", "earlier", "later", "again", "too", "also",
            "repeatedly", "recently", "publicly", "privately", "late", "early", "and", "or", "but", "than", "goodbye",
            "hello", "yes", "nothing", "something", "anything", "much", "little", "more", "less", "so", "very", "out",
            "up", "off", "down", "back", "here", "there", "what", "how", "why", "when", "where", "who", "which",
            "such", "sorry", "thanks", "thank", "hi", "please", "otherwise", "differently", "enough", "it’s");

    private static final Set<String> NEGATIONS = dev.sayline.enrich.speakers.text.WordSets.of("not", "never", "n’t", "didn’t", "doesn’t", "won’t",
            "wouldn’t", "hasn’t", "haven’t", "declined", "refused", "nor");

    public List<QuoteCandidate> find(DocumentLayout layout) {
        String text = layout.text();
        List<QuoteCandidate> out = new ArrayList<>();
        int lastReportSentence = -2;
        for (int i = 0; i < layout.sentenceCount(); i++) {
            int s = layout.sentenceStart(i);
            int e = layout.sentenceEnd(i);
            if (lastReportSentence == i - 1 && text.startsWith("And that ", s)) {
                // "X said that A. And that B.": a second content clause of the same report.
                int cs = s + "And that ".length();
                int ce = trimFinalPunctuation(text, cs, e);
                if (ce - cs > 12) {
                    QuoteCandidate c = new QuoteCandidate(cs, ce, QuoteKind.INDIRECT);
                    c.continuation = true;
                    out.add(c);
                    lastReportSentence = i;
                    continue;
                }
            }
            QuoteCandidate q = find(text, s, e);
            if (q != null) {
                lastReportSentence = i;
            }
            QuoteCandidate main = q == null ? null : mainClauseAfterSubordinate(text, q, s, e);
            if (q != null && main == null) {
                main = mainVerbAfterRelativeClause(text, q);
            }
            if (main != null) {
                out.add(main);
            }
            QuoteCandidate second = q == null ? null : splitCoordinatedReport(text, q);
            if (q != null && q.end - q.start >= 12 && Words.tokenize(text, q.start, q.end).size() >= 4) {
                out.add(q);
            }
            if (second != null && second.end - second.start >= 8) {
                out.add(second);
            }
        }
        return out;
    }

    /**
     * "…, Ohio, said she had not decided": a pronoun after the verb that goes on with more words
     * opens the reported clause ("said (that) she had …"); it is no inverted subject ("…, said he.").
     */
    private static boolean isPronounOpeningClause(String text, Attribution tail, int contentEnd) {
        if (tail.mentionStart() < tail.cueEnd()) {
            return false;
        }
        String m = text.substring(tail.mentionStart(), tail.mentionEnd()).toLowerCase(java.util.Locale.ROOT);
        if (!Cues.PRONOUNS.contains(m)) {
            return false;
        }
        int k = tail.mentionEnd();
        while (k < contentEnd && text.charAt(k) == ' ') {
            k++;
        }
        return k < contentEnd && Character.isLetter(text.charAt(k));
    }

    QuoteCandidate find(String text, int s, int e) {
        List<Word> words = Words.tokenize(text, s, e);
        if (words.size() < 4 || !mayReport(text, words)) {
            return null;
        }
        int contentEnd = trimFinalPunctuation(text, s, colonBeforeQuotation(text, s, e));
        // "According to X, CLAUSE"
        if (words.get(0).lower(text).equals("according") && words.get(1).lower(text).equals("to")) {
            int comma = text.indexOf(',', words.get(1).end());
            if (comma > 0 && comma < contentEnd) {
                int ms = words.get(2).start();
                int cs = SourcePhrases.skipSpaces(text, comma + 1, contentEnd);
                return candidate(cs, contentEnd, words.get(0).start(), words.get(1).end(), ms, trimEnd(text, ms, comma));
            }
        }
        // "As X explained (to Y), CLAUSE."
        if (words.get(0).lower(text).equals("as")) {
            int comma = text.indexOf(',', words.get(0).end());
            if (comma > 0 && comma < contentEnd) {
                for (int k = 1; k < words.size() && words.get(k).end() <= comma; k++) {
                    Word w = words.get(k);
                    if (Cues.SPEECH_VERBS.contains(w.lower(text)) && Character.isLowerCase(text.charAt(w.start()))) {
                        int[] subj = SourcePhrases.subjectBefore(text, w.start(), words.get(1).start());
                        int cs = SourcePhrases.skipSpaces(text, comma + 1, contentEnd);
                        if (subj != null && cs < contentEnd && !isFirstPerson(text, subj[0], subj[1])) {
                            return candidate(cs, contentEnd, w.start(), w.end(), subj[0], subj[1]);
                        }
                        break;
                    }
                }
            }
        }
        // "CLAUSE, according to X."
        int acc = indexOfPhrase(text, words, "according", "to");
        if (acc > 1 && acc + 2 < words.size()) {
            int comma = lastCommaBefore(text, s, words.get(acc).start());
            if (comma > s) {
                int ms = words.get(acc + 2).start();
                return candidate(s, comma, words.get(acc).start(), words.get(acc + 1).end(), ms, contentEnd);
            }
        }
        // "CLAUSE, X said." / "CLAUSE, said X."
        int lastComma = lastCommaBefore(text, s, contentEnd);
        if (lastComma > s + 10 && !isQuoteEnd(text, lastComma)) {
            Attribution tail = Attribution.after(text, lastComma + 1, contentEnd);
            if (tail != null && Attribution.pieceEnd(text, Math.max(tail.cueEnd(), tail.mentionEnd()), contentEnd) >= contentEnd - 1
                    && !isFirstPerson(text, tail.mentionStart(), tail.mentionEnd())
                    && !isPronounOpeningClause(text, tail, contentEnd)
                    && !insideQuotes(text, s, lastComma)
                    && Words.tokenize(text, tail.cueEnd(), contentEnd).size() <= 10) {
                // The attribution closes the sentence ("…, she said in a statement on Monday."), not a new clause.
                return candidate(s, lastComma, tail.cueStart(), tail.cueEnd(), tail.mentionStart(), tail.mentionEnd());
            }
        }
        // "X said (that) CLAUSE"
        for (int k = 1; k < words.size() - 2; k++) {
            Word verb = words.get(k);
            String lv = verb.lower(text);
            boolean called = lv.equals("called") && isCalledClause(text, words, k);
            if (!Cues.SPEECH_VERBS.contains(lv) && !called || Character.isUpperCase(text.charAt(verb.start()))
                    || Attribution.isNounUse(text, words, k)) {
                continue;
            }
            String prev = words.get(k - 1).lower(text);
            if (NEGATIONS.contains(prev) || lv.equals("asked") || lv.equals("asks")) {
                continue;
            }
            if (k + 2 < words.size() && words.get(k + 1).lower(text).equals("it") && words.get(k + 2).lower(text).equals("by")) {
                continue; // "explains it by saying that …": the report is the participle's clause
            }
            if (prev.equals("to") && k >= 2 && !INFINITIVE_HOSTS.contains(words.get(k - 2).lower(text))) {
                continue; // "Suffice to say", "wants to tell": not a report
            }
            int[] subj = SourcePhrases.subjectOf(text, verb.start(), verb.end(), s);
            if (subj == null || isFirstPerson(text, subj[0], subj[1])) {
                continue;
            }
            if (k >= 2 && words.get(k - 1).start() == subj[0] && Cues.PRONOUNS.contains(words.get(k - 1).lower(text))) {
                String rel = words.get(k - 2).lower(text);
                if (rel.equals("what")) {
                    // "X condemned what he called …": the pronoun stands for the sentence's subject.
                    int[] main = SourcePhrases.sentenceSubject(text, s, subj[0]);
                    if (main != null && main[1] <= subj[0]) {
                        subj = main;
                    }
                }
            }
            int cs = clauseStart(text, words, k, called);
            if (cs < 0 || cs >= contentEnd) {
                continue;
            }
            char first = text.charAt(cs);
            if (first == '“' || first == '"' || TIME_THEN_QUOTE.matcher(text.substring(cs, Math.min(contentEnd, cs + 40))).lookingAt()) {
                continue; // a direct quote introduced by the verb ("said Wednesday, “…”"): the direct finder has it
            }
            if (called && Words.tokenize(text, cs, contentEnd).size() > 12) {
                continue; // "called X Y" is a short naming, not "called the shots, in the sense that …"
            }
            return candidate(cs, contentEnd, verb.start(), verb.end(), subj[0], subj[1]);
        }
        return null;
    }

    /**
     * "X said that A, and said that B" / "X called Y “A” and accused him of B" / "…, arguing that
     * B": a second verb of saying coordinated inside the content clause starts a second report
     * by the same source. Cuts {@code q} before it and returns the second report, or null.
     */
    static QuoteCandidate splitCoordinatedReport(String text, QuoteCandidate q) {
        List<Word> words = Words.tokenize(text, q.start, q.end);
        for (int k = 1; k + 1 < words.size(); k++) {
            Word w = words.get(k);
            String lw = w.lower(text);
            if ((lw.equals("which") || lw.equals("whom") || lw.equals("who")) && k + 2 < words.size()
                    && Attribution.commaBefore(text, w.start(), q.start) && !insideQuotes(text, q.start, w.start())) {
                // "…legislation that would target accreditation bodies, which he called “a cartel”": a
                // relative clause with its own verb of saying is a second report, by its pronoun.
                Word pronoun = words.get(k + 1);
                Word verb = words.get(k + 2);
                String lp = pronoun.lower(text);
                String lv = verb.lower(text);
                if ((lp.equals("he") || lp.equals("she") || lp.equals("they"))
                        && (Cues.SPEECH_VERBS.contains(lv) || Cues.VERBAL_ACTS.contains(lv))) {
                    int end = w.start();
                    while (end > q.start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
                        end--;
                    }
                    if (end - q.start < 12) {
                        return null;
                    }
                    QuoteCandidate second = new QuoteCandidate(w.start(), q.end, QuoteKind.INDIRECT).cue(verb.start(), verb.end())
                            .mention(pronoun.start(), pronoun.end());
                    if (q.hasMention()) {
                        second.speaker = text.substring(q.mentionStart, q.mentionEnd);
                    }
                    q.end = end;
                    return second;
                }
            }
            boolean conj = lw.equals("and") || lw.equals("but");
            Word verb = conj ? words.get(k + 1) : w;
            String lv = verb.lower(text);
            if (conj && lv.endsWith("ed") && Character.isLowerCase(text.charAt(verb.start()))
                    && !(Cues.SPEECH_VERBS.contains(lv) || Cues.VERBAL_ACTS.contains(lv)) && afterClosingQuote(text, w.start(), q.start)
                    && !insideQuotes(text, q.start, w.start())) {
                // "… Machado was “disgusting” and “a con” and encouraged Americans to …": the quoted
                // clause ends where a new predicate of the main clause begins.
                int end = w.start();
                while (end > q.start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
                    end--;
                }
                q.end = end;
                return null;
            }
            if (Character.isUpperCase(text.charAt(verb.start())) || !(Cues.SPEECH_VERBS.contains(lv) || Cues.VERBAL_ACTS.contains(lv))) {
                continue;
            }
            if (!conj && !(lv.endsWith("ing") && Attribution.commaBefore(text, w.start(), q.start))) {
                continue;
            }
            if (conj && isBaseForm(lv) && q.hasCue() && !isBaseForm(text.substring(q.cueStart, q.cueEnd).toLowerCase(java.util.Locale.ROOT))) {
                // "Kasich says he’d sit Putin down and tell him …": a base form after "and" goes on with
                // the reported clause's own verb; a second report by the same source needs "says"/"said".
                continue;
            }
            int cut = w.start();
            if (insideQuotes(text, q.start, cut)) {
                continue;
            }
            int vi = conj ? k + 1 : k;
            int cs = vi + 1 < words.size() && words.get(vi + 1).lower(text).equals("that") && vi + 2 < words.size()
                    ? words.get(vi + 2).start() : vi + 1 < words.size() ? words.get(vi + 1).start() : -1;
            if (cs < 0) {
                return null;
            }
            int end = cut;
            while (end > q.start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
                end--;
            }
            if (end - q.start < 12) {
                return null;
            }
            QuoteCandidate second = new QuoteCandidate(cs, q.end, QuoteKind.INDIRECT).cue(verb.start(), verb.end());
            if (q.hasMention()) {
                second.mention(q.mentionStart, q.mentionEnd);
            }
            q.end = end;
            return second;
        }
        return null;
    }

    private static final java.util.regex.Pattern TIME_THEN_QUOTE = java.util.regex.Pattern.compile(
            "(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight)"
                    + "(?: (?:morning|afternoon|evening|night))?, *[“\"]");

    private static final java.util.Set<String> SUBORDINATORS = dev.sayline.enrich.speakers.text.WordSets.of("after",
            "when", "while", "although", "though", "before", "since", "because", "once", "as", "if", "until", "whereas");

    /**
     * "After Trump argued that A, Rubio said only that B": a report inside a sentence-opening
     * subordinate clause ends at the comma before the main clause, and the main clause, when it
     * has a report of its own (a subject right after the comma), is a second report. Cuts {@code q}
     * and returns the main clause's report, or null.
     */
    private QuoteCandidate mainClauseAfterSubordinate(String text, QuoteCandidate q, int s, int e) {
        if (!q.hasCue() || q.cueStart > q.start) {
            return null;
        }
        List<Word> first = Words.tokenize(text, s, Math.min(e, s + 20));
        if (first.isEmpty() || !SUBORDINATORS.contains(first.get(0).lower(text))) {
            return null;
        }
        for (int c = q.start; c < q.end; c++) {
            if (text.charAt(c) != ',' || insideQuotes(text, q.start, c)) {
                continue;
            }
            int ms = SourcePhrases.skipSpaces(text, c + 1, e);
            QuoteCandidate main = find(text, ms, e);
            if (main != null && main.hasMention() && main.mentionStart == ms && main.cueStart > ms) {
                int end = c;
                while (end > q.start && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                if (end - q.start < 12) {
                    return null;
                }
                q.end = end;
                return main;
            }
        }
        return null;
    }

    /**
     * "Jane Doe, who says the town should buy the dock, tweeted that the plan “…”": the report of the
     * relative clause ends at the comma before the main verb of saying, which is a second report by
     * the antecedent. Cuts {@code q} and returns the main report, or null.
     */
    private static QuoteCandidate mainVerbAfterRelativeClause(String text, QuoteCandidate q) {
        if (!q.hasMention() || !q.hasCue() || q.cueStart > q.start || q.mentionEnd > q.cueStart) {
            return null;
        }
        List<Word> between = Words.tokenize(text, q.mentionEnd, q.cueStart);
        boolean relative = false;
        for (int k = 0; k < between.size() && k < 3; k++) {
            relative |= between.get(k).lower(text).equals("who");
        }
        if (!relative) {
            return null;
        }
        for (int c = q.start; c < q.end; c++) {
            if (text.charAt(c) != ',' || insideQuotes(text, q.start, c)) {
                continue;
            }
            List<Word> next = Words.tokenize(text, c + 1, Math.min(q.end, c + 60));
            if (next.size() < 3) {
                return null;
            }
            Word verb = next.get(0);
            String lv = verb.lower(text);
            if (!Cues.SPEECH_VERBS.contains(lv) || isBaseForm(lv) || lv.endsWith("ing") || !Character.isLowerCase(text.charAt(verb.start()))) {
                continue;
            }
            int cs = next.get(1).lower(text).equals("that") ? next.get(2).start() : next.get(1).start();
            int end = c;
            while (end > q.start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end - q.start < 12 || q.end - cs < 12) {
                return null;
            }
            QuoteCandidate main = new QuoteCandidate(cs, q.end, QuoteKind.INDIRECT).cue(verb.start(), verb.end())
                    .mention(q.mentionStart, q.mentionEnd);
            q.end = end;
            return main;
        }
        return null;
    }

    /** "tell", "say", "warn": not a third-person, past or participle form. */
    private static boolean isBaseForm(String verb) {
        return !(verb.endsWith("s") || verb.endsWith("ed") || verb.endsWith("ing") || verb.equals("said") || verb.equals("told")
                || verb.equals("wrote") || verb.equals("read") || verb.equals("put"));
    }

    /**
     * A colon that introduces a quotation with its own attribution ("… on women in the workplace:
     * “…,” the union wrote") ends the sentence for an indirect report: the quotation is a direct
     * quote with its own source. Without one, the quotation stays inside the reported clause.
     */
    private static int colonBeforeQuotation(String text, int s, int e) {
        for (int i = s; i < e - 2; i++) {
            if (text.charAt(i) == ':') {
                int j = SourcePhrases.skipSpaces(text, i + 1, e);
                if (j < e && (text.charAt(j) == '“' || text.charAt(j) == '"')) {
                    int close = text.indexOf(text.charAt(j) == '“' ? '”' : '"', j + 1);
                    return close > 0 && close < e && Attribution.after(text, close + 1, e) != null ? i : e;
                }
            }
        }
        return e;
    }

    /** A closing quotation mark (and maybe a comma) right before {@code pos}. */
    private static boolean afterClosingQuote(String text, int pos, int limit) {
        int k = pos - 1;
        while (k > limit && (Character.isWhitespace(text.charAt(k)) || text.charAt(k) == ',')) {
            k--;
        }
        return k >= limit && (text.charAt(k) == '”' || text.charAt(k) == '"');
    }

    /** Cheap filter: only sentences with a speech verb, "called" or "according" can hold a report. */
    private static boolean mayReport(String text, List<Word> words) {
        for (Word w : words) {
            int len = w.end() - w.start();
            if (len < 3 || len > 12 || !Character.isLetter(text.charAt(w.start()))) {
                continue;
            }
            String lw = w.lower(text);
            if (Cues.SPEECH_VERBS.contains(lw) || lw.equals("called") || lw.equals("according")) {
                return true;
            }
        }
        return false;
    }

    /** ",”" or "”,": the comma closes a quotation, so what precedes is a direct quote. */
    private static boolean isQuoteEnd(String text, int comma) {
        char before = text.charAt(comma - 1);
        char after = comma + 1 < text.length() ? text.charAt(comma + 1) : ' ';
        return before == '”' || before == '"' || after == '”' || after == '"';
    }

    private static boolean isCalledClause(String text, List<Word> words, int k) {
        if (k + 1 >= words.size()) {
            return false;
        }
        String next = words.get(k + 1).lower(text);
        return !(next.equals("for") || next.equals("on") || next.equals("off") || next.equals("up") || next.equals("it")
                || next.equals("in") || next.equals("out") || next.equals("back") || next.equals("to"));
    }

    /** Where the content clause begins after the verb at {@code k}, or -1 when none follows. */
    private static int clauseStart(String text, List<Word> words, int k, boolean called) {
        Word verb = words.get(k);
        String lv = verb.lower(text);
        int afterVerb = SourcePhrases.skipSpaces(text, verb.end(), text.length());
        if (afterVerb < text.length() && (text.charAt(afterVerb) == ':' || text.charAt(afterVerb) == ',')) {
            return -1;
        }
        if (called) {
            return afterVerb;
        }
        if (k + 1 < words.size() && !hasPunctBetween(text, verb.end(), words.get(k + 1).start())) {
            String next = words.get(k + 1).lower(text);
            if (next.equals("he") || next.equals("she") || next.equals("they") || next.equals("we") || next.equals("i")) {
                return words.get(k + 1).start(); // "said he has backed a law that …": the clause starts at "he"
            }
        }
        // "that" within a few words ("told reporters on Monday that", "said in a statement that").
        for (int j = k + 1; j < words.size() && j <= k + 7; j++) {
            String w = words.get(j).lower(text);
            if (w.equals("that")) {
                if (hasPunctBetween(text, verb.end(), words.get(j).start()) && j > k + 1) {
                    return -1;
                }
                return j + 1 < words.size() ? words.get(j + 1).start() : -1;
            }
            if (Cues.SPEECH_VERBS.contains(w)) {
                break;
            }
        }
        if (Cues.NEEDS_THAT.contains(lv) || Cues.OBJECT_VERBS.contains(lv)) {
            return -1;
        }
        String next = words.get(k + 1).lower(text);
        if (hasPunctBetween(text, verb.end(), words.get(k + 1).start())) {
            return -1;
        }
        if (CLAUSE_OPENERS.contains(next) || Character.isUpperCase(text.charAt(words.get(k + 1).start()))) {
            return words.get(k + 1).start();
        }
        // "Putin says negotiations will be …": any plain word may open the clause, but not an adverbial.
        return NOT_CLAUSE.contains(next) || next.endsWith("ly") || Words.tokenize(text, words.get(k + 1).start(),
                text.length() > words.get(k + 1).start() + 200 ? words.get(k + 1).start() + 200 : text.length()).size() < 3
                ? -1 : words.get(k + 1).start();
    }

    private static boolean hasPunctBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ':' || c == ';' || c == '.' || c == '(' || c == '—') {
                return true;
            }
        }
        return false;
    }

    private static boolean isFirstPerson(String text, int s, int e) {
        String m = text.substring(s, e).toLowerCase(java.util.Locale.ROOT);
        return m.equals("i") || m.equals("we") || m.equals("you");
    }

    private static boolean insideQuotes(String text, int s, int e) {
        int open = 0;
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (c == '“') {
                open++;
            } else if (c == '”') {
                open--;
            }
        }
        return open != 0;
    }

    private static int indexOfPhrase(String text, List<Word> words, String a, String b) {
        for (int k = 0; k + 1 < words.size(); k++) {
            if (words.get(k).lower(text).equals(a) && words.get(k + 1).lower(text).equals(b)) {
                return k;
            }
        }
        return -1;
    }

    private static int lastCommaBefore(String text, int s, int pos) {
        for (int i = pos - 1; i > s; i--) {
            char c = text.charAt(i);
            if (c == ',') {
                return i;
            }
        }
        return -1;
    }

    private static int trimFinalPunctuation(String text, int s, int e) {
        int end = e;
        while (end > s && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > s && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == ';' || text.charAt(end - 1) == '!'
                || text.charAt(end - 1) == ',' || text.charAt(end - 1) == ':')) {
            end--;
        }
        return end;
    }

    private static int trimEnd(String text, int s, int e) {
        while (e > s && !Character.isLetterOrDigit(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    private static QuoteCandidate candidate(int cs, int ce, int cueS, int cueE, int ms, int me) {
        QuoteCandidate q = new QuoteCandidate(cs, ce, QuoteKind.INDIRECT).cue(cueS, cueE);
        if (ms >= 0 && me > ms) {
            q.mention(ms, me);
        }
        return q;
    }
}
