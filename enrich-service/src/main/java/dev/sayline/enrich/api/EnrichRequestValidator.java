package dev.sayline.enrich.api;

import dev.sayline.enrich.EnrichConfig;
import dev.sayline.enrich.model.RawDocument;
import dev.sayline.enrich.pipeline.DocumentIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Checks a document given to {@code POST /enrich} and fills in its id. */
@ApplicationScoped
public class EnrichRequestValidator {

    private final EnrichConfig config;

    public EnrichRequestValidator(EnrichConfig config) {
        this.config = config;
    }

    /** @param where prefix for error messages ("line 3: ") in batch requests */
    public RawDocument validate(RawDocument doc, String where) {
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
        if (doc.publishedAt() != null && !isIsoDate(doc.publishedAt())) {
            throw ProblemException.badRequest(where + "publishedAt must be an ISO-8601 date or date-time", "publishedAt");
        }
        if (doc.id() == null || doc.id().isBlank()) {
            return doc.withId(DocumentIds.contentHash(doc.text(), doc.url()));
        }
        String id = doc.id().strip();
        if (!DocumentIds.VALID_ID.matcher(id).matches()) {
            throw ProblemException.badRequest(where + "id must be 1-200 characters of [A-Za-z0-9._:-]", "id");
        }
        return doc.withId(id);
    }

    private static boolean isIsoDate(String value) {
        try {
            if (value.length() <= 10) {
                LocalDate.parse(value);
            } else if (value.endsWith("Z") || value.lastIndexOf('+') > 10 || value.lastIndexOf('-') > 10) {
                OffsetDateTime.parse(value);
            } else {
                LocalDateTime.parse(value);  // a local date-time, as news sets give their creation times
            }
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
