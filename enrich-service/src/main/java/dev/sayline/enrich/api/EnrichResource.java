package dev.sayline.enrich.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sayline.enrich.EnrichConfig;
import dev.sayline.enrich.model.EnrichedDocument;
import dev.sayline.enrich.model.RawDocument;
import dev.sayline.enrich.pipeline.EnrichmentPipeline;
import dev.sayline.kit.problem.ProblemException;
import dev.sayline.kit.security.Roles;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** Synchronous enrichment without Kafka: how the scorers in shared/eval are fed. */
@Path("/enrich")
@Blocking
@RolesAllowed(Roles.READ)
public class EnrichResource {

    public static final String NDJSON = "application/x-ndjson";

    private final EnrichmentPipeline pipeline;
    private final EnrichRequestValidator validator;
    private final EnrichConfig config;
    private final ObjectMapper json;

    public EnrichResource(EnrichmentPipeline pipeline, EnrichRequestValidator validator, EnrichConfig config, ObjectMapper json) {
        this.pipeline = pipeline;
        this.validator = validator;
        this.config = config;
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
    @Consumes(NDJSON)
    @Produces(NDJSON)
    @Operation(summary = "Enrich documents given one JSON object a line; answers one enriched document a line, in order")
    public String enrichBatch(String body) {
        List<String> lines = body.lines().filter(l -> !l.isBlank()).toList();
        if (lines.isEmpty()) {
            throw ProblemException.badRequest("the request holds no document", null);
        }
        if (lines.size() > config.maxBatchDocuments()) {
            throw ProblemException.badRequest("at most " + config.maxBatchDocuments() + " documents per request", null);
        }
        // Validate everything first: a bad line rejects the request before any work is done.
        List<RawDocument> documents = new java.util.ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String where = "line " + (i + 1) + ": ";
            try {
                documents.add(validator.validate(json.readValue(lines.get(i), RawDocument.class), where));
            } catch (JsonProcessingException e) {
                throw ProblemException.badRequest(where + "malformed JSON: " + e.getOriginalMessage(), null);
            }
        }
        StringBuilder out = new StringBuilder();
        for (RawDocument document : documents) {
            try {
                out.append(json.writeValueAsString(pipeline.enrich(document))).append('\n');
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot serialise an enriched document", e);
            }
        }
        return out.toString();
    }
}
