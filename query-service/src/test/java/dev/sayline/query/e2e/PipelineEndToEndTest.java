package dev.sayline.query.e2e;

import dev.sayline.testing.BuildInfrastructure;
import dev.sayline.testing.RealInfrastructure;
import dev.sayline.testing.TestApiKeys;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole pipeline on real parts: the five seed documents are posted to a running
 * ingest-service, enriched by a running enrich-service, indexed by this query-service, and each
 * is found by searching a word it contains.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class PipelineEndToEndTest {

    /** A word only that seed contains, by file name prefix. */
    private static final Map<String, String> WORD_BY_SEED = Map.of(
            "000_", "Anchorage",
            "001_", "Belousov",
            "002_", "Witkoff-Dmitriev",
            "003_", "Starmer",
            "004_", "Gabbard");

    private static ServiceProcess ingest;
    private static ServiceProcess enrich;

    @BeforeAll
    static void startSiblings() throws IOException {
        ingest = ServiceProcess.start("ingest-service");
        enrich = ServiceProcess.start("enrich-service");
    }

    @AfterAll
    static void stopSiblings() {
        if (ingest != null) ingest.close();
        if (enrich != null) enrich.close();
    }

    /**
     * A new topic rule, then a re-tag: every stored document is enriched again through Kafka
     * and overwritten in the index by id, so the new tag shows up and no document is doubled.
     */
    private void retaggingReachesTheIndexWithoutDuplicates(List<Path> seeds) {
        String rule = "e2e-alaska-" + System.nanoTime();
        given().baseUri(enrich.url()).header(TestApiKeys.HEADER, TestApiKeys.ADMIN).contentType("application/json")
                .body("{\"query\": \"Anchorage OR Alaska\", \"description\": \"the summit venue\", \"minMatches\": 1}")
                .put("/tags/rules/" + rule)
                .then().statusCode(201).body("version", equalTo(1));
        String job = given().baseUri(enrich.url()).header(TestApiKeys.HEADER, TestApiKeys.ADMIN).post("/tags/retag")
                .then().statusCode(202).extract().path("id");
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() ->
                given().baseUri(enrich.url()).header(TestApiKeys.HEADER, TestApiKeys.ADMIN).get("/tags/retag/" + job).then().statusCode(200).body("state", equalTo("SUCCEEDED")));

        String anchorageSeed = "e2e-" + seeds.get(0).getFileName().toString().replace(".txt", "");
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                given().get("/documents/" + anchorageSeed).then().statusCode(200).body("tags.tag", hasItem(rule)));
        // Overwritten by id, never added again: each seed is still one document.
        for (Path seed : seeds) {
            String id = "e2e-" + seed.getFileName().toString().replace(".txt", "");
            given().queryParam("q", "\"" + WORD_BY_SEED.get(seed.getFileName().toString().substring(0, 4)) + "\"")
                    .queryParam("size", 100).get("/search")
                    .then().statusCode(200)
                    .body("hits.findAll { it.id == '" + id + "' }.size()", equalTo(1));
        }
    }

    private static List<Path> seeds() throws IOException {
        Path dir = BuildInfrastructure.projectDir().resolveSibling("shared").resolve("corpus/seeds");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("the seed corpus is read from " + dir + " (../shared next to the repository)");
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }

    @Test
    void seedDocumentsPostedToIngestAreFoundThroughSearch() throws IOException {
        List<Path> seeds = seeds();
        assertEquals(5, seeds.size());
        for (Path seed : seeds) {
            String id = "e2e-" + seed.getFileName().toString().replace(".txt", "");
            given().baseUri(ingest.url()).header(TestApiKeys.HEADER, TestApiKeys.INGEST).contentType("text/plain; charset=UTF-8").queryParam("id", id)
                    .body(Files.readAllBytes(seed))
                    .post("/documents")
                    .then().statusCode(202).body("ids[0]", equalTo(id));
        }
        for (Path seed : seeds) {
            String name = seed.getFileName().toString();
            String id = "e2e-" + name.replace(".txt", "");
            String word = WORD_BY_SEED.get(name.substring(0, 4));
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                    given().queryParam("q", "\"" + word + "\"").queryParam("size", 50).get("/search")
                            .then().statusCode(200).body("hits.id", hasItem(id)));
        }
        retaggingReachesTheIndexWithoutDuplicates(seeds);

        String header = Files.readString(seeds.get(0)).substring(0, 17);
        String stored = given().get("/documents/e2e-" + seeds.get(0).getFileName().toString().replace(".txt", ""))
                .then().statusCode(200).extract().path("publishedAt");
        assertTrue(header.contains(stored), "publishedAt comes from the seed header: " + header + " vs " + stored);
    }
}
