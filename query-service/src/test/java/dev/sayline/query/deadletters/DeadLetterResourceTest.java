package dev.sayline.query.deadletters;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sayline.query.api.IsolatedIndexProfile;
import dev.sayline.query.indexing.BulkIndexer;
import dev.sayline.query.indexing.EnrichedDocumentReader;
import dev.sayline.query.indexing.IndexBootstrap;
import dev.sayline.query.indexing.IndexingFlowTest;
import dev.sayline.testing.BuildInfrastructure;
import dev.sayline.testing.RealInfrastructure;
import dev.sayline.testing.TestApiKeys;
import dev.sayline.testing.TopicClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Against the build's real broker: letters written with the services' reason headers are listed
 * and replayed to their source topic with the same key and value; only the admin key may.
 */
@QuarkusTest
@TestProfile(IsolatedIndexProfile.class)
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class DeadLetterResourceTest {

    private static final String DLQ = "it-letters.dlq";
    private static final String SOURCE = "it-letters";
    private static final String SUPERSEDED_DLQ = "it-superseded.dlq";
    private static final String SUPERSEDED_SOURCE = "it-superseded";
    private static final String LARGE_DLQ = "it-large.dlq";
    private static final String LARGE_SOURCE = "it-large";

    @Inject
    ElasticsearchClient client;
    @Inject
    IndexBootstrap bootstrap;
    @Inject
    BulkIndexer indexer;
    @Inject
    ObjectMapper json;

    @Test
    void listsLettersWithTheirReasonsAndReplaysOneOrAllToTheSourceTopic() throws Exception {
        String first = "letter-" + UUID.randomUUID();
        String second = "letter-" + UUID.randomUUID();
        write(first, "{\"id\":\"" + first + "\"}", "unreadable JSON");
        write(second, "{\"id\":\"" + second + "\"}", "mapping conflict");

        JsonPath listing = given().header(TestApiKeys.HEADER, TestApiKeys.ADMIN).get("/dead-letters/{topic}", DLQ)
                .then().statusCode(200).body("sourceTopic", equalTo(SOURCE)).extract().jsonPath();
        Map<String, Object> letter = listing.getMap("letters.find { it.key == '" + first + "' }");
        assertEquals("unreadable JSON", letter.get("reason"));
        assertEquals(SOURCE, letter.get("sourceTopic"));
        assertEquals(7, letter.get("sourceOffset"));
        int partition = (Integer) letter.get("partition");
        long offset = ((Number) letter.get("offset")).longValue();

        given().header(TestApiKeys.HEADER, TestApiKeys.ADMIN)
                .queryParam("partition", partition).queryParam("offset", offset)
                .post("/dead-letters/{topic}/replay", DLQ)
                .then().statusCode(200).body("replayed", equalTo(1)).body("sourceTopic", equalTo(SOURCE))
                .body("$", not(hasKey("remaining")));
        ConsumerRecord<String, String> replayed = TopicClient.awaitKey(SOURCE, first, Duration.ofSeconds(30));
        assertEquals("{\"id\":\"" + first + "\"}", replayed.value());
        assertEquals(DLQ + "/" + partition + "/" + offset, TopicClient.header(replayed, DeadLetterService.REPLAYED_FROM));
        assertEquals(null, replayed.headers().lastHeader("dead-letter-reason"), "the reason headers stay behind");

        // "Replay all" sends what it has not replayed yet, oldest first, and records its progress.
        given().header(TestApiKeys.HEADER, TestApiKeys.ADMIN).post("/dead-letters/{topic}/replay", DLQ)
                .then().statusCode(200).body("remaining", equalTo(0));
        TopicClient.awaitKey(SOURCE, second, Duration.ofSeconds(30));
        given().header(TestApiKeys.HEADER, TestApiKeys.ADMIN).post("/dead-letters/{topic}/replay", DLQ)
                .then().statusCode(200).body("replayed", equalTo(0)).body("remaining", equalTo(0));
    }

    @Test
    void aLetterOlderThanTheIndexedDocumentIsLeftOutUnlessForced() throws Exception {
        String indexed = "superseded-" + UUID.randomUUID();
        String unknown = "unindexed-" + UUID.randomUUID();
        bootstrap.ensureIndex();
        EnrichedDocumentReader reader = new EnrichedDocumentReader(json);
        assertTrue(indexer.index(List.of(reader.read(IndexingFlowTest.enriched(indexed, "Newer", "Newer", "2026-01-01T00:00:00Z"), 0L)))
                .isEmpty(), "the newer version is indexed (received 2025-10-29T10:00:00Z)");
        client.indices().refresh(r -> r.index(IsolatedIndexProfile.ALIAS));
        write(SUPERSEDED_DLQ, indexed, raw(indexed, "2025-10-28T09:00:00Z"), "enricher failed");
        write(SUPERSEDED_DLQ, unknown, raw(unknown, "2025-10-28T09:00:00Z"), "enricher failed");

        // (letters an interrupted earlier build left on this topic may be replayed too: counts are at least)
        Map<String, Object> older = given().header(TestApiKeys.HEADER, TestApiKeys.ADMIN).post("/dead-letters/{topic}/replay", SUPERSEDED_DLQ)
                .then().statusCode(200).body("replayed", greaterThanOrEqualTo(1)).body("superseded", greaterThanOrEqualTo(1))
                .body("remaining", equalTo(0))
                .extract().jsonPath().getMap("supersededLetters.find { it.key == '" + indexed + "' }");
        assertEquals(indexed, older.get("key"));
        TopicClient.awaitKey(SUPERSEDED_SOURCE, unknown, Duration.ofSeconds(30));
        assertTrue(TopicClient.await(SUPERSEDED_SOURCE, r -> indexed.equals(r.key()), 1, Duration.ofSeconds(3)).isEmpty(),
                "the older text of the indexed document is not sent");

        given().header(TestApiKeys.HEADER, TestApiKeys.ADMIN).queryParam("partition", older.get("partition"))
                .queryParam("offset", older.get("offset")).queryParam("force", "true")
                .post("/dead-letters/{topic}/replay", SUPERSEDED_DLQ)
                .then().statusCode(200).body("replayed", equalTo(1)).body("superseded", equalTo(0));
        TopicClient.awaitKey(SUPERSEDED_SOURCE, indexed, Duration.ofSeconds(30));
        given().header(TestApiKeys.HEADER, TestApiKeys.ADMIN).queryParam("force", "maybe")
                .post("/dead-letters/{topic}/replay", SUPERSEDED_DLQ).then().statusCode(400).body("field", equalTo("force"));
    }

    @Test
    void replayAllPassesOverALetterTooLargeToSendAndNamesIt() throws Exception {
        String before = "small-" + UUID.randomUUID();
        String large = "large-" + UUID.randomUUID();
        String after = "small-" + UUID.randomUUID();
        write(LARGE_DLQ, before, "{\"id\":\"" + before + "\"}", "mapping conflict");
        // over dead-letters.max-record-bytes (1 MiB in tests), within the broker's limit
        write(LARGE_DLQ, large, "{\"text\":\"" + "x".repeat(1_200_000) + "\"}", "mapping conflict");
        write(LARGE_DLQ, after, "{\"id\":\"" + after + "\"}", "mapping conflict");

        // (letters an interrupted earlier build left on this topic may be replayed too: counts are at least)
        Map<String, Object> refused = given().header(TestApiKeys.HEADER, TestApiKeys.ADMIN)
                .post("/dead-letters/{topic}/replay", LARGE_DLQ)
                .then().statusCode(200).body("replayed", greaterThanOrEqualTo(2))
                .body("tooLarge", greaterThanOrEqualTo(1))
                .body("remaining", equalTo(0))
                .extract().jsonPath().getMap("tooLargeLetters.find { it.key == '" + large + "' }");
        assertEquals(large, refused.get("key"));
        TopicClient.awaitKey(LARGE_SOURCE, before, Duration.ofSeconds(30));
        TopicClient.awaitKey(LARGE_SOURCE, after, Duration.ofSeconds(30));

        // Alone, it is a 422 that names it; "replay all" has moved past it.
        given().header(TestApiKeys.HEADER, TestApiKeys.ADMIN).queryParam("partition", refused.get("partition"))
                .queryParam("offset", refused.get("offset")).post("/dead-letters/{topic}/replay", LARGE_DLQ)
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("offset " + refused.get("offset")));
        given().header(TestApiKeys.HEADER, TestApiKeys.ADMIN).post("/dead-letters/{topic}/replay", LARGE_DLQ)
                .then().statusCode(200).body("replayed", equalTo(0)).body("tooLarge", equalTo(0));
    }

    private static String raw(String id, String receivedAt) {
        return "{\"id\":\"" + id + "\",\"text\":\"An older text.\",\"receivedAt\":\"" + receivedAt + "\"}";
    }

    @Test
    void unknownTopicsLettersAndHalfAddressesAreProblems() {
        given().header(TestApiKeys.HEADER, TestApiKeys.ADMIN).get("/dead-letters").then().statusCode(200).body("$", hasItem(DLQ));
        given().header(TestApiKeys.HEADER, TestApiKeys.ADMIN).get("/dead-letters/{topic}", "documents.raw")
                .then().statusCode(404).contentType("application/problem+json").body("field", equalTo("topic"));
        given().header(TestApiKeys.HEADER, TestApiKeys.ADMIN).queryParam("partition", 0)
                .post("/dead-letters/{topic}/replay", DLQ).then().statusCode(400).body("field", equalTo("offset"));
        // given empty, as a script with unset variables sends them: once "replay all"
        given().header(TestApiKeys.HEADER, TestApiKeys.ADMIN)
                .post("/dead-letters/" + DLQ + "/replay?partition=&offset=").then().statusCode(400)
                .body("field", equalTo("partition"));
        given().header(TestApiKeys.HEADER, TestApiKeys.ADMIN).post("/dead-letters/" + DLQ + "/replay?force=")
                .then().statusCode(400).body("field", equalTo("force"));
        given().header(TestApiKeys.HEADER, TestApiKeys.ADMIN).queryParam("partition", "x").queryParam("offset", 1)
                .post("/dead-letters/{topic}/replay", DLQ).then().statusCode(400).body("field", equalTo("partition"));
        given().header(TestApiKeys.HEADER, TestApiKeys.ADMIN).queryParam("partition", 0).queryParam("offset", 999_999)
                .post("/dead-letters/{topic}/replay", DLQ).then().statusCode(404);
        // 2^32 + 1 once wrapped round to partition 1 and replayed the letter there
        given().header(TestApiKeys.HEADER, TestApiKeys.ADMIN)
                .queryParam("partition", 4_294_967_297L).queryParam("offset", 0)
                .post("/dead-letters/{topic}/replay", DLQ).then().statusCode(404).body("field", equalTo("partition"));
    }

    @Test
    void onlyTheAdminKeyMaySeeOrReplayLetters() {
        given().get("/dead-letters/{topic}", DLQ).then().statusCode(401).contentType("application/problem+json");
        given().header(TestApiKeys.HEADER, TestApiKeys.READ).get("/dead-letters/{topic}", DLQ).then().statusCode(403);
        given().header(TestApiKeys.HEADER, TestApiKeys.READ).post("/dead-letters/{topic}/replay", DLQ).then().statusCode(403);
    }

    private static void write(String key, String value, String reason) throws Exception {
        write(DLQ, key, value, reason);
    }

    private static void write(String dlq, String key, String value, String reason) throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BuildInfrastructure.get().kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8_388_608);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            RecordHeaders headers = new RecordHeaders();
            headers.add("dead-letter-reason", reason.getBytes(StandardCharsets.UTF_8));
            headers.add("dead-letter-topic", dlq.substring(0, dlq.length() - ".dlq".length()).getBytes(StandardCharsets.UTF_8));
            headers.add("dead-letter-partition", "0".getBytes(StandardCharsets.UTF_8));
            headers.add("dead-letter-offset", "7".getBytes(StandardCharsets.UTF_8));
            headers.add("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01".getBytes(StandardCharsets.UTF_8));
            producer.send(new ProducerRecord<>(dlq, null, key, value, headers)).get();
        }
    }
}
