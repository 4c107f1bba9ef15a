package dev.sayline.enrich.security;

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
 * With reads closed (the default outside the local run): {@code /enrich} and reading tag rules
 * need the read key, changing rules and re-tagging the admin key; every refusal is problem+json.
 */
@QuarkusTest
@TestProfile(ApiKeyTest.ClosedReads.class)
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class ApiKeyTest {

    public static class ClosedReads implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sayline.auth.public-read", "false");
        }
    }

    private static final String DOCUMENT = "{\"text\":\"Lavrov said that talks go on.\"}";

    @Test
    void enrichWithoutAKeyIs401ProblemJson() {
        given().contentType("application/json").body(DOCUMENT).post("/enrich")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("X-API-Key")).body("field", equalTo("X-API-Key"));
    }

    @Test
    void enrichWithAnUnknownKeyIs401() {
        given().header(TestApiKeys.HEADER, "guess").contentType("application/json").body(DOCUMENT).post("/enrich")
                .then().statusCode(401).body("detail", containsString("no known key"));
    }

    @Test
    void readAndAdminKeysMayEnrichButNotTheIngestKey() {
        given().header(TestApiKeys.HEADER, TestApiKeys.READ).contentType("application/json").body(DOCUMENT).post("/enrich")
                .then().statusCode(200);
        given().header(TestApiKeys.HEADER, TestApiKeys.ADMIN).contentType("application/json").body(DOCUMENT).post("/enrich")
                .then().statusCode(200);
        given().header(TestApiKeys.HEADER, TestApiKeys.INGEST).contentType("application/json").body(DOCUMENT).post("/enrich")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void tagRulesAreReadWithTheReadKeyAndChangedOnlyWithTheAdminKey() {
        given().get("/tags/rules").then().statusCode(401);
        given().header(TestApiKeys.HEADER, TestApiKeys.READ).get("/tags/rules").then().statusCode(200);
        given().header(TestApiKeys.HEADER, TestApiKeys.READ).contentType("application/json").body("{\"query\":\"x\"}")
                .put("/tags/rules/auth-test").then().statusCode(403);
        given().header(TestApiKeys.HEADER, TestApiKeys.READ).delete("/tags/rules/auth-test").then().statusCode(403);
        // The admin key passes the check; the invalid query is then refused by the rule parser.
        given().header(TestApiKeys.HEADER, TestApiKeys.ADMIN).contentType("application/json").body("{\"query\":\"a AND (b\"}")
                .put("/tags/rules/auth-test").then().statusCode(400);
    }

    @Test
    void retagNeedsTheAdminKey() {
        given().post("/tags/retag").then().statusCode(401);
        given().header(TestApiKeys.HEADER, TestApiKeys.READ).post("/tags/retag").then().statusCode(403);
        given().header(TestApiKeys.HEADER, TestApiKeys.READ).get("/tags/retag/no-such-job").then().statusCode(403);
        given().header(TestApiKeys.HEADER, TestApiKeys.ADMIN).get("/tags/retag/no-such-job").then().statusCode(404);
    }

    @Test
    void healthAndMetricsStayOpen() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
    }
}
