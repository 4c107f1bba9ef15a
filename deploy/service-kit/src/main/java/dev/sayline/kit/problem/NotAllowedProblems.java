package dev.sayline.kit.problem;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Set;

/** A 405 as problem+json with the {@code Allow} header RFC 9110 requires, naming the methods the path takes. */
public class NotAllowedProblems {

    private final AllowedMethods allowedMethods;

    public NotAllowedProblems(AllowedMethods allowedMethods) {
        this.allowedMethods = allowedMethods;
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, UriInfo uri) {
        Set<String> allowed = allowedMethods.of(uri.getPath());
        Response problem = Problem.of(Response.Status.METHOD_NOT_ALLOWED, allowed.isEmpty()
                ? "This path does not take this method"
                : "This path takes " + String.join(", ", allowed), null).toResponse();
        return allowed.isEmpty() ? problem
                : Response.fromResponse(problem).header(HttpHeaders.ALLOW, String.join(", ", allowed)).build();
    }
}
