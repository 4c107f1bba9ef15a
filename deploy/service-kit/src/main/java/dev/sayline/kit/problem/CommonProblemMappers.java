package dev.sayline.kit.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.sayline.kit.security.ApiKeyAuthenticationMechanism;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.stream.Collectors;

/**
 * Every error leaves as problem+json: client mistakes as 4xx, never a stack trace. A service adds
 * mappers for its own exceptions (a broker or an index that is down) next to its resources.
 */
public class CommonProblemMappers {

    private static final Logger LOG = Logger.getLogger(CommonProblemMappers.class);
    private static final String KEY_HEADER = ApiKeyAuthenticationMechanism.HEADER;

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        Problem problem = e.problem();
        // Every 503 says when to come back: the request was fine, a resource behind it was not.
        return problem.status() == 503 ? Problem.serviceUnavailable(problem.detail(), Problem.RETRY_AFTER_SECONDS)
                : problem.toResponse();
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        return Problem.of(Response.Status.BAD_REQUEST, "Malformed JSON: " + e.getOriginalMessage(), null).toResponse();
    }

    /**
     * Well-formed JSON of the wrong shape ({@code [1,2]}, {@code {"text": {}}}). Quarkus maps this
     * more specific exception itself, to a 400 without a body, unless a mapper names it.
     */
    @ServerExceptionMapper
    public Response wrongShape(MismatchedInputException e) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
        String detail = field.isEmpty()
                ? "The body is not the JSON object this endpoint takes"
                : field + " has the wrong JSON type";
        return Problem.of(Response.Status.BAD_REQUEST, detail, field.isEmpty() ? null : field).toResponse();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json);
        }
        // The status info, not the Status enum: that lacks codes such as 422 and 429.
        return Problem.of(e.getResponse().getStatusInfo(), e.getMessage(), null).toResponse();
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e) {
        String detail = e instanceof AuthenticationFailedException
                ? "The " + KEY_HEADER + " header holds no known key, or is given more than once"
                : "This endpoint needs an API key in the " + KEY_HEADER + " header";
        return Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED, detail, KEY_HEADER).toResponse())
                .header("WWW-Authenticate", ApiKeyAuthenticationMechanism.CHALLENGE)
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problem.of(Response.Status.FORBIDDEN, "The API key does not allow this operation", KEY_HEADER).toResponse();
    }

    /**
     * Several of the largest bodies at once can exhaust a small heap ({@link InFlightBodyBudget}
     * turns most such requests away before reading them). The request was fine and a retry may
     * well pass; the client gets a 503 it can act on, not the framework's bare 500.
     */
    @ServerExceptionMapper
    public Response outOfMemory(OutOfMemoryError e) {
        LOG.error("Out of memory answering a request; answered 503", e);
        return Problem.serviceUnavailable("The service is short of memory; retry later",
                Problem.RETRY_AFTER_SECONDS);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError outOfMemory) {
                return outOfMemory(outOfMemory);  // wrapped, e.g. when writing the response ran out
            }
        }
        LOG.error("Unexpected error", e);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "Internal error; see the service log", null).toResponse();
    }
}
