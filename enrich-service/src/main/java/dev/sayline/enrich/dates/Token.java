package dev.sayline.enrich.dates;

/**
 * One token of the text: a run of letters and digits (a digit run followed at once by letters,
 * {@code 30th}, {@code 8h}, {@code 1990s}, stays one token, but for the splits {@link Tokenizer}
 * makes in words a scraped page ran together), or a single other character.
 * Offsets are UTF-16 indices into the text, end exclusive.
 */
final class Token {

    enum Kind { WORD, DIGITS, ALNUM, PUNCT }

    final int start;
    final int end;
    final String text;
    final String lower;
    final Kind kind;
    /** Whitespace separates this token from the previous one. */
    final boolean spaceBefore;
    /** The whitespace before this token holds a line break. */
    final boolean newlineBefore;
    /** The number a DIGITS token spells (at most 9 digits), else -1. */
    final int number;

    Token(int start, int end, String text, Kind kind, boolean spaceBefore, boolean newlineBefore) {
        this.start = start;
        this.end = end;
        this.text = text;
        this.lower = kind != Kind.PUNCT ? text.toLowerCase(java.util.Locale.ROOT) : switch (text) {
            case "\u2019", "\u2018", "`" -> "'";
            case "\u2013", "\u2014" -> "-";
            default -> text;
        };
        this.kind = kind;
        this.spaceBefore = spaceBefore;
        this.newlineBefore = newlineBefore;
        this.number = kind == Kind.DIGITS && text.length() <= 9 ? Integer.parseInt(text) : -1;
    }

    /** 1 for a word or number, 0 for punctuation: windows of "n words" skip the dots of "E.U.". */
    int words() {
        return kind == Kind.PUNCT ? 0 : 1;
    }

    boolean is(String lowerText) {
        return lower.equals(lowerText);
    }

    boolean isDigits() {
        return kind == Kind.DIGITS;
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean capitalized() {
        return Character.isUpperCase(text.charAt(0));
    }

    @Override
    public String toString() {
        return text;
    }
}
