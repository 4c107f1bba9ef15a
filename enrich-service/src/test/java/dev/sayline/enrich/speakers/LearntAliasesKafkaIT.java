package dev.sayline.enrich.speakers;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sayline.testing.RealInfrastructure;
import dev.sayline.testing.TestApiKeys;
import dev.sayline.testing.TopicClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Against the real broker: an alias learnt while enriching is written to the compacted
 * {@code speaker-aliases} topic, and an alias another instance wrote there is adopted here.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class LearntAliasesKafkaIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Letters only, so the surnames still look like names to the enricher; new in every run. */
    private static final String RUN = randomLetters(6);

    private static String randomLetters(int n) {
        Random random = new Random();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('a' + random.nextInt(26)));
        }
        return b.toString();
    }

    private static String speakerOf(String text) {
        return given().header(TestApiKeys.HEADER, TestApiKeys.READ).contentType(ContentType.JSON)
                .body(java.util.Map.of("text", text, "publishedAt", "2025-12-01"))
                .post("/enrich").then().statusCode(200).extract().path("quotes[0].speaker");
    }

    @Test
    void anAliasLearntHereIsShared() throws Exception {
        String surname = "Vantreight" + RUN;
        speakerOf("Economist Orla " + surname + " said growth would slow next year.");
        ConsumerRecord<String, String> shared = TopicClient.awaitKey("speaker-aliases", surname, Duration.ofSeconds(30));
        assertEquals("Orla " + surname, JSON.readTree(shared.value()).path("canonical").asText());
        assertEquals("compact", TopicClient.cleanupPolicy("speaker-aliases"));
    }

    @Test
    void anAliasAnotherInstanceLearntIsAdopted() throws Exception {
        String surname = "Dorrowitz" + RUN;
        TopicClient.send("speaker-aliases", surname, JSON.writeValueAsString(java.util.Map.of("canonical", "Ilka " + surname)));
        String text = surname + " said the session was over.";
        Instant deadline = Instant.now().plusSeconds(30);
        String speaker = speakerOf(text);
        while (!("Ilka " + surname).equals(speaker) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            speaker = speakerOf(text);
        }
        assertEquals("Ilka " + surname, speaker);
    }
}
