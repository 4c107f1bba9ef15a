package dev.sayline.query.api;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sayline.query.indexing.BulkIndexer;
import dev.sayline.query.indexing.EnrichedDocumentReader;
import dev.sayline.query.indexing.IndexBootstrap;
import dev.sayline.testing.RealInfrastructure;
import dev.sayline.testing.TestApiKeys;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With reads closed, a search hit of the built-in dashboard opens in its document dialog: the page
 * fetches the document with the read key it keeps, which a plain link could not send. Headless
 * Chromium; the screenshot lands in {@code target/screenshots/dashboard-document.png}.
 */
@QuarkusTest
@TestProfile(DocumentViewTest.ClosedReads.class)
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class DocumentViewTest {

    public static class ClosedReads implements QuarkusTestProfile {
        static final String ALIAS = "sayline-it-document-view";

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "sayline.auth.public-read", "false",
                    "query.index.alias", ALIAS,
                    "query.index.name", ALIAS + "-v2",
                    "mp.messaging.incoming.documents-enriched.enabled", "false");
        }
    }

    @Inject
    ElasticsearchClient client;
    @Inject
    IndexBootstrap bootstrap;
    @Inject
    BulkIndexer indexer;
    @Inject
    ObjectMapper json;

    @Test
    void aSearchHitOpensInTheDocumentDialogWithTheReadKey() throws Exception {
        Assumptions.assumeFalse(Boolean.getBoolean("sayline.browser-test.skip"), "sayline.browser-test.skip=true");
        client.indices().delete(d -> d.index(ClosedReads.ALIAS + "-v2").ignoreUnavailable(true));
        bootstrap.ensureIndex();
        EnrichedDocumentReader reader = new EnrichedDocumentReader(json);
        var fixture = SearchApiFixture.documents();
        assertTrue(indexer.index(fixture.stream().map(d -> reader.read(d.json(), 0L)).toList()).isEmpty(), "the fixture is indexed");
        client.indices().refresh(r -> r.index(ClosedReads.ALIAS));

        Path shots = Path.of("target/screenshots").toAbsolutePath();
        JsonNode result = BrowserTools.runCheck("document-view-check.mjs", RestAssured.baseURI + ":" + RestAssured.port,
                shots.toString(), TestApiKeys.READ, "ceasefire");

        assertTrue(result.path("errors").isEmpty(), "no script errors: " + result.path("errors"));
        assertTrue(result.path("refused").isEmpty(), "no read was refused: " + result.path("refused"));
        assertEquals(0, result.path("prompts").asInt(), "the stored key was used, not asked for again");
        JsonNode requests = result.path("documentRequests");
        assertEquals(1, requests.size(), "one fetch of the document: " + requests);
        assertTrue(requests.get(0).path("keyed").asBoolean(), "the document was fetched with the read key: " + requests);

        JsonNode expected = json.readTree(fixture.stream().filter(d -> d.id().equals(result.path("clicked").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("clicked a fixture document: " + result)).json());
        JsonNode view = result.path("view");
        assertTrue(view.path("open").asBoolean(), "the dialog is open: " + view);
        assertEquals("/", view.path("location").asText(), "the page did not navigate away");
        assertTrue(view.path("error").isNull(), "no error in the dialog: " + view);
        assertEquals(expected.path("title").asText(), view.path("title").asText());
        assertEquals(expected.path("text").asText(), view.path("text").asText());
        int quotes = expected.path("quotes").size();
        assertTrue(view.path("counts").asText().contains(quotes + " quote"), "the summary counts the quotes: " + view);
        assertEquals(quotes, view.path("quotes").asInt(), "every quote is listed: " + view);
        assertEquals(expected.path("speakers").size(), view.path("speakers").size(), "every speaker is listed: " + view);
        assertTrue(Files.size(shots.resolve("dashboard-document.png")) > 10_000, "a screenshot of the document dialog");
    }
}
