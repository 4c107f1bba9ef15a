package dev.sayline.enrich.speakers.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Lines (paragraphs) and sentences of one document, computed once and shared by the finders. */
public final class DocumentLayout {

    /** Abbreviations after which a full stop does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = dev.sayline.enrich.speakers.text.WordSets.of(
            "mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "maj",
            "prof", "jr", "sr", "inc", "corp", "co", "ltd", "vs", "no", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "d.c", "a.m", "p.m", "e.g",
            "i.e", "etc", "pres", "adm", "ft", "mt", "calif", "fla", "ga", "pa", "va", "mass", "ore", "wash");

    private final String text;
    private final List<Paragraph> paragraphs;
    private final int[] sentenceStarts;
    private final int[] sentenceEnds;

    public DocumentLayout(String text) {
        this.text = text;
        this.paragraphs = splitLines(text);
        List<int[]> sentences = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            splitSentences(p.start(), p.end(), sentences);
        }
        sentenceStarts = new int[sentences.size()];
        sentenceEnds = new int[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            sentenceStarts[i] = sentences.get(i)[0];
            sentenceEnds[i] = sentences.get(i)[1];
        }
    }

    public String text() {
        return text;
    }

    public List<Paragraph> paragraphs() {
        return paragraphs;
    }

    public int sentenceCount() {
        return sentenceStarts.length;
    }

    public int sentenceStart(int i) {
        return sentenceStarts[i];
    }

    public int sentenceEnd(int i) {
        return sentenceEnds[i];
    }

    /** Index of the sentence holding offset {@code pos} (or the last one starting before it). */
    public int sentenceAt(int pos) {
        int i = Arrays.binarySearch(sentenceStarts, pos);
        if (i >= 0) {
            return i;
        }
        return Math.max(0, -i - 2);
    }

    /** Index of the paragraph holding offset {@code pos} (or the last one starting before it). */
    public int paragraphAt(int pos) {
        int lo = 0;
        int hi = paragraphs.size() - 1;
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (paragraphs.get(mid).start() <= pos) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    private static List<Paragraph> splitLines(String text) {
        List<Paragraph> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        int breaks = 0;
        while (i < n) {
            int lineEnd = text.indexOf('\n', i);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            int s = i;
            int e = lineEnd;
            while (s < e && isSpace(text.charAt(s))) {
                s++;
            }
            while (e > s && isSpace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.add(new Paragraph(out.size(), s, e, breaks));
                breaks = 0;
            }
            breaks++;
            i = lineEnd + 1;
        }
        return List.copyOf(out);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\ufffc';
    }

    private void splitSentences(int start, int end, List<int[]> out) {
        int s = start;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int j = i + 1;
            while (j < end && isClosing(text.charAt(j))) {
                j++;
            }
            if (j >= end) {
                break;
            }
            if (!Character.isWhitespace(text.charAt(j))) {
                continue;
            }
            int k = j;
            while (k < end && Character.isWhitespace(text.charAt(k))) {
                k++;
            }
            if (k >= end) {
                break;
            }
            char next = text.charAt(k);
            if (!(Character.isUpperCase(next) || Character.isDigit(next) || isOpening(next))) {
                continue;
            }
            if (c == '.' && isAbbreviation(i)) {
                continue;
            }
            addSentence(s, j, out);
            s = k;
            i = k - 1;
        }
        if (s < end) {
            addSentence(s, end, out);
        }
    }

    /**
     * Longer than this, a "sentence" is no prose (a list, a table, a page scraped without its
     * stops) and is cut at spaces into pieces of at most this length: the finders look back over
     * a sentence for each cue in it, so an uncut 1 MB one took minutes.
     */
    static final int MAX_SENTENCE_CHARS = 2_000;

    private void addSentence(int start, int end, List<int[]> out) {
        int s = start;
        while (end - s > MAX_SENTENCE_CHARS) {
            int cut = s + MAX_SENTENCE_CHARS;
            while (cut > s && !Character.isWhitespace(text.charAt(cut))) {
                cut--;
            }
            if (cut == s) {
                cut = s + MAX_SENTENCE_CHARS;  // one "word" longer than the cap
            }
            out.add(new int[]{s, cut});
            s = cut;
            while (s < end && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
        }
        if (s < end) {
            out.add(new int[]{s, end});
        }
    }

    private boolean isAbbreviation(int dot) {
        int b = dot;
        while (b > 0 && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '.')) {
            b--;
        }
        String w = text.substring(b, dot).toLowerCase(java.util.Locale.ROOT);
        // A lone capital ("J. Smith") is an initial, not a sentence end.
        return ABBREVIATIONS.contains(w) || (dot - b == 1 && Character.isUpperCase(text.charAt(b)));
    }

    public static boolean isClosing(char c) {
        return c == '”' || c == '"' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '»';
    }

    public static boolean isOpening(char c) {
        return c == '“' || c == '"' || c == '‘' || c == '(' || c == '[' || c == '«';
    }
}
