package dev.sayline.enrich.dates;

import dev.sayline.enrich.dates.TimePoint.Granularity;

import java.time.LocalDate;
import java.util.Set;

/**
 * Years, decades and centuries ("2026", "fiscal 1989", "the year two thousand", "1933-1939", "the 1990s",
 * "the '80s", "the 20th century"), and the year readers ({@link #yearNumber}, spoken years) that the
 * date, quarter, season, holiday and quantity rules use for the year they may carry.
 */
final class YearRules extends TokenReader {

    private static final Set<String> YEAR_PRECEDERS = Set.of("in", "since", "of", "by", "until", "till", "from",
            "year", "fiscal", "the", "and", "to", "through", "during", "before", "after", "early", "late", "mid",
            "around", "circa", "(", ",", "-", "or", "between", "summer", "spring", "winter", "autumn", "fall", "'s");
    private static final Set<String> DECADE_PRECEDERS = Set.of("in", "since", "during", "of", "from", "through",
            "until", "throughout", "to", "and", "into");

    YearRules(Reading reading) {
        super(reading);
    }

    /** A year: four digits, {@code '98}, or spoken ({@code nineteen ninety-six}); -1 if none. */
    int yearNumber(int k) {
        if (k >= t.length) {
            return -1;
        }
        Token a = t[k];
        int[] spoken = spokenYear(k);
        if (spoken != null) {
            return spoken[0];
        }
        if (a.isDigits() && a.text.length() == 4 && a.number >= 1000 && a.number <= 2999) {
            // "1200:30", "2,015": parts of other numbers
            if ((is(k + 1, ":") || is(k + 1, ",")) && k + 2 < t.length && t[k + 2].isDigits() && !t[k + 2].spaceBefore) {
                return -1;
            }
            // "in December 1992: …" is a year; "released 2016: Obama's America" a title
            if (is(k + 1, ":") && !(k > 0 && (Lexicon.MONTHS.containsKey(t[k - 1].lower)
                    || YEAR_PRECEDERS.contains(t[k - 1].lower)))) {
                return -1;
            }
            return a.number;
        }
        if (a.is("'") && k + 1 < t.length && t[k + 1].isDigits() && t[k + 1].text.length() == 2
                && !t[k + 1].spaceBefore) {
            int yy = t[k + 1].number;
            return yy + (yy <= 30 ? 2000 : 1900);
        }
        return -1;
    }

    /**
     * How many years on from the year last named the phrase at k lies: "that year", "the same year",
     * "that same year" 0, "the following/next year" 1, "the previous/preceding year" -1; null if none is there.
     */
    Integer yearAnaphor(int k) {
        if (yearAnaphorTokens(k) == 0) {
            return null;
        }
        String w = t[k + 1].lower;
        return w.equals("following") || w.equals("next") ? 1 : w.equals("previous") || w.equals("preceding") ? -1 : 0;
    }

    /** How many tokens the year anaphor at k spans ({@link #yearAnaphor}), 0 if none is there. */
    int yearAnaphorTokens(int k) {
        if (is(k, "that") && is(k + 1, "year")) {
            return 2;
        }
        boolean determiner = is(k, "the") || is(k, "that");
        if (determiner && is(k + 2, "year") && !is(k + 3, "'") && (is(k + 1, "same") || is(k, "the")
                && (is(k + 1, "following") || is(k + 1, "next") || is(k + 1, "previous") || is(k + 1, "preceding")))) {
            return 3;
        }
        return 0;
    }

    int yearTokens(int k) {
        int[] spoken = spokenYear(k);
        if (spoken != null) {
            return spoken[1] - k;
        }
        return t[k].is("'") ? 2 : 1;
    }

    /** "nineteen ninety-six", "nineteen oh five", "two thousand", "two thousand and one": {year, end}. */
    int[] spokenYear(int k) {
        Token a = t[k];
        if (!a.isWord()) {
            return null;
        }
        if (a.is("nineteen") || a.is("eighteen")) {
            int century = a.is("nineteen") ? 1900 : 1800;
            int e = k + 1;
            if (e >= t.length) {
                return null;
            }
            Integer tens = Lexicon.CARDINALS.get(t[e].lower);
            if (t[e].is("oh") && e + 1 < t.length) {
                Integer one = Lexicon.CARDINALS.get(t[e + 1].lower);
                return one != null && one >= 1 && one <= 9 ? new int[]{century + one, e + 2} : null;
            }
            if (tens == null || tens < 10) {
                return null;
            }
            int y = century + tens;
            e++;
            if (tens >= 20 && tens % 10 == 0 && is(e, "-") && e + 1 < t.length) {
                Integer one = Lexicon.CARDINALS.get(t[e + 1].lower);
                if (one != null && one >= 1 && one <= 9) {
                    y += one;
                    e += 2;
                }
            } else if (tens >= 20 && tens % 10 == 0 && e < t.length) {
                Integer one = Lexicon.CARDINALS.get(t[e].lower);
                if (one != null && one >= 1 && one <= 9) {
                    y += one;
                    e++;
                }
            }
            return new int[]{y, e};
        }
        if (a.is("two") && is(k + 1, "thousand")) {
            int e = k + 2;
            int y = 2000;
            int f = is(e, "and") ? e + 1 : e;
            if (f < t.length) {
                Integer one = Lexicon.CARDINALS.get(t[f].lower);
                if (one != null && one >= 1 && one < 20) {
                    y += one;
                    e = f + 1;
                }
            }
            if (e < t.length && Lexicon.UNITS.containsKey(t[e].lower) || is(e, "dollars") || is(e, "people")) {
                return null;
            }
            return new int[]{y, e};
        }
        return null;
    }

    /** Readings a two-digit "the 90's" has near them: "Temperatures in the 90's", "ratings stuck in the 40's". */
    private static final Set<String> MEASURES = Set.of("temperature", "temperatures", "temps", "degrees", "percent",
            "%", "rating", "ratings", "poll", "polls", "polling", "lead", "approval", "highs", "lows", "high", "low",
            "aged", "age", "scores", "score", "mph");

    RuleMatch year(int i) {
        int k = i;
        boolean the = is(k, "the");
        if (the) {
            k++;
        }
        if (k >= t.length) {
            return null;
        }
        Token a = t[k];
        // decades: "the 1990s", "1990s", "the '80s", "the nineties"
        if (a.kind == Token.Kind.ALNUM && a.lower.length() == 5 && a.lower.endsWith("s")
                && Character.isDigit(a.lower.charAt(3)) && a.lower.charAt(3) == '0') {
            int yy = Integer.parseInt(a.lower.substring(0, 4));
            // "the 1900s" is mostly the century, but "the 2000s" ("the mid-2000s") the decade
            TimePoint p = TimePoint.of(yy % 100 == 0 && yy != 2000 ? Granularity.CENTURY : Granularity.DECADE,
                    LocalDate.of(yy, 1, 1));
            return new RuleMatch(i, k + 1, Timex.DATE, p.value(), p, false, false);
        }
        // "the 1980's", "the 90's": the decade with an apostrophe (not the possessive of "1990's budget",
        // nor "temperatures in the 90's")
        boolean decadeDigits = a.lower.length() == 4 || a.lower.length() == 2 && the && !anyWithin(k, 6, MEASURES);
        if (a.isDigits() && decadeDigits && a.lower.endsWith("0") && is(k + 1, "'") && !t[k + 1].spaceBefore
                && is(k + 2, "s") && !t[k + 2].spaceBefore
                && (the || k + 3 >= t.length || !t[k + 3].isWord() || t[k + 3].capitalized())) {
            boolean thisCentury = a.number <= 20 && (dct == null || 2000 + a.number <= dct.getYear());
            int yy = a.lower.length() == 4 ? a.number : thisCentury ? 2000 + a.number : 1900 + a.number;
            TimePoint p = TimePoint.of(yy % 100 == 0 && a.lower.length() == 4 && yy != 2000 ? Granularity.CENTURY
                    : Granularity.DECADE, LocalDate.of(yy, 1, 1));
            return new RuleMatch(i, k + 3, Timex.DATE, p.value(), p, false, false);
        }
        if (a.is("'") && k + 1 < t.length && t[k + 1].kind == Token.Kind.ALNUM && t[k + 1].lower.length() == 3
                && t[k + 1].lower.endsWith("0s") && !t[k + 1].spaceBefore) {
            int dd = t[k + 1].lower.charAt(0) - '0';
            // "the '20s" is this century's only once its decade has begun ("Germany in the '20s", said in 2016)
            int century = dd <= 2 && (dct == null || 2000 + 10 * dd <= dct.getYear()) ? 2000 : 1900;
            TimePoint p = TimePoint.of(Granularity.DECADE, LocalDate.of(century + 10 * dd, 1, 1));
            return new RuleMatch(i, k + 2, Timex.DATE, p.value(), p, false, false);
        }
        if (the && i > 0 && DECADE_PRECEDERS.contains(t[i - 1].lower) && a.kind == Token.Kind.ALNUM
                && a.lower.length() == 3 && a.lower.endsWith("0s") && Character.isDigit(a.lower.charAt(0))
                && a.lower.charAt(0) >= '3' && !is(k + 1, "-")) {
            // "in the 80s" (not "in their 80s", and not the 20s, which may be this century's)
            int dd = a.lower.charAt(0) - '0';
            TimePoint p = TimePoint.of(Granularity.DECADE, LocalDate.of(1900 + 10 * dd, 1, 1));
            return new RuleMatch(i, k + 1, Timex.DATE, p.value(), p, false, false);
        }
        if (the) {
            String dec = switch (a.lower) {
                case "twenties" -> "192";
                case "thirties" -> "193";
                case "forties" -> "194";
                case "fifties" -> "195";
                case "sixties" -> "196";
                case "seventies" -> "197";
                case "eighties" -> "198";
                case "nineties" -> "199";
                default -> null;
            };
            if (dec != null) {
                TimePoint p = TimePoint.of(Granularity.DECADE, LocalDate.of(Integer.parseInt(dec) * 10, 1, 1));
                return new RuleMatch(i, k + 1, Timex.DATE, p.value(), p, false, false);
            }
        }
        // centuries: "the 20th century", "the twentieth century", "11th century"
        int ord = a.kind == Token.Kind.ALNUM ? Lexicon.numericOrdinal(a.lower)
                : Lexicon.ORDINALS.getOrDefault(a.lower, -1);
        int ck = k;
        if (a.is("twenty") && is(k + 1, "-") && is(k + 2, "first")) {
            ord = 21;
            ck += 2;
        }
        boolean hyphened = is(ck + 1, "-") && !t[ck + 1].spaceBefore && is(ck + 2, "century")
                && !t[ck + 2].spaceBefore;  // "a 19th-century contest"
        if (ord > 0 && ord <= 21 && (is(ck + 1, "century") || hyphened)) {
            TimePoint p = TimePoint.of(Granularity.CENTURY, LocalDate.of((ord - 1) * 100, 1, 1));
            // the adjective alone: "the 20th-century activist" marks "20th-century"
            return new RuleMatch(the && !hyphened ? i : k, ck + (hyphened ? 3 : 2), Timex.DATE, p.value(), p,
                    false, false);
        }
        // "fiscal 1989", "the year 2000", plain years
        int y0 = k;
        if (a.is("fiscal")) {
            y0++;
            if (is(y0, "year")) {
                y0++;
            }
        } else if (the && a.is("year")) {
            y0++;
        }
        int y = yearNumber(y0);
        if (y < 0 || t[y0].is("'") && !shortYearAfterAPreposition(y0)) {
            return null;
        }
        int start = y0 == k && the ? k : i;
        if (y0 == k && t[y0].isDigits() && !yearContextOk(y0)) {
            return null;
        }
        if (!t[y0].isDigits() && t[y0].is("two") && !(y0 > k || k > 0 && (YEAR_PRECEDERS.contains(t[k - 1].lower)
                || Lexicon.MONTHS.containsKey(t[k - 1].lower)))) {
            return null;
        }
        int e = y0 + yearTokens(y0);
        // a range of years: "1933-1939" is one DURATION
        if (is(e, "-") && !t[e].spaceBefore && e + 1 < t.length && !t[e + 1].spaceBefore) {
            int y2 = yearNumber(e + 1);
            if (y2 > y && t[e + 1].isDigits()) {
                return new RuleMatch(start, e + 2, Timex.DURATION, "P" + (y2 - y + 1) + "Y", null, false, false);
            }
        }
        TimePoint p = TimePoint.year(y);
        // a year that modifies a plural ("the 2013 comments") says when, but moves no reference time
        boolean modifier = e < t.length && PLURALS_AFTER_A_YEAR.contains(t[e].lower) && t[e].lower.endsWith("s")
                && !t[e].is("was") && !t[e].is("has") && !t[e].is("is") && !t[e].is("as") && !t[e].is("this");
        return new RuleMatch(start, e, Timex.DATE, p.value(), p, !modifier, false);
    }

    /** Words before which a bare "'08" is a year: "what he did in ’08 and ’12", "Course in '16". */
    private static final Set<String> SHORT_YEAR_PRECEDERS = Set.of("in", "since", "by", "until", "from", "of", "and",
            "to", "through", "before", "after");

    /**
     * "'08" at k after a preposition, and no unit after it ("’13 Hours", a film, is no year), nor a closing
     * quotation mark ("starred in '24'"), nor "the Spirit of '76".
     */
    private boolean shortYearAfterAPreposition(int k) {
        boolean quoted = k + 2 < t.length && reading.isQuoteMark(k + 2) && !t[k + 2].spaceBefore;  // "in '24'"
        return k > 0 && SHORT_YEAR_PRECEDERS.contains(t[k - 1].lower) && !quoted && !(is(k - 1, "of")
                && is(k - 2, "spirit")) && !(k + 2 < t.length && Lexicon.UNITS.containsKey(t[k + 2].lower));
    }

    /** Plural nouns a year modifies ("the 2012 attacks"); before other plurals a number counts ("2047 voters"). */
    private static final Set<String> PLURALS_AFTER_A_YEAR = Set.of("was", "has", "is", "as", "this", "elections",
            "levels", "figures", "results", "prices", "sales", "earnings", "rates", "talks", "attacks", "bombings",
            "shootings", "killings", "riots", "protests", "primaries", "campaigns", "cycles", "conventions",
            "midterms", "hopefuls", "rivals", "candidates", "nominees", "races", "contests", "caucuses", "debates",
            "games", "olympics", "playoffs", "finals", "negotiations", "accords", "agreements", "sanctions",
            "reforms", "polls", "budgets", "floods", "storms", "wars", "revolutions", "crises", "summits",
            "hearings", "comments", "remarks", "statements", "returns", "filings", "standards", "rules", "laws",
            "plans", "events", "totals", "numbers", "estimates", "forecasts", "projections", "models", "versions",
            "editions", "winners", "champions", "graduates", "classes", "seasons");

    /** Parts of a year after which a number is the year, whatever follows ("the end of 2015 leaves …"). */
    private static final Set<String> PARTS_OF_A_YEAR = Set.of("end", "start", "beginning", "middle", "close",
            "spring", "summer", "fall", "autumn", "winter");

    /** The "than" at k compares times: "in 2020 rather than 2018", "no later than 2017"; not "more than 2000". */
    private boolean comparesTimes(int k) {
        return k > 0 && TIME_COMPARATIVES.contains(t[k - 1].lower);
    }

    private static final Set<String> TIME_COMPARATIVES = Set.of("rather", "later", "earlier", "sooner");

    /** Verbs a year is the subject of: "As 2015 comes to an end", "2016 brings new rules". */
    private static final Set<String> VERBS_AFTER_A_YEAR = Set.of("comes", "begins", "brings", "starts", "winds",
            "seems", "proves", "arrives");

    /** Token k opens a sentence, or a clause after "as", "when", "until", "before", "after" or "since". */
    private boolean atAClauseStart(int k) {
        return reading.opensASentence(k) || CLAUSE_OPENERS.contains(t[k - 1].lower);
    }

    private static final Set<String> CLAUSE_OPENERS = Set.of("as", "when", "until", "before", "after", "since");

    /** Is a bare four-digit number a year here (not an amount, a count or a model number)? */
    private boolean yearContextOk(int k) {
        Token a = t[k];
        Token prev = k > 0 ? t[k - 1] : null;
        Token next = k + 1 < t.length ? t[k + 1] : null;
        if (prev != null && !a.spaceBefore && (prev.isDigits() || prev.is("$") || prev.is(".") || prev.is(",")
                || prev.is("#") || prev.is("-") && k > 1 && t[k - 2].isDigits())) {
            return false;
        }
        if (prev != null && (prev.is("$") || prev.is("no") && prev.capitalized() || prev.is("number")
                || prev.is("route") || prev.is("flight") || prev.is("resolution") || prev.is("about")
                || prev.is("some") || prev.is("than") && !comparesTimes(k - 1) || prev.is("nearly")
                || prev.is("only") || prev.is("almost"))) {
            return false;
        }
        if (prev != null && prev.is("of") && k > 2 && PARTS_OF_A_YEAR.contains(t[k - 2].lower) && t[k - 3].is("the")) {
            return true;  // "The end of 2015 leaves …": a part of a year, whatever follows
        }
        if (next != null && !next.spaceBefore && (next.is("%") || next.isDigits()
                || next.is(",") && k + 2 < t.length && t[k + 2].isDigits() && !t[k + 2].spaceBefore
                || next.is(".") && k + 2 < t.length && t[k + 2].isDigits() && !t[k + 2].spaceBefore)) {
            return false;
        }
        // "1987 voters" counts; "the 2012 attacks", "the 2008 campaigns" are of a year, and so is
        // "a 2012 records request" (after "a", no count)
        boolean singular = prev != null && (prev.is("a") || prev.is("an"));
        if (!singular && next != null && next.isWord() && !next.capitalized() && next.lower.length() > 3
                && next.lower.endsWith("s") && !next.lower.endsWith("ss") && !PLURALS_AFTER_A_YEAR.contains(next.lower)
                && !(VERBS_AFTER_A_YEAR.contains(next.lower) && atAClauseStart(k))) {
            return false;
        }
        // "a poll of 2047 registered voters", "…, 1128 were for him", "2470+ delegates"; not "in 1998 were",
        // "1995, 1997, 1998 were the warmest" (a comma leads to a year only after a year)
        boolean afterAYearWord = prev != null && YEAR_PRECEDERS.contains(prev.lower)
                && !(prev.is(",") && !(k > 1 && t[k - 2].isDigits() && t[k - 2].text.length() == 4));
        if (next != null && (next.is("+") && !next.spaceBefore
                || next.is("were") && !afterAYearWord
                || next.is("registered")
                || next.is("likely") && k + 2 < t.length && t[k + 2].lower.endsWith("s"))) {
            return false;
        }
        if (next != null && (next.is("percent") || next.is("per") || next.is("million") || next.is("billion")
                || next.is("metres") || next.is("meters") || next.is("feet") || next.is("people"))) {
            return false;
        }
        int y = a.number;
        if (y >= 1900 && y <= 2099) {
            return true;
        }
        return prev != null && YEAR_PRECEDERS.contains(prev.lower);
    }
}
