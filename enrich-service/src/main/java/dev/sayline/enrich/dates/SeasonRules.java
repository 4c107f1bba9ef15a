package dev.sayline.enrich.dates;

import java.util.Set;

/**
 * Seasons ("last summer", "the winter of 1994", "in spring"): the year from a determiner, a year
 * named in the sentence, or the clause's tense around the publication date.
 */
final class SeasonRules extends TokenReader {

    private final ClauseTense tenses;
    private final ReferenceTimes refs;
    private final YearRules years;

    SeasonRules(Reading reading, ClauseTense tenses, ReferenceTimes refs, YearRules years) {
        super(reading);
        this.tenses = tenses;
        this.refs = refs;
        this.years = years;
    }

    /** What news says has had a fall: "this fall in prices" is a drop, not the season. */
    private static final Set<String> FALLING_THINGS = Set.of("price", "prices", "value", "values", "sales",
            "demand", "rates", "revenue", "revenues", "profits", "costs", "imports", "exports", "income", "wages",
            "unemployment", "inflation", "turnout", "ratings");

    /** Words after which "fall" (or a bare season) is the season: "heading into the fall", "much of the fall". */
    private static final Set<String> SEASON_PRECEDERS = Set.of("in", "during", "by", "until", "since", "into", "of",
            "through", "throughout", "to");

    RuleMatch season(int i) {
        int k = i;
        String det = null;
        if (is(k, "the") || is(k, "this") || is(k, "last") || is(k, "next") || is(k, "that") || is(k, "early")
                || is(k, "late")) {
            det = t[k].lower;
            k++;
            if (det.equals("this") && (is(k, "past") || is(k, "coming"))) {
                det = is(k, "past") ? "last" : "next";
                k++;
            }
            if (det.equals("the") && (is(k, "early") || is(k, "late") || is(k, "past") || is(k, "coming"))) {
                if (is(k, "past")) {
                    det = "last";
                } else if (is(k, "coming")) {
                    det = "next";
                }
                k++;
            }
        }
        if (k >= t.length) {
            return null;
        }
        String season = Lexicon.SEASONS.get(t[k].lower);
        if (season == null) {
            return null;
        }
        int e = k + 1;
        int year = -1;
        int y = e;
        if (is(y, "of")) {
            y++;
        }
        int yy = years.yearNumber(y);
        if (yy > 0 && (t[y].isDigits() || years.spokenYear(y) != null)) {
            year = yy;  // "the winter of 1994", "the winter of nineteen ninety-four"
            e = y + years.yearTokens(y);
        }
        // "in the fall of that year", "the spring of the following year": of the year the text last named
        Integer yearsOn = is(e, "of") ? years.yearAnaphor(e + 1) : null;
        if (year < 0 && yearsOn != null && refs.lastYear > 0) {
            year = refs.lastYear + yearsOn;
            e = e + 1 + years.yearAnaphorTokens(e + 1);
        }
        // a second season of a pair ("the fall and winter", "the spring and summer")
        boolean paired = is(i - 1, "and") && i > 1 && Lexicon.SEASONS.containsKey(t[i - 2].lower);
        if (det == null && year < 0 && !paired) {
            if (!SEASON_PRECEDERS.contains(i > 0 ? t[i - 1].lower : "") || t[k].is("fall")) {
                return null;
            }
        }
        if (det != null && det.equals("the") && year < 0 && t[k].is("fall") && !SEASON_PRECEDERS.contains(
                i > 0 ? t[i - 1].lower : "")) {
            return null;
        }
        if (year < 0 && t[k].is("fall") && (is(k + 1, "of") || is(k + 1, "in") && k + 2 < t.length
                && (FALLING_THINGS.contains(t[k + 2].lower) || is(k + 2, "the") && k + 3 < t.length
                && FALLING_THINGS.contains(t[k + 3].lower)))) {
            return null;  // "since the fall of the Berlin Wall", "after this fall in prices"
        }
        if (year < 0) {
            if (dct == null) {
                return null;
            }
            int seasonStart = TimePoint.seasonStart(season);
            int dy = dct.getYear();
            int dm = dct.getMonthValue();
            boolean started = dm >= seasonStart || season.equals("WI") && dm <= 2;
            boolean ended = season.equals("WI") ? dm >= 3 && dm < 12 : dm >= seasonStart + 3;
            if (season.equals("WI") && dm <= 2) {
                dy -= 1;  // the winter that began last December
                started = true;
            }
            if ("last".equals(det)) {
                year = ended ? dy : dy - 1;
            } else if ("next".equals(det)) {
                year = started ? dy + 1 : dy;
            } else if ("this".equals(det)) {
                // "expected their second child this summer" told in December is next summer's
                Tense tense = tenses.tense(i, e);
                year = tense == Tense.FUTURE && ended ? dy + 1 : dy;
            } else {
                Tense tense = tenses.lookingAhead(i) ? Tense.FUTURE : tenses.tense(i, e);  // "Looking ahead to the fall"
                year = tense == Tense.FUTURE ? (ended ? dy + 1 : dy) : (started ? dy : dy - 1);
                boolean saying = tense == Tense.PAST && tenses.pastOfSaying(i, e);
                if ((tense != Tense.PAST || saying) && !started && seasonStart - dm <= 4) {
                    year = dy;  // "the fight against them in the fall", said in May: the coming one, the nearest
                }
                if (refs.lastYear > 0 && reading.sameSentence(refs.lastYearToken, i)) {
                    year = refs.lastYear;
                } else if ("that".equals(det) && writtenPastYearInParagraph(i)) {
                    // "the president's victory [in 2012] … a truce in Gaza that fall": the fall of the year
                    // the paragraph is telling of (a bare "in the fall" may be this year's: "founded in 2010.
                    // Sales slumped in the spring")
                    year = refs.lastWrittenYear;
                }
            }
        }
        TimePoint p = TimePoint.season(year, season);
        return new RuleMatch(i, e, Timex.DATE, p.value(), p, true, false);
    }

    /** The paragraph wrote a year before the publication year, before token i. */
    private boolean writtenPastYearInParagraph(int i) {
        int after = refs.lastWrittenYearToken;
        return refs.lastWrittenYear > 0 && dct != null && refs.lastWrittenYear < dct.getYear() && after > 0
                && after <= i && WritingTimes.sameParagraph(reading.text, t[after - 1].end, t[i].start);
    }
}
