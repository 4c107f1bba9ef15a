package dev.sayline.enrich.speakers.quotes;

import dev.sayline.enrich.model.QuoteKind;
import dev.sayline.enrich.speakers.text.DocumentLayout;

import java.util.ArrayList;
import java.util.List;

/**
 * Direct quotes: quoted spans with a cue and a source next to them, quotes interrupted by
 * "he said" or running over paragraphs (joined into one quote), and unattributed quoted
 * passages long enough to be speech (continuations of the last speaker). Short quoted terms
 * without any cue in their sentence are scare quotes and are left out.
 */
public final class DirectQuoteFinder {

    /** A quoted passage of at least this many words is speech even without a cue next to it. */
    static final int MIN_UNATTRIBUTED_WORDS = 6;
    /**
     * Quoted words shorter than this with no verb of saying are attributed to the sentence's named
     * subject (the fragment rule); longer ones are passages of speech on their own.
     */
    static final int MAX_FRAGMENT_WORDS = 15;
    /**
     * An unattributed quoted passage (no cue, no named subject) is kept as a continuation of the last
     * speaker only from this length on. Chosen on the PolNeAR train split: shorter unattributed
     * passages were mostly scare quotes, titles or slogans, and when they were reports their source
     * was right in about one case in ten (direct source F1 on train 0.846 at 6 words, 0.857 at 15).
     */
    static final int MIN_CONTINUATION_WORDS = 15;
    static boolean SKIP_TITLES = false;


    public List<QuoteCandidate> find(DocumentLayout layout) {
        String text = layout.text();
        List<QuoteCandidate> out = new ArrayList<>();
        QuoteCandidate previous = null;
        int previousAttributionEnd = -1;
        for (int[] span : QuotationMarks.spans(layout)) {
            int s = span[0];
            int e = span[1];
            int sentence = layout.sentenceAt(s);
            int sentenceStart = layout.sentenceStart(sentence);
            int paraIdx = layout.paragraphAt(s);
            int paraStart = layout.paragraphs().get(paraIdx).start();
            int paraEnd = layout.paragraphs().get(layout.paragraphAt(Math.max(s, e - 1))).end();

            Attribution before = Attribution.before(text, s, Math.max(paraStart, sentenceStart));
            if (before == null && s == paraStart && paraIdx > 0) {
                // "Lavrov said:" closing the previous paragraph introduces this one.
                var prev = layout.paragraphs().get(paraIdx - 1);
                if (text.charAt(prev.end() - 1) == ':') {
                    before = Attribution.before(text, prev.end(), Math.max(prev.start(), layout.sentenceStart(layout.sentenceAt(prev.end() - 1))));
                }
            }
            if (before == null) {
                before = colonLeadInSubject(text, layout, s, paraIdx, paraStart);
            }
            Attribution headline = before == null ? Attribution.headlineLeadIn(text, s, paraStart) : null;
            if (headline != null) {
                before = headline;
            }
            Attribution after = Attribution.after(text, e, paraEnd);
            if (after != null && introducesNextQuote(text, e, after, paraEnd)) {
                after = null; // "“A.” He added, “B.”": the lead-in of B, not A's source
            }
            Attribution accordingTo = accordingToRightAfter(text, e, paraEnd);
            if (accordingTo != null) {
                // "Doe said, “…,” according to the Herald" / "“…” according to a court filing": the
                // source named right after the quotation is the one that reports the words.
                after = accordingTo;
                before = null;
            }
            if (after == null && before == null) {
                after = tailOfSentence(text, layout, s, e, paraEnd);
            }
            int words = Words.tokenize(text, s, e).size();
            boolean adjoinsPrevious = previous != null && onlyGapBetween(text, previous.end, s, previousAttributionEnd);
            Attribution shared = before != null ? before : before == null && after == null ? inSentenceOf(text, sentenceStart, s, adjoinsPrevious) : null;
            if (shared != null && previous != null && shared.cueStart() >= 0 && shared.cueStart() == previous.cueStart
                    && layout.sentenceAt(previous.start) >= sentence - 1
                    && (layout.sentenceAt(previous.start) == sentence || opensSentence(layout, previous.start))
                    && onlyTheAttributionBetween(text, previous.end, s, shared)) {
                // "“A,” he said, “B.”": the attribution between the pieces belongs to both.
                previous.end = e;
                previousAttributionEnd = e;
                continue;
            }
            if (before == null && after == null && SKIP_TITLES && isTitle(text, s, e, words)) {
                continue;
            }
            Attribution inSentence = before == null && after == null && !adjoinsPrevious
                    ? Attribution.inSentence(text, sentenceStart, s) : null;
            if (inSentence != null && words < MIN_UNATTRIBUTED_WORDS && isNeuterPronoun(text, inSentence)) {
                inSentence = null; // "what it calls “…”" inside prose: rarely a source
            }
            if (before == null && after == null && !adjoinsPrevious) {
                Attribution owner = Attribution.possessiveReport(text, sentenceStart, s);
                if (owner != null && inSentence == null) {
                    inSentence = owner; // "seized on Trump’s claim that there were “thousands”": Trump's words
                }
            }
            Attribution attribution = before != null ? before : after != null ? after : inSentence;
            if (before != null && after != null && text.charAt(Math.max(0, skipBackSpaces(text, s) - 1)) == ':') {
                // "McCaskill scolded him: “…,” she said.": the attribution closing the quote names its source.
                attribution = after;
            }
            String relativeAntecedent = null;
            if (attribution == null && previous != null && previous.hasMention() && previous.mentionStart > previous.end
                    && layout.sentenceAt(previous.start) == sentence) {
                Attribution rel = relativeReportBetween(text, previous.mentionEnd, s);
                if (rel != null) {
                    // "“A,” said Beck, who said there were “B”": B is reported by "who" (PolNeAR marks it).
                    attribution = rel;
                    relativeAntecedent = text.substring(previous.mentionStart, previous.mentionEnd);
                }
            }
            if (attribution == null && adjoinsPrevious) {
                previous.end = e;
                previousAttributionEnd = e;
                continue;
            }
            if (attribution != null && attribution.where() == Attribution.Where.AFTER && adjoinsPrevious
                    && !previous.hasMention() && before == null && previousAttributionEnd == previous.end) {
                // "“A.” ... “B,” he said": the second part names the source of both.
                previous.end = e;
                previous.cue(attribution.cueStart(), attribution.cueEnd()).mention(attribution.mentionStart(), attribution.mentionEnd());
                previousAttributionEnd = attributionEnd(text, attribution, e);
                continue;
            }
            if (attribution == null && words < MAX_FRAGMENT_WORDS) {
                int[] subj = fragmentSource(text, layout, sentenceStart, s, e, words);
                if (subj != null) {
                    if (previous != null && previous.mentionStart == subj[0] && layout.sentenceAt(previous.start) == sentence
                            && Words.tokenize(text, previous.end, s).size() <= 4 && !newPredicateBetween(text, previous.end, s)) {
                        // "… waging “profane” and “sexist” attacks": one clause, one quote.
                        previous.end = e;
                        previousAttributionEnd = e;
                        continue;
                    }
                    QuoteCandidate q = new QuoteCandidate(s, e, QuoteKind.DIRECT).mention(subj[0], subj[1]);
                    q.fragment = true;
                    out.add(q);
                    previous = q;
                    previousAttributionEnd = e;
                    continue;
                }
            }
            if (attribution == null) {
                if (words < MIN_CONTINUATION_WORDS) {
                    continue;
                }
                QuoteCandidate q = new QuoteCandidate(s, e, QuoteKind.DIRECT);
                q.continuation = true;
                int[] own = s > sentenceStart + 2 ? SourcePhrases.sentenceSubject(text, sentenceStart, s) : null;
                if (own != null && Character.isUpperCase(text.charAt(own[0])) && !Words.tokenize(text, own[0], own[1]).isEmpty()
                        && Words.isCapitalized(text, Words.tokenize(text, own[0], own[1]).get(Words.tokenize(text, own[0], own[1]).size() - 1))) {
                    // Mid-sentence quotation in a sentence about someone named: that person, not the last speaker.
                    q.mention(own[0], own[1]);
                    q.continuation = false;
                } else if (sentence > 0 && (previous == null || previous.end <= layout.sentenceStart(sentence - 1))
                        && reportIn(text, layout, sentence - 1) != null) {
                    // The sentence before reports someone's words without quoting them: the quote is theirs.
                    Attribution prior = reportIn(text, layout, sentence - 1);
                    q.mention(prior.mentionStart(), prior.mentionEnd());
                } else if (previous != null && previous.hasMention() && layout.paragraphAt(previous.end) + 2 >= paraIdx) {
                    // Continuation of the last speaker: point at the mention that named them.
                    q.mention(previous.mentionStart, previous.mentionEnd);
                }
                out.add(q);
                previous = q;
                previousAttributionEnd = e;
                continue;
            }
            if (attribution.where() == Attribution.Where.AFTER) {
                int[] outer = accordingToAfter(text, Math.max(attribution.cueEnd(), attribution.mentionEnd()), paraEnd);
                if (outer != null) {
                    // "“…,” Jane Doe said, according to the Herald": the outlet that reports the words is the source.
                    attribution = new Attribution(attribution.cueStart(), attribution.cueEnd(), outer[0], outer[1], Attribution.Where.AFTER);
                }
            }
            QuoteCandidate q = new QuoteCandidate(s, e, QuoteKind.DIRECT)
                    .cue(attribution.cueStart(), attribution.cueEnd() < 0 ? -1 : attribution.cueEnd())
                    .mention(attribution.mentionStart(), attribution.mentionEnd());
            if (relativeAntecedent != null) {
                q.speaker = relativeAntecedent;
            }
            if (attribution.cueStart() < 0 && headline != null && attribution.mentionStart() == headline.mentionStart()) {
                q.speakerFixed = true; // a headline is the excerpt's source but no speaker
                q.speaker = null;
            }
            out.add(q);
            previous = q;
            previousAttributionEnd = attribution.where() == Attribution.Where.AFTER ? attributionEnd(text, attribution, e) : e;
        }
        return out;
    }

    /**
     * "“…” if she loses, said Jane Doe." / "“…” because it grows, he said.": a quotation that does
     * not end its sentence, followed by a clause and then the attribution after the sentence's last
     * comma. Also a signature line under a quoted paragraph ("— Jane Doe.").
     */
    private static Attribution tailOfSentence(String text, DocumentLayout layout, int s, int e, int paraEnd) {
        if (e >= paraEnd) {
            return signatureLine(text, layout, e);
        }
        char last = e >= 2 ? text.charAt(e - 2) : ' ';
        if (last == '.' || last == '!' || last == '?' || text.charAt(e) == '\n') {
            return null;
        }
        int end = Math.min(paraEnd, layout.sentenceEnd(layout.sentenceAt(e)));
        if (end - e > 300) {
            return null;
        }
        List<Integer> commas = new ArrayList<>();
        for (int k = e; k < end; k++) {
            char c = text.charAt(k);
            if (c == '“' || c == '"') {
                if (!opensSentence(layout, s)) {
                    return null;
                }
                // A later quotation in a sentence the quote opens: the attribution, if any, comes before it.
                end = k;
                break;
            }
            if (c == '”' || c == ';' || c == ':') {
                return null;
            }
            if (c == ',') {
                commas.add(k);
            }
        }
        // From the last comma back ("…, said Jane Doe, an analyst."): the first that opens an attribution.
        for (int j = commas.size() - 1; j >= 0 && j >= commas.size() - 3; j--) {
            Attribution a = Attribution.after(text, commas.get(j) + 1, end);
            if (a == null) {
                continue;
            }
            // The attribution must close the sentence: nothing but its own phrase after it.
            int stop = Attribution.pieceEnd(text, Math.max(a.cueEnd(), a.mentionEnd()), end);
            return stop >= end - 1 || text.charAt(stop) == '.' || participleFollows(text, stop, end) ? a : null;
        }
        return null;
    }

    private static int skipBackSpaces(String text, int pos) {
        int k = pos;
        while (k > 0 && Character.isWhitespace(text.charAt(k - 1))) {
            k--;
        }
        return k;
    }

    /** ", referencing the bank’s …": a participle clause may follow the closing attribution. */
    private static boolean participleFollows(String text, int stop, int end) {
        if (stop >= end || text.charAt(stop) != ',') {
            return false;
        }
        String next = SourcePhrases.firstWord(text, stop + 1, end);
        return next.endsWith("ing") && next.length() > 5;
    }

    /** A short line "— Jane Doe." / "- Jane Doe, analyst" right under a paragraph that ends with a quotation. */
    private static Attribution signatureLine(String text, DocumentLayout layout, int e) {
        int pi = layout.paragraphAt(Math.max(0, e - 1));
        if (pi + 1 >= layout.paragraphs().size()) {
            return null;
        }
        var next = layout.paragraphs().get(pi + 1);
        int s = SourcePhrases.skipSpaces(text, next.start(), next.end());
        if (s >= next.end() || !(text.charAt(s) == '-' || text.charAt(s) == '—' || text.charAt(s) == '–' || text.charAt(s) == '―')) {
            return null;
        }
        int ns = SourcePhrases.skipSpaces(text, s + 1, next.end());
        int ne = Attribution.pieceEnd(text, ns, next.end());
        int pe = ne;
        while (ne > ns && !Character.isLetter(text.charAt(ne - 1))) {
            ne--;
        }
        String closing = text.substring(ne, pe);
        if (closing.indexOf('–') >= 0 || closing.indexOf('—') >= 0 || closing.indexOf('―') >= 0 || closing.indexOf('-') >= 0) {
            return null; // "– Ready to face the board –.": a subheading between dashes, not a signature
        }
        int comma = text.indexOf(',', ns);
        if (comma >= 0 && comma < ne) {
            ne = comma;
        }
        if (ne <= ns || !Character.isUpperCase(text.charAt(ns)) || Words.tokenize(text, ns, ne).size() > 5) {
            return null;
        }
        return new Attribution(s, s + 1, ns, ne, Attribution.Where.AFTER);
    }

    /** "“…,” according to X" / "“…” according to X" right after a quotation's closing mark, if any. */
    private static Attribution accordingToRightAfter(String text, int e, int limit) {
        int k = e;
        while (k < limit && k < e + 3 && (text.charAt(k) == ',' || text.charAt(k) == ' ' || text.charAt(k) == '\u00a0')) {
            k++;
        }
        String cue = "according to ";
        if (k == e || !text.startsWith(cue, k)) {
            return null;
        }
        int ns = SourcePhrases.skipSpaces(text, k + cue.length(), limit);
        int ne = Attribution.pieceEnd(text, ns, Math.min(limit, ns + 160));
        int comma = text.indexOf(',', ns);
        if (comma >= 0 && comma < ne) {
            ne = comma;
        }
        while (ne > ns && !Character.isLetterOrDigit(text.charAt(ne - 1))) {
            ne--;
        }
        if (ne <= ns || Words.tokenize(text, ns, ne).size() > 12) {
            return null;
        }
        return new Attribution(k, k + cue.length() - 1, ns, ne, Attribution.Where.AFTER);
    }

    /** The phrase after ", according to" later in the attribution's own sentence, if any. */
    private static int[] accordingToAfter(String text, int from, int limit) {
        int stop = Attribution.pieceEnd(text, from, Math.min(limit, from + 160));
        int at = text.indexOf(", according to ", from);
        if (at < 0 || at >= stop) {
            return null;
        }
        int ns = at + ", according to ".length();
        int ne = Attribution.pieceEnd(text, ns, stop + 1 > limit ? limit : Math.min(limit, ns + 120));
        int comma = text.indexOf(',', ns);
        if (comma >= 0 && comma < ne) {
            ne = comma;
        }
        while (ne > ns && !Character.isLetterOrDigit(text.charAt(ne - 1))) {
            ne--;
        }
        return ne > ns && Words.tokenize(text, ns, ne).size() <= 12 ? new int[]{ns, ne} : null;
    }

    /** A speech or verbal-act verb with its subject in sentence {@code i}, if any. */
    private static Attribution reportIn(String text, DocumentLayout layout, int i) {
        int s = layout.sentenceStart(i);
        int e = layout.sentenceEnd(i);
        if (e - s > 400) {
            return null;
        }
        Attribution a = Attribution.inSentence(text, s, e);
        if (a == null) {
            return null;
        }
        String m = text.substring(a.mentionStart(), a.mentionEnd()).toLowerCase(java.util.Locale.ROOT);
        return m.equals("i") || m.equals("we") || m.equals("it") ? null : a;
    }

    /**
     * A short quoted fragment inside a sentence without a verb of saying next to it ("Sanders’
     * backers are waging a “profane” campaign", "saw him as the “change warrior”"): PolNeAR and
     * the seed guidelines count the clause around quoted words as a report by the sentence's
     * subject. Kept only when that subject is a name, a pronoun or a source description, and the
     * fragment is not markup (an attribute value) or a title (every word capitalised).
     */
    private static int[] fragmentSource(String text, DocumentLayout layout, int sentenceStart, int s, int e, int words) {
        if (s <= sentenceStart + 2 || words < 2) {
            return null; // a single quoted word is a term ("peace"), not someone's words
        }
        int sentenceEnd = layout.sentenceEnd(layout.sentenceAt(s));
        int last = sentenceEnd - 1;
        while (last > e && (Character.isWhitespace(text.charAt(last)) || text.charAt(last) == '”' || text.charAt(last) == '"')) {
            last--;
        }
        if (last >= e - 2 && last < text.length() && text.charAt(last) == '?') {
            return null; // the author's question, not a report
        }
        for (Words.Word w : Words.tokenize(text, sentenceStart, s)) {
            if (COGNITION.contains(w.lower(text))) {
                return null; // "believes that any “air truce”": a belief, not words
            }
        }
        int k = s;
        while (k > sentenceStart && Character.isWhitespace(text.charAt(k - 1))) {
            k--;
        }
        char before = k > 0 ? text.charAt(k - 1) : ' ';
        if (before == '=' || before == '<' || before == '>' || before == '(' || before == '[' || before == '/') {
            return null;
        }
        if (isTitleCase(text, s, e)) {
            return null;
        }
        int[] subj = SourcePhrases.sentenceSubject(text, sentenceStart, s);
        if (subj == null || subj[1] > s || passiveBetween(text, subj[1], s)) {
            return null;
        }
        String m = text.substring(subj[0], subj[1]).toLowerCase(java.util.Locale.ROOT);
        if (m.startsWith("i’") || m.startsWith("i'") || m.startsWith("we’") || m.startsWith("we'")) {
            return null; // "I’ve", "We’re": the author
        }
        if (m.equals("he") || m.equals("she") || m.equals("they")) {
            return subj;
        }
        subj = new int[]{subj[0], SourcePhrases.extendToName(text, subj[1], s)};
        List<Words.Word> ws = Words.tokenize(text, subj[0], subj[1]);
        if (ws.isEmpty() || SourcePhrases.DETERMINERS.contains(m) || Cues.PRONOUNS.contains(m)) {
            return null;
        }
        boolean named = false;
        for (int j = 0; j < ws.size() && !named; j++) {
            Words.Word w = ws.get(j);
            if (!Words.isCapitalized(text, w) || isAllCaps(text, w)) {
                continue;
            }
            // The sentence's first word is capitalised anyway: it names someone only if the
            // document also writes it capitalised inside a sentence ("Despite", "Part" do not).
            named = w.start() > sentenceStart + 1 || SourcePhrases.cappedElsewhere(text, stem(w.text(text)));
        }
        if (!named && !(ws.size() >= 2 && Cues.SOURCE_NOUNS.contains(ws.get(ws.size() - 1).lower(text)))) {
            return null;
        }
        return subj;
    }

    private static boolean isAllCaps(String text, Words.Word w) {
        for (int i = w.start(); i < w.end(); i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return w.end() - w.start() > 1;
    }

    /**
     * "Russia is no longer considered a “direct threat”": a passive verb after the subject makes it
     * the topic of someone else's words, not their source.
     */
    private static boolean passiveBetween(String text, int from, int to) {
        List<Words.Word> ws = Words.tokenize(text, from, to);
        for (int k = 0; k + 1 < ws.size() && k < 4; k++) {
            String w = ws.get(k).lower(text);
            if (w.equals("is") || w.equals("are") || w.equals("was") || w.equals("were") || w.equals("been") || w.equals("be")) {
                for (int j = k + 1; j < ws.size() && j <= k + 3; j++) {
                    String v = ws.get(j).lower(text);
                    if (v.endsWith("ed") || v.endsWith("en") || Cues.VERBAL_ACTS.contains(v)) {
                        return true;
                    }
                    if (!(v.endsWith("ly") || v.equals("not") || v.equals("no") || v.equals("longer") || v.equals("also")
                            || v.equals("widely") || v.equals("often") || v.equals("being"))) {
                        break;
                    }
                }
            }
        }
        return false;
    }

    /** "Trump’s" → "Trump". */
    private static String stem(String word) {
        if (word.endsWith("’s") || word.endsWith("'s")) {
            return word.substring(0, word.length() - 2);
        }
        return word;
    }

    /** Every word capitalised ("The Truman Show", "Today"): a title or name, not someone's words. */
    private static boolean isTitleCase(String text, int s, int e) {
        List<Words.Word> ws = Words.tokenize(text, s, e);
        for (Words.Word w : ws) {
            String t = w.text(text);
            if (!Character.isUpperCase(t.charAt(0)) && !SMALL_TITLE_WORDS.contains(t)) {
                return false;
            }
        }
        return true;
    }

    /** Verbs of thinking and wanting: what follows is not reported speech. */
    private static final java.util.Set<String> COGNITION = dev.sayline.enrich.speakers.text.WordSets.of(
            "believe", "believes", "believed", "think", "thinks", "thought", "want", "wants", "wanted", "hope",
            "hopes", "hoped", "fear", "fears", "feared", "know", "knows", "knew", "wish", "wishes", "imagine",
            "imagines", "suspect", "suspects", "doubt", "doubts");

    private static final java.util.Set<String> SMALL_TITLE_WORDS = dev.sayline.enrich.speakers.text.WordSets.of(
            "of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "by", "with", "or", "is");

    /**
     * "“A,” he said, “B.”" (the attribution and at most a short tail between the pieces) or "called
     * it “A” and “B”" (a short connector): one statement. Not when a new clause stands between them
     * ("“A,” the board said, reasoning that … “B”", "“A,” but he gave a compliment: “B”").
     */
    private static boolean onlyTheAttributionBetween(String text, int prevEnd, int start, Attribution shared) {
        if (shared.cueStart() >= prevEnd && shared.cueStart() < start) {
            int from = Math.max(shared.cueEnd(), shared.mentionEnd());
            if (from >= start) {
                return true;
            }
            return !clauseBetween(text, from, start);
        }
        return !newPredicateBetween(text, prevEnd, start) && !colonIntroBetween(text, prevEnd, start);
    }

    /** "“A,” but he gave the Texan a compliment: “B”": a colon introduces the second quotation anew. */
    private static boolean colonIntroBetween(String text, int from, int to) {
        int k = to - 1;
        while (k > from && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k > from && text.charAt(k) == ':' && Words.tokenize(text, from, k).size() > 2;
    }

    /**
     * True when a coordinated predicate stands between two quotations of one sentence ("called it
     * “A” and ranked him among the “B”"): two reports. A quote split by its own attribution ("“A,”
     * he said, “B”") or fragments in a list ("“A” and “B”") stay one quote.
     */
    private static boolean newPredicateBetween(String text, int from, int to) {
        if (to <= from) {
            return false;
        }
        List<Words.Word> ws = Words.tokenize(text, from, to);
        for (int k = 0; k + 1 < ws.size(); k++) {
            String w = ws.get(k).lower(text);
            if (w.equals("and") || w.equals("but")) {
                String next = ws.get(k + 1).lower(text);
                if (Cues.SPEECH_VERBS.contains(next) || Cues.VERBAL_ACTS.contains(next)
                        || next.endsWith("ed") && Character.isLowerCase(text.charAt(ws.get(k + 1).start()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "“…life.” He added, “…”" / "“…” She went on to say: “…”": an attribution that opens a new
     * sentence after a quote ending its own sentence, and ends in a comma or colon right before
     * another quotation, introduces that quotation.
     */
    private static boolean introducesNextQuote(String text, int e, Attribution after, int paraEnd) {
        char last = e >= 2 ? text.charAt(e - 2) : ' ';
        if (last != '.' && last != '!' && last != '?') {
            return false;
        }
        int k = Math.max(after.cueEnd(), after.mentionEnd());
        List<Words.Word> tail = Words.tokenize(text, k, Math.min(paraEnd, k + 40));
        int j = 0;
        // "She went on to say:": a few words may finish the verb phrase before the colon.
        while (j < tail.size() && j < 3 && !hasMarkBetween(text, k, tail.get(j).start())) {
            k = tail.get(j).end();
            j++;
        }
        while (k < paraEnd && text.charAt(k) == ' ') {
            k++;
        }
        if (k >= paraEnd || text.charAt(k) != ',' && text.charAt(k) != ':') {
            return false;
        }
        k++;
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        return k < text.length() && (text.charAt(k) == '“' || text.charAt(k) == '"');
    }

    private static boolean hasMarkBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ':' || c == ';' || c == '.' || c == '“' || c == '”' || c == '"') {
                return true;
            }
        }
        return false;
    }

    /**
     * "…,” said Beck, who said there were “…”", "said Tom Roe, the strategist, who added that …
     * “…”": a relative clause with its own verb of saying after an attribution; the pronoun is the
     * source, the verb the cue. Null unless "who" follows the mention after a comma (and at most an
     * appositive) and the verb comes within three words of it.
     */
    private static Attribution relativeReportBetween(String text, int mentionEnd, int quoteStart) {
        List<Words.Word> ws = Words.tokenize(text, mentionEnd, quoteStart);
        for (int k = 0; k < ws.size() && k < 8; k++) {
            if (!ws.get(k).lower(text).equals("who")) {
                continue;
            }
            String gap = text.substring(mentionEnd, ws.get(k).start()).strip();
            if (!(gap.equals(",") || gap.startsWith(",") && gap.endsWith(",") && gap.length() < 80 && gap.indexOf('.') < 0)) {
                return null;
            }
            for (int j = k + 1; j < ws.size() && j <= k + 3; j++) {
                String lv = ws.get(j).lower(text);
                if ((Cues.SPEECH_VERBS.contains(lv) || Cues.VERBAL_ACTS.contains(lv)) && !lv.endsWith("ing")
                        && Character.isLowerCase(text.charAt(ws.get(j).start()))) {
                    return new Attribution(ws.get(j).start(), ws.get(j).end(), ws.get(k).start(), ws.get(k).end(),
                            Attribution.Where.IN_SENTENCE);
                }
            }
            return null;
        }
        return null;
    }

    /**
     * "Back at the quay, she returned to her familiar lines: “…”" (or the colon closing the previous
     * paragraph): a lead-in ending in a colon with no verb of saying introduces the quotation; its
     * subject (a name, pronoun or source description, not the author) is the source, cue null.
     */
    private static Attribution colonLeadInSubject(String text, DocumentLayout layout, int s, int paraIdx, int paraStart) {
        int k = skipBackSpaces(text, s);
        int colon;
        if (k > paraStart && text.charAt(k - 1) == ':') {
            colon = k - 1;
        } else if (s == paraStart && paraIdx > 0) {
            var prev = layout.paragraphs().get(paraIdx - 1);
            colon = prev.end() - 1;
            while (colon > prev.start() && Character.isWhitespace(text.charAt(colon))) {
                colon--;
            }
            if (text.charAt(colon) != ':') {
                return null;
            }
        } else {
            return null;
        }
        int sentenceStart = layout.sentenceStart(layout.sentenceAt(colon));
        int[] subj = SourcePhrases.sentenceSubject(text, sentenceStart, colon);
        if (subj == null || subj[1] > colon) {
            return null;
        }
        String m = text.substring(subj[0], subj[1]).toLowerCase(java.util.Locale.ROOT);
        if (m.equals("i") || m.equals("we") || m.equals("you") || m.equals("it") || m.equals("here") || m.equals("this")) {
            return null;
        }
        return new Attribution(-1, -1, subj[0], subj[1], Attribution.Where.BEFORE);
    }

    /** True when the quote at {@code start} opens its sentence (not a fragment inside a clause). */
    private static boolean opensSentence(DocumentLayout layout, int start) {
        return layout.sentenceStart(layout.sentenceAt(start)) >= start - 1;
    }

    /** The in-sentence attribution of a quote, only to compare it with the previous quote's. */
    private static Attribution inSentenceOf(String text, int sentenceStart, int s, boolean adjoinsPrevious) {
        return adjoinsPrevious ? null : Attribution.inSentence(text, sentenceStart, s);
    }

    private static boolean isNeuterPronoun(String text, Attribution a) {
        String m = text.substring(a.mentionStart(), a.mentionEnd()).toLowerCase(java.util.Locale.ROOT);
        return m.equals("it") || m.equals("this") || m.equals("that");
    }

    /** A short title-case quote after a possessive or "on": a programme or article title, not speech. */
    private static boolean isTitle(String text, int s, int e, int words) {
        if (words > 6 || words == 0) {
            return false;
        }
        for (Words.Word w : Words.tokenize(text, s, e)) {
            String t = w.text(text);
            if (!Character.isUpperCase(t.charAt(0)) && !(t.length() <= 3)) {
                return false;
            }
        }
        String before = text.substring(Math.max(0, s - 12), s).strip();
        return before.endsWith("’s") || before.endsWith("'s") || before.endsWith(" on") || before.endsWith(" in")
                || before.endsWith("titled") || before.endsWith("entitled") || before.endsWith("show")
                || before.endsWith("program") || before.endsWith("programme");
    }

    private static int attributionEnd(String text, Attribution a, int quoteEnd) {
        int end = Math.max(a.cueEnd(), a.mentionEnd());
        int stop = Attribution.pieceEnd(text, end, Math.min(text.length(), end + 200));
        int comma = text.indexOf(',', end);
        if (comma >= 0 && comma < stop) {
            // "he said, adding that “…”": the attribution ends at its comma; what follows is a new report.
            String rest = text.substring(comma + 1, stop).strip();
            String next = SourcePhrases.firstWord(text, comma + 1, stop);
            if (!rest.isEmpty() && (Cues.SPEECH_VERBS.contains(next) || Cues.VERBAL_ACTS.contains(next) || next.equals("and") || next.equals("but"))) {
                stop = comma;
            }
        }
        return Math.max(stop, quoteEnd);
    }

    /** More than a short tail ("in a statement on Monday") after an attribution: a new clause. */
    private static boolean clauseBetween(String text, int from, int to) {
        if (to <= from) {
            return false;
        }
        List<Words.Word> tail = Words.tokenize(text, from, to);
        if (tail.size() > 6) {
            return true;
        }
        for (Words.Word w : tail) {
            String lw = w.lower(text);
            if (lw.equals("that") || lw.equals("because") || lw.equals("who") || lw.equals("which")
                    || lw.endsWith("ing") && lw.length() > 5 || Cues.SPEECH_VERBS.contains(lw)) {
                return true; // "…,” said Beck, who said there were “…”": a second report
            }
        }
        return false;
    }

    /**
     * True when only white space, punctuation or the previous quote's attribution ("he said.")
     * separates the two quotes, so they are one statement.
     */
    private static boolean onlyGapBetween(String text, int prevEnd, int start, int prevAttributionEnd) {
        int from = Math.max(prevEnd, Math.min(prevAttributionEnd, start));
        if (start - prevEnd > 400) {
            return false;
        }
        for (int k = from; k < start; k++) {
            char c = text.charAt(k);
            if (!(Character.isWhitespace(c) || c == ',' || c == '.' || c == ';' || c == ':' || c == '—' || c == '–' || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
