package dev.sayline.enrich.speakers.quotes;

import dev.sayline.enrich.model.QuoteKind;
import dev.sayline.enrich.speakers.quotes.Words.Word;
import dev.sayline.enrich.speakers.text.DocumentLayout;
import dev.sayline.enrich.speakers.text.Paragraph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quotes that the layout of the text marks, paragraph by paragraph: forum comments (a
 * {@code Posted by: NAME | date | n} signature, {@code NAME | date | n—} reply headers),
 * social posts ({@code Name @handle time body}), transcript and interview turns
 * ({@code Vladimir Putin: …}, {@code Question: …}) and block quotations that a line ending in a
 * colon introduces ({@code Here:}, {@code Lavrov said:}), including bulleted lists of statements.
 */
public final class StructureFinder {

    // Possessive quantifiers and a user without "|": with "(.+?)" between two "\s*", a line of
    // "Posted by:" and 20,000 spaces took hours of backtracking (cubic).
    private static final Pattern SIGNATURE = Pattern.compile(
            "^Posted by:?\\s*+([^|]*[^|\\s])\\s*+\\|[^|]*+\\|\\s*+\\d++\\s*+$");
    private static final Pattern REPLY_HEADER = Pattern.compile("^(\\S.{0,60}?)\\s*\\|[^|]{3,40}\\|\\s*\\d+\\s*(?:—|–|--|-)\\s*$");
    private static final Pattern POST = Pattern.compile("^(.{1,80}?)\\s+@([A-Za-z0-9_]{2,30})\\b");
    private static final Pattern POST_TIME = Pattern.compile(
            "^[\\s\\ufffc·•]*(?:\\d{1,2}[hms]\\b|\\d{1,2}\\s*(?:min|hr)s?\\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2}(?:, \\d{4})?)?[\\s\\ufffc·•]*");
    private static final Pattern TURN = Pattern.compile(
            "^([A-Z][\\p{L}.’'\\-]*(?: [A-Z][\\p{L}.’'\\-]*){0,3})\\s*:\\s+(?=\\S)");
    private static final Pattern FINAL_NAME_COLON = Pattern.compile("(?:^|[.!?]\\s+)([A-Z][\\p{L}’'\\-]+(?: [A-Z][\\p{L}’'\\-]+){0,2}):$");
    // Starts only where a run of spaces does: tried from inside one, it rescanned the run (quadratic).
    private static final Pattern BRACKET_NOTE = Pattern.compile("(?<!\\s)\\s*\\[[^\\]]{1,40}\\]\\s*$");
    private static final Set<String> QUESTION_TURNS = dev.sayline.enrich.speakers.text.WordSets.of("question", "q", "interviewer", "journalist", "reporter", "host");
    private static final Set<String> ANSWER_TURNS = dev.sayline.enrich.speakers.text.WordSets.of("answer", "a");
    /** Labels that look like turns but are not speakers. */
    private static final Set<String> NOT_SPEAKERS = dev.sayline.enrich.speakers.text.WordSets.of("note", "update", "source", "sources", "here", "like",
            "example", "warning", "title", "subject", "photo", "video", "read more", "related", "edit", "ps", "p.s",
            "other statements", "summary", "conclusion", "background", "context", "quote", "translation", "link",
            "image", "caption", "credit", "tldr", "bottom line", "first question", "second question", "result",
            "answer", "the answer", "why", "what", "how", "so", "but", "and", "also", "step", "part", "chapter", "day",
            "first", "second", "third", "finally", "lastly", "correction", "disclaimer", "important", "breaking",
            "remember", "exhibit", "fact", "bonus", "hint", "spoiler", "key", "tip", "q&a", "watch", "listen", "see",
            "featured", "editor’s note", "editor's note", "author", "by", "via", "tags", "posted", "update:");

    public List<QuoteCandidate> find(DocumentLayout layout, Map<String, String> knownNames) {
        String text = layout.text();
        List<Paragraph> paras = layout.paragraphs();
        List<QuoteCandidate> out = new ArrayList<>();
        comments(text, paras, out);
        posts(text, paras, out);
        turns(text, layout, paras, out, knownNames);
        blocks(text, layout, paras, out, knownNames);
        return out;
    }

    // ---- forum comments ----

    private void comments(String text, List<Paragraph> paras, List<QuoteCandidate> out) {
        int boundary = -1; // index of the last header or signature paragraph
        boolean boundaryIsHeader = false;
        Map<String, Integer> replySigners = new HashMap<>();
        List<Integer> headers = new ArrayList<>();
        for (int j = 0; j < paras.size(); j++) {
            String line = paras.get(j).text(text);
            Matcher sig = SIGNATURE.matcher(line);
            if (sig.matches()) {
                int from = boundary >= 0 ? boundary + 1 : Math.max(0, j - 1);
                if (from < j) {
                    String user = sig.group(1).strip();
                    int us = paras.get(j).start() + sig.start(1);
                    QuoteCandidate q = new QuoteCandidate(paras.get(from).start(), paras.get(j - 1).end(), QuoteKind.COMMENT)
                            .cue(paras.get(j).start(), paras.get(j).start() + "Posted by".length())
                            .mention(us, us + user.length());
                    q.speaker = user;
                    q.speakerFixed = true;
                    out.add(q);
                    if (boundaryIsHeader) {
                        replySigners.merge(user, 1, Integer::sum);
                    }
                }
                boundary = j;
                boundaryIsHeader = false;
                continue;
            }
            if (REPLY_HEADER.matcher(line).matches()) {
                boundary = j;
                boundaryIsHeader = true;
                headers.add(j);
            }
        }
        // An unsigned reply after the last header: its author is whoever signs the replies.
        if (boundaryIsHeader && boundary + 1 < paras.size()) {
            int from = boundary + 1;
            int to = from;
            while (to + 1 < paras.size() && hasLetters(paras.get(to + 1).text(text)) && to - from < 8
                    && paras.get(to + 1).gapBefore() <= paras.get(from).gapBefore() + 2) {
                to++;
            }
            // Stop at the first separator line ("/////") or after the first paragraph when none comes.
            int sep = from;
            while (sep < paras.size() && hasLetters(paras.get(sep).text(text))) {
                sep++;
            }
            to = sep < paras.size() && sep - from <= 8 ? sep - 1 : from;
            String signer = replySigners.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
            QuoteCandidate q = new QuoteCandidate(paras.get(from).start(), paras.get(to).end(), QuoteKind.COMMENT);
            q.speaker = signer;
            q.speakerFixed = true;
            out.add(q);
        }
    }

    private static boolean hasLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    // ---- social posts ----

    private void posts(String text, List<Paragraph> paras, List<QuoteCandidate> out) {
        for (Paragraph p : paras) {
            String line = p.text(text);
            Matcher m = POST.matcher(line);
            if (!m.find()) {
                continue;
            }
            String before = m.group(1);
            String name = displayName(before);
            if (name == null) {
                continue;
            }
            int nameStart = p.start() + before.indexOf(name);
            int afterHandle = m.end();
            Matcher t = POST_TIME.matcher(line.substring(afterHandle));
            int bodyStart = afterHandle + (t.lookingAt() ? t.end() : 0);
            if (line.length() - bodyStart < 10) {
                continue;
            }
            QuoteCandidate q = new QuoteCandidate(p.start() + bodyStart, p.end(), QuoteKind.POST)
                    .mention(nameStart, nameStart + name.length());
            q.speaker = name.equals(name.toUpperCase(Locale.ROOT)) && name.length() > 3 ? titleCase(name) : name;
            out.add(q);
        }
    }

    /** The display name before a handle: "Kirill Dmitriev", or "GEROMAN" in "-- GEROMAN -- time will tell - --". */
    private static String displayName(String before) {
        String b = before.replace('\ufffc', ' ').strip();
        if (b.startsWith("--") || b.startsWith("—")) {
            String[] parts = b.split("--|—");
            for (String part : parts) {
                String s = part.strip();
                if (!s.isEmpty()) {
                    return looksLikeName(s) ? s : null;
                }
            }
            return null;
        }
        return looksLikeName(b) ? b : null;
    }

    private static boolean looksLikeName(String s) {
        String[] words = s.split("\\s+");
        if (words.length > 4) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static String titleCase(String s) {
        StringBuilder b = new StringBuilder();
        for (String w : s.toLowerCase(Locale.ROOT).split(" ")) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return b.toString();
    }

    // ---- transcript and interview turns ----

    private void turns(String text, DocumentLayout layout, List<Paragraph> paras, List<QuoteCandidate> out,
                       Map<String, String> knownNames) {
        boolean inInterview = false;
        String outlet = null;
        for (int j = 0; j < paras.size(); j++) {
            Paragraph p = paras.get(j);
            String line = p.text(text);
            if (SIGNATURE.matcher(line).matches() || REPLY_HEADER.matcher(line).matches()) {
                inInterview = false;
                continue;
            }
            Matcher m = TURN.matcher(line);
            if (!m.lookingAt()) {
                inInterview = inInterview && !isPlainProse(line);
                continue;
            }
            String name = m.group(1);
            String lname = name.toLowerCase(Locale.ROOT);
            if (NOT_SPEAKERS.contains(lname) || line.length() - m.end() < 2) {
                continue;
            }
            boolean question = QUESTION_TURNS.contains(lname);
            if (question && !inInterview) {
                inInterview = true;
                outlet = outletBefore(text, paras, j, knownNames);
            }
            if (!question && !ANSWER_TURNS.contains(lname) && !isNameLike(name, knownNames)) {
                continue;
            }
            int end = p.end();
            if (inInterview) {
                int k = j + 1;
                while (k < paras.size() && !isTurnOrBoundary(paras.get(k).text(text))) {
                    end = paras.get(k).end();
                    k++;
                }
            }
            int start = p.start() + m.end();
            QuoteCandidate q = new QuoteCandidate(start, trimNote(text, start, end),
                    inInterview ? QuoteKind.INTERVIEW : QuoteKind.COLON);
            if (question) {
                q.speaker = outlet;
                q.speakerFixed = true;
            } else {
                q.mention(p.start(), p.start() + name.length());
            }
            out.add(q);
        }
        // "… Putin:" closing a paragraph introduces the next paragraph as his turn.
        for (int j = 0; j + 1 < paras.size(); j++) {
            Paragraph p = paras.get(j);
            Matcher m = FINAL_NAME_COLON.matcher(p.text(text));
            if (!m.find()) {
                continue;
            }
            String name = m.group(1);
            if (NOT_SPEAKERS.contains(name.toLowerCase(Locale.ROOT)) || !isNameLike(name, knownNames)) {
                continue;
            }
            Paragraph next = paras.get(j + 1);
            if (TURN.matcher(next.text(text)).lookingAt() || isTurnOrBoundary(next.text(text))) {
                continue;
            }
            int ms = p.start() + m.start(1);
            QuoteCandidate q = new QuoteCandidate(next.start(), trimNote(text, next.start(), blockEnd(text, paras, j)), QuoteKind.COLON)
                    .mention(ms, ms + name.length());
            out.add(q);
        }
    }

    private static boolean isPlainProse(String line) {
        return false;
    }

    private boolean isTurnOrBoundary(String line) {
        Matcher m = TURN.matcher(line);
        if (m.lookingAt()) {
            String l = m.group(1).toLowerCase(Locale.ROOT);
            if (QUESTION_TURNS.contains(l) || ANSWER_TURNS.contains(l)) {
                return true;
            }
            if (!NOT_SPEAKERS.contains(l) && m.group(1).contains(" ")) {
                return true;
            }
        }
        return SIGNATURE.matcher(line).matches() || REPLY_HEADER.matcher(line).matches() || !hasLetters(line);
    }

    /** A speaker label: a known name, or two to four capitalised words. */
    private static boolean isNameLike(String name, Map<String, String> knownNames) {
        if (knownNames.containsKey(name)) {
            return true;
        }
        String[] w = name.split(" ");
        return w.length >= 2 && w.length <= 4;
    }

    /** The organisation named in the lead-in to an interview ("… in his chat with TASS:"). */
    private static String outletBefore(String text, List<Paragraph> paras, int j, Map<String, String> knownNames) {
        for (int k = j - 1; k >= 0 && k >= j - 2; k--) {
            String line = paras.get(k).text(text);
            String found = null;
            for (Word w : Words.tokenize(line, 0, line.length())) {
                String name = w.text(line);
                String type = knownNames.get(name);
                if ("ORG".equals(type)) {
                    found = name;
                }
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    // ---- block quotations ----

    private static final Pattern BLOCK_INTRO = Pattern.compile(
            "(?:^|[.!?]\\s+)((?:(?:And|But|So|Then)\\s+)?(?:Here\\b[^.!?]{0,80}|[^.!?]{0,120}\\b(?:said|says|continued|continues|reports|reported|wrote|writes|added|adds|responded|stated|explained|tweeted|posted|noted|declared|announced|report on that|statement|comment|quoting[^.!?]*|list|reads|read|put it)\\b[^.!?]{0,60})):$");

    private void blocks(String text, DocumentLayout layout, List<Paragraph> paras, List<QuoteCandidate> out,
                        Map<String, String> knownNames) {
        for (int j = 0; j + 1 < paras.size(); j++) {
            Paragraph p = paras.get(j);
            String line = p.text(text);
            int introStart;
            Matcher here = HERE_IS.matcher(line);
            if (here.find()) {
                introStart = p.start() + here.start(1); // "Here is Katyusha’s comment on that."
            } else {
                if (!line.endsWith(":") || SIGNATURE.matcher(line).matches()) {
                    continue;
                }
                Matcher m = BLOCK_INTRO.matcher(line);
                if (!m.find()) {
                    continue;
                }
                introStart = p.start() + m.start(1);
            }
            int introEnd = p.end() - 1;
            Paragraph next = paras.get(j + 1);
            String nextLine = next.text(text);
            Matcher nextTurn = TURN.matcher(nextLine);
            if (nextTurn.lookingAt() && !NOT_SPEAKERS.contains(nextTurn.group(1).toLowerCase(Locale.ROOT)) || isTurnOrBoundary(nextLine)
                    || POST.matcher(nextLine).find()) {
                continue;
            }
            if (FINAL_NAME_COLON.matcher(line).find() && !line.contains(" ")) {
                continue;
            }
            QuoteCandidate intro = introAttribution(text, introStart, introEnd);
            if (OWN_WORDS.matcher(text.substring(introStart, introEnd)).find()
                    || intro.hasMention() && isFirstPerson(text.substring(intro.mentionStart, intro.mentionEnd))) {
                continue; // "I’ll post these musings:": the author quoting themself
            }
            int end = blockEnd(text, paras, j);
            List<QuoteCandidate> bullets = bullets(text, paras, j + 1, intro);
            if (!bullets.isEmpty()) {
                out.addAll(bullets);
                continue;
            }
            QuoteCandidate q = new QuoteCandidate(next.start(), trimNote(text, next.start(), end), QuoteKind.DIRECT);
            q.block = true;
            q.cue(intro.cueStart, intro.cueEnd);
            if (intro.hasMention()) {
                q.mention(intro.mentionStart, intro.mentionEnd);
            } else {
                // "Here:" names no source: a news excerpt names its outlet ("…, The Telegraph understands"),
                // otherwise the person the lead-in is about ("Igor Strelkov believes … Here:") is the source.
                String outlet = outletInBlock(text, q.start, q.end, knownNames);
                if (outlet != null) {
                    q.speaker = outlet;
                } else {
                    int[] subj = SourcePhrases.sentenceSubject(text, layout.sentenceStart(layout.sentenceAt(Math.max(p.start(), introStart - 2))), introStart);
                    if (subj != null && isNamed(text, subj)) {
                        q.mention(subj[0], subj[1]);
                    }
                }
            }
            out.add(q);
        }
    }

    private static boolean isFirstPerson(String m) {
        String l = m.toLowerCase(Locale.ROOT);
        return l.equals("i") || l.equals("we");
    }

    /** "And my comment:", "our take:": the author introducing their own words. */
    private static final Pattern OWN_WORDS = Pattern.compile("\\b(?:[Mm]y|[Oo]ur)\\s+(?:own\\s+)?(?:comment|report|note|take|response|reply|answer|thoughts?|view|opinion)\\b");
    private static final Pattern HERE_IS = Pattern.compile("(?:^|[.!?]\\s+)(Here (?:is|are) [^.!?:]{3,80})[.:]$");
    private static final java.util.Set<String> OUTLET_VERBS = dev.sayline.enrich.speakers.text.WordSets.of(
            "understands", "reports", "reported", "says", "said", "writes", "wrote", "learned", "learnt", "has", "reveals");

    /** An organisation the excerpt itself cites as its source: "X understands/reports", "told X", "according to X". */
    private static String outletInBlock(String text, int start, int end, Map<String, String> knownNames) {
        for (Map.Entry<String, String> e : knownNames.entrySet()) {
            if (!"ORG".equals(e.getValue())) {
                continue;
            }
            String name = e.getKey();
            int at = text.indexOf(name, start);
            while (at >= 0 && at < end) {
                String after = SourcePhrases.firstWord(text, at + name.length(), Math.min(end, at + name.length() + 30));
                String before = text.substring(Math.max(start, at - 14), at).toLowerCase(Locale.ROOT).strip();
                if (OUTLET_VERBS.contains(after) || before.endsWith("told") || before.endsWith("according to")) {
                    return name;
                }
                at = text.indexOf(name, at + name.length());
            }
        }
        return null;
    }

    /** True when the phrase ends in a proper name (not a pronoun or description). */
    private static boolean isNamed(String text, int[] span) {
        String s = text.substring(span[0], span[1]);
        String last = s.substring(s.lastIndexOf(' ') + 1);
        return !last.isEmpty() && Character.isUpperCase(last.charAt(0)) && !isFirstPerson(last)
                && !last.equals("This") && !last.equals("That") && !last.equals("It");
    }

    /** Cue and source of a block's lead-in: "Here", "Lavrov said", "Here is what Lavrov just said". */
    private static QuoteCandidate introAttribution(String text, int s, int e) {
        QuoteCandidate q = new QuoteCandidate(s, e, QuoteKind.DIRECT);
        List<Word> words = Words.tokenize(text, s, e);
        for (int k = words.size() - 1; k >= 0; k--) {
            Word w = words.get(k);
            String lw = w.lower(text);
            if (Cues.SPEECH_VERBS.contains(lw) && Character.isLowerCase(text.charAt(w.start())) || lw.equals("report") || lw.equals("statement") || lw.equals("comment")
                    || lw.equals("quoting") || lw.equals("understands")) {
                q.cue(w.start(), w.end());
                int[] subj = SourcePhrases.subjectBefore(text, w.start(), s);
                if (subj == null) {
                    subj = SourcePhrases.subjectAfter(text, w.end(), e);
                }
                if (subj == null) {
                    // "X’s report on that": the possessor names the source.
                    for (int j = k - 1; j >= 0; j--) {
                        if (Words.isCapitalized(text, words.get(j)) && !words.get(j).lower(text).equals("here")) {
                            int me = words.get(j).end();
                            String t = text.substring(words.get(j).start(), me);
                            if (t.endsWith("’s") || t.endsWith("'s")) {
                                me -= 2;
                            }
                            subj = new int[]{words.get(j).start(), me};
                            break;
                        }
                    }
                }
                if (subj != null && !text.substring(subj[0], subj[1]).equalsIgnoreCase("here")) {
                    q.mention(subj[0], subj[1]);
                }
                return q;
            }
        }
        if (!words.isEmpty() && words.get(0).lower(text).equals("here")) {
            q.cue(words.get(0).start(), words.get(0).end());
        }
        return q;
    }

    /** End of a block that starts after paragraph {@code j}: one paragraph, or a run set off by wide gaps. */
    private int blockEnd(String text, List<Paragraph> paras, int j) {
        int k = j + 1;
        int end = paras.get(k).end();
        boolean wide = paras.get(k).gapBefore() >= 3;
        while (wide && k + 1 < paras.size() && paras.get(k + 1).gapBefore() >= 3
                && !isTurnOrBoundary(paras.get(k + 1).text(text)) && !endsWithBracketNote(text, paras.get(k))) {
            k++;
            end = paras.get(k).end();
        }
        return end;
    }

    private static boolean endsWithBracketNote(String text, Paragraph p) {
        return BRACKET_NOTE.matcher(p.text(text)).find();
    }

    private static int trimNote(String text, int start, int end) {
        Matcher m = BRACKET_NOTE.matcher(text.substring(start, end));
        return m.find() ? start + m.start() : end;
    }

    /** A bulleted list of statements: one indirect quote per item, all by the lead-in's source. */
    private List<QuoteCandidate> bullets(String text, List<Paragraph> paras, int first, QuoteCandidate intro) {
        String line = paras.get(first).text(text);
        String marker = bulletMarker(line);
        if (marker == null) {
            return List.of();
        }
        List<QuoteCandidate> out = new ArrayList<>();
        int misses = 0;
        for (int k = first; k < paras.size() && misses < 6; k++) {
            Paragraph p = paras.get(k);
            String l = p.text(text);
            int idx = l.indexOf(marker);
            if (idx < 0 || k > first && idx > 0) {
                misses++;
                continue;
            }
            misses = 0;
            while (idx >= 0) {
                int s = idx + marker.length();
                int next = l.indexOf(marker, s);
                int e = next < 0 ? l.length() : next;
                int ce = e;
                while (ce > s && (Character.isWhitespace(l.charAt(ce - 1)) || l.charAt(ce - 1) == ';' || l.charAt(ce - 1) == '.')) {
                    ce--;
                }
                int cs = s;
                while (cs < ce && Character.isWhitespace(l.charAt(cs))) {
                    cs++;
                }
                if (ce - cs > 10) {
                    QuoteCandidate q = new QuoteCandidate(p.start() + cs, p.start() + ce, QuoteKind.INDIRECT);
                    q.speaker = intro.hasMention() ? text.substring(intro.mentionStart, intro.mentionEnd) : null;
                    q.continuation = true;
                    out.add(q);
                }
                idx = next;
            }
        }
        return out.size() >= 2 ? out : List.of();
    }

    /** The symbol that opens list items in this line (an emoji, "•", "–"), if it opens at least one item. */
    private static String bulletMarker(String line) {
        for (int i = 0; i < Math.min(line.length(), 40); i++) {
            int cp = line.codePointAt(i);
            if (Character.isLetterOrDigit(cp) || Character.isWhitespace(cp) || cp == ':' || cp == '“' || cp == '"') {
                continue;
            }
            if (cp == '•' || cp == '▪' || cp == '►' || Character.getType(cp) == Character.OTHER_SYMBOL) {
                String m = new String(Character.toChars(cp));
                return m;
            }
        }
        return null;
    }
}
