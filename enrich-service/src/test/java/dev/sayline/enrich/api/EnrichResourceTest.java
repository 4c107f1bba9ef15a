package dev.sayline.enrich.api;

import dev.sayline.enrich.pipeline.TripwireEnricher;
import dev.sayline.testing.ContractSchemas;
import dev.sayline.testing.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class EnrichResourceTest {

    @Test
    void enrichesOneJsonDocumentInTheContractShape() {
        String body = given().contentType("application/json")
                .body("{\"id\":\"doc-1\",\"text\":\"Lavrov said that talks go on.\",\"publishedAt\":\"2025-10-29\"}")
                .post("/enrich")
                .then().statusCode(200)
                .body("id", equalTo("doc-1"))
                .body("schemaVersion", equalTo(1))
                .body("publishedAt", equalTo("2025-10-29"))
                .body("text", equalTo("Lavrov said that talks go on."))
                .extract().asString();
        ContractSchemas.assertValid(ContractSchemas.DOCUMENTS_ENRICHED, body);
    }

    @Test
    void documentWithoutIdGetsTheContentHash() {
        given().contentType("application/json").body("{\"text\":\"no id here\"}")
                .post("/enrich").then().statusCode(200).body("id", startsWith("sha256-"));
    }

    @Test
    void ndjsonInNdjsonOutInOrder() {
        String out = given().contentType("application/x-ndjson")
                .body(("{\"id\":\"a\",\"text\":\"first\"}\n{\"id\":\"b\",\"text\":\"second\"}\n").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/enrich")
                .then().statusCode(200).contentType("application/x-ndjson").extract().asString();
        String[] lines = out.strip().split("\n");
        assertEquals(2, lines.length);
        assertEquals(true, lines[0].contains("\"id\":\"a\""));
        assertEquals(true, lines[1].contains("\"id\":\"b\""));
        ContractSchemas.assertValid(ContractSchemas.DOCUMENTS_ENRICHED, lines[1]);
    }

    @Test
    void anEnricherThatFailsDegradesTheAnswerInsteadOfAServerError() {
        double failuresBefore = tripwireFailures();
        String body = given().contentType("application/json")
                .body("{\"id\":\"trip-1\",\"text\":\"Lavrov said on Monday that talks go on. "
                        + TripwireEnricher.WIRE + "\",\"publishedAt\":\"2025-10-29\"}")
                .post("/enrich")
                .then().statusCode(200)
                .body("degraded", equalTo(List.of("tripwire@1")))
                .body("dates.value", equalTo(List.of("2025-10-27")))   // the date enricher's work is kept
                .body("quotes.size()", equalTo(1))                      // and so is the later speakers'
                .extract().asString();
        ContractSchemas.assertValid(ContractSchemas.DOCUMENTS_ENRICHED, body);
        assertEquals(failuresBefore + 1, tripwireFailures());
        given().contentType("application/json").body("{\"text\":\"Talks go on.\"}")
                .post("/enrich").then().statusCode(200).body("$", not(hasKey("degraded")));
    }

    private static double tripwireFailures() {
        String metric = "sayline_enrich_enricher_failures_total{enricher=\"tripwire\"} ";
        return given().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(l -> l.startsWith(metric))
                .mapToDouble(l -> Double.parseDouble(l.substring(metric.length()).trim()))
                .findFirst().orElseThrow();
    }

    @Test
    void openApiDescribesTheNdjsonBodyAsText() {
        // read as bytes to check the charset; without the annotation Swagger UI offered a file upload
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/enrich'.post.requestBody.content.'application/x-ndjson'.schema.type", equalTo("string"))
                .body("paths.'/enrich'.post.requestBody.content.'application/x-ndjson'.schema", not(hasKey("format")));
    }

    @Test
    void badInputIsProblemJson() {
        given().contentType("application/json").body("{\"text\":\"\"}")
                .post("/enrich").then().statusCode(400).contentType("application/problem+json").body("field", equalTo("text"));
        given().contentType("application/x-ndjson").body(("{\"text\":\"ok\"}\n{oops\n").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/enrich").then().statusCode(400).contentType("application/problem+json").body("detail", containsString("line 2"));
        given().contentType("application/json").body("{\"text\":\"x\",\"publishedAt\":\"yesterday\"}")
                .post("/enrich").then().statusCode(400).body("field", equalTo("publishedAt"));
        given().contentType("application/json").body("{\"text\":\"x\",\"publishedAt\":\"+99999-12-31\"}")
                .post("/enrich").then().statusCode(400).body("field", equalTo("publishedAt"));
        given().contentType("application/x-ndjson").body("\n\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/enrich").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("no document"));
        given().contentType("application/json").body("[1,2]")
                .post("/enrich").then().statusCode(400).contentType("application/problem+json");
        given().contentType("application/json").body("{\"text\":\"x\",\"title\":\"\\ud800\"}")
                .post("/enrich").then().statusCode(400).body("field", equalTo("title"));
        given().contentType("application/x-ndjson; charset=UTF-8")
                .body("{\"text\":\"Caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1))
                .post("/enrich").then().statusCode(400).body("detail", containsString("not valid UTF-8"));
        given().contentType("application/x-ndjson")
                .body("{\"text\":\"x\",\"text\":\"y\"}".getBytes(StandardCharsets.UTF_8))
                .post("/enrich").then().statusCode(400).body("detail", containsString("line 1"));
        // too many documents is too large a request, as on ingest's batch
        given().contentType("application/x-ndjson")
                .body("{\"text\":\"x\"}\n".repeat(10_001).getBytes(StandardCharsets.UTF_8))
                .post("/enrich").then().statusCode(413).contentType("application/problem+json");
        given().contentType("text/csv").body("a,b")
                .post("/enrich").then().statusCode(415).contentType("application/problem+json");
        // no media type at all: RESTEasy's own parse error was a 500 on this path of two @Consumes methods
        for (String contentType : List.of("garbage", "application/", "a/b/c", "application/json, text/plain")) {
            given().header("Content-Type", contentType).body("{\"text\":\"x y\"}".getBytes(StandardCharsets.UTF_8))
                    .post("/enrich").then().statusCode(415).contentType("application/problem+json");
        }
    }
}
