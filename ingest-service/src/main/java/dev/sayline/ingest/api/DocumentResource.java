package dev.sayline.ingest.api;

import dev.sayline.ingest.IngestConfig;
import dev.sayline.ingest.documents.DocumentValidator;
import dev.sayline.ingest.documents.IncomingDocument;
import dev.sayline.ingest.documents.RawDocumentEvent;
import dev.sayline.ingest.documents.SeedFormat;
import dev.sayline.ingest.messaging.RawDocumentPublisher;
import dev.sayline.kit.request.NdjsonBatch;
import dev.sayline.kit.request.RequestText;
import dev.sayline.kit.security.Roles;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

import java.util.List;

/**
 * Accepts documents and answers 202 with their ids once Kafka has them. Bad input is a
 * problem+json 4xx; an unavailable broker is a 503 with Retry-After.
 *
 * <p>Blocking on purpose: a body of up to max-body-size is decoded, parsed and checked here, which
 * must not hold up the event loop. The method waits for the broker's acknowledgement rather than
 * returning the Uni: a Uni completed later on a producer thread finds the request context gone.
 */
@Path("/documents")
@Blocking
@RolesAllowed(Roles.INGEST)
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

    private final DocumentValidator validator;
    private final RawDocumentPublisher publisher;
    private final IngestConfig config;
    private final NdjsonBatch batch;

    public DocumentResource(DocumentValidator validator, RawDocumentPublisher publisher, IngestConfig config,
                            NdjsonBatch batch) {
        this.validator = validator;
        this.publisher = publisher;
        this.config = config;
        this.batch = batch;
    }

    /** What a client gets back: the ids, in the order the documents were sent. */
    public record Accepted(List<String> ids) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ingest one document given as JSON (contract input)")
    public Response postJson(IncomingDocument document) {
        return accept(List.of(validator.validate(document, "")));
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Ingest one document in the seed format: ' date YYYY-MM-DD ' header, then the body; "
            + "the other contract fields may come as query parameters")
    public Response postText(@RequestBody(content = @Content(mediaType = MediaType.TEXT_PLAIN,
                                          schema = @Schema(type = SchemaType.STRING))) byte[] body,
                                  @Context HttpHeaders headers, @QueryParam("id") String id,
                                  @QueryParam("title") String title, @QueryParam("url") String url,
                                  @QueryParam("source") String source) {
        IncomingDocument parsed = SeedFormat.parse(RequestText.decode(body, headers.getMediaType()));
        IncomingDocument document = new IncomingDocument(id, parsed.text(), title, url, source, parsed.publishedAt());
        return accept(List.of(validator.validate(document, "")));
    }

    @POST
    @Path("/batch")
    @Consumes(NdjsonBatch.MEDIA_TYPE)
    @Operation(summary = "Ingest documents given as NDJSON, one JSON document a line; all or none are accepted")
    public Response postBatch(@RequestBody(content = @Content(mediaType = NdjsonBatch.MEDIA_TYPE,
                                           schema = @Schema(type = SchemaType.STRING))) byte[] body,
                                   @Context HttpHeaders headers) {
        return accept(batch.read(body, headers.getMediaType(), config.maxBatchDocuments(), IncomingDocument.class,
                validator::validate));
    }

    private Response accept(List<RawDocumentEvent> events) {
        // Bounded: each publish fails after ingest.publish-timeout, and the first failure ends the batch.
        publisher.publishAll(events).await().indefinitely();
        return Response.accepted(new Accepted(events.stream().map(RawDocumentEvent::id).toList())).build();
    }
}
