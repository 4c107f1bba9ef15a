package dev.sayline.enrich.dates;

import dev.sayline.enrich.dates.TimePoint.Granularity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * Named days of the year ("Christmas Eve", "by Election Day", "last Easter", "Easter week"): the
 * year from the text, a determiner, or the clause's tense. The dates themselves are {@link Holiday}'s.
 */
final class HolidayRules extends TokenReader {

    /** The words a holiday's name starts with, where the recognizer looks for one. */
    static final Set<String> FIRST_WORDS = Set.of("christmas", "thanksgiving", "halloween", "new", "independence",
            "orthodox", "easter", "good", "boxing", "election", "super", "memorial", "labor", "labour", "victory",
            "armistice", "veterans", "veteran", "valentine", "mother", "father", "st", "saint", "cinco", "presidents",
            "mlk", "martin", "inauguration", "flag", "columbus", "bastille", "black", "cyber");

    private final ClauseTense tenses;
    private final YearRules years;

    HolidayRules(Reading reading, ClauseTense tenses, YearRules years) {
        super(reading);
        this.tenses = tenses;
        this.years = years;
    }

    /**
     * "Christmas Eve", "by Election Day", "last Easter", "Easter week": a named day of the year the
     * text gives, else the one the clause's tense points to (the last one in a past clause unless the
     * next is within two weeks, and the reverse in a future clause), else the nearest.
     */
    RuleMatch holiday(int i) {
        int k = i;
        String det = null;
        if ((is(k, "last") || is(k, "next") || is(k, "this")) && k + 1 < t.length) {
            det = t[k].lower;
            k++;
        }
        if (dct == null || !(t[k].capitalized() || electionDayInLowerCase(k))) {
            return null;
        }
        int[] end = new int[1];
        Holiday h = holidayAt(k, end);
        if (h == null) {
            return null;
        }
        boolean greeting = det == null && (is(k - 1, "merry") || is(k - 1, "happy"))
                && (end[0] >= t.length || !t[end[0]].isWord() || is(end[0], "to") || is(end[0], "and"));
        if (greeting) {
            return null;  // "Merry Christmas.", "Happy Thanksgiving to all": a greeting, not a day
        }
        // "the 1999 Christmas season": that year's; "the 1988 Super Tuesday" is marked by its year alone,
        // as that day's date moves from one cycle to the next
        int yearBefore = det == null && k > 0 && t[k - 1].isDigits() ? years.yearNumber(k - 1) : -1;
        if (yearBefore > 0 && h == Holiday.SUPER_TUESDAY) {
            return null;
        }
        int e = end[0];
        boolean week = det == null && h == Holiday.EASTER && is(e, "week");
        boolean weekend = is(e, "weekend") && !is(e + 1, "-");  // "over Labor Day weekend", "last Thanksgiving weekend"
        int nameEnd = e;
        if (week || weekend) {
            e++;
        }
        int yv = det == null ? years.yearNumber(e) : -1;
        LocalDate d;
        if (yv > 0 && t[e].isDigits()) {
            d = h.in(yv);
            e++;
        } else if (yearBefore > 0) {
            d = h.in(yearBefore);
        } else if (det == null && (is(e, "last") || is(e, "next") || is(e, "this")) && is(e + 1, "year")
                && !is(e + 2, "'")) {
            // "past Inauguration Day next year", "at Christmas last year": that year's
            d = h.in(dct.getYear() + (is(e, "last") ? -1 : is(e, "next") ? 1 : 0));
            e += 2;
        } else {
            d = nearest(h, det, tenses.tense(i, e));
        }
        TimePoint p = week ? TimePoint.of(Granularity.WEEK, d) : TimePoint.day(d);
        LocalDate saturday = weekend ? weekendOf(d) : null;
        if (saturday != null) {
            p = TimePoint.of(Granularity.WEEKEND, saturday);
        } else if (weekend) {
            e = nameEnd;  // "Independence Day weekend" on a Tuesday: the day alone
        }
        return new RuleMatch(i, e, Timex.DATE, p.value(), p, true, false);
    }

    /**
     * The Saturday of "Memorial Day weekend" (the one before a Monday), "Thanksgiving weekend" (after a
     * Thursday or a Friday), "Easter weekend"; null for a day mid-week, which has no weekend of its own.
     */
    private static LocalDate weekendOf(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case MONDAY -> day.minusDays(2);
            case THURSDAY -> day.plusDays(2);
            case FRIDAY -> day.plusDays(1);
            case SATURDAY -> day;
            case SUNDAY -> day.minusDays(1);
            default -> null;
        };
    }

    /** "Valentine's Day", "Mother's Day": the name at k, "'s" and "Day". */
    private boolean possessiveDay(int k) {
        return is(k + 1, "'") && is(k + 2, "s") && is(k + 3, "day");
    }

    /** The token after "St." or "Saint" at k: the saint's name. */
    private int saintsName(int k) {
        return is(k + 1, ".") ? k + 2 : k + 1;
    }

    /** The end of "Martin Luther King Day" or "Martin Luther King Jr. Day" at k; -1 if not there. */
    private int kingDayEnd(int k) {
        if (!is(k + 1, "luther") || !is(k + 2, "king")) {
            return -1;
        }
        int e = k + 3;
        if (is(e, "jr")) {
            e += is(e + 1, ".") ? 2 : 1;
        }
        return is(e, "day") ? e + 1 : -1;
    }

    /**
     * "vote on election day", "leading up to election day": the federal Election Day, written in lower
     * case after a preposition, in the months before it in an election year, where the sentence names
     * no other vote (a primary, a runoff, a caucus) and no month.
     */
    private boolean electionDayInLowerCase(int k) {
        if (!is(k, "election") || !is(k + 1, "day") || is(k + 2, "-") || is(k + 2, "'") || k == 0
                || !(BEFORE_A_DAY.contains(t[k - 1].lower) || is(k - 1, "to")) || dct.getYear() % 2 != 0
                || dct.isAfter(Holiday.ELECTION_DAY.in(dct.getYear()))) {
            return false;
        }
        for (int j = k - 1; j >= 0 && !reading.isSentenceBreak(j); j--) {
            if (OTHER_VOTES.contains(t[j].lower) || Lexicon.MONTHS.containsKey(t[j].lower) && t[j].capitalized()) {
                return false;  // "Britons vote on July 4 … on election day": the day the sentence named
            }
        }
        return true;
    }

    static final Set<String> OTHER_VOTES = Set.of("primary", "primaries", "runoff", "runoffs", "caucus",
            "caucuses", "referendum", "special", "municipal", "mayoral", "parliamentary", "local");

    private LocalDate nearest(Holiday h, String det, Tense tense) {
        LocalDate before = h.onOrBefore(dct);
        LocalDate after = h.after(dct);
        if ("last".equals(det)) {
            return before.isEqual(dct) ? h.onOrBefore(dct.minusDays(1)) : before;
        }
        if ("next".equals(det)) {
            return after;
        }
        if ("this".equals(det)) {
            return h.in(dct.getYear());
        }
        // a past clause may still name the coming day ("said the truce holds until Christmas")
        if (tense == Tense.PAST) {
            return after.isAfter(dct.plusDays(h.anticipatedDays())) ? before : after;
        }
        if (tense == Tense.FUTURE) {
            return before.isBefore(dct.minusDays(14)) ? after : before;
        }
        return ChronoUnit.DAYS.between(before, dct) <= ChronoUnit.DAYS.between(dct, after) ? before : after;
    }

    /** The holiday named at token k (capitalized), its end in {@code end[0]}; null if none. */
    private Holiday holidayAt(int k, int[] end) {
        boolean day = is(k + 1, "day");
        Holiday h = switch (t[k].lower) {
            case "christmas" -> is(k + 1, "eve") ? Holiday.CHRISTMAS_EVE : Holiday.CHRISTMAS;
            case "orthodox" -> is(k + 1, "christmas") ? Holiday.ORTHODOX_CHRISTMAS : null;
            case "thanksgiving" -> Holiday.THANKSGIVING;
            case "halloween" -> Holiday.HALLOWEEN;
            case "easter" -> is(k + 1, "monday") ? Holiday.EASTER_MONDAY : Holiday.EASTER;
            case "good" -> is(k + 1, "friday") && t[k + 1].capitalized() ? Holiday.GOOD_FRIDAY : null;
            case "black" -> is(k + 1, "friday") && t[k + 1].capitalized() ? Holiday.BLACK_FRIDAY : null;
            case "cyber" -> is(k + 1, "monday") && t[k + 1].capitalized() ? Holiday.CYBER_MONDAY : null;
            case "super" -> is(k + 1, "tuesday") && t[k].capitalized() && !(k + 2 < t.length && (t[k + 2].isDigits()
                    || t[k + 2].is("ii"))) && !is(k - 1, "second") && !is(k - 1, "mini") ? Holiday.SUPER_TUESDAY : null;
            case "boxing" -> day ? Holiday.BOXING_DAY : null;
            case "independence" -> day ? Holiday.INDEPENDENCE_DAY : null;
            case "election" -> day ? Holiday.ELECTION_DAY : null;
            case "memorial" -> day ? Holiday.MEMORIAL_DAY : null;
            case "labor" -> day ? Holiday.LABOR_DAY : null;
            case "labour" -> day ? Holiday.LABOUR_DAY : null;
            case "victory" -> day ? Holiday.VICTORY_DAY : null;
            case "armistice" -> day ? Holiday.VETERANS_DAY : null;
            case "veterans" -> day || is(k + 1, "'") && is(k + 2, "day") ? Holiday.VETERANS_DAY : null;
            case "veteran" -> is(k + 1, "'") && is(k + 2, "s") && is(k + 3, "day") ? Holiday.VETERANS_DAY : null;
            case "valentine" -> possessiveDay(k) ? Holiday.VALENTINES_DAY : null;
            case "mother" -> possessiveDay(k) ? Holiday.MOTHERS_DAY : null;
            case "father" -> possessiveDay(k) ? Holiday.FATHERS_DAY : null;
            case "st", "saint" -> possessiveDay(saintsName(k)) && is(saintsName(k), "patrick")
                    ? Holiday.ST_PATRICKS_DAY : null;
            case "cinco" -> is(k + 1, "de") && is(k + 2, "mayo") ? Holiday.CINCO_DE_MAYO : null;
            case "presidents" -> day || is(k + 1, "'") && is(k + 2, "day") ? Holiday.PRESIDENTS_DAY : null;
            case "mlk" -> day ? Holiday.MARTIN_LUTHER_KING_DAY : null;
            case "martin" -> kingDayEnd(k) > 0 ? Holiday.MARTIN_LUTHER_KING_DAY : null;
            case "inauguration" -> day ? Holiday.INAUGURATION_DAY : null;
            case "flag" -> day ? Holiday.FLAG_DAY : null;
            case "columbus" -> day ? Holiday.COLUMBUS_DAY : null;
            case "bastille" -> day ? Holiday.BASTILLE_DAY : null;
            case "new" -> is(k + 1, "year") && is(k + 2, "'") && is(k + 3, "s")
                    && (is(k + 4, "day") || is(k + 4, "eve") || is(k + 4, "weekend"))
                    ? (is(k + 4, "eve") ? Holiday.NEW_YEARS_EVE : Holiday.NEW_YEARS_DAY) : null;
            default -> null;
        };
        if (h == null) {
            return null;
        }
        int e = switch (h) {
            case NEW_YEARS_DAY, NEW_YEARS_EVE -> is(k + 4, "weekend") ? k + 4 : k + 5;  // "New Year's weekend"
            case VALENTINES_DAY, MOTHERS_DAY, FATHERS_DAY -> k + 4;
            case ST_PATRICKS_DAY -> saintsName(k) + 4;
            case CINCO_DE_MAYO -> k + 3;
            case PRESIDENTS_DAY -> is(k + 1, "'") ? k + 3 : k + 2;
            case MARTIN_LUTHER_KING_DAY -> is(k, "mlk") ? k + 2 : kingDayEnd(k);
            case VETERANS_DAY -> is(k + 1, "'") ? (is(k + 2, "s") ? k + 4 : k + 3) : k + 2;  // "Veteran's Day"
            case CHRISTMAS_EVE, ORTHODOX_CHRISTMAS, EASTER_MONDAY, GOOD_FRIDAY, BLACK_FRIDAY, CYBER_MONDAY,
                 SUPER_TUESDAY, BOXING_DAY, INDEPENDENCE_DAY,
                 ELECTION_DAY, MEMORIAL_DAY, LABOR_DAY, LABOUR_DAY, VICTORY_DAY, INAUGURATION_DAY,
                 FLAG_DAY, COLUMBUS_DAY, BASTILLE_DAY -> k + 2;
            default -> k + 1;
        };
        if ((h == Holiday.CHRISTMAS || h == Holiday.THANKSGIVING || h == Holiday.EASTER) && is(e, "day")) {
            e++;  // "Christmas Day", "Thanksgiving Day", "Easter Day"
        } else if (h == Holiday.EASTER && is(e, "sunday")) {
            e++;
        } else if (h == Holiday.ORTHODOX_CHRISTMAS && (is(e, "day") || is(e, "eve"))) {
            return null;  // "Orthodox Christmas Eve" is January 6: rare, left unmarked rather than wrong
        }
        if (e < t.length && NAMED_AFTER_A_HOLIDAY.contains(t[e].lower)) {
            return null;  // "the Good Friday Agreement", "Easter Island": names, not days
        }
        int thing = is(e, "-") && !t[e].spaceBefore ? e + 1 : e;  // "a Christmas-themed ad"
        // "Before Christmas shoppers …", "This Christmas presents retailers with a dilemma"
        boolean dayOfTheClause = k > 0 && (BEFORE_A_DAY.contains(t[k - 1].lower) || is(k - 1, "this")
                || is(k - 1, "last") || is(k - 1, "next"));
        if (thing < t.length && THINGS_OF_A_HOLIDAY.contains(t[thing].lower) && !dayOfTheClause) {
            return null;
        }
        end[0] = e;
        return h;
    }

    /** Nouns that make a holiday's name part of another name. */
    /** Names that start with a holiday: "the Good Friday Agreement", "Easter Island". */
    private static final Set<String> NAMED_AFTER_A_HOLIDAY = Set.of("agreement", "agreements", "accord", "accords",
            "island", "islands", "rising", "uprising", "seals");
    /** Things named after a holiday, not its date: "a Christmas tree", "Christmas cards", "a Christmas ad". */
    private static final Set<String> THINGS_OF_A_HOLIDAY = Set.of("tree", "trees", "card", "cards", "carol",
            "carols", "lights", "decorations", "ornament", "ornaments", "egg", "eggs", "bunny", "sweater",
            "sweaters", "movie", "movies", "song", "songs", "special", "specials", "theme", "themed", "spirit",
            "costume", "costumes", "ad", "ads", "gift", "gifts", "present", "mask", "masks", "album", "stocking",
            "stockings");
    /**
     * Prepositions after which a holiday is the day, whatever noun follows ("Over Christmas music sales
     * rose"), and after which a lower-case "election day" is one (with "to": "leading up to election day").
     */
    private static final Set<String> BEFORE_A_DAY = Set.of("before", "by", "since", "after", "over", "on", "until",
            "till", "during", "through", "around", "at");
}
