package dev.sayline.ingest.observability;

import dev.sayline.testing.RealInfrastructure;
import dev.sayline.testing.TestApiKeys;
import dev.sayline.testing.TopicClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Meters move with what the API does, and a published record carries a W3C traceparent. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class IngestObservabilityTest {

    @Test
    void acceptedDocumentIsCountedTimedAndTraced() {
        double before = value("sayline_ingest_documents_accepted_total");
        double bytesBefore = value("sayline_ingest_accepted_bytes_total");
        String id = "obs-" + UUID.randomUUID();
        given().header(TestApiKeys.HEADER, TestApiKeys.INGEST).contentType("application/json").body("{\"id\":\"" + id + "\",\"text\":\"Twelve bytes\"}")
                .post("/documents").then().statusCode(202);

        assertEquals(before + 1, value("sayline_ingest_documents_accepted_total"));
        assertEquals(bytesBefore + 12, value("sayline_ingest_accepted_bytes_total"));
        assertTrue(metrics().contains("sayline_ingest_publish_seconds_bucket{outcome=\"success\""), "publish latency histogram");
        ConsumerRecord<String, String> record = TopicClient.awaitKey("documents.raw", id, Duration.ofSeconds(30));
        String traceparent = TopicClient.header(record, "traceparent");
        assertNotNull(traceparent);
        assertTrue(traceparent.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01"), traceparent);
    }

    @Test
    void refusedDocumentsAreCountedByReason() {
        double invalid = value("sayline_ingest_documents_rejected_total{reason=\"invalid\"}");
        double malformed = value("sayline_ingest_documents_rejected_total{reason=\"malformed\"}");
        given().header(TestApiKeys.HEADER, TestApiKeys.INGEST).contentType("application/json").body("{\"text\":\"\"}").post("/documents").then().statusCode(400);
        given().header(TestApiKeys.HEADER, TestApiKeys.INGEST).contentType("application/json").body("{ not json").post("/documents").then().statusCode(400);
        assertEquals(invalid + 1, value("sayline_ingest_documents_rejected_total{reason=\"invalid\"}"));
        assertEquals(malformed + 1, value("sayline_ingest_documents_rejected_total{reason=\"malformed\"}"));
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static double value(String series) {
        Matcher m = Pattern.compile("^" + Pattern.quote(series) + "\\s+(\\S+)$", Pattern.MULTILINE).matcher(metrics());
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
