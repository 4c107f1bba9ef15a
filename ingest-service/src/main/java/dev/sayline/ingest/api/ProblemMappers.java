package dev.sayline.ingest.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.sayline.ingest.IngestConfig;
import dev.sayline.ingest.messaging.BrokerUnavailableException;
import dev.sayline.ingest.security.ApiKeyAuthenticationMechanism;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error leaves as problem+json: client mistakes as 4xx, never a stack trace. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final IngestConfig config;

    public ProblemMappers(IngestConfig config) {
        this.config = config;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return e.problem().toResponse();
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
    public Response brokerUnavailable(BrokerUnavailableException e) {
        LOG.warnf("Answering 503: %s", e.getMessage());
        return Response.fromResponse(
                        Problem.of(Response.Status.SERVICE_UNAVAILABLE, "The document was not stored; retry later. " + e.getMessage(), null).toResponse())
                .header("Retry-After", config.retryAfterSeconds())
                .build();
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.error("Unexpected error", e);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "Internal error; see the service log", null).toResponse();
    }
}
