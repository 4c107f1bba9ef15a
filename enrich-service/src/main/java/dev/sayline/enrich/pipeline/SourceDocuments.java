package dev.sayline.enrich.pipeline;

import dev.sayline.enrich.model.RawDocument;
import dev.sayline.kit.documents.IsoDates;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the wire form of a raw document into what enrichers read. */
final class SourceDocuments {

    private SourceDocuments() {
    }

    /** The seed format's header: " date YYYY-MM-DD " before the body (contract, "Input"). */
    private static final Pattern SEED_HEADER = Pattern.compile("\\A[ \\t]?date (\\d{4}-\\d{2}-\\d{2})(?: |\\r?\\n)");

    static SourceDocument from(RawDocument raw) {
        String text = raw.text() == null ? "" : raw.text();
        Optional<LocalDate> published = parseDate(raw.publishedAt());
        Matcher header = SEED_HEADER.matcher(text);
        if (header.find()) {
            // the header is never part of the body; the request's own publishedAt wins over it
            Optional<LocalDate> headerDate = parseDate(header.group(1));
            if (headerDate.isPresent()) {
                text = text.substring(header.end());
                if (published.isEmpty()) {
                    published = headerDate;
                }
            }
        }
        return new SourceDocument(raw.id(), text, raw.title(), raw.url(), raw.source(), published);
    }

    /** {@link IsoDates#day}, else the leading {@code YYYY-MM-DD} of a longer value; anything else counts as absent. */
    static Optional<LocalDate> parseDate(String value) {
        Optional<LocalDate> day = IsoDates.day(value);
        if (day.isPresent() || value == null || value.strip().length() <= 10) {
            return day;
        }
        try {
            return Optional.of(LocalDate.parse(value.strip().substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
