package dev.sayline.enrich.observability;

import dev.sayline.testing.BuildInfrastructure;
import dev.sayline.testing.RealInfrastructure;
import dev.sayline.testing.TopicClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The trace continues from documents.raw to documents.enriched; documents, dead letters and lag are measured. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class EnrichObservabilityTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String TRACEPARENT = "00-" + TRACE + "-00f067aa0ba902b7-01";

    @Test
    void traceIdTravelsToTheEnrichedRecordAndMetersMove() throws Exception {
        String id = "obs-" + UUID.randomUUID();
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BuildInfrastructure.get().kafkaBootstrapServers());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>("documents.raw", id,
                    "{\"id\":\"" + id + "\",\"text\":\"The council said the road would close on Friday.\"}");
            record.headers().add("traceparent", TRACEPARENT.getBytes(StandardCharsets.US_ASCII));
            producer.send(record).get();
        }
        ConsumerRecord<String, String> out = TopicClient.awaitKey("documents.enriched", id, Duration.ofSeconds(60));
        String traceparent = TopicClient.header(out, "traceparent");
        assertTrue(traceparent.startsWith("00-" + TRACE + "-"), "same trace id: " + traceparent);
        assertNotEquals(TRACEPARENT, traceparent, "a new span id");

        String metrics = metrics();
        assertTrue(metrics.contains("sayline_enrich_document_seconds_count"), "documents timed");
        assertTrue(metrics.contains("sayline_enrich_quotes_per_document_count"), "quotes per document");
        assertTrue(metrics.contains("sayline_dead_letters_total{topic=\"documents.raw.dlq\"}"), "dead letters counted");
        assertTrue(eventually(Duration.ofSeconds(30), () ->
                metrics().contains("sayline_kafka_consumer_lag{group=\"enrich-service\",partition=\"0\",topic=\"documents.raw\"}")),
                "consumer lag per partition");
    }

    @Test
    void deadLetteredRecordIsCounted() throws InterruptedException {
        double before = deadLetters();
        TopicClient.send("documents.raw", "obs-dead-" + UUID.randomUUID(), "{ not json");
        assertTrue(eventually(Duration.ofSeconds(60), () -> deadLetters() >= before + 1), "dead letter counted");
    }

    private static boolean eventually(Duration timeout, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(250);
        }
        return condition.getAsBoolean();
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static double deadLetters() {
        return metrics().lines().filter(l -> l.startsWith("sayline_dead_letters_total{topic=\"documents.raw.dlq\"}"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst().orElse(0);
    }
}
