package dev.sayline.enrich.dates;

import java.time.LocalDate;

/**
 * Base of the classes that read one text's tokens (the rule families, the tense reader and the
 * recognizer itself): gives them the shared {@link Reading}, short names for its tokens and
 * publication date, and the two helpers nearly every rule calls, so the rules read as they did
 * when they were one class.
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

    /** Token k exists and is {@code lower} (lower-cased). */
    protected final boolean is(int k, String lower) {
        return reading.is(k, lower);
    }

    /** The publication date as a day, or null. */
    protected final TimePoint dctDay() {
        return reading.dctDay();
    }
}
