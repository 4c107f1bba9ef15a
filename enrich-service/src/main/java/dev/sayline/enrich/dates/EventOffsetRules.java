package dev.sayline.enrich.dates;

import dev.sayline.enrich.dates.TimePoint.Granularity;

import java.util.Set;

/**
 * Offsets from an event the text tells of, not from a date: "in the weeks before the shooting",
 * "days after a sniper killed …", "the day after his death", "hours after the vote". TimeML marks
 * the unit (the signal and the event stay out) and values it by the time the text last named, in
 * the same paragraph: its day for "the day" (one before or after) and "hours", its month for days
 * and weeks. Without such a time the event's own time is unknown and nothing is marked. Counted
 * offsets ("two days after") are durations, another rule.
 */
final class EventOffsetRules extends TokenReader {

    private static final Set<String> EVENT_SIGNALS = Set.of("after", "before", "since", "following");

    private final ReferenceTimes refs;

    EventOffsetRules(Reading reading, ReferenceTimes refs) {
        super(reading);
        this.refs = refs;
    }

    RuleMatch eventAnchored(int i) {
        boolean the = is(i, "the");
        int k = the ? i + 1 : i;
        if (k + 1 >= t.length || !EVENT_SIGNALS.contains(t[k + 1].lower) && !(is(k + 1, "leading") && is(k + 2, "up"))) {
            return null;
        }
        if (is(k + 2, "that") || is(k + 2, ",") || k + 2 >= t.length || t[k + 2].kind == Token.Kind.PUNCT) {
            return null;  // "the day before, …", "week after week" is below
        }
        String unit = t[k].lower;
        TimePoint anchor = refs.lastRef != null && WritingTimes.sameParagraph(reading.text, refs.lastRefEnd, t[i].start)
                ? refs.lastRef : null;
        if (anchor == null || t[k].capitalized() && k > 0 && !reading.isSentenceBreak(k - 1)) {
            return null;
        }
        boolean dayAnchor = anchor.granularity() == Granularity.DAY;
        switch (unit) {
            case "day" -> {
                if (!the || !dayAnchor || is(i - 1, ",") || is(i - 1, "in") || is(i - 1, "of") || is(i - 1, "during")
                        || WritingTimes.insideQuotation(reading.text, t[i].start)) {
                    // apposition is DayOfMonthRules'; "later in the day before returning"; in a quotation
                    // "the day before" counts from the speaker's day, not the narrative's
                    return null;
                }
                TimePoint p = anchor.plus(is(k + 1, "before") ? -1 : 1, Granularity.DAY);
                return new RuleMatch(i, k + 1, Timex.DATE, p.value(), p, false, false);
            }
            case "days", "weeks", "months" -> {
                // found at the unit itself (its extent): "in the weeks before …", "just days after …"
                if (the || is(k + 2, unit.substring(0, unit.length() - 1)) || !(is(i - 1, "the") && is(i - 2, "in")
                        || is(i - 1, "just") || is(i - 1, "only") || is(i - 1, ",") || i == 0
                        || reading.isSentenceBreak(i - 1) || is(i - 1, "came") || is(i - 1, "come"))) {
                    return null;
                }
                if (anchor.granularity().ordinal() < Granularity.MONTH.ordinal() || unit.equals("months")) {
                    return null;  // a year or a season says too little
                }
                TimePoint p = anchor.withGranularity(Granularity.MONTH);
                return new RuleMatch(k, k + 1, Timex.DATE, p.value(), p, false, false);
            }
            case "hours" -> {
                if (!(is(i - 1, "just") || is(i - 1, "only") || is(i - 1, "mere") || is(i - 1, ",") || is(i - 1, "came")
                        || is(i - 1, "within"))) {
                    return null;
                }
                return dayAnchor ? new RuleMatch(k, k + 1, Timex.DATE, anchor.value(), anchor, false, false) : null;
            }
            default -> {
                return null;
            }
        }
    }
}
