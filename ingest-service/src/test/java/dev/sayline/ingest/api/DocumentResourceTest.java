package dev.sayline.ingest.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sayline.testing.ContractSchemas;
import dev.sayline.testing.RealInfrastructure;
import dev.sayline.testing.TestApiKeys;
import dev.sayline.testing.TopicClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Against the build's real Kafka broker: what the API acknowledges is on documents.raw. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class DocumentResourceTest {

    private static final String TOPIC = "documents.raw";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void jsonDocumentIsPublishedKeyedByIdAfterTheBrokerAcknowledged() throws Exception {
        String id = "ingest-json-" + UUID.randomUUID();
        given().header(TestApiKeys.HEADER, TestApiKeys.INGEST).contentType("application/json")
                .body("{\"id\":\"" + id + "\",\"text\":\"Lavrov said so.\",\"title\":\"T\",\"publishedAt\":\"2025-10-29\",\"extra\":1}")
                .post("/documents")
                .then().statusCode(202).body("ids", contains(id));

        ConsumerRecord<String, String> record = TopicClient.awaitKey(TOPIC, id, WAIT);
        ContractSchemas.assertValid(ContractSchemas.DOCUMENTS_RAW, record.value());
        JsonNode value = json.readTree(record.value());
        assertEquals("Lavrov said so.", value.get("text").asText());
        assertEquals("2025-10-29", value.get("publishedAt").asText());
        assertEquals("dev.sayline.document.raw", TopicClient.header(record, "ce_type"));
        assertEquals(id, TopicClient.header(record, "ce_subject"));
        assertNotNull(TopicClient.header(record, "ce_id"));
    }

    @Test
    void seedFormatTextBecomesADatedDocument() throws Exception {
        String id = "ingest-seed-" + UUID.randomUUID();
        given().header(TestApiKeys.HEADER, TestApiKeys.INGEST).contentType("text/plain").queryParam("id", id)
                .body(" date 2025-12-30 Putin held yet another meeting.")
                .post("/documents")
                .then().statusCode(202).body("ids", contains(id));

        JsonNode value = json.readTree(TopicClient.awaitKey(TOPIC, id, WAIT).value());
        assertEquals("2025-12-30", value.get("publishedAt").asText());
        assertEquals("Putin held yet another meeting.", value.get("text").asText());
    }

    @Test
    void sameTextPostedTwiceIsOneDocument() {
        String text = "A text posted twice " + UUID.randomUUID();
        String first = given().header(TestApiKeys.HEADER, TestApiKeys.INGEST).contentType("application/json").body("{\"text\":\"" + text + "\"}")
                .post("/documents").then().statusCode(202).extract().path("ids[0]");
        given().header(TestApiKeys.HEADER, TestApiKeys.INGEST).contentType("application/json").body("{\"text\":\"  " + text + " \"}")
                .post("/documents").then().statusCode(202).body("ids", contains(first));
    }

    @Test
    void batchPublishesEveryLine() {
        String a = "batch-a-" + UUID.randomUUID();
        String b = "batch-b-" + UUID.randomUUID();
        given().header(TestApiKeys.HEADER, TestApiKeys.INGEST).contentType("application/x-ndjson")
                .body(("{\"id\":\"" + a + "\",\"text\":\"one\"}\n\n{\"id\":\"" + b + "\",\"text\":\"two\"}\n").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/documents/batch")
                .then().statusCode(202).body("ids", contains(a, b));
        List<ConsumerRecord<String, String>> found =
                TopicClient.await(TOPIC, r -> a.equals(r.key()) || b.equals(r.key()), 2, WAIT);
        assertEquals(2, found.size());
    }

    @Test
    void emptyTextIs400ProblemJson() {
        given().header(TestApiKeys.HEADER, TestApiKeys.INGEST).contentType("application/json").body("{\"text\":\"   \"}")
                .post("/documents")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("field", equalTo("text"));
    }

    @Test
    void malformedJsonIs400ProblemJson() {
        given().header(TestApiKeys.HEADER, TestApiKeys.INGEST).contentType("application/json").body("{\"text\": ")
                .post("/documents")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("Malformed JSON"));
        // both were accepted: the second object or the garbage ignored, the last "text" taken
        for (String body : List.of("{\"text\": \"a\"} {\"text\": \"b\"}", "{\"text\": \"a\"} garbage",
                "{\"text\": \"a\", \"text\": \"b\"}")) {
            given().header(TestApiKeys.HEADER, TestApiKeys.INGEST).contentType("application/json").body(body)
                    .post("/documents")
                    .then().statusCode(400).contentType("application/problem+json");
        }
    }

    @Test
    void aPublicationDateTheIndexCannotStoreIs400() {
        // expanded ISO years parse, were accepted (202) and then dead-lettered by the index
        for (String date : List.of("+99999-12-31", "-999999999-01-01T00:00:00Z", "+999999999-12-31T23:59:59+18:00")) {
            given().header(TestApiKeys.HEADER, TestApiKeys.INGEST).contentType("application/json")
                    .body("{\"text\":\"Lavrov said so.\",\"publishedAt\":\"" + date + "\"}")
                    .post("/documents")
                    .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("publishedAt"));
        }
    }

    @Test
    void wellFormedJsonOfTheWrongShapeIs400ProblemJsonNamingTheField() {
        given().header(TestApiKeys.HEADER, TestApiKeys.INGEST).contentType("application/json").body("[1,2]")
                .post("/documents")
                .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
        given().header(TestApiKeys.HEADER, TestApiKeys.INGEST).contentType("application/json").body("{\"text\": {\"a\": 1}}")
                .post("/documents")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("text"));
        given().header(TestApiKeys.HEADER, TestApiKeys.INGEST).contentType("application/json").body("{\"text\": 5}")
                .post("/documents")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("text"));
    }

    @Test
    void wrongContentTypeIs415ProblemJson() {
        given().header(TestApiKeys.HEADER, TestApiKeys.INGEST).contentType("application/xml").body("<doc/>")
                .post("/documents")
                .then().statusCode(415).contentType("application/problem+json").body("status", equalTo(415));
        given().header(TestApiKeys.HEADER, TestApiKeys.INGEST).header("Content-Type", "garbage")
                .body("{\"text\":\"x y\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/documents")
                .then().statusCode(415).contentType("application/problem+json").body("field", equalTo("Content-Type"));
    }

    @Test
    void oversizeTextIs413ProblemJson() {
        given().header(TestApiKeys.HEADER, TestApiKeys.INGEST).contentType("text/plain").body("x".repeat(1_048_577))
                .post("/documents")
                .then().statusCode(413).contentType("application/problem+json").body("field", equalTo("text"));
    }

    @Test
    void aTextUnderTheLimitIsStoredHoweverLargeItsJsonGrows() throws Exception {
        // Both were 503s, "retry later", forever: the records were over the broker's default 1 MiB.
        String nearTheLimit = "a".repeat(1_048_000);
        String escapesSixfold = "\u0001".repeat(200_000) + ".";  // 200 KB of text, 1.2 MB of JSON
        for (String text : List.of(nearTheLimit, escapesSixfold)) {
            String id = "ingest-large-" + UUID.randomUUID();
            given().header(TestApiKeys.HEADER, TestApiKeys.INGEST).contentType("application/json")
                    .body(json.writeValueAsString(java.util.Map.of("id", id, "text", text)))
                    .post("/documents")
                    .then().statusCode(202).body("ids", contains(id));
            assertEquals(text.length(), json.readTree(TopicClient.awaitKey(TOPIC, id, WAIT).value()).get("text").asText()
                    .length());
        }
    }

    @Test
    void oneBadLineRejectsTheWholeBatchNamingTheLine() {
        String id = "batch-rejected-" + UUID.randomUUID();
        given().header(TestApiKeys.HEADER, TestApiKeys.INGEST).contentType("application/x-ndjson")
                .body(("{\"id\":\"" + id + "\",\"text\":\"fine\"}\n{\"text\":\"\"}\n").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/documents/batch")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("line 2"));
        // All or none: the good line was not published either.
        assertEquals(List.of(), TopicClient.await(TOPIC, r -> id.equals(r.key()), 1, Duration.ofSeconds(3)));
    }

    @Test
    void aTextBodyIsReadInTheCharsetItDeclares() throws Exception {
        String id = "ingest-latin1-" + UUID.randomUUID();
        given().header(TestApiKeys.HEADER, TestApiKeys.INGEST).contentType("text/plain; charset=ISO-8859-1")
                .queryParam("id", id)
                .body(" date 2025-12-30 Caf\u00e9 talks in Z\u00fcrich.".getBytes(StandardCharsets.ISO_8859_1))
                .post("/documents")
                .then().statusCode(202);
        assertEquals("Caf\u00e9 talks in Z\u00fcrich.",
                json.readTree(TopicClient.awaitKey(TOPIC, id, WAIT).value()).get("text").asText());

        String bom = "ingest-bom-" + UUID.randomUUID();
        given().header(TestApiKeys.HEADER, TestApiKeys.INGEST).contentType("text/plain; charset=UTF-8")
                .queryParam("id", bom)
                .body("\ufeff date 2025-12-30 A Windows editor wrote this.".getBytes(StandardCharsets.UTF_8))
                .post("/documents")
                .then().statusCode(202);
        assertEquals("2025-12-30",
                json.readTree(TopicClient.awaitKey(TOPIC, bom, WAIT).value()).get("publishedAt").asText());
    }

    @Test
    void bytesThatAreNotTheDeclaredCharsetAre400NotReplacementCharacters() {
        byte[] latin1 = "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        given().header(TestApiKeys.HEADER, TestApiKeys.INGEST).contentType("text/plain; charset=UTF-8").body(latin1)
                .post("/documents")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("not valid UTF-8 (at byte 3)"));
        given().header(TestApiKeys.HEADER, TestApiKeys.INGEST).contentType("application/x-ndjson; charset=UTF-8")
                .body("{\"text\": \"Caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1))
                .post("/documents/batch")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("not valid UTF-8 (at byte 13)"));
        given().header(TestApiKeys.HEADER, TestApiKeys.INGEST).contentType("text/plain; charset=klingon").body(latin1)
                .post("/documents")
                .then().statusCode(415).contentType("application/problem+json").body("field", equalTo("Content-Type"));
    }

    @Test
    void aTextWithNothingToReadIs400AndBatchLinesAreNumberedAsInAnEditor() {
        given().header(TestApiKeys.HEADER, TestApiKeys.INGEST).contentType("application/json")
                .body("{\"text\": \"\\u00a0\\u200b\\u0000\"}")
                .post("/documents")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("text"));
        given().header(TestApiKeys.HEADER, TestApiKeys.INGEST).contentType("application/x-ndjson")
                .body("{\"text\": \"a\"}\n\n\n{\"text\": \"\"}\n".getBytes(StandardCharsets.UTF_8))
                .post("/documents/batch")
                .then().statusCode(400).body("detail", containsString("line 4: "));
    }

    @Test
    void anUnpairedSurrogateIs400() {
        given().header(TestApiKeys.HEADER, TestApiKeys.INGEST).contentType("application/json")
                .body("{\"text\": \"half a pair: \\ud83d.\"}")
                .post("/documents")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("text"));
        given().header(TestApiKeys.HEADER, TestApiKeys.INGEST).contentType("application/json")
                .body("{\"text\": \"a whole pair: \\ud83d\\ude00\", \"title\": \"\\ude00\"}")
                .post("/documents")
                .then().statusCode(400).body("field", equalTo("title"));
    }

    @Test
    void ndjsonLinesAreReadAsStrictlyAsJsonBodies() {
        given().header(TestApiKeys.HEADER, TestApiKeys.INGEST).contentType("application/x-ndjson")
                .body("{\"text\": \"a\", \"text\": \"b\"}\n".getBytes(StandardCharsets.UTF_8))
                .post("/documents/batch")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("line 1"));
        given().header(TestApiKeys.HEADER, TestApiKeys.INGEST).contentType("application/x-ndjson")
                .body("{\"text\": \"a\"} {\"text\": \"b\"}\n".getBytes(StandardCharsets.UTF_8))
                .post("/documents/batch")
                .then().statusCode(400).body("detail", containsString("line 1"));
    }

    @Test
    void aContentTypeWithSpacesAroundItsSeparatorsIsUnderstood() throws Exception {
        String id = "ingest-spaced-" + UUID.randomUUID();
        given().header(TestApiKeys.HEADER, TestApiKeys.INGEST).header("Content-Type", "text/plain ; charset=ISO-8859-1")
                .queryParam("id", id).body(" date 2025-12-30 Caf\u00e9.".getBytes(StandardCharsets.ISO_8859_1))
                .post("/documents")
                .then().statusCode(202);
        assertEquals("Caf\u00e9.", json.readTree(TopicClient.awaitKey(TOPIC, id, WAIT).value()).get("text").asText());
        for (String contentType : List.of("text/plain ; charset=UTF-8", "text/plain;charset=UTF-8",
                "text/plain\t; charset=UTF-8")) {
            given().header(TestApiKeys.HEADER, TestApiKeys.INGEST).header("Content-Type", contentType)
                    .body(" date 2025-12-30 Spaced out.".getBytes(StandardCharsets.UTF_8))
                    .post("/documents")
                    .then().statusCode(202);
        }
    }

    @Test
    void jsonDeclaredInAnotherCharsetIs415() {
        given().header(TestApiKeys.HEADER, TestApiKeys.INGEST)
                .header("Content-Type", "application/json; charset=ISO-8859-1")
                .body("{\"text\": \"Caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1))
                .post("/documents")
                .then().statusCode(415).contentType("application/problem+json").body("detail", containsString("UTF-8"));
        given().header(TestApiKeys.HEADER, TestApiKeys.INGEST)
                .header("Content-Type", "APPLICATION/JSON; charset=latin1")
                .body("{\"text\": \"Caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1))
                .post("/documents")
                .then().statusCode(415);
        for (String contentType : List.of("application/json; charset=utf-8", "application/json; charset=US-ASCII")) {
            given().header(TestApiKeys.HEADER, TestApiKeys.INGEST).header("Content-Type", contentType)
                    .body("{\"text\": \"Cafe\"}".getBytes(StandardCharsets.UTF_8))
                    .post("/documents")
                    .then().statusCode(202);
        }
    }

    @Test
    void twoApiKeysAre401EvenIfOneIsRight() {
        given().header(TestApiKeys.HEADER, TestApiKeys.INGEST).header(TestApiKeys.HEADER, "wrong")
                .contentType("application/json").body("{\"text\": \"Which key?\"}")
                .post("/documents")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void largeBodiesPastTheInFlightBudgetAre503UntilTheOthersAreServed() throws Exception {
        // the test profile's budget is 2,000,000 bytes; the first request's body never arrives in full
        secondIs503WhileTheFirstIsRead(head(1_500_000), "{\"text\": \"");
    }

    @Test
    void aChunkedBodyCountsAsTheLargestItMayGrowTo() throws Exception {
        // chunked, it declares no length: counted at max-body-size, over the 2,000,000-byte budget on its own
        byte[] head = ("POST /documents HTTP/1.1\r\nHost: 127.0.0.1\r\n" + TestApiKeys.HEADER + ": "
                + TestApiKeys.INGEST + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        secondIs503WhileTheFirstIsRead(head, "a\r\n{\"text\": \"\r\n");
    }

    @Test
    void aBodyTrickledInSlowerThanTheMinimumRateIs408AndGivesItsShareBack() throws Exception {
        // the test profile measures every second: 10 bytes in the first is under 1,024 a second
        try (java.net.Socket slow = new java.net.Socket("127.0.0.1", io.restassured.RestAssured.port)) {
            slow.setSoTimeout(10_000);
            slow.getOutputStream().write(head(1_900_000));
            slow.getOutputStream().write("{\"text\": \"".getBytes(StandardCharsets.US_ASCII));
            slow.getOutputStream().flush();
            String answer = new String(slow.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertEquals("HTTP/1.1 408", answer);
        }
        // its 1.9 MB no longer count: 900 KB fits the 2 MB budget again at once
        given().header(TestApiKeys.HEADER, TestApiKeys.INGEST).contentType("application/json")
                .body("{\"text\": \"" + "a".repeat(900_000) + "\"}")
                .post("/documents").then().statusCode(202);
    }

    private static void secondIs503WhileTheFirstIsRead(byte[] firstHead, String firstBodyStart) throws Exception {
        try (java.net.Socket first = new java.net.Socket("127.0.0.1", io.restassured.RestAssured.port)) {
            first.getOutputStream().write(firstHead);
            first.getOutputStream().write(firstBodyStart.getBytes(StandardCharsets.US_ASCII));
            first.getOutputStream().flush();
            Thread.sleep(300);
            try (java.net.Socket second = new java.net.Socket("127.0.0.1", io.restassured.RestAssured.port)) {
                second.setSoTimeout(3_000);
                second.getOutputStream().write(head(1_000_000));
                var answered = new java.io.ByteArrayOutputStream();
                try {
                    second.getInputStream().transferTo(answered);
                } catch (java.net.SocketTimeoutException e) {
                    // the answer is complete; the connection was only left open
                }
                String answer = answered.toString(StandardCharsets.UTF_8);
                assertTrue(answer.startsWith("HTTP/1.1 503") && answer.contains("application/problem+json")
                        && answer.toLowerCase(java.util.Locale.ROOT).contains("retry-after: 5"), answer);
            }
        }
        // the first request is gone, and with it its share of the budget (900 KB would not fit beside it)
        String body = "{\"text\": \"" + "a".repeat(900_000) + "\"}";
        int status = 0;
        long deadline = System.currentTimeMillis() + 10_000;
        while (status != 202 && System.currentTimeMillis() < deadline) {
            status = given().header(TestApiKeys.HEADER, TestApiKeys.INGEST).contentType("application/json").body(body)
                    .post("/documents").statusCode();
            Thread.sleep(status == 202 ? 0 : 200);
        }
        assertEquals(202, status);
    }

    private static byte[] head(int contentLength) {
        return ("POST /documents HTTP/1.1\r\nHost: 127.0.0.1\r\n" + TestApiKeys.HEADER + ": " + TestApiKeys.INGEST
                + "\r\nContent-Type: application/json\r\nContent-Length: " + contentLength + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void aMethodAPathDoesNotTakeIs405NamingTheOnesItDoes() {
        given().delete("/documents").then().statusCode(405).contentType("application/problem+json")
                .header("Allow", "OPTIONS, POST");
        given().get("/documents/batch").then().statusCode(405).header("Allow", "OPTIONS, POST");
    }

    @Test
    void aCompressedBodyIs415SayingSo() {
        given().header(TestApiKeys.HEADER, TestApiKeys.INGEST).contentType("application/json")
                .header("Content-Encoding", "gzip").body(new byte[] {0x1f, (byte) 0x8b, 8, 0})
                .post("/documents")
                .then().statusCode(415).contentType("application/problem+json").header("Accept-Encoding", "identity")
                .body("field", equalTo("Content-Encoding"));
    }

    @Test
    void aQueryParameterGivenTwiceIs400() {
        given().header(TestApiKeys.HEADER, TestApiKeys.INGEST).contentType("text/plain")
                .queryParam("id", "first").queryParam("id", "second").body(" date 2025-12-30 Which id?")
                .post("/documents")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("id"));
    }

    @Test
    void openApiDescribesTheEndpoints() {
        given().accept("application/json").get("/q/openapi")
                .then().statusCode(200).body("paths.'/documents/batch'.post.summary", containsString("NDJSON"))
                // text, not a file upload: the bodies are read as bytes to check their charset
                .body("paths.'/documents/batch'.post.requestBody.content.'application/x-ndjson'.schema.type",
                        equalTo("string"))
                .body("paths.'/documents/batch'.post.requestBody.content.'application/x-ndjson'.schema",
                        not(hasKey("format")))
                .body("paths.'/documents'.post.requestBody.content.'text/plain'.schema.type", equalTo("string"))
                .body("paths.'/documents'.post.requestBody.content.'text/plain'.schema", not(hasKey("format")))
                .body("components.securitySchemes.ApiKey.name", equalTo("X-API-Key"))
                .body("components.securitySchemes.ApiKey.in", equalTo("header"))
                .body("paths.'/documents'.post.security[0]", hasKey("ApiKey"));
    }
}
