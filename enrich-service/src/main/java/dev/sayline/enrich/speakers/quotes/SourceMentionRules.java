package dev.sayline.enrich.speakers.quotes;

import java.util.List;

/**
 * Moves the mention of an attributed quote to the words that name the source at the point of
 * report, keeping what the finders found as the name to resolve:
 * <ul>
 * <li>"Jane Doe, the mayor, who said …": the relative pronoun (PolNeAR marks "who" as the source
 *     in 362 of 376 such reports on its train split); the antecedent resolves the speaker;</li>
 * <li>"Will backed Christie, whom he describes as “…”": the pronoun; the sentence's subject
 *     resolves the speaker;</li>
 * <li>"In a CNN/ORC poll released Monday, 31% of Republicans said …": the poll, with no canonical
 *     speaker.</li>
 * </ul>
 */
public final class SourceMentionRules {

    private SourceMentionRules() {
    }

    /** Applies the rules of the class to one quote (before its speaker is resolved). */
    /** Words that open a noun phrase and cannot be its subject alone ("A", "The"). */
    private static final java.util.Set<String> DETERMINERS_ONLY = dev.sayline.enrich.speakers.text.WordSets.of("a", "an",
            "the", "every", "each", "no", "such");
    /** Quantifiers that can be a vague subject alone ("Some say", "Many argued") or open a phrase ("Several countries"). */
    private static final java.util.Set<String> QUANTIFIERS = dev.sayline.enrich.speakers.text.WordSets.of("some", "several",
            "many", "most", "few", "all", "both", "any", "other", "others");

    /**
     * True when the mention found is only the first word of a longer noun phrase ("A number of
     * countries, declaring …" read as "A"; "Several countries" as "Several"): the source phrase was
     * cut, so the attribution, and the quote that rests on it, cannot be trusted. A quantifier
     * right before a verb of saying ("Some say") is a vague source and stays.
     */
    public static boolean isBrokenMention(String text, QuoteCandidate q) {
        if (!q.hasMention() || q.speakerFixed) {
            return false;
        }
        String m = text.substring(q.mentionStart, q.mentionEnd).strip().toLowerCase(java.util.Locale.ROOT);
        if (DETERMINERS_ONLY.contains(m)) {
            return true;
        }
        if (!QUANTIFIERS.contains(m)) {
            return false;
        }
        List<Words.Word> next = Words.tokenize(text, q.mentionEnd, Math.min(text.length(), q.mentionEnd + 40));
        return !next.isEmpty() && !Cues.SPEECH_VERBS.contains(next.get(0).lower(text))
                && Character.isWhitespace(text.charAt(q.mentionEnd)) && Character.isLetter(text.charAt(next.get(0).start()))
                && next.get(0).start() == q.mentionEnd + 1;
    }

    public static void apply(String text, dev.sayline.enrich.speakers.text.DocumentLayout layout, QuoteCandidate q) {
        if (q.fragment && q.hasMention() && !q.hasCue() && !q.speakerFixed && q.speaker == null) {
            relativePronounOfFragment(text, q);
            return;
        }
        if (!q.hasMention() || !q.hasCue() || q.speakerFixed || q.speaker != null || q.mentionEnd > q.cueStart
                || q.cueStart - q.mentionEnd > 160) {
            return;
        }
        int[] poll = pollOpeningTheSentence(text, layout, q.cueStart);
        if (poll != null && poll[1] < q.mentionStart) {
            // "In a CNN/ORC poll released Monday, 31% of Republicans said …": PolNeAR marks the poll.
            q.mention(poll[0], poll[1]);
            q.speakerFixed = true; // a poll is no speaker: the canonical speaker stays unknown
            q.speaker = null;
            return;
        }
        if (isRelativeClausePronoun(text, q.mentionStart, q.mentionEnd)) {
            // "Will backed Christie, whom he describes as “…”": the pronoun is the mention (PolNeAR
            // marks it) and stands for the sentence's subject.
            int sentenceStart = layout.sentenceStart(layout.sentenceAt(q.mentionStart));
            int[] main = SourcePhrases.sentenceSubject(text, sentenceStart, q.mentionStart);
            if (main != null && main[1] <= q.mentionStart) {
                q.speaker = text.substring(main[0], main[1]);
            }
            return;
        }
        List<Words.Word> between = Words.tokenize(text, q.mentionEnd, q.cueStart);
        for (int k = between.size() - 1; k >= 0 && k >= between.size() - 3; k--) {
            String w = between.get(k).lower(text);
            if (w.equals("who")) {
                if (!onlyCommaOrParenthesisBefore(text, q.mentionEnd, between, k)) {
                    return;
                }
                q.speaker = text.substring(q.mentionStart, q.mentionEnd);
                q.mention(between.get(k).start(), between.get(k).end());
                return;
            }
            if (!ADVERBS.contains(w)) {
                return;
            }
        }
    }

    /**
     * "Jane Doe, who has long described the plan as “a bridge to nowhere,” voted no": a quoted
     * fragment inside a relative clause right after the sentence's subject is reported by "who"
     * (PolNeAR marks the pronoun, as for "who said"); the subject resolves the speaker.
     */
    private static void relativePronounOfFragment(String text, QuoteCandidate q) {
        if (q.start - q.mentionEnd > 200) {
            return;
        }
        List<Words.Word> between = Words.tokenize(text, q.mentionEnd, q.start);
        if (between.isEmpty() || !between.get(0).lower(text).equals("who")) {
            return;
        }
        Words.Word who = between.get(0);
        String gap = text.substring(q.mentionEnd, who.start()).strip();
        if (!(gap.isEmpty() || gap.equals(",") || isDash(gap))) {
            return;
        }
        for (int k = who.end(); k < q.start; k++) {
            char c = text.charAt(k);
            if (c == ',' || c == ';' || c == ':' || c == '.' || c == '—' || c == '–' || c == '(' || c == '\n'
                    || c == '-' && k + 1 < text.length() && text.charAt(k + 1) == ' ') {
                return; // the relative clause closed before the quotation
            }
        }
        q.speaker = text.substring(q.mentionStart, q.mentionEnd);
        q.mention(who.start(), who.end());
    }

    private static boolean isDash(String gap) {
        return gap.equals("-") || gap.equals("—") || gap.equals("–") || gap.equals("--");
    }

    private static final java.util.Set<String> POLL_NOUNS = dev.sayline.enrich.speakers.text.WordSets.of("poll",
            "polls", "survey", "surveys");

    /** "In a Washington Post/ABC News poll released Sunday," opening the sentence of {@code pos}: the poll phrase. */
    private static int[] pollOpeningTheSentence(String text, dev.sayline.enrich.speakers.text.DocumentLayout layout, int pos) {
        int ss = layout.sentenceStart(layout.sentenceAt(pos));
        if (!text.startsWith("In ", ss)) {
            return null;
        }
        int comma = text.indexOf(',', ss);
        if (comma < 0 || comma > pos || comma - ss > 120) {
            return null;
        }
        List<Words.Word> ws = Words.tokenize(text, ss + 3, comma);
        if (ws.isEmpty()) {
            return null;
        }
        for (Words.Word w : ws) {
            if (POLL_NOUNS.contains(w.lower(text))) {
                return new int[]{ws.get(0).start(), ws.get(ws.size() - 1).end()};
            }
        }
        return null;
    }

    /** "he" / "she" / "they" right after "which", "whom" or "who". */
    private static boolean isRelativeClausePronoun(String text, int ms, int me) {
        String m = text.substring(ms, me).toLowerCase(java.util.Locale.ROOT);
        if (!(m.equals("he") || m.equals("she") || m.equals("they"))) {
            return false;
        }
        List<Words.Word> before = Words.tokenize(text, Math.max(0, ms - 12), ms);
        if (before.isEmpty()) {
            return false;
        }
        String rel = before.get(before.size() - 1).lower(text);
        return rel.equals("which") || rel.equals("whom") || rel.equals("who");
    }

    /** The antecedent is next to "who": only a comma, an appositive between commas or a parenthesis lies between. */
    private static boolean onlyCommaOrParenthesisBefore(String text, int mentionEnd, List<Words.Word> between, int who) {
        int whoStart = between.get(who).start();
        String gap = text.substring(mentionEnd, whoStart).strip();
        if (gap.isEmpty() || gap.equals(",") || isDash(gap)) {
            return true; // "Jane Doe - who previously said": a dash opens the relative clause too
        }
        // "Jane Doe (R-Ohio), who" / "Jane Doe, 45, who" / "Jane Doe, the mayor, who".
        return gap.startsWith(",") && gap.endsWith(",") && gap.length() < 80 && gap.indexOf('.') < 0
                || gap.startsWith("(") && (gap.endsWith(")") || gap.endsWith("),")) && gap.length() < 40;
    }

    private static final java.util.Set<String> ADVERBS = dev.sayline.enrich.speakers.text.WordSets.of("also", "later",
            "then", "has", "had", "have", "previously", "once", "recently", "first", "earlier", "had", "would", "will",
            "repeatedly", "publicly", "often", "famously");

}
