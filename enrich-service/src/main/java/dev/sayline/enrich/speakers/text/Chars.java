package dev.sayline.enrich.speakers.text;

/** Character tests with an ASCII fast path: the scanners call them once per character of every document. */
public final class Chars {

    private static final boolean[] ASCII_LETTER_OR_DIGIT = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_LETTER_OR_DIGIT[c] = Character.isLetterOrDigit(c);
        }
    }

    private Chars() {
    }

    public static boolean isLetterOrDigit(char c) {
        return c < 128 ? ASCII_LETTER_OR_DIGIT[c] : Character.isLetterOrDigit(c);
    }

    /**
     * The text with no-break and other invisible spaces and direction marks (U+00A0, U+202F,
     * U+2007, U+2009, U+200B, U+200E/F, U+202A–E, U+2060, U+FEFF) replaced by a plain space, so
     * that "Todd{NBSP}asked" reads as two words and a mark before a quotation mark hides nothing.
     * Same length, so every offset still points into the original text; the same instance when
     * there is nothing to replace.
     */
    public static String plainSpaces(String text) {
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0xA0 && isInvisibleSpace(c)) {
                if (out == null) {
                    out = text.toCharArray();
                }
                out[i] = ' ';
            }
        }
        return out == null ? text : new String(out);
    }

    private static boolean isInvisibleSpace(char c) {
        return c == '\u00A0' || c == '\u202F' || c == '\u2007' || c == '\u2009' || c == '\u200B' || c == '\u200E'
                || c == '\u200F' || (c >= '\u202A' && c <= '\u202E') || c == '\u2060' || c == '\uFEFF';
    }
}
