package dev.sayline.query.indexing;

import dev.sayline.testing.ContractSchemas;
import dev.sayline.testing.RealInfrastructure;
import dev.sayline.testing.TopicClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Through the build's real broker and Elasticsearch node: documents.enriched in, the index out. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
public class IndexingFlowTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    public static String enriched(String id, String word, String title, String enrichedAt) {
        return enriched(id, word, title, enrichedAt, "Sergey Lavrov", "2025-10-29");
    }

    static String enriched(String id, String word, String title, String enrichedAt, String speaker, String publishedAt) {
        return """
                {"schemaVersion":1,"id":"%s","title":"%s","url":null,"source":"test","publishedAt":"%s",
                 "text":"Russia is still waiting, %s said in Anchorage.","dates":[{"start":0,"end":6,"text":"Russia","type":"DATE","value":"2025"}],
                 "quotes":[{"start":0,"end":23,"text":"Russia is still waiting","kind":"indirect","cue":{"start":25,"end":29,"text":"said"},
                            "speakerMention":null,"speaker":"%s"}],
                 "speakers":[{"name":"%s","mentions":["Lavrov"],"quoteCount":1}],
                 "entities":[{"name":"Anchorage","type":"PLACE","count":1}],
                 "tags":[{"tag":"peace-negotiations","kind":"topic","score":1.0}],
                 "enrichmentVersion":"test@1","receivedAt":"2025-10-29T10:00:00Z","enrichedAt":"%s"}
                """.formatted(id, title, publishedAt, word, speaker, speaker, enrichedAt).replace("\n", "");
    }

    @Test
    void aSpeakerQuotedInYear1AndIn2025HasAProfile() {
        // Empty months between them once asked Elasticsearch for ~24,000 buckets: a 400, our 500
        String speaker = "Farspan " + UUID.randomUUID().toString().replaceAll("[^a-z]", "");
        String ancient = "idx-span-" + UUID.randomUUID();
        String recent = "idx-span-" + UUID.randomUUID();
        TopicClient.send("documents.enriched", ancient,
                enriched(ancient, "spanword", "Ancient", "2026-01-01T00:00:00Z", speaker, "0001-01-01"));
        TopicClient.send("documents.enriched", recent,
                enriched(recent, "spanword", "Recent", "2026-01-01T00:00:00Z", speaker, "2025-10-29"));
        await().atMost(WAIT).untilAsserted(() -> given().get("/speakers/{name}", speaker).then().statusCode(200)
                .body("quoteCount", equalTo(2))
                .body("quotesPerMonth.value", contains("0001-01", "2025-10")));
    }

    @Test
    void enrichedDocumentBecomesSearchableAndRetrievable() {
        String id = "idx-" + UUID.randomUUID();
        String word = "Zyx" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String value = enriched(id, word, "First", "2026-01-01T00:00:00Z");
        ContractSchemas.assertValid(ContractSchemas.DOCUMENTS_ENRICHED, value); // what enrich-service publishes
        TopicClient.send("documents.enriched", id, value);

        await().atMost(WAIT).untilAsserted(() -> given().get("/documents/" + id).then().statusCode(200)
                .body("title", equalTo("First"))
                .body("quotes[0].speaker", equalTo("Sergey Lavrov")));
        // Search sees the document after the next index refresh (about a second).
        await().atMost(WAIT).untilAsserted(() -> given().queryParam("q", word).get("/search").then().statusCode(200)
                .body("total", equalTo(1))
                .body("hits.id", contains(id))
                .body("hits[0].highlights[0]", containsString("<em>" + word + "</em>")));
    }

    @Test
    void redeliveryNeverDuplicatesAndAnOlderEnrichmentNeverOverwritesANewerOne() {
        String id = "idx-ver-" + UUID.randomUUID();
        String word = "Qwv" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        TopicClient.send("documents.enriched", id, enriched(id, word, "Newer", "2026-02-01T00:00:00Z"));
        await().atMost(WAIT).untilAsserted(() -> given().get("/documents/" + id).then().statusCode(200));

        TopicClient.send("documents.enriched", id, enriched(id, word, "Older", "2026-01-01T00:00:00Z"));
        TopicClient.send("documents.enriched", id, enriched(id, word, "Newer", "2026-02-01T00:00:00Z"));
        String marker = "marker-" + UUID.randomUUID();
        TopicClient.send("documents.enriched", marker, enriched(marker, "markerword", "Marker", "2026-01-01T00:00:00Z"));
        // Once a later record is indexed, the earlier ones of the same partition order have been handled too.
        await().atMost(WAIT).untilAsserted(() -> given().get("/documents/" + marker).then().statusCode(200));
        await().atMost(WAIT).untilAsserted(() -> given().queryParam("q", word).get("/search").then()
                .body("total", equalTo(1)).body("hits[0].title", equalTo("Newer")));

        TopicClient.send("documents.enriched", id, enriched(id, word, "Re-tagged", "2026-03-01T00:00:00Z"));
        await().atMost(WAIT).untilAsserted(() -> given().get("/documents/" + id).then().body("title", equalTo("Re-tagged")));
    }

    @Test
    void anEnrichmentOfAnOlderTextNeverReplacesANewerText() {
        // a re-tag that started before the update republishes the old text after it: the newer text stays
        String id = "idx-text-" + UUID.randomUUID();
        String word = "Txv" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        TopicClient.send("documents.enriched", id, enriched(id, word, "Updated", "2025-11-02T00:00:00Z")
                .replace("\"receivedAt\":\"2025-10-29T10:00:00Z\"", "\"receivedAt\":\"2025-11-01T10:00:00Z\""));
        await().atMost(WAIT).untilAsserted(() -> given().get("/documents/" + id).then().body("title", equalTo("Updated")));

        TopicClient.send("documents.enriched", id, enriched(id, word, "Original, re-tagged", "2026-03-01T00:00:00Z"));
        String marker = "marker-" + UUID.randomUUID();
        TopicClient.send("documents.enriched", marker, enriched(marker, "markerword", "Marker", "2026-01-01T00:00:00Z"));
        await().atMost(WAIT).untilAsserted(() -> given().get("/documents/" + marker).then().statusCode(200));
        given().get("/documents/" + id).then().body("title", equalTo("Updated"));
    }

    @Test
    void anUpgradedEnricherWinsOverAnOldInstanceThatWroteLater() {
        String id = "idx-gen-" + UUID.randomUUID();
        String word = "Gnr" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        TopicClient.send("documents.enriched", id, enriched(id, word, "Upgraded", "2026-02-01T00:00:00Z")
                .replace("\"test@1\"", "\"test@2\""));
        await().atMost(WAIT).untilAsserted(() -> given().get("/documents/" + id).then().body("title", equalTo("Upgraded")));

        TopicClient.send("documents.enriched", id, enriched(id, word, "Old instance", "2026-03-01T00:00:00Z"));
        String marker = "marker-" + UUID.randomUUID();
        TopicClient.send("documents.enriched", marker, enriched(marker, "markerword", "Marker", "2026-01-01T00:00:00Z"));
        await().atMost(WAIT).untilAsserted(() -> given().get("/documents/" + marker).then().statusCode(200));
        given().get("/documents/" + id).then().body("title", equalTo("Upgraded"));
    }

    @Test
    void documentsAnEnricherFailedOnAreFoundByTheDegradedFilter() {
        String id = "idx-full-" + UUID.randomUUID();
        String word = "Dgr" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        TopicClient.send("documents.enriched", id, enriched(id, word, "Full", "2026-02-01T00:00:00Z"));

        String other = "idx-degraded-only-" + UUID.randomUUID();
        String degradedOnly = degraded(enriched(other, word, "Only degraded", "2026-03-01T00:00:00Z"));
        TopicClient.send("documents.enriched", other, degradedOnly);
        await().atMost(WAIT).untilAsserted(() -> given().queryParam("q", word).queryParam("degraded", true)
                .get("/search").then().body("total", equalTo(1))
                .body("hits[0].id", equalTo(other)).body("hits[0].degraded", contains("test@1")));
        await().atMost(WAIT).untilAsserted(() -> given().queryParam("q", word).queryParam("degraded", false)
                .get("/search").then()
                .body("total", equalTo(1)).body("hits[0].id", equalTo(id)).body("hits[0]", not(hasKey("degraded"))));
    }

    private static String degraded(String enriched) {
        return enriched.replace("\"enrichmentVersion\"", "\"degraded\":[\"test@1\"],\"enrichmentVersion\"");
    }

    @Test
    void unindexableRecordsGoToTheDeadLetterTopic() {
        String key = "idx-poison-" + UUID.randomUUID();
        TopicClient.send("documents.enriched", key, "{\"id\":\"" + key + "\"}");
        ConsumerRecord<String, String> dead = TopicClient.awaitKey("documents.enriched.dlq", key, WAIT);
        assertEquals("documents.enriched", TopicClient.header(dead, "dead-letter-topic"));
        assertEquals(true, TopicClient.header(dead, "dead-letter-reason").contains("no text"));
    }

    @Test
    void missingDocumentIs404ProblemJson() {
        given().get("/documents/no-such-document").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void badSearchParametersAre400NamingTheParameter() {
        given().queryParam("sort", "sideways").get("/search").then().statusCode(400).body("field", equalTo("sort"));
        given().queryParam("q", "x").queryParam("size", 1000).get("/search").then().statusCode(400).body("field", equalTo("size"));
        given().queryParam("q", "x".repeat(2000)).get("/search").then().statusCode(400).body("field", equalTo("q"));
    }
}
