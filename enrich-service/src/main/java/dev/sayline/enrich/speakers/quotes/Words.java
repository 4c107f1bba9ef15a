package dev.sayline.enrich.speakers.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Word tokens of a region of text: letters, digits and word-internal apostrophes, dots and hyphens. */
public final class Words {

    /** A token {@code [start, end)} of the text. */
    public record Word(int start, int end) {
        public String text(String doc) {
            return doc.substring(start, end);
        }

        public String lower(String doc) {
            return doc.substring(start, end).toLowerCase(Locale.ROOT);
        }
    }

    private Words() {
    }

    public static boolean isWordChar(char c) {
        return dev.sayline.enrich.speakers.text.Chars.isLetterOrDigit(c);
    }

    /** Tokens in {@code [from, to)}; punctuation other than word-internal marks is skipped. */
    public static List<Word> tokenize(String text, int from, int to) {
        List<Word> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (!isWordChar(c) && c != '@') {
                i++;
                continue;
            }
            int s = i;
            i++;
            while (i < to) {
                char d = text.charAt(i);
                if (isWordChar(d) || d == '_') {
                    i++;
                } else if ((d == '\'' || d == '’' || d == '-' || d == '.') && i + 1 < to && isWordChar(text.charAt(i + 1))) {
                    i += 2;
                } else {
                    break;
                }
            }
            // Keep the final dot of an initial or abbreviation ("J.", "U.S.", "Mr.").
            if (i < to && text.charAt(i) == '.' && (i - s == 1 || text.substring(s, i).contains(".")
                    || isTitleAbbreviation(text.substring(s, i)))) {
                i++;
            }
            out.add(new Word(s, i));
        }
        return out;
    }

    private static boolean isTitleAbbreviation(String w) {
        return switch (w) {
            case "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt", "Capt", "Maj", "Prof", "Jr", "Sr", "St" -> true;
            default -> false;
        };
    }

    public static boolean isCapitalized(String text, Word w) {
        char c = text.charAt(w.start());
        return Character.isUpperCase(c) || (c == '@' && w.end() - w.start() > 1);
    }
}
