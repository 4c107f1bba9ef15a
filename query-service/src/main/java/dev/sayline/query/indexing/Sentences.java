package dev.sayline.query.indexing;

/**
 * Finds the sentence around a span of a text. Offsets are Unicode code points (the
 * contract's convention), converted once here to Java's UTF-16 indices.
 */
final class Sentences {

    private Sentences() {
    }

    /**
     * The sentence(s) containing code points {@code [start, end)}: from after the previous
     * sentence end ({@code .!?} followed by a space, or a line break) to the next one, cut to
     * {@code max} characters around the span. Null when the offsets do not fit the text.
     */
    static String around(String text, int start, int end, int max) {
        int cpLength = text.codePointCount(0, text.length());
        if (start < 0 || end < start || end > cpLength) {
            return null;
        }
        int from = text.offsetByCodePoints(0, start);
        int to = text.offsetByCodePoints(0, end);
        int s = from;
        while (s > 0 && !boundaryBefore(text, s)) {
            s--;
        }
        int e = to;
        while (e < text.length() && !boundaryAfter(text, e)) {
            e++;
        }
        if (e < text.length() && text.charAt(e) != '\n') {
            e++; // keep the full stop
        }
        if (e - s > max) {
            int slack = Math.max(0, (max - (to - from)) / 2);
            s = Math.max(s, from - slack);
            e = Math.min(e, Math.max(to, s + max));
        }
        return text.substring(s, e).strip();
    }

    /** A sentence starts at i when a line break or a sentence end plus space precedes it. */
    private static boolean boundaryBefore(String text, int i) {
        char prev = text.charAt(i - 1);
        if (prev == '\n') {
            return true;
        }
        return Character.isWhitespace(prev) && i >= 2 && isTerminal(text.charAt(i - 2));
    }

    /** A sentence ends at i (inclusive) on a line break or a terminal followed by space/end. */
    private static boolean boundaryAfter(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n') {
            return true;
        }
        return isTerminal(c) && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?';
    }
}
