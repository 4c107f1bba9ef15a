package dev.sayline.kit.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;

/**
 * A request whose URI or headers are too large is a problem+json 414 or 431, not Vert.x's bare
 * status. Vert.x answers requests over its codec limits itself, before any route, and Quarkus
 * 3.32 has no hook to its invalid-request handler; so this kit raises the codec limits and checks
 * the real ones ({@link RequestLimitsConfig}) here, as the first route of every service. The same
 * route answers a body declared larger than {@code quarkus.http.limits.max-body-size} with a
 * problem+json 413 before reading it, where Vert.x would answer without a body. (A URI with a
 * broken percent-encoding, {@code %ZZ}, is still refused by the codec with a bare 400: it never
 * reaches a route.)
 */
@ApplicationScoped
public class RequestSizeLimits {

    private final RequestLimitsConfig limits;
    private final ObjectMapper json;
    private final long maxBodyBytes;

    public RequestSizeLimits(RequestLimitsConfig limits, ObjectMapper json,
                             @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
                             MemorySize maxBodySize) {
        this.limits = limits;
        this.json = json;
        this.maxBodyBytes = maxBodySize.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    /** {@code quarkus.http.limits.max-body-size}, in bytes. */
    long maxBodyBytes() {
        return maxBodyBytes;
    }

    private void check(RoutingContext rc) {
        int uriLength = rc.request().uri().length();
        if (uriLength > limits.maxUriLength()) {
            refuse(rc, Problem.of(Response.Status.REQUEST_URI_TOO_LONG,
                    "The request URI has " + uriLength + " characters; this service accepts at most " + limits.maxUriLength(), null));
            return;
        }
        int headerSize = headerSize(rc);
        if (headerSize > limits.maxHeaderSize()) {
            refuse(rc, Problem.of(Response.Status.REQUEST_HEADER_FIELDS_TOO_LARGE,
                    "The request headers have " + headerSize + " bytes; this service accepts at most " + limits.maxHeaderSize(), null));
            return;
        }
        long declared = declaredBodyLength(rc);
        if (declared > maxBodyBytes) {
            refuse(rc, Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, "The request body has " + declared
                    + " bytes; this service accepts at most " + maxBodyBytes, null));
            return;
        }
        rc.next();
    }

    /** The declared Content-Length, or -1 when there is none (chunked) or it is unreadable. */
    static long declaredBodyLength(RoutingContext rc) {
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1;  // the HTTP codec refuses it
        }
    }


    /** As the HTTP codec counts them: each header line without its line break. */
    private static int headerSize(RoutingContext rc) {
        int size = 0;
        for (Map.Entry<String, String> header : rc.request().headers()) {
            size += header.getKey().length() + 2 + header.getValue().length();
        }
        return size;
    }

    private void refuse(RoutingContext rc, Problem problem) {
        RoutingProblems.send(rc, problem, json);
    }
}
