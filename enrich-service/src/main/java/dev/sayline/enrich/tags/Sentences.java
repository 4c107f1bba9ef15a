package dev.sayline.enrich.tags;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts text into sentence-sized passages: the unit a topic rule is counted in. A deliberately
 * simple splitter (line breaks, and . ! ? followed by white space): it must be fast, and a
 * wrong cut only moves a match from one passage to the next.
 */
final class Sentences {

    /** Very long unbroken runs (lists, transcripts without stops) are cut so one passage stays one statement. */
    static final int MAX_PASSAGE_CHARS = 600;

    private Sentences() {
    }

    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean end = c == '\n'
                    || ((c == '.' || c == '!' || c == '?') && i + 1 < n && Character.isWhitespace(text.charAt(i + 1)))
                    || (i - start >= MAX_PASSAGE_CHARS && Character.isWhitespace(c));
            if (end) {
                add(out, text, start, i + 1);
                start = i + 1;
            }
        }
        add(out, text, start, n);
        return out;
    }

    private static void add(List<String> out, String text, int start, int end) {
        // Passages without a letter (blank lines, separators, numbers) cannot match a rule.
        for (int i = start; i < end; i++) {
            if (Character.isLetter(text.charAt(i))) {
                out.add(text.substring(start, end));
                return;
            }
        }
    }
}
