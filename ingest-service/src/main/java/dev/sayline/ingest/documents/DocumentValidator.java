package dev.sayline.ingest.documents;

import dev.sayline.ingest.IngestConfig;
import dev.sayline.kit.documents.DocumentChecks;
import dev.sayline.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Checks a client's document and turns it into the {@code documents.raw} event. */
@ApplicationScoped
public class DocumentValidator {

    private static final int MAX_FIELD_CHARS = 2048;

    private final IngestConfig config;
    private final Clock clock;

    @Inject
    public DocumentValidator(IngestConfig config) {
        this(config, Clock.systemUTC());
    }

    DocumentValidator(IngestConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** @param where prefix for messages about one line of a batch ("line 3: "), else "" */
    public RawDocumentEvent validate(IncomingDocument doc, String where) {
        DocumentChecks.present(doc, where);
        DocumentChecks.text(doc.text(), config.maxTextBytes(), where);
        checkLength(doc.title(), "title", where);
        checkLength(doc.url(), "url", where);
        checkLength(doc.source(), "source", where);
        String publishedAt = normaliseDate(doc.publishedAt(), where);
        String id = DocumentChecks.id(doc.id(), doc.text(), doc.url(), where);
        return new RawDocumentEvent(id, doc.text(), blankToNull(doc.title()), blankToNull(doc.url()),
                blankToNull(doc.source()), publishedAt, Instant.now(clock).toString());
    }

    private static void checkLength(String value, String field, String where) {
        if (value != null && value.length() > MAX_FIELD_CHARS) {
            throw ProblemException.badRequest(where + field + " is longer than " + MAX_FIELD_CHARS + " characters", field);
        }
        DocumentChecks.wellFormed(value, field, where);
    }

    /** ISO date or date-time (with offset) in, the same text out; anything else is a 400. */
    private static String normaliseDate(String value, String where) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            int year = v.length() <= 10 ? LocalDate.parse(v).getYear() : OffsetDateTime.parse(v).getYear();
            if (year < 1 || year > 9999) {
                // ISO's expanded years ("+99999-12-31") parse, but the index cannot store them
                throw ProblemException.badRequest(where + "publishedAt must fall in the years 1 to 9999",
                        "publishedAt");
            }
            return v;
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(where + "publishedAt must be an ISO-8601 date (2025-10-29) or date-time with offset", "publishedAt");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
