package dev.sayline.query.api;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sayline.query.indexing.BulkIndexer;
import dev.sayline.query.indexing.EnrichedDocumentReader;
import dev.sayline.query.indexing.IndexBootstrap;
import dev.sayline.testing.BuildInfrastructure;
import dev.sayline.testing.TestApiKeys;
import dev.sayline.testing.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dashboards against running services: the query-service under test with a hand-written
 * corpus, and the packaged ingest- and enrich-services as real processes (issue 7).
 * <ul>
 * <li>the Grafana dashboard JSON is valid and every metric it (and the alert rules) query is
 * exposed by one of the three services;</li>
 * <li>the built-in page, loaded in headless Chromium, draws every chart with data and runs a
 * search; screenshots land in {@code target/screenshots}.</li>
 * </ul>
 */
@QuarkusTest
@TestProfile(DashboardProfile.class)
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = SiblingServices.class, restrictToAnnotatedClass = true)
class DashboardsTest {

    private static final Pattern METRIC = Pattern.compile("\\b((?:sayline|http_server)_[a-z0-9_]+)\\b");
    private static boolean loaded;

    @Inject
    ElasticsearchClient client;
    @Inject
    IndexBootstrap bootstrap;
    @Inject
    BulkIndexer indexer;
    @Inject
    ObjectMapper json;

    @BeforeEach
    void exercisePipelineOnce() throws Exception {
        if (loaded) {
            return;
        }
        client.indices().delete(d -> d.index(DashboardProfile.ALIAS + "-v2").ignoreUnavailable(true));
        bootstrap.ensureIndex();
        EnrichedDocumentReader reader = new EnrichedDocumentReader(json);
        var docs = SearchApiFixture.documents().stream().map(d -> reader.read(d.json(), 0L)).toList();
        assertTrue(indexer.index(docs).isEmpty(), "every fixture document is accepted");
        client.indices().refresh(r -> r.index(DashboardProfile.ALIAS));
        // One accepted and one refused document through the real ingest-service, so its meters
        // and the enrich-service's move; the enriched record stays out of this test's index.
        given().baseUri(SiblingServices.ingest.url()).header(TestApiKeys.HEADER, TestApiKeys.INGEST).contentType("application/json")
                .body("{\"id\":\"dash-1\",\"text\":\"The mayor said the bridge would reopen in May.\",\"publishedAt\":\"2025-05-02\"}")
                .post("/documents").then().statusCode(202);
        given().baseUri(SiblingServices.ingest.url()).header(TestApiKeys.HEADER, TestApiKeys.INGEST).contentType("application/json")
                .body("{\"id\":\"dash-2\",\"text\":\"\"}")
                .post("/documents").then().statusCode(400);
        await().atMost(Duration.ofSeconds(60)).until(() ->
                metrics(SiblingServices.enrich.url()).contains("sayline_enrich_document_seconds_count")
                        && !metrics(SiblingServices.enrich.url()).contains("sayline_enrich_document_seconds_count 0.0")
                        && metrics(RestAssured.baseURI + ":" + RestAssured.port).contains("sayline_kafka_consumer_lag{"));
        loaded = true;
    }

    @Test
    void grafanaDashboardAndAlertRulesQueryOnlyMetricsTheServicesExpose() throws IOException {
        Path deploy = BuildInfrastructure.deployDir();
        JsonNode dashboard = json.readTree(deploy.resolve("grafana/dashboards/sayline-pipeline.json").toFile());
        assertEquals("sayline-pipeline", dashboard.path("uid").asText());
        List<String> expressions = new ArrayList<>();
        dashboard.path("panels").forEach(panel -> panel.path("targets").forEach(t -> expressions.add(t.path("expr").asText())));
        assertTrue(expressions.size() >= 20, "the dashboard has panels for every figure: " + expressions.size());
        expressions.add(Files.readString(deploy.resolve("prometheus/alerts.yml")));

        String exposed = metrics(SiblingServices.ingest.url()) + metrics(SiblingServices.enrich.url())
                + metrics(RestAssured.baseURI + ":" + RestAssured.port);
        Set<String> names = new TreeSet<>();
        exposed.lines().filter(l -> !l.startsWith("#") && !l.isBlank())
                .forEach(l -> names.add(l.split("[{ ]", 2)[0]));
        // The per-enricher timer exists once the enrich-service has enrichers (none on a bare skeleton).
        boolean enrichersPresent = names.stream().anyMatch(n -> n.startsWith("sayline_enrich_enricher_seconds"));
        Set<String> missing = new TreeSet<>();
        for (String expr : expressions) {
            Matcher m = METRIC.matcher(expr);
            while (m.find()) {
                String name = m.group(1);
                if (!names.contains(name) && !(name.startsWith("sayline_enrich_enricher_seconds") && !enrichersPresent)) {
                    missing.add(name);
                }
            }
        }
        assertTrue(missing.isEmpty(), "queried but exposed by no service: " + missing);
    }

    @Test
    void dashboardPageDrawsChartsWithDataAndSearches() throws Exception {
        Assumptions.assumeFalse(Boolean.getBoolean("sayline.browser-test.skip"), "sayline.browser-test.skip=true");
        Path shots = Path.of("target/screenshots").toAbsolutePath();
        JsonNode result = BrowserTools.runCheck("dashboard-check.mjs", RestAssured.baseURI + ":" + RestAssured.port, shots.toString(), "ceasefire");

        assertTrue(result.path("errors").isEmpty(), "no script errors in the page: " + result.path("errors"));
        JsonNode charts = result.path("charts");
        for (String pipeline : List.of("chart-throughput", "chart-latency", "chart-lag", "chart-failures", "chart-found")) {
            assertTrue(charts.path(pipeline).path("points").asInt() > 0, pipeline + " has data: " + charts.path(pipeline));
        }
        assertTrue(charts.path("chart-latency").path("nonZero").asInt() > 0, "latencies were measured: " + charts);
        for (String corpus : List.of("chart-documents", "chart-speakers", "chart-tags", "chart-speaker-timeline")) {
            assertTrue(charts.path(corpus).path("nonZero").asInt() > 0, corpus + " shows the corpus: " + charts.path(corpus));
        }
        JsonNode tiles = result.path("tiles");
        for (String service : List.of("ingest-service", "enrich-service", "query-service", "Elasticsearch")) {
            assertEquals("up", tiles.path(service).asText(), service + " tile: " + tiles);
        }
        JsonNode search = result.path("search");
        assertTrue(search.path("hits").asInt() >= 3, "the search finds the ceasefire documents: " + search);
        assertTrue(search.path("highlighted").asInt() > 0, "matches are highlighted: " + search);
        assertTrue(Files.size(shots.resolve("dashboard.png")) > 10_000, "a screenshot of the dashboard");
        assertTrue(Files.size(shots.resolve("dashboard-search.png")) > 10_000, "a screenshot of the search");
    }

    private static String metrics(String baseUrl) {
        return given().baseUri(baseUrl).get("/q/metrics").then().statusCode(200).extract().asString();
    }
}
