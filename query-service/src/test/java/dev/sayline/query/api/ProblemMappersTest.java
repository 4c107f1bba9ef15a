package dev.sayline.query.api;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
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

    @Test
    void anOverloadedOrFailingIndexIs503AndARefusedQueryOur500() {
        for (int status : new int[] {429, 500, 503}) {
            Response r = new ProblemMappers().indexRefused(refusal(status, "some_exception"));
            assertEquals(503, r.getStatus(), "Elasticsearch " + status);
            assertEquals("5", String.valueOf(r.getHeaders().getFirst("Retry-After")));
        }
        assertEquals(503, new ProblemMappers().indexRefused(refusal(404, "index_not_found_exception")).getStatus());
        assertEquals(503, new ProblemMappers().indexRefused(refusal(400, "index_closed_exception")).getStatus());
        Response r = new ProblemMappers().indexRefused(refusal(400, "parsing_exception"));
        assertEquals(500, r.getStatus());
        assertEquals("application/problem+json", r.getMediaType().toString());
    }

    private static ElasticsearchException refusal(int status, String type) {
        return new ElasticsearchException("search", ErrorResponse.of(e -> e.status(status)
                .error(c -> c.type(type).reason("refused"))));
    }
}
