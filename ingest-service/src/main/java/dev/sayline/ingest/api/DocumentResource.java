package dev.sayline.ingest.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sayline.ingest.IngestConfig;
import dev.sayline.ingest.documents.DocumentValidator;
import dev.sayline.ingest.documents.IncomingDocument;
import dev.sayline.ingest.documents.RawDocumentEvent;
import dev.sayline.ingest.documents.SeedFormat;
import dev.sayline.ingest.messaging.RawDocumentPublisher;
import dev.sayline.kit.problem.ProblemException;
import dev.sayline.kit.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.ArrayList;
import java.util.List;

/**
 * Accepts documents and answers 202 with their ids once Kafka has them. Bad input is a
 * problem+json 4xx; an unavailable broker is a 503 with Retry-After.
 */
@Path("/documents")
@RolesAllowed(Roles.INGEST)
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

    public static final String NDJSON = "application/x-ndjson";

    private final DocumentValidator validator;
    private final RawDocumentPublisher publisher;
    private final IngestConfig config;
    private final ObjectMapper json;

    public DocumentResource(DocumentValidator validator, RawDocumentPublisher publisher, IngestConfig config, ObjectMapper json) {
        this.validator = validator;
        this.publisher = publisher;
        this.config = config;
        this.json = json;
    }

    /** What a client gets back: the ids, in the order the documents were sent. */
    public record Accepted(List<String> ids) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ingest one document given as JSON (contract input)")
    public Uni<Response> postJson(IncomingDocument document) {
        return accept(List.of(validator.validate(document, "")));
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Ingest one document in the seed format: ' date YYYY-MM-DD ' header, then the body; "
            + "the other contract fields may come as query parameters")
    public Uni<Response> postText(String body, @QueryParam("id") String id, @QueryParam("title") String title,
                                  @QueryParam("url") String url, @QueryParam("source") String source) {
        IncomingDocument parsed = SeedFormat.parse(body);
        IncomingDocument document = new IncomingDocument(id, parsed.text(), title, url, source, parsed.publishedAt());
        return accept(List.of(validator.validate(document, "")));
    }

    @POST
    @Path("/batch")
    @Consumes(NDJSON)
    @Operation(summary = "Ingest documents given as NDJSON, one JSON document a line; all or none are accepted")
    public Uni<Response> postBatch(String body) {
        List<String> lines = body.lines().filter(l -> !l.isBlank()).toList();
        if (lines.isEmpty()) {
            throw ProblemException.badRequest("the batch holds no document", null);
        }
        if (lines.size() > config.maxBatchDocuments()) {
            throw new ProblemException(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                    "at most " + config.maxBatchDocuments() + " documents per batch", null);
        }
        List<RawDocumentEvent> events = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String where = "line " + (i + 1) + ": ";
            try {
                events.add(validator.validate(json.readValue(lines.get(i), IncomingDocument.class), where));
            } catch (JsonProcessingException e) {
                throw ProblemException.badRequest(where + "malformed JSON: " + e.getOriginalMessage(), null);
            }
        }
        return accept(events);
    }

    private Uni<Response> accept(List<RawDocumentEvent> events) {
        List<String> ids = events.stream().map(RawDocumentEvent::id).toList();
        return publisher.publishAll(events)
                .replaceWith(() -> Response.accepted(new Accepted(ids)).build());
    }
}
