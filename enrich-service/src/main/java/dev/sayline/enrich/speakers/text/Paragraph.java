package dev.sayline.enrich.speakers.text;

/**
 * A non-blank line of the document, trimmed: {@code [start, end)}. {@code gapBefore} counts the
 * line breaks before it (1 = a plain line break, 2 = a blank line, 4 = the wider gap some blogs
 * put around block quotations).
 */
public record Paragraph(int index, int start, int end, int gapBefore) {

    public String text(String doc) {
        return doc.substring(start, end);
    }
}
