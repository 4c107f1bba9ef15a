package dev.sayline.enrich.tags;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sayline.testing.BuildInfrastructure;
import dev.sayline.testing.RealInfrastructure;
import dev.sayline.testing.TestApiKeys;
import dev.sayline.testing.TopicClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Against the real broker: rules are validated, versioned, written to the compacted
 * {@code tag-rules} topic, read back and applied to {@code POST /enrich}; a re-tag replays
 * {@code documents.raw} and republishes under the same key with the new rules.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class TagRulesKafkaIT {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String kafka() {
        return BuildInfrastructure.get().kafkaBootstrapServers();
    }

    @Test
    void rulesAreValidatedVersionedDistributedAndApplied() throws Exception {
        String name = "it-lighthouse-" + RUN;

        given().header(TestApiKeys.HEADER, TestApiKeys.ADMIN).contentType(ContentType.JSON).body("{\"query\": \"lighthouse AND (keeper\"}")
                .put("/tags/rules/{name}", name)
                .then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("query")).body("detail", containsString("Cannot parse"));
        // stored as "zebra?fox", a wildcard; and minMatches cut to 2 or read from a string
        Map<String, String> refused = Map.of("{\"query\": \"zebra\\ud800fox\"}", "query",
                "{\"query\": \"lighthouse\", \"minMatches\": 2.5}", "minMatches",
                "{\"query\": \"lighthouse\", \"minMatches\": \"\"}", "minMatches",
                "{\"query\": \"lighthouse\", \"minMatches\": \"3\"}", "minMatches");
        refused.forEach((body, field) -> given().header(TestApiKeys.HEADER, TestApiKeys.ADMIN)
                .contentType(ContentType.JSON).body(body).put("/tags/rules/{name}", name)
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString(field)));

        given().header(TestApiKeys.HEADER, TestApiKeys.ADMIN).contentType(ContentType.JSON).body("{\"query\": \"lighthouse\", \"minMatches\": 1}")
                .put("/tags/rules/{name}", name)
                .then().statusCode(201).body("version", equalTo(1)).body("name", equalTo(name));
        given().header(TestApiKeys.HEADER, TestApiKeys.ADMIN).contentType(ContentType.JSON).body("{\"query\": \"lighthouse OR \\\"light house\\\"\", \"minMatches\": 1, \"description\": \"coastal\"}")
                .put("/tags/rules/{name}", name)
                .then().statusCode(200).body("version", equalTo(2));
        given().get("/tags/rules/{name}", name).then().statusCode(200)
                .body("version", equalTo(2)).body("description", equalTo("coastal"));

        // The change went through the topic: it is compacted and holds the rule under its name.
        assertEquals("compact", TopicClient.cleanupPolicy("tag-rules"));
        JsonNode stored = JSON.readTree(lastValue("tag-rules", name));
        assertEquals(2, stored.get("version").asInt());

        // The default taxonomy was seeded (or was already there) alongside.
        given().get("/tags/rules/ceasefire").then().statusCode(200);

        String version = given().get("/tags/rules").then().statusCode(200).extract().path("version");
        Response enriched = given().contentType(ContentType.JSON)
                .body("{\"id\": \"it-doc-" + RUN + "\", \"text\": \"The old lighthouse was repainted. Tourists love it.\"}")
                .post("/enrich");
        enriched.then().statusCode(200).body("tagRulesVersion", equalTo(version));
        List<String> topics = enriched.jsonPath().getList("tags.findAll { it.kind == 'topic' }.tag");
        assertTrue(topics.contains(name), topics.toString());

        given().header(TestApiKeys.HEADER, TestApiKeys.ADMIN).delete("/tags/rules/{name}", name).then().statusCode(204);
        given().get("/tags/rules/{name}", name).then().statusCode(404).contentType("application/problem+json");
        given().header(TestApiKeys.HEADER, TestApiKeys.ADMIN).delete("/tags/rules/{name}", name).then().statusCode(404);
        assertEquals(null, lastValue("tag-rules", name)); // tombstone
        List<String> after = given().contentType(ContentType.JSON)
                .body("{\"text\": \"The old lighthouse was repainted. Tourists love it.\"}")
                .post("/enrich").jsonPath().getList("tags.tag");
        assertFalse(after.contains(name), after.toString());
    }

    @Test
    void handWrittenRecordsThatAreNoRulesAreSkippedAndTheReaderGoesOn() throws Exception {
        // the text "null" (not a tombstone) once threw in the reader, which started over and met it again, forever
        String nullValue = "it-null-" + RUN;
        String empty = "it-empty-" + RUN;
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>("tag-rules", nullValue, "null")).get(30, TimeUnit.SECONDS);
            producer.send(new ProducerRecord<>("tag-rules", empty, "{}")).get(30, TimeUnit.SECONDS);
        }
        String name = "it-after-" + RUN;
        given().header(TestApiKeys.HEADER, TestApiKeys.ADMIN).contentType(ContentType.JSON)
                .body("{\"query\": \"harbour\"}")
                .put("/tags/rules/{name}", name).then().statusCode(201);  // applied by the reader, past both records
        given().get("/tags/rules/{name}", nullValue).then().statusCode(404);
        given().get("/tags/rules/{name}", empty).then().statusCode(404);

        given().header(TestApiKeys.HEADER, TestApiKeys.ADMIN).delete("/tags/rules/{name}", name).then().statusCode(204);
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>("tag-rules", nullValue, null)).get(30, TimeUnit.SECONDS);
            producer.send(new ProducerRecord<>("tag-rules", empty, null)).get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void retagRepublishesStoredDocumentsUnderTheSameKeyWithTheNewRules() throws Exception {
        String id = "it-retag-" + RUN;
        String large = "it-retag-large-" + RUN;
        String rule = "it-windmill-" + RUN;
        try (KafkaProducer<String, String> producer = producer()) {
            String raw = JSON.writeValueAsString(Map.of("id", id,
                    "text", "A windmill was built on the hill. The windmill grinds grain for the village.",
                    "receivedAt", Instant.now().toString()));
            producer.send(new ProducerRecord<>("documents.raw", id, raw)).get(30, TimeUnit.SECONDS);
            // enriched, it is over Kafka's default 1 MiB record: re-tag must publish it as the live path does
            String largeRaw = JSON.writeValueAsString(Map.of("id", large,
                    "text", "The windmill grinds grain. ".repeat(40_000), "receivedAt", Instant.now().toString()));
            producer.send(new ProducerRecord<>("documents.raw", large, largeRaw)).get(30, TimeUnit.SECONDS);
        }
        // Published by the live path before the rule exists, so a copy with the new rules is re-tag's.
        long published = System.currentTimeMillis() + 60_000;
        while (valuesFor("documents.enriched", large).isEmpty() && System.currentTimeMillis() < published) {
            Thread.sleep(500);
        }
        given().header(TestApiKeys.HEADER, TestApiKeys.ADMIN).contentType(ContentType.JSON).body("{\"query\": \"windmill\"}")
                .put("/tags/rules/{name}", rule).then().statusCode(201);
        String version = given().get("/tags/rules").then().extract().path("version");

        Response started = given().header(TestApiKeys.HEADER, TestApiKeys.ADMIN).post("/tags/retag");
        started.then().statusCode(202).body("state", equalTo("RUNNING"));
        String job = started.jsonPath().getString("id");
        assertTrue(started.getHeader("Location").endsWith("/tags/retag/" + job), started.getHeader("Location"));

        String state = "RUNNING";
        long deadline = System.currentTimeMillis() + 120_000;
        while (state.equals("RUNNING") && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
            state = given().header(TestApiKeys.HEADER, TestApiKeys.ADMIN).get("/tags/retag/{id}", job).then().statusCode(200).extract().path("state");
        }
        assertEquals("SUCCEEDED", state);
        Response status = given().header(TestApiKeys.HEADER, TestApiKeys.ADMIN).get("/tags/retag/{id}", job);
        assertTrue(status.jsonPath().getLong("documentsPublished") >= 1, status.asString());

        // The re-enriched document is on documents.enriched under its id, tagged by the new rule set.
        List<JsonNode> versions = new ArrayList<>();
        for (String value : valuesFor("documents.enriched", id)) {
            versions.add(JSON.readTree(value));
        }
        JsonNode latest = versions.get(versions.size() - 1);
        assertEquals(id, latest.get("id").asText());
        assertEquals(version, latest.get("tagRulesVersion").asText());
        List<String> tags = new ArrayList<>();
        latest.get("tags").forEach(t -> tags.add(t.get("tag").asText()));
        assertTrue(tags.contains(rule), tags.toString());
        List<String> largeVersions = valuesFor("documents.enriched", large);
        assertFalse(largeVersions.isEmpty(), "the large document was never published");
        JsonNode largeLatest = JSON.readTree(largeVersions.get(largeVersions.size() - 1));
        assertEquals(version, largeLatest.get("tagRulesVersion").asText(), "re-tag published the large document");

        given().header(TestApiKeys.HEADER, TestApiKeys.ADMIN).get("/tags/retag/unknown-job").then().statusCode(404);
        given().header(TestApiKeys.HEADER, TestApiKeys.ADMIN).delete("/tags/rules/{name}", rule).then().statusCode(204);
    }

    // ---- Kafka helpers ----

    private static KafkaProducer<String, String> producer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, "8388608");
        return new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }

    /** The value of the last record with this key (null for a tombstone). */
    private static String lastValue(String topic, String key) {
        List<String> values = valuesFor(topic, key);
        assertFalse(values.isEmpty(), "no record with key " + key + " on " + topic);
        return values.get(values.size() - 1);
    }

    /** Every value with this key, in offset order within its partition (one key = one partition). */
    private static List<String> valuesFor(String topic, String key) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo info : c.partitionsFor(topic, Duration.ofSeconds(30))) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
            c.assign(partitions);
            c.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = c.endOffsets(partitions);
            List<String> values = new ArrayList<>();
            long deadline = System.currentTimeMillis() + 60_000;
            while (partitions.stream().anyMatch(tp -> c.position(tp) < end.get(tp)) && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(500))) {
                    if (key.equals(r.key())) {
                        values.add(r.value());
                    }
                }
            }
            return values;
        }
    }
}
