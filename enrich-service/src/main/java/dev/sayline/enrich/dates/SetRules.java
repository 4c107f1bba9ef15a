package dev.sayline.enrich.dates;

import dev.sayline.enrich.dates.Lexicon.Unit;
import dev.sayline.enrich.dates.QuantityReader.Quantity;

import java.util.Set;

/**
 * Sets, the recurring times ("every week", "monthly", "each year", "twice a year", "on Fridays",
 * "Tuesday nights"): TIMEX3 SET values, which carry no point and move no reference time.
 */
final class SetRules extends TokenReader {

    private final QuantityReader quantities;

    SetRules(Reading reading, QuantityReader quantities) {
        super(reading);
        this.quantities = quantities;
    }

    /** Words that make "a … daily" a newspaper. */
    private static final Set<String> PAPER_ADJECTIVES = Set.of("free", "local", "national", "regional", "leading",
            "popular", "major", "tabloid", "financial", "business", "conservative", "liberal", "independent",
            "evening", "morning", "influential", "largest", "biggest", "respected", "official");

    private boolean isArticle(int k) {
        return is(k, "a") || is(k, "an") || is(k, "the");
    }

    RuleMatch set(int i) {
        Token a = t[i];
        String daily = switch (a.lower) {
            case "daily" -> "P1D";
            case "weekly" -> "P1W";
            case "monthly" -> "P1M";
            case "yearly", "annually" -> "P1Y";
            case "hourly" -> "PT1H";
            case "nightly" -> "P1D";
            case "quarterly" -> "P3M";
            case "biweekly", "fortnightly" -> "P2W";
            case "semiannually" -> "P6M";
            default -> null;
        };
        if (daily != null) {
            Token next = i + 1 < t.length ? t[i + 1] : null;
            Token prev = i > 0 ? t[i - 1] : null;
            if (a.capitalized() && prev != null && prev.isWord() && prev.capitalized() && !prev.newlineBefore
                    && !(i > 1 && reading.isSentenceBreak(i - 2))) {
                return null;  // "Washington Monthly", "Publishers Weekly": a title
            }
            if (prev != null && (prev.is("party") || prev.is("'")
                    || prev.is("newspaper") || prev.isWord() && prev.capitalized() && !a.capitalized()
                    && prev.end + 1 == a.start && i > 1 && !t[i - 2].is("."))) {
                return null;
            }
            boolean endsItsPhrase = next == null || next.is(".") || next.is(",") || next.is(";") || next.is(")");
            if (endsItsPhrase && (isArticle(i - 1) || isArticle(i - 2) && PAPER_ADJECTIVES.contains(prev.lower))) {
                return null;  // "a free daily.", "the weekly": a newspaper (not "briefs the president daily.")
            }
            if ((a.is("annually") || a.is("yearly")) && i > 0 && quantities.endsANumber(i - 1)) {
                return null;  // "save $30 million annually", "rise 8% annually": a rate, not a recurrence
            }
            if (a.is("quarterly") && next != null && next.isWord() && !Lexicon.CONJUNCTIONS.contains(next.lower)) {
                return null;  // "its quarterly dividend", "quarterly results": TimeBank leaves reporting adjectives
            }
            if (next != null && (next.isWord() && next.capitalized() || next.is("newspaper") || next.is("paper")
                    || next.is("mail") || next.is("news") || next.is("telegraph"))) {
                return null;
            }
            return new RuleMatch(i, i + 1, Timex.SET, daily, null, false, false);
        }
        if (a.is("per") && i > 0 && quantities.endsAnAmount(i - 1)) {
            return null;  // "$4 per hour", "15 million instructions per second"
        }
        if (a.is("every") || a.is("each") || a.is("per")) {
            int k = i + 1;
            int n = 1;
            if (is(k, "other")) {
                n = 2;
                k++;
            } else if (is(k, "single")) {
                k++;  // "every single day"
            } else {
                Quantity q = quantities.quantityAt(k);
                if (q != null && !q.vague() && !q.article() && q.value() >= 2 && q.value() == Math.rint(q.value())) {
                    n = (int) q.value();
                    k = q.end();
                }
            }
            if (k >= t.length) {
                return null;
            }
            Unit u = Lexicon.UNITS.get(t[k].lower);
            if (u != null && t[k].isWord() && (n > 1 || !Lexicon.PLURAL_UNITS.containsKey(t[k].lower))) {
                if (u == Unit.WEEKEND) {
                    return new RuleMatch(i, k + 1, Timex.SET, "XXXX-WXX-WE", null, false, false);
                }
                if (u == Unit.NIGHT) {
                    return new RuleMatch(i, k + 1, Timex.SET, "XXXX-XX-XXTNI", null, false, false);
                }
                return new RuleMatch(i, k + 1, Timex.SET, u.duration((double) n), null, false, false);
            }
            if (a.is("per")) {
                return null;
            }
            Integer wd = Lexicon.WEEKDAYS.get(t[k].lower);
            if (wd != null) {
                return new RuleMatch(i, k + 1, Timex.SET, "XXXX-WXX-" + wd, null, false, false);
            }
            Integer m = t[k].capitalized() ? Lexicon.MONTHS.get(t[k].lower) : null;
            if (m != null && !Lexicon.MONTH_ABBREVIATIONS.contains(t[k].lower)) {
                return new RuleMatch(i, k + 1, Timex.SET, String.format("XXXX-%02d", m), null, false, false);
            }
            String part = Lexicon.PARTS_OF_DAY.get(t[k].lower);
            if (part != null) {
                return new RuleMatch(i, k + 1, Timex.SET, "XXXX-XX-XXT" + part, null, false, false);
            }
            String season = Lexicon.SEASONS.get(t[k].lower);
            if (season != null) {
                return new RuleMatch(i, k + 1, Timex.SET, "XXXX-" + season, null, false, false);
            }
            return null;
        }
        // "twice a year", "once a week", "three times a day"
        if (a.is("once") || a.is("twice") || a.is("thrice")) {
            if ((is(i + 1, "a") || is(i + 1, "per") || is(i + 1, "every")) && i + 2 < t.length) {
                Unit u = Lexicon.UNITS.get(t[i + 2].lower);
                if (u != null && !Lexicon.PLURAL_UNITS.containsKey(t[i + 2].lower)) {
                    return new RuleMatch(i, i + 3, Timex.SET, u.duration(1.0), null, false, false);
                }
            }
            return null;
        }
        // "day after day", "night after night", "week after week": a recurrence
        if ((a.is("day") || a.is("night") || a.is("week") || a.is("month") || a.is("year")) && is(i + 1, "after")
                && is(i + 2, a.lower) && !t[i + 2].capitalized() && !is(i + 3, "-")) {
            return new RuleMatch(i, i + 3, Timex.SET, Lexicon.UNITS.get(a.lower).duration(1.0), null, false, false);
        }
        // "on Fridays", "Tuesday nights"
        Integer wdp = Lexicon.WEEKDAYS_PLURAL.get(a.lower);
        if (wdp != null && a.capitalized()) {
            return new RuleMatch(i, i + 1, Timex.SET, "XXXX-WXX-" + wdp, null, false, false);
        }
        Integer wd = Lexicon.WEEKDAYS.get(a.lower);
        if (wd != null && a.capitalized() && i + 1 < t.length && t[i + 1].lower.endsWith("s")) {
            String part = Lexicon.PARTS_OF_DAY.get(t[i + 1].lower.substring(0, t[i + 1].lower.length() - 1));
            if (part != null) {
                return new RuleMatch(i, i + 2, Timex.SET, "XXXX-WXX-" + wd + "T" + part, null, false, false);
            }
        }
        return null;
    }
}
