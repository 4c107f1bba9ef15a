package dev.sayline.kit.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CommonProblemMappersTest {

    private final CommonProblemMappers mappers = new CommonProblemMappers();

    @Test
    void aStatusJaxRsHasNoConstantForKeepsItsCode() {
        // Status.fromStatusCode(422) is null: these once became 400s, or a 500 where a 422 was built from it
        for (int code : new int[] {422, 429, 431}) {
            Response response = mappers.webApplication(new WebApplicationException(code));
            assertEquals(code, response.getStatus());
            assertEquals(code, ((Problem) response.getEntity()).status());
        }
    }

    @Test
    void everyServiceUnavailableProblemSaysWhenToRetry() {
        // dead-letter listings and replays once answered a Kafka outage with a 503 and no Retry-After
        Response response = mappers.problem(new ProblemException(Response.Status.SERVICE_UNAVAILABLE,
                "Kafka did not answer in time; retry later", null));
        assertEquals(503, response.getStatus());
        assertEquals("5", response.getHeaderString("Retry-After"));
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
    }

    @Test
    void unprocessableContentIsAProblemWithItsReason() {
        ProblemException e = new ProblemException(Problem.UNPROCESSABLE_CONTENT, "too large to replay", "offset");
        Response response = mappers.problem(e);
        assertEquals(422, response.getStatus());
        assertEquals("Unprocessable Content", e.problem().title());
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
    }
}
