package dev.sayline.enrich.dates;

import java.time.LocalDate;
import java.util.Set;

/**
 * Base of the classes that read one text's tokens (the rule families, the tense reader and the
 * recognizer itself): gives them the shared {@link Reading}, short names for its tokens and
 * publication date, and the helpers many rules call ({@code is}, {@code dctDay}, {@code anyWithin}),
 * so the rules read as they did when they were one class.
 */
abstract class TokenReader {

    protected final Reading reading;
    protected final Token[] t;
    protected final LocalDate dct;

    TokenReader(Reading reading) {
        this.reading = reading;
        this.t = reading.t;
        this.dct = reading.dct;
    }

    /** Token k exists and is {@code lower} (lower-cased). The rules' hottest call: it reads {@link #t} directly. */
    protected final boolean is(int k, String lower) {
        return k >= 0 && k < t.length && t[k].lower.equals(lower);
    }

    /** One of {@code words} (lower-cased) lies within {@code radius} tokens of k, either side. */
    protected final boolean anyWithin(int k, int radius, Set<String> words) {
        for (int j = Math.max(0, k - radius); j < t.length && j <= k + radius; j++) {
            if (words.contains(t[j].lower)) {
                return true;
            }
        }
        return false;
    }

    /** The publication date as a day, or null. */
    protected final TimePoint dctDay() {
        return dct == null ? null : TimePoint.day(dct);
    }
}
