package dev.sayline.enrich.dates;

/**
 * A temporal expression found in a text: {@code [start, end)} in UTF-16 offsets, its TIMEX3
 * {@code type} (DATE, TIME, DURATION, SET) and normalised {@code value}.
 */
public record Timex(int start, int end, String type, String value) {

    public static final String DATE = "DATE";
    public static final String TIME = "TIME";
    public static final String DURATION = "DURATION";
    public static final String SET = "SET";
}
