package dev.sayline.enrich.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Splits text into {@link Token}s in one pass; no regular expressions, so it keeps up with large inputs. */
final class Tokenizer {

    /** Months a scraped page may glue to the word before; not "May", too often the end of a name. */
    private static final Set<String> GLUED_MONTHS = Set.of("January", "February", "March",
            "April", "June", "July", "August", "September", "October", "November", "December");

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
                if (i < n && Character.isLetter(s.charAt(i)) && !meridiemWithStops(s, i)) {
                    int glued = meridiemBeforeAWord(s, i);
                    while (i < n && Character.isLetterOrDigit(s.charAt(i)) && i != glued && !monthGluedOn(s, i)) {
                        i++;
                    }
                    kind = Token.Kind.ALNUM;
                }
            } else if (Character.isLetter(c)) {
                boolean digits = false;
                while (i < n && Character.isLetterOrDigit(s.charAt(i))
                        && !(i > start && monthGluedOn(s, i))) {
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

    // Pages scraped without their markup run words together: "6:00p.m.", "11:19PMDonald",
    // "FeaturedFebruary 6". These three splits give the clock and date rules their tokens back.

    /** "6p.m.", "00p.m.": the meridiem's letter is a token of its own, as in "6 p.m.". */
    private static boolean meridiemWithStops(String s, int i) {
        char c = Character.toLowerCase(s.charAt(i));
        return (c == 'a' || c == 'p') && i + 2 < s.length() && s.charAt(i + 1) == '.'
                && Character.toLowerCase(s.charAt(i + 2)) == 'm';
    }

    /** Where a capitalised word starts right after "PM" or "am" ("19PMDonald"), else -1. */
    private static int meridiemBeforeAWord(String s, int i) {
        if (i + 3 < s.length() && "ap".indexOf(Character.toLowerCase(s.charAt(i))) >= 0
                && Character.toLowerCase(s.charAt(i + 1)) == 'm' && Character.isUpperCase(s.charAt(i + 2))
                && Character.isLowerCase(s.charAt(i + 3))) {
            return i + 2;
        }
        return -1;
    }

    /**
     * A month's name, whole, glued to the end of a lower-case word and followed by a day
     * ("FeaturedFebruary 6"): the day keeps names and handles whole ("@sarahJune", "FitzAugust").
     */
    private static boolean monthGluedOn(String s, int i) {
        char c = s.charAt(i);
        char before = s.charAt(i - 1);
        if (c < 'A' || c > 'Z' || before < 'a' || before > 'z') {  // asked at every letter: the cheap test first
            return false;
        }
        int e = i + 1;
        while (e < s.length() && Character.isLowerCase(s.charAt(e))) {
            e++;
        }
        if (e + 1 >= s.length() || s.charAt(e) != ' ' || !isDigit(s.charAt(e + 1))) {
            return false;
        }
        return GLUED_MONTHS.contains(s.substring(i, e));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
