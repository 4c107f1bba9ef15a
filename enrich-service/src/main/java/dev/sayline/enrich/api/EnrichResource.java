package dev.sayline.enrich.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sayline.enrich.EnrichConfig;
import dev.sayline.enrich.model.EnrichedDocument;
import dev.sayline.enrich.model.RawDocument;
import dev.sayline.enrich.pipeline.EnrichmentPipeline;
import dev.sayline.kit.request.NdjsonBatch;
import dev.sayline.kit.security.Roles;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

import java.util.List;

/** Synchronous enrichment without Kafka: how the scorers in shared/eval are fed. */
@Path("/enrich")
@Blocking
@RolesAllowed(Roles.READ)
public class EnrichResource {

    private final EnrichmentPipeline pipeline;
    private final EnrichRequestValidator validator;
    private final EnrichConfig config;
    private final NdjsonBatch batch;
    private final ObjectMapper json;

    public EnrichResource(EnrichmentPipeline pipeline, EnrichRequestValidator validator, EnrichConfig config,
                          NdjsonBatch batch, ObjectMapper json) {
        this.pipeline = pipeline;
        this.validator = validator;
        this.config = config;
        this.batch = batch;
        this.json = json;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enrich one document (contract input) and return the contract output")
    public EnrichedDocument enrich(RawDocument document) {
        return pipeline.enrich(validator.validate(document, ""));
    }

    @POST
    @Consumes(NdjsonBatch.MEDIA_TYPE)
    @Produces(NdjsonBatch.MEDIA_TYPE)
    @Operation(summary = "Enrich documents given one JSON object a line; answers one enriched document a line, in order")
    public StreamingOutput enrichBatch(@RequestBody(content = @Content(mediaType = NdjsonBatch.MEDIA_TYPE,
                                               schema = @Schema(type = SchemaType.STRING))) byte[] body,
                                       @Context HttpHeaders headers) {
        // Every line is validated first: a bad one rejects the request before any work is done.
        List<RawDocument> documents = batch.read(body, headers.getMediaType(), config.maxBatchDocuments(),
                RawDocument.class, validator::validate);
        // Written as each is enriched: the answer can be several times the request (quotes,
        // offsets), and held whole it ran a batch well within the limits out of memory.
        return out -> {
            for (RawDocument document : documents) {
                out.write(json.writeValueAsBytes(pipeline.enrich(document)));
                out.write('\n');
            }
        };
    }
}
