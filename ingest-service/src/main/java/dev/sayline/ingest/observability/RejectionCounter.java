package dev.sayline.ingest.observability;

import dev.sayline.kit.problem.Problem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Counts refused ingest requests at the HTTP edge, from the problem+json they are answered
 * with, so the resource and the validator stay free of metrics code.
 */
public class RejectionCounter {

    private final IngestMetrics metrics;

    public RejectionCounter(IngestMetrics metrics) {
        this.metrics = metrics;
    }

    @ServerResponseFilter
    public void count(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() < 400 || !request.getUriInfo().getPath().startsWith("/documents")) {
            return;
        }
        Object entity = response.getEntity();
        if (entity instanceof Problem p) {
            metrics.rejected(RejectionReasons.of(p.status(), p.field(), p.detail()));
        } else {
            metrics.rejected(RejectionReasons.of(response.getStatus(), null, null));
        }
    }
}
