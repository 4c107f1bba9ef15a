package dev.sayline.enrich.dates;

import java.time.LocalDate;

/**
 * Social-media post ages after a handle ("@kadmitriev 8h", "@name · 2d"): how long before the
 * publication date the post was written. A format of its own, so a rule of its own.
 */
final class SocialAgeRule extends TokenReader {

    SocialAgeRule(Reading reading) {
        super(reading);
    }

    RuleMatch socialAge(int i) {
        Token a = t[i];
        if (a.kind != Token.Kind.ALNUM || dct == null || i < 2) {
            return null;
        }
        String w = a.lower;
        char unit = w.charAt(w.length() - 1);
        String digits = w.substring(0, w.length() - 1);
        if (w.endsWith("min")) {
            unit = 'm';
            digits = w.substring(0, w.length() - 3);
        }
        if (digits.isEmpty() || digits.length() > 2 || !digits.chars().allMatch(Character::isDigit)
                || "hmd".indexOf(unit) < 0) {
            return null;
        }
        // after a handle: "@name 8h" or "@name · 8h"
        int h = i - 1;
        if (t[h].is("\u00B7") || t[h].is("\u2022")) {
            h--;
        }
        if (h < 1 || !t[h - 1].is("@") || t[h].spaceBefore) {
            return null;
        }
        LocalDate d = unit == 'd' ? dct.minusDays(Integer.parseInt(digits)) : dct;
        TimePoint p = TimePoint.day(d);
        return new RuleMatch(i, i + 1, Timex.DATE, p.value(), p, false, false);
    }
}
