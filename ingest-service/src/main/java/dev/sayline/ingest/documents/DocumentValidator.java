package dev.sayline.ingest.documents;

import dev.sayline.ingest.IngestConfig;
import dev.sayline.kit.documents.DocumentIds;
import dev.sayline.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
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
        if (doc == null) {
            throw ProblemException.badRequest(where + "a JSON object is required", null);
        }
        if (doc.text() == null || doc.text().isBlank()) {
            throw ProblemException.badRequest(where + "text must not be empty", "text");
        }
        if (doc.text().getBytes(StandardCharsets.UTF_8).length > config.maxTextBytes()) {
            throw new ProblemException(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                    where + "text is larger than " + config.maxTextBytes() + " bytes", "text");
        }
        checkLength(doc.title(), "title", where);
        checkLength(doc.url(), "url", where);
        checkLength(doc.source(), "source", where);
        String publishedAt = normaliseDate(doc.publishedAt(), where);
        String id = doc.id() == null || doc.id().isBlank()
                ? DocumentIds.contentHash(doc.text(), doc.url())
                : checkedId(doc.id().strip(), where);
        return new RawDocumentEvent(id, doc.text(), blankToNull(doc.title()), blankToNull(doc.url()),
                blankToNull(doc.source()), publishedAt, Instant.now(clock).toString());
    }

    private static String checkedId(String id, String where) {
        if (!DocumentIds.VALID_ID.matcher(id).matches()) {
            throw ProblemException.badRequest(where + "id must be 1-200 characters of [A-Za-z0-9._:-]", "id");
        }
        return id;
    }

    private static void checkLength(String value, String field, String where) {
        if (value != null && value.length() > MAX_FIELD_CHARS) {
            throw ProblemException.badRequest(where + field + " is longer than " + MAX_FIELD_CHARS + " characters", field);
        }
    }

    /** ISO date or date-time (with offset) in, the same text out; anything else is a 400. */
    private static String normaliseDate(String value, String where) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            if (v.length() <= 10) {
                LocalDate.parse(v);
            } else {
                OffsetDateTime.parse(v);
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
