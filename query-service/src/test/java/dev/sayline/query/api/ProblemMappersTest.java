package dev.sayline.query.api;

import dev.sayline.kit.problem.Problem;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProblemMappersTest {

    @Test
    void unreachableIndexIs503ProblemJsonWithRetryAfter() {
        Response r = new ProblemMappers().indexUnavailable(new ConnectException("Connection refused"));
        assertEquals(503, r.getStatus());
        assertEquals("application/problem+json", r.getMediaType().toString());
        assertEquals("5", String.valueOf(r.getHeaders().getFirst("Retry-After")));
        assertEquals(503, ((Problem) r.getEntity()).status());
    }
}
