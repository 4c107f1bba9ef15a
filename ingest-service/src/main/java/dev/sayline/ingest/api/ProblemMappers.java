package dev.sayline.ingest.api;

import dev.sayline.ingest.IngestConfig;
import dev.sayline.ingest.messaging.BrokerUnavailableException;
import dev.sayline.ingest.messaging.DocumentTooLargeForBrokerException;
import dev.sayline.kit.problem.Problem;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The ingest-service's own errors as problem+json; the common ones (bad input, keys, anything
 * unexpected) are mapped by the service kit's {@code CommonProblemMappers}.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final IngestConfig config;

    public ProblemMappers(IngestConfig config) {
        this.config = config;
    }

    @ServerExceptionMapper
    public Response tooLargeForTheBroker(DocumentTooLargeForBrokerException e) {
        LOG.warnf("Answering 413: %s", e.getMessage());
        return Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, "The document was not stored: " + e.getMessage(),
                null).toResponse();
    }

    @ServerExceptionMapper
    public Response brokerUnavailable(BrokerUnavailableException e) {
        LOG.warnf("Answering 503: %s", e.getMessage());
        // "May not": a record already on its way when Kafka gives up on it can still land. Sending it
        // again is safe, since the id is stable and the index keeps one copy.
        return Problem.serviceUnavailable("The document may not have been stored; send it again later "
                + "(it is kept once). " + e.getMessage(),
                config.retryAfterSeconds());
    }
}
