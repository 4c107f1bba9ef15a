package dev.sayline.kit.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;

/**
 * A request Vert.x Web's router fails as malformed (an HTTP/1.1 request without a valid
 * {@code Host}) is a 400 problem+json; Quarkus's error handler answered it with its own JSON
 * and logged it as an error. (A chunked body that grows past {@code max-body-size} still gets
 * RESTEasy's bare 413: it is written while reading, with no failure to handle.)
 */
@ApplicationScoped
public class BareRouteFailures {

    private final ObjectMapper json;

    public BareRouteFailures(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::answer);
    }

    private void answer(RoutingContext rc) {
        if (rc.statusCode() != 400 || rc.response().ended() || rc.response().headWritten()) {
            rc.next();
            return;
        }
        String failure = rc.failure() == null ? "" : String.valueOf(rc.failure().getMessage());
        RoutingProblems.send(rc, Problem.of(Response.Status.BAD_REQUEST, failure.contains("Host")
                ? "An HTTP/1.1 request needs a valid Host header" : "The request is malformed", null), json);
    }
}
