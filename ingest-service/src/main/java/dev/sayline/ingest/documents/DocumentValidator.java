package dev.sayline.ingest.documents;

import dev.sayline.ingest.IngestConfig;
import dev.sayline.kit.documents.DocumentChecks;
import dev.sayline.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;

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
        String publishedAt = DocumentChecks.publishedAt(doc.publishedAt(), where);
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

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
