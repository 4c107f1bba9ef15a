package dev.sayline.enrich.dates;

import java.time.LocalDate;
import java.util.List;

/**
 * Finds every temporal expression of an English text and normalises it to a TIMEX3 type and
 * value, resolved against the document creation time. Stateless and thread-safe.
 */
public final class TimexTagger {

    /**
     * @param text the document body
     * @param documentDate the publication date, or {@code null} when unknown (relative
     *                     expressions then get underspecified values such as {@code XXXX-XX-XX})
     * @return the expressions in text order, in UTF-16 offsets
     */
    public List<Timex> tag(String text, LocalDate documentDate) {
        return new TimexRecognizer(text, documentDate).run();
    }
}
