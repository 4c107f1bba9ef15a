package dev.sayline.enrich.dates;

/**
 * A rule's result over tokens {@code [start, end)}: the TIMEX3 type and value, the point it names
 * (null for durations, sets and vague references), whether it becomes the anchor of anaphoric
 * expressions, whether a quantity prefix ("more than", "about") may precede it, and whether it is a
 * quarter the text names itself.
 */
record RuleMatch(int start, int end, String type, String value, TimePoint point, boolean anchor,
                 boolean quantified, boolean quarter) {

    RuleMatch(int start, int end, String type, String value, TimePoint point, boolean anchor, boolean quantified) {
        this(start, end, type, value, point, anchor, quantified, false);
    }

    RuleMatch from(int newStart) {
        return new RuleMatch(newStart, end, type, value, point, anchor, quantified, quarter);
    }

    RuleMatch quantifiable() {
        return new RuleMatch(start, end, type, value, point, anchor, true, quarter);
    }

    /** A quarter the text names itself: what "the quarter" and "a year earlier" refer to next. */
    RuleMatch namedQuarter() {
        return new RuleMatch(start, end, type, value, point, anchor, quantified, true);
    }

    /** The longer of two matches (either may be null); on equal ends the earlier start, else {@code a}. */
    static RuleMatch longer(RuleMatch a, RuleMatch b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.end > a.end || (b.end == a.end && b.start < a.start) ? b : a;
    }

    /** A DATE at point {@code p} ({@code XXXX-XX-XX} when it cannot be resolved). */
    static RuleMatch pointMatch(int start, int end, TimePoint p, boolean anchor) {
        if (p == null) {
            return new RuleMatch(start, end, Timex.DATE, "XXXX-XX-XX", null, false, false);
        }
        return new RuleMatch(start, end, Timex.DATE, p.value(), p, anchor, false);
    }

    /** A vague DATE such as {@code PRESENT_REF} or {@code PAST_REF}. */
    static RuleMatch ref(int start, int end, String value) {
        return new RuleMatch(start, end, Timex.DATE, value, null, false, true);
    }
}
