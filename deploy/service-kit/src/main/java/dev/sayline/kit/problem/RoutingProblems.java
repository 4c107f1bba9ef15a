package dev.sayline.kit.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;

/** Answers a problem from a Vert.x route, where no JAX-RS exception mapper runs. */
final class RoutingProblems {

    private RoutingProblems() {
    }

    /** Sends the problem; the connection is closed, since the request's body is not read. */
    static void send(RoutingContext rc, Problem problem, ObjectMapper json) {
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A Problem always serialises", e);
        }
        rc.response().setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (rc.request().version() != HttpVersion.HTTP_2) {
            // HTTP/2 has no such header
            rc.response().putHeader(HttpHeaders.CONNECTION, "close");
        }
        rc.response().end(body);
    }
}
