package dev.sayline.enrich.dates;

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
        if (det == null && year < 0) {
            if (!(is(i - 1, "in") || is(i - 1, "during") || is(i - 1, "by") || is(i - 1, "until") || is(i - 1, "since"))
                    || t[k].is("fall")) {
                return null;
            }
        }
        if (det != null && det.equals("the") && year < 0 && t[k].is("fall") && !is(i - 1, "in")
                && !is(i - 1, "during") && !is(i - 1, "by") && !is(i - 1, "since") && !is(i - 1, "until")) {
            return null;
        }
        if (year < 0) {
            if (dct == null) {
                return null;
            }
            int seasonStart = switch (season) {
                case "SP" -> 3;
                case "SU" -> 6;
                case "FA" -> 9;
                default -> 12;
            };
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
                year = dy;
            } else {
                Tense tense = tenses.tense(i, e);
                year = tense == Tense.FUTURE ? (ended ? dy + 1 : dy) : (started ? dy : dy - 1);
                if (refs.lastYear > 0 && reading.sameSentence(refs.lastYearToken, i)) {
                    year = refs.lastYear;
                }
            }
        }
        TimePoint p = TimePoint.season(year, season);
        return new RuleMatch(i, e, Timex.DATE, p.value(), p, true, false);
    }
}
