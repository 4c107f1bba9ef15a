package dev.sayline.ingest.api;

import dev.sayline.testing.TestApiKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** With no broker reachable, a document is not acknowledged: 503 with Retry-After, never 202. */
@QuarkusTest
@TestProfile(BrokerDownTest.NoBroker.class)
class BrokerDownTest {

    public static class NoBroker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "kafka.bootstrap.servers", "127.0.0.1:1",
                    "quarkus.kafka.health.enabled", "false",
                    "mp.messaging.outgoing.documents-raw.max.block.ms", "1000",
                    "ingest.publish-timeout", "3s");
        }
    }

    @Test
    void unavailableBrokerIs503WithRetryAfter() {
        given().header(TestApiKeys.HEADER, TestApiKeys.INGEST).contentType("application/json").body("{\"text\":\"nobody will store this\"}")
                .post("/documents")
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", equalTo("5"))
                .body("detail", containsString("send it again"));
    }
}
