package dev.sayline.enrich.dates;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Word lists of the English temporal grammar (lower case). */
final class Lexicon {

    private Lexicon() {
    }

    /** Time units of durations and offsets. */
    enum Unit {
        SECOND("S", true), MINUTE("M", true), HOUR("H", true), DAY("D", false), NIGHT("D", false),
        WEEK("W", false), FORTNIGHT("W", false), WEEKEND("WE", false), MONTH("M", false), QUARTER("Q", false),
        YEAR("Y", false), DECADE("DE", false), CENTURY("CE", false);

        final String symbol;
        final boolean timeOfDay;

        Unit(String symbol, boolean timeOfDay) {
            this.symbol = symbol;
            this.timeOfDay = timeOfDay;
        }

        /** The calendar granularity of a point this many units away ({@code two weeks ago} is a week). */
        TimePoint.Granularity granularity() {
            return switch (this) {
                case SECOND, MINUTE, HOUR, DAY, NIGHT -> TimePoint.Granularity.DAY;
                case WEEK, FORTNIGHT -> TimePoint.Granularity.WEEK;
                case WEEKEND -> TimePoint.Granularity.WEEKEND;
                case MONTH -> TimePoint.Granularity.MONTH;
                case QUARTER -> TimePoint.Granularity.QUARTER;
                case YEAR, DECADE, CENTURY -> TimePoint.Granularity.YEAR;
            };
        }

        /** How far {@code n} units move a date, in the unit that {@link TimePoint#plus} takes. */
        TimePoint.Granularity step() {
            return switch (this) {
                case SECOND, MINUTE, HOUR, DAY, NIGHT -> TimePoint.Granularity.DAY;
                case WEEK, FORTNIGHT, WEEKEND -> TimePoint.Granularity.WEEK;
                case MONTH -> TimePoint.Granularity.MONTH;
                case QUARTER -> TimePoint.Granularity.QUARTER;
                case YEAR -> TimePoint.Granularity.YEAR;
                case DECADE -> TimePoint.Granularity.DECADE;
                case CENTURY -> TimePoint.Granularity.CENTURY;
            };
        }

        /** TIMEX3 duration value for {@code n} units ({@code null} n: unspecified, {@code PXY}). */
        String duration(Double n) {
            double amount = n == null ? -1 : n;
            String count;
            Unit u = this;
            if (this == FORTNIGHT) {
                u = WEEK;
                amount = amount < 0 ? amount : amount * 2;
            } else if (this == WEEKEND) {
                u = DAY;
                amount = amount < 0 ? amount : amount * 2;
            } else if (this == NIGHT) {
                u = DAY;
            } else if ((this == CENTURY || this == DECADE) && amount > 0 && amount != Math.rint(amount)
                    || this == DECADE && amount >= 2) {
                // "a half-century" is P50Y; counted decades are years ("two decades" is P20Y, as TimeBank
                // writes them), but one stays a decade ("more than a decade", P1DE in the seed guidelines)
                u = YEAR;
                amount = amount * (this == CENTURY ? 100 : 10);
            }
            if (amount < 0) {
                count = "X";
            } else if (amount == Math.rint(amount)) {
                count = Long.toString((long) amount);
            } else if (u == YEAR && amount * 12 == Math.rint(amount * 12)) {
                long whole = (long) amount;
                long months = Math.round((amount - whole) * 12);
                return whole == 0 ? "P" + months + "M" : "P" + whole + "Y" + months + "M";
            } else if (u == HOUR && amount * 60 == Math.rint(amount * 60)) {
                long whole = (long) amount;
                long minutes = Math.round((amount - whole) * 60);
                return whole == 0 ? "PT" + minutes + "M" : "PT" + whole + "H" + minutes + "M";
            } else if (u == DAY && amount * 24 == Math.rint(amount * 24)) {
                return "PT" + (long) (amount * 24) + "H";
            } else if (u == MINUTE && amount * 60 == Math.rint(amount * 60)) {
                // mixed units, like hours: "a minute and a half" is PT1M30S
                long whole = (long) amount;
                long seconds = Math.round((amount - whole) * 60);
                return whole == 0 ? "PT" + seconds + "S" : "PT" + whole + "M" + seconds + "S";
            } else {
                count = Double.toString(amount);
            }
            return (u.timeOfDay ? "PT" : "P") + count + u.symbol;
        }
    }

    static final Map<String, Unit> UNITS = new HashMap<>();
    static final Map<String, Unit> PLURAL_UNITS = new HashMap<>();
    static final Map<String, Integer> MONTHS = new HashMap<>();
    /** Abbreviated month names, which need a following period or number to count. */
    static final Set<String> MONTH_ABBREVIATIONS = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec");
    static final Map<String, Integer> WEEKDAYS = new HashMap<>();
    static final Map<String, Integer> WEEKDAYS_PLURAL = new HashMap<>();
    static final Map<String, Integer> CARDINALS = new HashMap<>();
    static final Map<String, Integer> ORDINALS = new HashMap<>();
    static final Map<String, String> SEASONS = Map.of("spring", "SP", "summer", "SU", "fall", "FA", "autumn", "FA",
            "winter", "WI");
    static final Map<String, String> PARTS_OF_DAY = Map.of("morning", "MO", "afternoon", "AF", "evening", "EV",
            "night", "NI");
    /** Vague quantities: {@code several months} is {@code PXM}. */
    static final Set<String> VAGUE = Set.of("several", "few", "many", "some", "numerous", "multiple", "couple");
    /** Words that make the next number or unit approximate; they belong to the expression's extent. */
    static final Set<String> APPROXIMATORS = Set.of("about", "around", "nearly", "almost", "approximately", "roughly",
            "some", "only", "just", "barely", "fully", "over", "under");

    static {
        unit(Unit.SECOND, "second", "seconds", "sec", "secs");
        unit(Unit.MINUTE, "minute", "minutes", "min", "mins");
        unit(Unit.HOUR, "hour", "hours", "hr", "hrs");
        unit(Unit.DAY, "day", "days");
        unit(Unit.NIGHT, "night", "nights");
        unit(Unit.WEEK, "week", "weeks");
        unit(Unit.FORTNIGHT, "fortnight", "fortnights");
        unit(Unit.WEEKEND, "weekend", "weekends");
        unit(Unit.MONTH, "month", "months");
        unit(Unit.QUARTER, "quarter", "quarters");
        unit(Unit.YEAR, "year", "years", "yr", "yrs");
        unit(Unit.DECADE, "decade", "decades");
        unit(Unit.CENTURY, "century", "centuries");
        String[] months = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december"};
        for (int m = 0; m < 12; m++) {
            MONTHS.put(months[m], m + 1);
        }
        for (String a : MONTH_ABBREVIATIONS) {
            MONTHS.put(a, a.equals("sept") ? 9 : MONTHS.get(months[indexOfPrefix(months, a)]));
        }
        String[] days = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
        for (int d = 0; d < 7; d++) {
            WEEKDAYS.put(days[d], d + 1);
            WEEKDAYS_PLURAL.put(days[d] + "s", d + 1);
        }
        String[] ones = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int k = 0; k < ones.length; k++) {
            CARDINALS.put(ones[k], k);
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int k = 0; k < tens.length; k++) {
            CARDINALS.put(tens[k], 20 + 10 * k);
        }
        CARDINALS.put("dozen", 12);
        String[] ords = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                "eighteenth", "nineteenth", "twentieth"};
        for (int k = 0; k < ords.length; k++) {
            ORDINALS.put(ords[k], k + 1);
        }
        ORDINALS.put("thirtieth", 30);
    }

    private static int indexOfPrefix(String[] names, String prefix) {
        for (int k = 0; k < names.length; k++) {
            if (names[k].startsWith(prefix)) {
                return k;
            }
        }
        throw new IllegalArgumentException(prefix);
    }

    private static void unit(Unit u, String singular, String plural, String... abbreviations) {
        UNITS.put(singular, u);
        UNITS.put(plural, u);
        PLURAL_UNITS.put(plural, u);
        for (String a : abbreviations) {
            UNITS.put(a, u);
            if (a.endsWith("s")) {
                PLURAL_UNITS.put(a, u);
            }
        }
    }

    /** The unit of a closed "-long" adjective ({@code yearslong}, {@code daylong}); null for any other word. */
    static Unit closedLongUnit(String lower) {
        if (lower.length() <= 4 || !lower.endsWith("long")) {
            return null;
        }
        String unit = lower.substring(0, lower.length() - 4);
        return PLURAL_UNITS.containsKey(unit) ? PLURAL_UNITS.get(unit) : CLOSED_LONG_SINGULARS.contains(unit)
                ? UNITS.get(unit) : null;
    }

    /** Units AP closes up with "long" in the singular: "daylong", "weeklong", "monthlong", "yearlong". */
    static final Set<String> CLOSED_LONG_SINGULARS = Set.of("day", "week", "month", "year");

    /** {@code 30th} → 30, {@code 1st} → 1; -1 if the token is not an ordinal day number. */
    static int numericOrdinal(String lower) {
        int n = lower.length();
        if (n < 3 || n > 4) {
            return -1;
        }
        String suffix = lower.substring(n - 2);
        if (!suffix.equals("st") && !suffix.equals("nd") && !suffix.equals("rd") && !suffix.equals("th")) {
            return -1;
        }
        String digits = lower.substring(0, n - 2);
        for (int k = 0; k < digits.length(); k++) {
            if (!Character.isDigit(digits.charAt(k))) {
                return -1;
            }
        }
        return Integer.parseInt(digits);
    }

    /** Words after which an adjective-like word ends its phrase ("paid quarterly and …"). */
    static final Set<String> CONJUNCTIONS = Set.of("and", "or", "but", "nor", "so", "yet", "to", "in", "on", "at",
            "by", "for", "from", "with", "since", "until", "through", "as", "than", "if", "when", "while");

    /** Present forms of "be"/"have"/"remain": what they state holds now ("Today, Taiwan is …", "is likely"). */
    static final Set<String> PRESENT_COPULAS = Set.of("is", "are", "has", "have", "remains", "remain");

    /** Possessive determiners: "his next speech", "her last day at work". */
    static final Set<String> POSSESSIVES = Set.of("his", "her", "its", "their", "our", "my", "your");

    /** Words after which "the future" is still the noun ("the future and …", "in the future is …"). */
    static final Set<String> FUNCTION_WORDS = Set.of("and", "or", "but", "is", "was", "will", "would",
            "as", "when", "if", "than", "because", "for", "to", "in", "at", "on", "by", "with", "that", "which",
            "remains", "seems", "looks", "holds", "lies", "may", "might", "could", "can");
}
