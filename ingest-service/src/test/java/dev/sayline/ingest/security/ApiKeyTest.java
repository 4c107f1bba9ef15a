package dev.sayline.ingest.security;

import dev.sayline.testing.RealInfrastructure;
import dev.sayline.testing.TestApiKeys;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Posting documents needs the ingest (or admin) key; every refusal is problem+json. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class ApiKeyTest {

    private static final String DOCUMENT = "{\"text\":\"Lavrov said so.\"}";

    @Test
    void withoutAKeyTheWriteIs401ProblemJsonWithAChallenge() {
        given().contentType("application/json").body(DOCUMENT).post("/documents")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("X-API-Key"))
                .body("status", equalTo(401)).body("field", equalTo("X-API-Key"));
    }

    @Test
    void anUnknownKeyIs401() {
        given().header(TestApiKeys.HEADER, "not-a-key").contentType("application/json").body(DOCUMENT).post("/documents")
                .then().statusCode(401).contentType("application/problem+json").body("detail", containsString("no known key"));
    }

    @Test
    void aReadKeyMayNotWrite() {
        given().header(TestApiKeys.HEADER, TestApiKeys.READ).contentType("application/json").body(DOCUMENT).post("/documents")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void theKeyIsCheckedBeforeTheBodyIsRead() {
        given().contentType("application/json").body("{ not json").post("/documents").then().statusCode(401);
    }

    @Test
    void ingestAndAdminKeysMayWrite() {
        given().header(TestApiKeys.HEADER, TestApiKeys.INGEST).contentType("application/json").body(DOCUMENT).post("/documents")
                .then().statusCode(202);
        given().header(TestApiKeys.HEADER, TestApiKeys.ADMIN).contentType("application/x-ndjson")
                .body(DOCUMENT.getBytes(StandardCharsets.UTF_8)).post("/documents/batch")
                .then().statusCode(202);
    }

    @Test
    void healthMetricsAndTheApiDescriptionStayOpen() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
        given().accept("application/json").get("/q/openapi").then().statusCode(200);
    }
}
