package dev.sayline.query.api;

import dev.sayline.kit.problem.Problem;
import dev.sayline.query.search.Cursor;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.io.IOException;

/**
 * The query-service's own errors as problem+json; the common ones (bad input, keys, anything
 * unexpected) are mapped by the service kit's {@code CommonProblemMappers}.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response invalidCursor(Cursor.InvalidCursorException e) {
        return Problem.of(Response.Status.BAD_REQUEST, e.getMessage(), "cursor").toResponse();
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
}
