package dev.sayline.query.api;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import dev.sayline.kit.problem.Problem;
import dev.sayline.query.search.Cursor;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.io.IOException;
import java.util.Set;

/**
 * The query-service's own errors as problem+json; the common ones (bad input, keys, anything
 * unexpected) are mapped by the service kit's {@code CommonProblemMappers}.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final Set<String> INDEX_UNUSABLE = Set.of("index_not_found_exception", "index_closed_exception");

    @ServerExceptionMapper
    public Response invalidCursor(Cursor.InvalidCursorException e) {
        return Problem.of(Response.Status.BAD_REQUEST, e.getMessage(), "cursor").toResponse();
    }

    /** Elasticsearch unreachable: the request was fine, the index is not; tell the client to retry. */
    @ServerExceptionMapper
    public Response indexUnavailable(IOException e) {
        LOG.warnf("Answering 503, Elasticsearch unavailable: %s", e.toString());
        return retryLater();
    }

    /**
     * Elasticsearch answered with an error. Overloaded or failing (429, 5xx: no shard available,
     * a circuit breaker) or without a usable index (not there yet, dropped, closed) is a 503 the
     * client may retry; another 4xx is a query this service should never have built, so it is our
     * 500, logged with Elasticsearch's reason.
     */
    @ServerExceptionMapper
    public Response indexRefused(ElasticsearchException e) {
        boolean noIndex = e.error() != null && INDEX_UNUSABLE.contains(e.error().type());
        if (e.status() == 429 || e.status() >= 500 || noIndex) {
            LOG.warnf("Answering 503, Elasticsearch answered %d: %s", e.status(), e.getMessage());
            return retryLater();
        }
        LOG.errorf(e, "Elasticsearch refused a query with %d", e.status());
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "Internal error; see the service log", null)
                .toResponse();
    }

    private static Response retryLater() {
        return Problem.serviceUnavailable("The index is unavailable; retry later", Problem.RETRY_AFTER_SECONDS);
    }
}
