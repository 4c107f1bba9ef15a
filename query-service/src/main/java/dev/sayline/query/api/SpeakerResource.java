package dev.sayline.query.api;

import dev.sayline.kit.problem.ProblemException;
import dev.sayline.kit.security.Roles;
import dev.sayline.query.QueryConfig;
import dev.sayline.query.search.SpeakerList;
import dev.sayline.query.search.SpeakerProfile;
import dev.sayline.query.search.SpeakerService;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.io.IOException;

/** Who is quoted: rankings and per-speaker profiles. */
@Path("/speakers")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
@RolesAllowed(Roles.READ)
public class SpeakerResource {

    private final SpeakerService speakers;
    private final QueryConfig.Search limits;

    public SpeakerResource(SpeakerService speakers, QueryConfig config) {
        this.speakers = speakers;
        this.limits = config.search();
    }

    @GET
    @Operation(summary = "Speakers ranked by matching quotes",
            description = "Counts quotes (and documents) per canonical speaker under the filters: q over the quote text, "
                    + "tag, entity, source, kind, publishedFrom/To.")
    public SpeakerList speakers(
            @BeanParam FilterParams filters,
            @Parameter(description = "Speakers to return") @QueryParam("size") @DefaultValue("20") String size) throws IOException {
        return speakers.speakers(filters.toFilters(limits), Params.size(size, limits.maxPageSize()));
    }

    @GET
    @Path("/{name}")
    @Operation(summary = "Profile of a speaker (404 when unknown)",
            description = "name is the canonical name or any alias: aliases, quote count, quotes per month, top tags, latest quotes.")
    public SpeakerProfile profile(@PathParam("name") String name) throws IOException {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw ProblemException.badRequest("name must be 1 to 200 characters", "name");
        }
        return speakers.profile(name.strip()).orElseThrow(() ->
                new ProblemException(Response.Status.NOT_FOUND, "no speaker named " + name, "name"));
    }
}
