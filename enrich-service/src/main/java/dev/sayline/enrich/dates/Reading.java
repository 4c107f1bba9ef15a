package dev.sayline.enrich.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One text as the rules read it: its tokens, the publication date (DCT), the URL and markup spans no
 * expression may start in, the comment/quotation writing times, and the sentence tests the rules share
 * ({@link #isSentenceBreak}, {@link #sameSentence}). Built once per text; the rule families share it
 * instead of each re-tokenizing or keeping its own copy. The token test {@code is} is
 * {@link TokenReader}'s.
 */
final class Reading {

    /** Abbreviated titles: their period does not end a sentence ("In January, Gov. Reyes praised …"). */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "messrs", "dr", "gov", "govs", "sen",
            "sens", "rep", "reps", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "prof", "rev", "st",
            "jr", "sr", "pres", "supt", "atty", "gens");

    final Token[] t;
    final String text;
    final LocalDate dct;
    final WritingTimes writing;
    /** URLs and markup tags ("<tweet datetime=…>"): text that is not prose, where no date is marked. */
    private final List<int[]> notProse;

    Reading(String text, LocalDate dct) {
        this.text = text;
        this.t = Tokenizer.tokenize(text);
        this.dct = dct;
        this.notProse = urlSpans(text);
        notProse.addAll(tagSpans(text));
        this.writing = WritingTimes.of(text, dct);
    }

    boolean sentenceBreakBetween(int fromOffset, int token) {
        for (int k = token - 1; k >= 0 && t[k].start >= fromOffset; k--) {
            if (isSentenceBreak(k)) {
                return true;
            }
        }
        return false;
    }

    /** Token k opens a sentence, or a line. */
    boolean opensASentence(int k) {
        return k == 0 || t[k].newlineBefore || isSentenceBreak(k - 1);
    }

    /** The first token of the sentence that holds token k. */
    int sentenceStart(int k) {
        int from = k;
        while (from > 0 && !isSentenceBreak(from - 1)) {
            from--;
        }
        return from;
    }

    /** The token after the sentence that holds token k (its break included). */
    int sentenceEnd(int k) {
        int e = k;
        while (e < t.length && !isSentenceBreak(e)) {
            e++;
        }
        return Math.min(e + 1, t.length);
    }

    /** No sentence break lies between tokens a and b (a before b). */
    boolean sameSentence(int a, int b) {
        if (a < 0 || b - a > 40) {
            return false;
        }
        for (int k = a; k < b; k++) {
            if (isSentenceBreak(k) || k > a && t[k].newlineBefore) {
                return false;
            }
        }
        return true;
    }

    /** How many sentence breaks lie between tokens a and b (a before b), counting up to two. */
    int sentenceBreaksBetween(int a, int b) {
        int n = 0;
        for (int k = Math.max(a, 0); k < b && n < 2; k++) {
            if (isSentenceBreak(k)) {
                n++;
            }
        }
        return n;
    }

    /** Token k is a quotation mark of any kind, single ones too (which may also be apostrophes). */
    boolean isQuoteMark(int k) {
        return k >= 0 && k < t.length && QUOTE_MARKS.contains(t[k].text);
    }

    private static final Set<String> QUOTE_MARKS = Set.of("\"", "'", "\u201c", "\u201d", "\u2018", "\u2019", "`");

    /** Token k closes a quotation: ” or a straight " right after what it quotes. */
    boolean closesAQuote(int k) {
        Token a = t[k];
        return a.text.equals("\u201d") || a.text.equals("\"") && k > 0 && !a.spaceBefore;
    }

    /** Token k opens a quotation: “ or a straight " right before what it quotes. */
    boolean opensAQuote(int k) {
        Token a = t[k];
        return a.text.equals("\u201c")
                || a.text.equals("\"") && k + 1 < t.length && !t[k + 1].spaceBefore && (k == 0 || a.spaceBefore);
    }

    boolean isSentenceBreak(int k) {
        Token a = t[k];
        if (a.is("!") || a.is("?") || a.is(";")) {
            return true;
        }
        if (a.is(".")) {
            if (k > 0 && TITLES.contains(t[k - 1].lower) && t[k - 1].capitalized() && !t[k - 1].newlineBefore) {
                return false;  // "Gov. Reyes"
            }
            if (k + 1 < t.length && !t[k + 1].spaceBefore && !t[k + 1].newlineBefore
                    && (t[k + 1].isWord() || t[k + 1].isDigits())) {
                return false;  // inside "E.U.", "U.S.": a letter follows with no space
            }
            // an abbreviation's period ("Aug.", "p.m.") is no break when a lower-case word or number follows,
            // nor when a comma does ("in Birmingham, Ala., killed", "Acme Inc., which")
            return k + 1 >= t.length || t[k + 1].capitalized()
                    || !t[k + 1].isWord() && !t[k + 1].isDigits() && !t[k + 1].is(",");
        }
        return false;
    }

    /** Function words a title-case headline capitalises mid-line ("Meeting Scheduled For Next Week"). */
    private static final Set<String> TITLE_FUNCTION_WORDS = Set.of("to", "for", "of", "in", "on", "at", "by", "with",
            "and", "from", "as", "is", "are", "after", "before", "over");

    /**
     * Token k's line is set in title case: a function word capitalised inside it within ten tokens
     * ("Obama To Visit Cuba This Week"), not at a sentence's start.
     */
    boolean titleCaseLine(int k) {
        for (int j = k - 1; j >= 0 && j >= k - 10; j--) {
            if (titledFunctionWord(j)) {
                return true;
            }
            if (t[j].newlineBefore || isSentenceBreak(j)) {
                break;
            }
        }
        for (int j = k + 1; j < t.length && j <= k + 6 && !t[j].newlineBefore && !isSentenceBreak(j); j++) {
            if (titledFunctionWord(j)) {
                return true;
            }
        }
        return false;
    }

    private boolean titledFunctionWord(int j) {
        return t[j].capitalized() && TITLE_FUNCTION_WORDS.contains(t[j].lower) && j > 0 && !t[j].newlineBefore
                && !isSentenceBreak(j - 1) && !isQuoteMark(j - 1);
    }

    boolean insideUrlOrTag(int offset) {
        for (int[] u : notProse) {
            if (offset >= u[0] && offset < u[1]) {
                return true;
            }
        }
        return false;
    }

    /** A tag: a name, then attributes written name="value" ("<tweet datetime=\"2016-07-05\">", "</p>", "<br/>"). */
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][\\w-]*(\\s+[\\w-]+=\"[^\"<>\\n]{0,300}\")*\\s*/?>");

    /** An attribute giving a written date: "tweet-date=\"March 9, 2016\"" (not an ISO "datetime"). */
    private static final Pattern WRITTEN_DATE_ATTRIBUTE = Pattern.compile("[\\w-]*-date=\"([^\"<>\\n]*)\"");

    /**
     * The tags' spans, less the values of written-date attributes: an embedded tweet's date is the date its
     * words were posted, which a reader of the story sees.
     */
    private static List<int[]> tagSpans(String s) {
        if (s.indexOf('<') < 0) {
            return List.of();
        }
        List<int[]> out = new ArrayList<>();
        Matcher m = TAG.matcher(s);
        while (m.find()) {
            int from = m.start();
            Matcher date = WRITTEN_DATE_ATTRIBUTE.matcher(s).region(m.start(), m.end());
            while (date.find()) {
                out.add(new int[]{from, date.start(1)});
                from = date.end(1);
            }
            out.add(new int[]{from, m.end()});
        }
        return out;
    }

    private static List<int[]> urlSpans(String s) {
        List<int[]> out = new ArrayList<>();
        int from = 0;
        while (true) {
            int a = indexOfUrl(s, from);
            if (a < 0) {
                return out;
            }
            int b = a;
            while (b < s.length() && !Character.isWhitespace(s.charAt(b))) {
                b++;
            }
            out.add(new int[]{a, b});
            from = b;
        }
    }

    private static int indexOfUrl(String s, int from) {
        int h = s.indexOf("http", from);
        int w = s.indexOf("www.", from);
        if (h < 0) {
            return w;
        }
        if (w < 0) {
            return h;
        }
        return Math.min(h, w);
    }
}
