package dev.sayline.query.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.sayline.query.search.Cursor;
import dev.sayline.query.security.ApiKeyAuthenticationMechanism;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.io.IOException;

/** Every error leaves as problem+json: client mistakes as 4xx, never a stack trace. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return e.problem().toResponse();
    }

    @ServerExceptionMapper
    public Response invalidCursor(Cursor.InvalidCursorException e) {
        return Problem.of(Response.Status.BAD_REQUEST, e.getMessage(), "cursor").toResponse();
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        return Problem.of(Response.Status.BAD_REQUEST, "Malformed JSON: " + e.getOriginalMessage(), null).toResponse();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json);
        }
        Response.Status status = Response.Status.fromStatusCode(e.getResponse().getStatus());
        if (status == null) {
            status = Response.Status.BAD_REQUEST;
        }
        return Problem.of(status, e.getMessage(), null).toResponse();
    }

    /** Elasticsearch unreachable: the request was fine, the index is not; tell the client to retry. */
    @ServerExceptionMapper
    public Response indexUnavailable(IOException e) {
        LOG.warnf("Answering 503, Elasticsearch unavailable: %s", e.toString());
        return Response.fromResponse(Problem.of(Response.Status.SERVICE_UNAVAILABLE,
                        "The index is unavailable; retry later", null).toResponse())
                .header("Retry-After", 5)
                .build();
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e) {
        String detail = e instanceof AuthenticationFailedException
                ? "The " + ApiKeyAuthenticationMechanism.HEADER + " header holds no known key"
                : "This endpoint needs an API key in the " + ApiKeyAuthenticationMechanism.HEADER + " header";
        return Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED, detail, ApiKeyAuthenticationMechanism.HEADER).toResponse())
                .header("WWW-Authenticate", "ApiKey header=\"" + ApiKeyAuthenticationMechanism.HEADER + "\"")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problem.of(Response.Status.FORBIDDEN, "The API key does not allow this operation", ApiKeyAuthenticationMechanism.HEADER).toResponse();
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.error("Unexpected error", e);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "Internal error; see the service log", null).toResponse();
    }
}
