package dev.sayline.enrich.tags;

import dev.sayline.kit.problem.ProblemException;
import dev.sayline.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Admin: re-enrich every stored document with the current rules ({@link RetagService}). */
@Path("/tags/retag")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class RetagResource {

    private final RetagService service;

    public RetagResource(RetagService service) {
        this.service = service;
    }

    @POST
    @Operation(summary = "Replay documents.raw through the enrichers and republish to documents.enriched (202 + job)")
    public Response start(@Context UriInfo uri) {
        if (!service.available()) {
            throw new ProblemException(Response.Status.CONFLICT, "re-tagging needs Kafka (documents-raw is disabled in this profile)", null);
        }
        if (!service.brokerReachable()) {
            throw new ProblemException(Response.Status.SERVICE_UNAVAILABLE, "Kafka did not answer; retry later", null);
        }
        RetagJob job = service.start();
        return Response.accepted(job.status())
                .location(uri.getBaseUriBuilder().path("tags/retag").path(job.id()).build())
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Status of a re-tag job")
    public RetagJob.Status status(@PathParam("id") String id) {
        return service.job(id).map(RetagJob::status)
                .orElseThrow(() -> new ProblemException(Response.Status.NOT_FOUND, "no re-tag job " + id, "id"));
    }
}
