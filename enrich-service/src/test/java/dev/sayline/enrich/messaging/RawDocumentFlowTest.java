package dev.sayline.enrich.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sayline.enrich.pipeline.TripwireEnricher;
import dev.sayline.testing.ContractSchemas;
import dev.sayline.testing.RealInfrastructure;
import dev.sayline.testing.TopicClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Through the build's real broker: documents.raw in, documents.enriched (or the DLQ) out. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class RawDocumentFlowTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void rawDocumentIsEnrichedUnderTheSameKey() throws Exception {
        String id = "flow-" + UUID.randomUUID();
        String raw = "{\"id\":\"" + id + "\",\"text\":\"Lavrov said on Monday that talks go on. 😀\","
                + "\"publishedAt\":\"2025-10-29\",\"receivedAt\":\"2025-10-29T10:00:00Z\",\"unknownField\":true}";
        ContractSchemas.assertValid(ContractSchemas.DOCUMENTS_RAW, raw); // what ingest-service publishes
        TopicClient.send("documents.raw", id, raw);

        ConsumerRecord<String, String> out = TopicClient.awaitKey("documents.enriched", id, WAIT);
        ContractSchemas.assertValid(ContractSchemas.DOCUMENTS_ENRICHED, out.value());
        JsonNode doc = json.readTree(out.value());
        assertEquals(id, doc.get("id").asText());
        assertEquals("2025-10-29", doc.get("publishedAt").asText());
        assertEquals("2025-10-29T10:00:00Z", doc.get("receivedAt").asText());
        assertTrue(doc.get("enrichmentVersion").asText().length() > 0);
        assertEquals("dev.sayline.document.enriched", TopicClient.header(out, "ce_type"));
    }

    @Test
    void aDocumentAnEnricherFailsOnIsPublishedDegradedNotDeadLettered() throws Exception {
        String id = "flow-trip-" + UUID.randomUUID();
        TopicClient.send("documents.raw", id, "{\"id\":\"" + id + "\",\"text\":\"Talks resume on Monday. "
                + TripwireEnricher.WIRE + "\",\"publishedAt\":\"2025-10-29\"}");

        ConsumerRecord<String, String> out = TopicClient.awaitKey("documents.enriched", id, WAIT);
        ContractSchemas.assertValid(ContractSchemas.DOCUMENTS_ENRICHED, out.value());
        JsonNode doc = json.readTree(out.value());
        assertEquals("tripwire@1", doc.get("degraded").get(0).asText());
        assertEquals(1, doc.get("dates").size(), "the tripwire's own bogus date is dropped");
        assertEquals("2025-11-03", doc.get("dates").get(0).get("value").asText());
    }

    @Test
    void anEnrichedDocumentLargerThanKafkasDefaultRecordIsPublished() throws Exception {
        // 300 KB of text with a date in every sentence enrich to 1.6 MB: over the producer's default
        // 1 MiB, this was retried forever and held up every document behind it.
        String id = "flow-large-" + UUID.randomUUID();
        String text = "He said on Monday. ".repeat(16_000);
        TopicClient.send("documents.raw", id, json.writeValueAsString(
                java.util.Map.of("id", id, "text", text, "publishedAt", "2025-10-29")));

        ConsumerRecord<String, String> out = TopicClient.awaitKey("documents.enriched", id, WAIT);
        assertTrue(out.value().length() > 1_048_576, "larger than Kafka's default: " + out.value().length());
        assertEquals(16_000, json.readTree(out.value()).get("dates").size());
    }

    @Test
    void unreadableRecordGoesToTheDeadLetterTopicWithItsReason() {
        String key = "poison-" + UUID.randomUUID();
        TopicClient.send("documents.raw", key, "{ this is not json");

        ConsumerRecord<String, String> dead = TopicClient.awaitKey("documents.raw.dlq", key, WAIT);
        assertEquals("{ this is not json", dead.value());
        assertNotNull(TopicClient.header(dead, "dead-letter-reason"));
        assertEquals("documents.raw", TopicClient.header(dead, "dead-letter-topic"));
        assertNotNull(TopicClient.header(dead, "dead-letter-offset"));
    }

    @Test
    void documentWithoutTextIsADeadLetterNotASilentDrop() {
        String key = "no-text-" + UUID.randomUUID();
        TopicClient.send("documents.raw", key, "{\"id\":\"" + key + "\"}");
        ConsumerRecord<String, String> dead = TopicClient.awaitKey("documents.raw.dlq", key, WAIT);
        assertTrue(TopicClient.header(dead, "dead-letter-reason").contains("no text"));
    }
}
