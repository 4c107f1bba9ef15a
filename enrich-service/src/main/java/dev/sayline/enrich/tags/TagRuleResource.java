package dev.sayline.enrich.tags;

import dev.sayline.kit.documents.DocumentChecks;
import dev.sayline.kit.problem.Problem;
import dev.sayline.kit.problem.ProblemException;
import dev.sayline.kit.security.Roles;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/**
 * Topic rules as data: read, create or change, delete. Changes go through the compacted
 * {@code tag-rules} topic and are answered once this instance applies them. Reading needs the
 * read key (or public reads), changing the admin key.
 */
@Path("/tags/rules")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
@RolesAllowed(Roles.READ)
public class TagRuleResource {

    /** Body of a PUT: the name comes from the path, the version from the service. */
    public record RuleRequest(String query, String description, Integer minMatches) {
    }

    /** The rule set: its version (as recorded on enriched documents) and every rule. */
    public record RuleSet(String version, int count, List<TopicRule> rules) {
    }

    private final TagRuleRegistry registry;
    private final TagRuleService service;

    public TagRuleResource(TagRuleRegistry registry, TagRuleService service) {
        this.registry = registry;
        this.service = service;
    }

    @GET
    @Operation(summary = "All topic rules and the rule-set version")
    public RuleSet all() {
        List<TopicRule> rules = registry.all();
        return new RuleSet(registry.version(), rules.size(), rules);
    }

    @GET
    @Path("{name}")
    @Operation(summary = "One topic rule")
    public TopicRule get(@PathParam("name") String name) {
        return registry.get(name).orElseThrow(() -> notFound(name));
    }

    @PUT
    @Path("{name}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or change a topic rule (classic Lucene query syntax); 400 with the parser's message if invalid")
    public Response put(@PathParam("name") String name, RuleRequest request) {
        if (request == null) {
            throw ProblemException.badRequest("a JSON body {\"query\": ..., \"description\": ..., \"minMatches\": ...} is required", null);
        }
        // Half a surrogate pair would be stored as "?", which the query parser reads as a wildcard.
        DocumentChecks.wellFormed(request.query(), "query", "");
        DocumentChecks.wellFormed(request.description(), "description", "");
        TagRuleService.Change change = service.put(name, request.query(), request.description(), request.minMatches());
        return Response.status(change.created() ? Response.Status.CREATED : Response.Status.OK).entity(change.rule()).build();
    }

    @DELETE
    @Path("{name}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete a topic rule")
    public Response delete(@PathParam("name") String name) {
        if (!service.delete(name)) {
            throw notFound(name);
        }
        return Response.noContent().build();
    }

    private static ProblemException notFound(String name) {
        return new ProblemException(Response.Status.NOT_FOUND, "no topic rule named '" + name + "'", "name");
    }

    @ServerExceptionMapper
    public Response invalidRule(InvalidRuleException e) {
        return Problem.of(Response.Status.BAD_REQUEST, e.getMessage(), e.field()).toResponse();
    }

    @ServerExceptionMapper
    public Response notDistributed(RuleDistributionException e) {
        return Problem.serviceUnavailable(e.getMessage(), Problem.RETRY_AFTER_SECONDS);
    }
}
