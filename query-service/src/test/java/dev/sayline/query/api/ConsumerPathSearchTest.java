package dev.sayline.query.api;

import dev.sayline.testing.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A document published on the enriched topic of the real broker reaches the quote, speaker
 * and date searches through the consumer, the reader's search fields and the bulk indexer.
 */
@QuarkusTest
@TestProfile(ConsumerPathProfile.class)
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class ConsumerPathSearchTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void publishedDocumentIsSearchableByQuoteAliasAndMentionedDate() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String speaker = "Marta Kos" + run; // a name no other run or test uses
        EnrichedDoc doc = EnrichedDoc.of("consumer-" + run, "2025-12-10", "wire-it", "Enlargement",
                        "Commissioner " + speaker + " said \"the door stays open\" during the Riga meeting. "
                                + "She also spoke about plans for March 2026.")
                .quote("\"the door stays open\"", "direct", "said", "Commissioner " + speaker, speaker)
                .date("March 2026", "2026-03")
                .tag("enlargement-" + run);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(ConsumerPathProfile.TOPIC, doc.id(), doc.json())).get();
        }

        JsonPath quotes = awaitQuotes("Commissioner " + speaker, Duration.ofSeconds(60));
        assertEquals(1, quotes.getInt("total"));
        assertEquals(speaker, quotes.getString("quotes[0].speaker"));
        assertEquals("\"the door stays open\"", quotes.getString("quotes[0].text"));
        assertEquals("Commissioner " + speaker + " said \"the door stays open\" during the Riga meeting.",
                quotes.getString("quotes[0].sentence"));
        assertEquals("2025-12-10", quotes.getString("quotes[0].publishedAt"));

        JsonPath byDate = given().queryParam("mentionsFrom", "2026-03-15").queryParam("mentionsTo", "2026-03-15")
                .queryParam("tag", "enlargement-" + run).get("/search").then().statusCode(200).extract().jsonPath();
        assertEquals(java.util.List.of(doc.id()), byDate.getList("hits.id"));

        given().get("/speakers/" + speaker).then().statusCode(200)
                .body("quoteCount", org.hamcrest.Matchers.equalTo(1))
                .body("aliases", org.hamcrest.Matchers.hasItem("Commissioner " + speaker));
    }

    /** Polls until the consumer has indexed the quote (the index refreshes every second). */
    private static JsonPath awaitQuotes(String speaker, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            JsonPath r = given().queryParam("speaker", speaker).get("/quotes").then().statusCode(200).extract().jsonPath();
            if (r.getInt("total") > 0 || Instant.now().isAfter(deadline)) {
                assertTrue(r.getInt("total") > 0, "the published document was not indexed within " + timeout);
                return r;
            }
            Thread.sleep(250);
        }
    }
}
