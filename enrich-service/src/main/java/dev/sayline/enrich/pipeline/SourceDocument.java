package dev.sayline.enrich.pipeline;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The input an enricher sees: the body text and what the client told us about it.
 *
 * @param publishedAt the publication date the client gave (request field or seed header), if any
 */
public record SourceDocument(String id, String text, String title, String url, String source,
                             Optional<LocalDate> publishedAt) {

    public static SourceDocument ofText(String text, LocalDate publishedAt) {
        return new SourceDocument(null, text, null, null, null, Optional.ofNullable(publishedAt));
    }
}
