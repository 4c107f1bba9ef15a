package dev.sayline.enrich.model;

/** A piece of the document text: {@code [start, end)} and the characters it covers. */
public record TextSpan(int start, int end, String text) {

    /** The span {@code [start, end)} of {@code source}. */
    public static TextSpan of(String source, int start, int end) {
        return new TextSpan(start, end, source.substring(start, end));
    }

    public TextSpan withOffsets(int newStart, int newEnd) {
        return new TextSpan(newStart, newEnd, text);
    }
}
