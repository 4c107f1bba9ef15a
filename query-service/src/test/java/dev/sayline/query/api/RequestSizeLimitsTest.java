package dev.sayline.query.api;

import dev.sayline.testing.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Requests too large for the service are problem+json 414/431 (the service kit's
 * RequestSizeLimits), like every other client error, rather than Vert.x's bare status.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class RequestSizeLimitsTest {

    @Test
    void aHugeUriIs414ProblemJson() {
        given().urlEncodingEnabled(false).get("/search?q=" + "a".repeat(10_000))
                .then().statusCode(414).contentType("application/problem+json")
                .body("status", equalTo(414))
                .body("title", equalTo("Request-URI Too Long"))
                .body("type", equalTo("about:blank"))
                .body("detail", containsString("at most 4096"));
    }

    @Test
    void hugeHeadersAre431ProblemJson() {
        given().header("X-Padding", "p".repeat(30_000)).get("/search?q=x")
                .then().statusCode(431).contentType("application/problem+json")
                .body("status", equalTo(431))
                .body("title", equalTo("Request Header Fields Too Large"))
                .body("detail", containsString("at most 20480"));
    }

    @Test
    void aLongUriWithinTheLimitIsServed() {
        given().urlEncodingEnabled(false).get("/q/health/live?padding=" + "a".repeat(4_000))
                .then().statusCode(200);
    }
}
