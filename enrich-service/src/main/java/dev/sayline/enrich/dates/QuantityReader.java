package dev.sayline.enrich.dates;

import java.util.Set;

/**
 * Reads an amount at a token: digits ("2.5", "1,000", "3 1/2"), number words ("twenty-four", "a hundred
 * and fifty") and vague amounts ("a few", "several", "dozens of"). Shared by the deictic, set and
 * duration rules, so it is not part of any of them.
 */
final class QuantityReader extends TokenReader {

    QuantityReader(Reading reading) {
        super(reading);
    }

    /**
     * An amount ending before token {@code end}; {@code vague} ("a few", "several") has no value,
     * {@code article} is a bare "a"/"an" (one, but also the "a" of a rate such as "$2 million a year").
     */
    record Quantity(double value, int end, boolean vague, boolean article) {
    }

    Quantity quantityAt(int k) {
        if (k >= t.length) {
            return null;
        }
        Token a = t[k];
        if (a.isDigits()) {
            if (a.number < 0) {
                return null;  // over nine digits: the token holds no number (it read -1, "5000000000 years ago")
            }
            double v = a.number;
            int e = k + 1;
            if (is(e, ".") && !t[e].spaceBefore && e + 1 < t.length && t[e + 1].isDigits() && !t[e + 1].spaceBefore) {
                v = Double.parseDouble(a.text + "." + t[e + 1].text);
                e += 2;
            }
            while (is(e, ",") && !t[e].spaceBefore && e + 1 < t.length && t[e + 1].isDigits()
                    && !t[e + 1].spaceBefore && t[e + 1].text.length() == 3) {
                v = v * 1000 + t[e + 1].number;
                e += 2;
            }
            if (e + 2 < t.length && t[e].isDigits() && t[e].spaceBefore && is(e + 1, "/") && !t[e + 1].spaceBefore
                    && t[e + 2].isDigits() && !t[e + 2].spaceBefore && t[e + 2].number > t[e].number) {
                v += (double) t[e].number / t[e + 2].number;
                e += 3;
            }
            if (is(e, "and") && is(e + 1, "a") && is(e + 2, "half") || is(e, "\u00bd")) {
                v += 0.5;  // "5 and a half", "5 ½"
                e += is(e, "\u00bd") ? 1 : 3;
            }
            return new Quantity(v, plusAfter(e), false, false);
        }
        switch (a.lower) {
            case "a", "an" -> {
                if (is(k + 1, "few")) {
                    return new Quantity(-1, k + 2, true, false);
                }
                if (is(k + 1, "half") && is(k + 2, "-") && is(k + 3, "dozen")) {
                    return new Quantity(6, k + 4, false, false);  // "a half-dozen years"
                }
                if (is(k + 1, "half") && is(k + 2, "-") && unitAt(k + 3)) {
                    return new Quantity(0.5, k + 2, false, false);  // "a half-hour"
                }
                int century = is(k + 2, "-") ? k + 3 : k + 2;
                if ((is(k + 1, "half") || is(k + 1, "quarter")) && is(century, "century")) {
                    // "a quarter-century", "a half century"
                    return new Quantity(is(k + 1, "half") ? 0.5 : 0.25, k + 2, false, false);
                }
                if (is(k + 1, "couple") && is(k + 2, "of")) {
                    return new Quantity(2, k + 3, false, false);
                }
                if (is(k + 1, "couple") && k + 2 < t.length && Lexicon.PLURAL_UNITS.containsKey(t[k + 2].lower)) {
                    return new Quantity(2, k + 2, false, false);  // "a couple months ago"
                }
                if (is(k + 1, "number") && is(k + 2, "of")) {
                    return new Quantity(-1, k + 3, true, false);
                }
                if (is(k + 1, "hundred") || is(k + 1, "thousand") || is(k + 1, "dozen")) {
                    return wordNumber(k);
                }
                return new Quantity(1, k + 1, false, true);
            }
            case "several", "few", "many", "numerous", "multiple" -> {
                return new Quantity(-1, k + 1, true, false);
            }
            case "some" -> {
                return is(k + 1, "time") ? null : new Quantity(-1, k + 1, true, false);
            }
            case "couple" -> {
                return is(k + 1, "of") ? new Quantity(2, k + 2, false, false) : null;
            }
            case "dozens", "hundreds", "thousands" -> {
                return is(k + 1, "of") ? new Quantity(-1, k + 2, true, false) : null;
            }
            case "half" -> {
                if (is(k + 1, "a") || is(k + 1, "an")) {
                    return new Quantity(0.5, k + 2, false, false);
                }
                if (is(k + 1, "-") && is(k + 2, "dozen")) {
                    return new Quantity(6, k + 3, false, false);  // "the past half-dozen days"
                }
                return is(k + 1, "-") && unitAt(k + 2) ? new Quantity(0.5, k + 1, false, false) : null;  // "half-hour"
            }
            default -> {
                return Lexicon.CARDINALS.containsKey(a.lower) ? wordNumber(k) : null;
            }
        }
    }

    private boolean unitAt(int k) {
        return k < t.length && Lexicon.UNITS.containsKey(t[k].lower);
    }

    /** "twenty four", "twenty-four", "a hundred", "one hundred and fifty", "two and a half". */
    private Quantity wordNumber(int k) {
        long total = 0;
        long current = 0;
        int e = k;
        boolean any = false;
        while (e < t.length) {
            String w = t[e].lower;
            Integer v = Lexicon.CARDINALS.get(w);
            if (v != null && !w.equals("dozen")) {
                if (!any || current == 0 && total > 0) {
                    current = v;
                } else if (current >= 20 && current % 10 == 0 && v < 10 && current < 100) {
                    current += v;
                } else if (current >= 100 && current % 100 == 0 && v < 100) {
                    current += v;
                } else {
                    break;
                }
                any = true;
                e++;
                if (is(e, "-") && !t[e].spaceBefore && e + 1 < t.length
                        && Lexicon.CARDINALS.getOrDefault(t[e + 1].lower, 99) < 10 && current >= 20) {
                    e++;
                }
            } else if (w.equals("dozen") && (any || e == k || is(e - 1, "a"))) {
                current = Math.max(current, 1) * 12;
                any = true;
                e++;
            } else if (w.equals("hundred") && (any || is(e - 1, "a"))) {
                current = Math.max(current, 1) * 100;
                any = true;
                e++;
            } else if (w.equals("thousand") && (any || is(e - 1, "a"))) {
                total += Math.max(current, 1) * 1000;
                current = 0;
                any = true;
                e++;
            } else if ((w.equals("a") || w.equals("an")) && e == k) {
                e++;
            } else if (w.equals("and") && any && current >= 100 && e + 1 < t.length
                    && Lexicon.CARDINALS.containsKey(t[e + 1].lower)) {
                e++;
            } else {
                break;
            }
        }
        if (!any) {
            return null;
        }
        double value = total + current;
        if (is(e, "and") && is(e + 1, "a") && is(e + 2, "half")) {
            value += 0.5;
            e += 3;
        } else if (is(e, "-") && is(e + 1, "and") && is(e + 2, "-") && is(e + 3, "a") && is(e + 4, "-")
                && is(e + 5, "half")) {
            value += 0.5;
            e += 6;
        }
        return new Quantity(value, plusAfter(e), false, false);
    }

    /** The end of an amount at e, past a "-plus" ("15-plus years", "four-plus months": at least that many). */
    private int plusAfter(int e) {
        return is(e, "-") && !t[e].spaceBefore && is(e + 1, "plus") && !t[e + 1].spaceBefore ? e + 2 : e;
    }

    private static final Set<String> RATE_WORDS = Set.of("million", "billion", "thousand", "hundred", "cents",
            "dollars", "percent", "%", "times", "pounds", "euros", "yen", "barrels", "tons", "tonnes", "units", "shares");

    /** Does token k end an amount, so that "a year" after it is a rate ("$2 million a year", "four flights a week")? */
    boolean endsAnAmount(int k) {
        Token p = t[k];
        if (endsANumber(k)) {
            return true;
        }
        return p.isWord() && !p.capitalized() && p.lower.length() > 3 && p.lower.endsWith("s")
                && !p.lower.endsWith("ss") && !p.lower.endsWith("us") && !p.is("this") && !p.is("was")
                && !p.is("has") && !p.is("does") && !p.is("lasts") && !p.is("takes") && !p.is("needs")
                && !p.is("spends") && !p.is("remains") && !p.is("always") && !p.is("perhaps") && !p.is("besides")
                && !p.is("towards") && !p.is("afterwards") && !p.is("sometimes") && !p.is("nearly");
    }

    /** Token k ends a number or a sum ("$30 million", "8%", "10,000 units"), not any plural ("test pupils"). */
    boolean endsANumber(int k) {
        Token p = t[k];
        return p.isDigits() || RATE_WORDS.contains(p.lower) || Lexicon.CARDINALS.containsKey(p.lower);
    }
}
