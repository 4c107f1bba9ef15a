package dev.sayline.query.deadletters;

import dev.sayline.kit.problem.ProblemException;
import dev.sayline.kit.security.Roles;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/**
 * Dead letters of the whole pipeline, for operators (admin key): what failed and why, and a
 * replay to the source topic once the cause is fixed.
 */
@Path("/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
@RolesAllowed(Roles.ADMIN)
public class DeadLetterResource {

    private final DeadLetterService service;

    public DeadLetterResource(DeadLetterService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "The dead-letter topics that can be inspected and replayed")
    public List<String> topics() {
        return service.topics();
    }

    @GET
    @Path("/{topic}")
    @Operation(summary = "The newest letters of a dead-letter topic, with their reason headers")
    public DeadLetterService.Listing list(@PathParam("topic") String topic) {
        return service.list(topic);
    }

    @POST
    @Path("/{topic}/replay")
    @Operation(summary = "Send one letter (partition and offset) or every letter back to its source topic, same key and value; "
            + "letters older than the indexed document are left out (counted as superseded) unless force=true")
    public DeadLetterService.Replay replay(@PathParam("topic") String topic, @QueryParam("partition") String partition,
                                           @QueryParam("offset") String offset, @QueryParam("force") String force,
                                           @Context UriInfo uri) {
        // Parsed here rather than by JAX-RS, which answers an unconvertible query parameter with a bare 404.
        return service.replay(topic, number(given(partition, uri, "partition"), "partition"),
                number(given(offset, uri, "offset"), "offset"), flag(given(force, uri, "force"), "force"));
    }

    /** RESTEasy passes {@code ?partition=} as null, like an absent parameter; here it stays empty. */
    private static String given(String value, UriInfo uri, String name) {
        return value == null && uri.getQueryParameters().containsKey(name) ? "" : value;
    }

    // Given but empty (?partition=) is a mistake, not "absent": a script with an unset variable
    // must not replay every letter.
    private static boolean flag(String raw, String name) {
        if (raw == null || raw.strip().equalsIgnoreCase("false")) {
            return false;
        }
        if (raw.strip().equalsIgnoreCase("true")) {
            return true;
        }
        throw ProblemException.badRequest(name + " must be true or false", name);
    }

    private static Long number(String raw, String name) {
        if (raw == null) {
            return null;
        }
        try {
            // ASCII digits only: parseLong also reads other scripts' digits
            if (raw.strip().matches("[0-9]{1,19}")) {
                return Long.parseLong(raw.strip());
            }
        } catch (NumberFormatException e) {
            // over Long.MAX_VALUE: the 400 below
        }
        throw ProblemException.badRequest(name + " must be a whole number of 0 or more", name);
    }
}
