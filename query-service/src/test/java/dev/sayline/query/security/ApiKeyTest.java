package dev.sayline.query.security;

import dev.sayline.testing.RealInfrastructure;
import dev.sayline.testing.TestApiKeys;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * With reads closed (the default outside the local run) every read endpoint needs the read (or
 * admin) key; the other tests of this module run with public reads, as the local stack does.
 */
@QuarkusTest
@TestProfile(ApiKeyTest.ClosedReads.class)
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class ApiKeyTest {

    public static class ClosedReads implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "sayline.auth.public-read", "false",
                    "query.index.alias", "sayline-it-auth",
                    "query.index.name", "sayline-it-auth-v2",
                    "mp.messaging.incoming.documents-enriched.enabled", "false");
        }
    }

    private static final String[] READ_ENDPOINTS = {
            "/search?q=x", "/quotes", "/speakers", "/speakers/Nobody", "/timeline", "/documents/none", "/dashboard/pipeline"};

    @Test
    void everyReadEndpointIs401ProblemJsonWithoutAKey() {
        for (String endpoint : READ_ENDPOINTS) {
            given().get(endpoint).then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", containsString("X-API-Key")).body("field", equalTo("X-API-Key"));
        }
    }

    @Test
    void anUnknownKeyIs401AndTheIngestKeyMayNotRead() {
        given().header(TestApiKeys.HEADER, "guess").get("/search?q=x").then().statusCode(401);
        given().header(TestApiKeys.HEADER, TestApiKeys.INGEST).get("/search?q=x").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void readAndAdminKeysMayRead() {
        given().header(TestApiKeys.HEADER, TestApiKeys.READ).get("/search?q=x").then().statusCode(200);
        given().header(TestApiKeys.HEADER, TestApiKeys.ADMIN).get("/speakers").then().statusCode(200);
        given().header(TestApiKeys.HEADER, TestApiKeys.READ).get("/documents/none").then().statusCode(404);
    }

    @Test
    void theDashboardPageHealthAndMetricsStayOpen() {
        given().get("/").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
    }
}
