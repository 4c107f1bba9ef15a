package dev.sayline.enrich.dates;

import java.util.ArrayList;
import java.util.List;

/** Splits text into {@link Token}s in one pass; no regular expressions, so it keeps up with large inputs. */
final class Tokenizer {

    private Tokenizer() {
    }

    static Token[] tokenize(String s) {
        List<Token> out = new ArrayList<>(s.length() / 5 + 8);
        int n = s.length();
        int i = 0;
        boolean space = true;
        boolean newline = true;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\uFFFC' || c == '\u200B') {
                space = true;
                if (c == '\n' || c == '\r') {
                    newline = true;
                }
                i++;
                continue;
            }
            int start = i;
            Token.Kind kind;
            if (isDigit(c)) {
                while (i < n && isDigit(s.charAt(i))) {
                    i++;
                }
                kind = Token.Kind.DIGITS;
                if (i < n && Character.isLetter(s.charAt(i))) {
                    while (i < n && Character.isLetterOrDigit(s.charAt(i))) {
                        i++;
                    }
                    kind = Token.Kind.ALNUM;
                }
            } else if (Character.isLetter(c)) {
                boolean digits = false;
                while (i < n && Character.isLetterOrDigit(s.charAt(i))) {
                    digits |= isDigit(s.charAt(i));
                    i++;
                }
                kind = digits ? Token.Kind.ALNUM : Token.Kind.WORD;
            } else {
                i += Character.charCount(s.codePointAt(i));
                kind = Token.Kind.PUNCT;
            }
            out.add(new Token(start, i, s.substring(start, i), kind, space, newline));
            space = false;
            newline = false;
        }
        return out.toArray(new Token[0]);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
