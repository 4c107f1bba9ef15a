package dev.sayline.enrich.pipeline;

import dev.sayline.enrich.model.RawDocument;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Turns the wire form of a raw document into what enrichers read. */
final class SourceDocuments {

    private SourceDocuments() {
    }

    static SourceDocument from(RawDocument raw) {
        String text = raw.text() == null ? "" : raw.text();
        return new SourceDocument(raw.id(), text, raw.title(), raw.url(), raw.source(), parseDate(raw.publishedAt()));
    }

    /** Accepts an ISO date or an ISO date-time with offset; anything else counts as absent. */
    static Optional<LocalDate> parseDate(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim();
        try {
            return Optional.of(v.length() <= 10 ? LocalDate.parse(v) : OffsetDateTime.parse(v).toLocalDate());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(LocalDate.parse(v.substring(0, 10)));
            } catch (RuntimeException ignored) {
                return Optional.empty();
            }
        }
    }
}
