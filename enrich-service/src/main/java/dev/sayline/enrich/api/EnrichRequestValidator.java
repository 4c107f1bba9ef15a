package dev.sayline.enrich.api;

import dev.sayline.enrich.EnrichConfig;
import dev.sayline.enrich.model.RawDocument;
import dev.sayline.enrich.pipeline.IsoDates;
import dev.sayline.kit.documents.DocumentIds;
import dev.sayline.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;

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
        if (doc.publishedAt() != null && IsoDates.day(doc.publishedAt()).isEmpty()) {
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
}
