package dev.sayline.enrich.api;

import dev.sayline.enrich.EnrichConfig;
import dev.sayline.enrich.model.RawDocument;
import dev.sayline.kit.documents.DocumentChecks;
import dev.sayline.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

/** Checks a document given to {@code POST /enrich} and fills in its id. */
@ApplicationScoped
public class EnrichRequestValidator {

    private final EnrichConfig config;

    public EnrichRequestValidator(EnrichConfig config) {
        this.config = config;
    }

    /** @param where prefix for error messages ("line 3: ") in batch requests */
    public RawDocument validate(RawDocument doc, String where) {
        DocumentChecks.present(doc, where);
        DocumentChecks.text(doc.text(), config.maxTextBytes(), where);
        DocumentChecks.wellFormed(doc.title(), "title", where);
        DocumentChecks.wellFormed(doc.url(), "url", where);
        DocumentChecks.wellFormed(doc.source(), "source", where);
        DocumentChecks.publishedAt(doc.publishedAt(), where);
        return doc.withId(DocumentChecks.id(doc.id(), doc.text(), doc.url(), where));
    }
}
