package dev.sayline.query.api;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sayline.query.indexing.BulkIndexer;
import dev.sayline.query.indexing.IndexBootstrap;
import dev.sayline.testing.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Quotes past the per-document cap are counted in total and said to be left out, not silently missing. */
@QuarkusTest
@TestProfile(QuoteCapTest.OneQuotePerDocument.class)
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class QuoteCapTest {

    static final String ALIAS = "sayline-it-quotecap";

    public static class OneQuotePerDocument implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("query.index.alias", ALIAS, "query.index.name", ALIAS + "-v1",
                    "query.search.max-quotes-per-document", "1",
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
    void quotesOverTheCapAreCountedAndSaidToBeLeftOut() throws Exception {
        SearchApiFixture.indexAfresh(client, bootstrap, indexer, json, ALIAS + "-v1", ALIAS);

        // the fixture's 9 quotes: three documents hold two each, so one quote of each is over the cap of 1
        given().queryParam("size", 100).get("/quotes").then().statusCode(200)
                .body("total", equalTo(9)).body("quotes", hasSize(6)).body("quotesOverDocumentCap", equalTo(3));
    }
}
