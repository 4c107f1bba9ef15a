package dev.sayline.enrich.model;

/**
 * A temporal expression with its TIMEX3 type ({@code DATE}, {@code TIME}, {@code DURATION},
 * {@code SET}) and normalised value ({@code 2025-12-29}, {@code P3D}, {@code PRESENT_REF}, …).
 */
public record DateMention(int start, int end, String text, String type, String value) {

    public DateMention withOffsets(int newStart, int newEnd) {
        return new DateMention(newStart, newEnd, text, type, value);
    }
}
