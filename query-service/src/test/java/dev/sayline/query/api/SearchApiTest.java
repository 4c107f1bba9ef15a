package dev.sayline.query.api;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sayline.query.indexing.BulkIndexer;
import dev.sayline.query.indexing.IndexBootstrap;
import dev.sayline.testing.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every read endpoint against the real Elasticsearch node, over seven hand-made enriched
 * documents indexed through the service's own reader and bulk indexer into an index of
 * this class's own (see {@link IsolatedIndexProfile}).
 */
@QuarkusTest
@TestProfile(IsolatedIndexProfile.class)
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class SearchApiTest {

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
    void loadOnce() throws Exception {
        if (loaded) {
            return;
        }
        SearchApiFixture.indexAfresh(client, bootstrap, indexer, json, IsolatedIndexProfile.ALIAS + "-v2",
                IsolatedIndexProfile.ALIAS);
        loaded = true;
    }

    // ---- /search ----

    @Test
    void phraseSearchFindsEveryDocumentThatMentionsTheAnchorageSummitWithHighlights() {
        JsonPath r = given().queryParam("q", "\"Anchorage summit\"").get("/search").then().statusCode(200).extract().jsonPath();
        assertEquals(3, r.getInt("total"));
        assertThat(r.getList("hits.id"), containsInAnyOrder("api-2", "api-4", "api-5"));
        assertThat(r.getList("hits[0].highlights"), hasItem(containsString("<em>Anchorage summit</em>")));
    }

    @Test
    void entityFilterIsCaseInsensitive() {
        given().queryParam("entity", "anchorage SUMMIT").queryParam("facets", false).get("/search").then().statusCode(200)
                .body("total", equalTo(3))
                .body("hits.id", containsInAnyOrder("api-2", "api-4", "api-5"))
                .body("facets", nullValue());
    }

    @Test
    void speakerAliasAndPublicationRangeNarrowTheDocuments() {
        given().queryParam("speaker", "Lavrov").queryParam("publishedFrom", "2025-10").queryParam("publishedTo", "2025-12")
                .get("/search").then().statusCode(200)
                .body("hits.id", containsInAnyOrder("api-1", "api-2"));
        given().queryParam("speaker", "Lavrov").get("/search").then()
                .body("hits.id", containsInAnyOrder("api-1", "api-2", "api-3"));
    }

    @Test
    void mentionedDatesFindDocumentsThatTalkAboutAPeriod() {
        given().queryParam("mentionsFrom", "2021-12").queryParam("mentionsTo", "2021-12").get("/search").then()
                .body("hits.id", contains("api-1"));
        // "August" (2025-08) and the ISO week 2025-W32 both cover 5 August 2025.
        given().queryParam("mentionsFrom", "2025-08-05").queryParam("mentionsTo", "2025-08-05").get("/search").then()
                .body("hits.id", containsInAnyOrder("api-2", "api-4"));
        // "the 1990s" covers 1995.
        given().queryParam("mentionsFrom", "1995").queryParam("mentionsTo", "1995").get("/search").then()
                .body("hits.id", contains("api-6"));
    }

    @Test
    void kindTagAndSourceFilters() {
        given().queryParam("kind", "colon").get("/search").then().body("hits.id", contains("api-5"));
        given().queryParam("tag", "NATO").queryParam("source", "wire-a").get("/search").then()
                .body("hits.id", containsInAnyOrder("api-1", "api-3"));
        given().queryParam("tag", "Air Truce").get("/search").then().body("hits.id", contains("api-4"));
    }

    @Test
    void facetsCountTheWholeMatch() {
        JsonPath r = given().queryParam("q", "ceasefire").get("/search").then().statusCode(200).extract().jsonPath();
        assertThat(r.getList("hits.id"), containsInAnyOrder("api-2", "api-4", "api-6"));
        assertEquals(Map.of("Volodymyr Zelensky", 3, "Sergey Lavrov", 1, "Donald Trump", 1), buckets(r, "facets.speakers"));
        // Topic tags only: api-4's keyphrase "air truce" is not counted.
        assertEquals(Map.of("ceasefire", 3, "nato", 1), buckets(r, "facets.tags"));
        assertEquals(Map.of("Anchorage summit", 2, "NATO", 1), buckets(r, "facets.entities"));
        assertEquals(Map.of("2025-11", 2, "2025-12", 1), buckets(r, "facets.months"));
    }

    @Test
    void cursorsWalkEveryDocumentOnceNewestFirst() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("sort", "date").queryParam("size", 2).queryParam("facets", false);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/search").then().statusCode(200).extract().jsonPath();
            assertEquals(7, page.getInt("total"));
            seen.addAll(page.getList("hits.id"));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 10);
        assertEquals(List.of("api-4", "api-2", "api-6", "api-7", "api-1", "api-3", "api-5"), seen);
    }

    @Test
    void relevanceCursorsNeitherRepeatNorSkip() {
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int count = 0;
        do {
            var request = given().queryParam("q", "NATO | ceasefire").queryParam("size", 1).queryParam("facets", false);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/search").then().statusCode(200).extract().jsonPath();
            List<String> ids = page.getList("hits.id");
            seen.addAll(ids);
            count += ids.size();
            cursor = page.getString("nextCursor");
        } while (cursor != null && count < 20);
        assertEquals(Set.of("api-1", "api-2", "api-3", "api-4", "api-6", "api-7"), seen);
        assertEquals(6, count);
    }

    // ---- /quotes ----

    @Test
    void whatDidLavrovSayAboutNatoBetweenOctoberAndDecember() {
        JsonPath r = given().queryParam("speaker", "Lavrov").queryParam("q", "NATO")
                .queryParam("publishedFrom", "2025-10").queryParam("publishedTo", "2025-12")
                .get("/quotes").then().statusCode(200).extract().jsonPath();
        assertEquals(2, r.getInt("total"));
        assertThat(r.getList("quotes.text"), containsInAnyOrder(
                "\"NATO keeps moving its infrastructure towards our borders,\"",
                "NATO expansion had made a ceasefire harder to reach"));
        assertThat(r.getList("quotes.speaker"), everyItem(equalTo("Sergey Lavrov")));
        assertThat(r.getList("quotes.documentId"), containsInAnyOrder("api-1", "api-2"));
        assertThat(r.getList("quotes.cue"), containsInAnyOrder("said", "told"));
        assertThat(r.getList("quotes.sentence"), hasItem(
                "\"NATO keeps moving its infrastructure towards our borders,\" Lavrov said."));
        assertThat(r.getList("quotes.publishedAt"), containsInAnyOrder("2025-10-15", "2025-11-20"));
    }

    @Test
    void speakerFilterTakesTheCanonicalNameOrAnAlias() {
        for (String name : List.of("Lavrov", "sergey lavrov")) {
            given().queryParam("speaker", name).get("/quotes").then().statusCode(200)
                    .body("total", equalTo(4))
                    .body("quotes.speaker", everyItem(equalTo("Sergey Lavrov")))
                    // newest first, then by position in the document
                    .body("quotes.documentId", contains("api-2", "api-1", "api-1", "api-3"))
                    .body("quotes[1].kind", equalTo("direct"))
                    .body("quotes[2].kind", equalTo("indirect"))
                    .body("quotes[2].speakerMention", equalTo("He"));
        }
    }

    @Test
    void pronounsAreNoAliases() {
        given().queryParam("speaker", "he").get("/quotes").then().statusCode(200).body("total", equalTo(0));
        given().queryParam("speaker", "he").get("/search").then().statusCode(200).body("total", equalTo(0));
        given().get("/speakers/he").then().statusCode(404);
    }

    @Test
    void severalSpeakersMeanQuotesByAnyOfThem() {
        given().queryParam("speaker", "Donald Trump").queryParam("speaker", "Putin").get("/quotes").then().statusCode(200)
                .body("total", equalTo(1)); // "Putin" is no alias in the fixture: only the canonical name or a mention is
        given().queryParam("speaker", "Donald Trump").queryParam("speaker", "Vladimir Putin").get("/quotes").then()
                .body("total", equalTo(2))
                .body("quotes.speaker", containsInAnyOrder("Donald Trump", "Vladimir Putin"));
    }

    @Test
    void quoteKindFilter() {
        given().queryParam("kind", "indirect").queryParam("q", "ceasefire").get("/quotes").then()
                .body("total", equalTo(3))
                .body("quotes.speaker", containsInAnyOrder("Sergey Lavrov", "Donald Trump", "Volodymyr Zelensky"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})  // 1 splits the first document: its cursor has no sort values yet
    void quoteCursorsWalkEveryQuoteOnceEvenInsideADocument(int size) {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("size", size);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/quotes").then().statusCode(200).extract().jsonPath();
            assertEquals(9, page.getInt("total"));
            List<String> docs = page.getList("quotes.documentId");
            List<Integer> starts = page.getList("quotes.start");
            for (int i = 0; i < docs.size(); i++) {
                seen.add(docs.get(i) + "@" + starts.get(i));
            }
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 20);
        assertEquals(9, seen.size());
        assertEquals(9, new HashSet<>(seen).size(), "no quote twice: " + seen);
        assertEquals(List.of("api-4", "api-4", "api-2", "api-2", "api-6", "api-1", "api-1", "api-3", "api-5"),
                seen.stream().map(s -> s.substring(0, s.indexOf('@'))).toList());
    }

    // ---- /speakers ----

    @Test
    void speakersRankedByQuotes() {
        JsonPath r = given().get("/speakers").then().statusCode(200).extract().jsonPath();
        assertEquals(9, r.getInt("quotes"));
        assertEquals(List.of("Sergey Lavrov", "Volodymyr Zelensky"), r.getList("speakers.name").subList(0, 2));
        assertEquals(4, r.getInt("speakers[0].quotes"));
        assertEquals(3, r.getInt("speakers[0].documents"));
    }

    @Test
    void whoTalksAboutCeasefireMost() {
        given().queryParam("q", "ceasefire").get("/speakers").then().statusCode(200)
                .body("quotes", equalTo(5))
                .body("speakers[0].name", equalTo("Volodymyr Zelensky"))
                .body("speakers[0].quotes", equalTo(3))
                .body("speakers.name", containsInAnyOrder("Volodymyr Zelensky", "Sergey Lavrov", "Donald Trump"));
        given().queryParam("tag", "nato").get("/speakers").then()
                .body("speakers.name", contains("Sergey Lavrov", "Volodymyr Zelensky"))
                .body("speakers.quotes", contains(4, 1));
    }

    @Test
    void speakerProfileByAlias() {
        JsonPath r = given().get("/speakers/Lavrov").then().statusCode(200).extract().jsonPath();
        assertEquals("Sergey Lavrov", r.getString("name"));
        assertThat(r.getList("aliases"), hasItems("Sergey Lavrov", "Lavrov", "Russian Foreign Minister Sergey Lavrov"));
        assertThat(r.getList("aliases"), not(hasItem("he")));
        assertEquals(4, r.getInt("quoteCount"));
        assertEquals(3, r.getInt("documentCount"));
        assertEquals(Map.of("2025-09", 1, "2025-10", 2, "2025-11", 1), buckets(r, "quotesPerMonth"));
        assertEquals(Map.of("nato", 3, "ceasefire", 1), buckets(r, "topTags"));
        assertEquals("api-2", r.getString("latestQuotes[0].documentId"));
        assertEquals("NATO expansion had made a ceasefire harder to reach", r.getString("latestQuotes[0].text"));
        assertEquals(4, r.getList("latestQuotes").size());
    }

    @Test
    void aMethodAPathDoesNotTakeIs405NamingTheOnesItDoes() {
        given().put("/search").then().statusCode(405).contentType("application/problem+json")
                .header("Allow", "GET, HEAD, OPTIONS");
        given().delete("/documents/{id}/similar", "api-1").then().statusCode(405).header("Allow", "GET, HEAD, OPTIONS");
    }

    @Test
    void unknownSpeakerIsA404Problem() {
        given().get("/speakers/Nobody At All").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404)).body("field", equalTo("name"));
    }

    // ---- /timeline ----

    @Test
    void ceasefireQuotesPerMonthBySpeaker() {
        JsonPath r = given().queryParam("of", "quotes").queryParam("q", "ceasefire").queryParam("interval", "month")
                .queryParam("split", "speaker").get("/timeline").then().statusCode(200).extract().jsonPath();
        assertEquals(5, r.getInt("total"));
        assertEquals(List.of("2025-11", "2025-12"), r.getList("buckets.date"));
        assertEquals(List.of(3, 2), r.getList("buckets.count"));
        assertEquals(Map.of("Volodymyr Zelensky", 2, "Sergey Lavrov", 1), buckets(r, "buckets[0].speakers"));
        assertEquals(Map.of("Volodymyr Zelensky", 1, "Donald Trump", 1), buckets(r, "buckets[1].speakers"));
    }

    @Test
    void documentsPerMonthIncludeEmptyMonths() {
        given().queryParam("tag", "nato").get("/timeline").then().statusCode(200)
                .body("of", equalTo("documents")).body("interval", equalTo("month"))
                .body("total", equalTo(4))
                .body("buckets.date", contains("2025-09", "2025-10", "2025-11"))
                .body("buckets.count", contains(1, 2, 1));
        given().queryParam("interval", "week").queryParam("source", "forum").get("/timeline").then()
                .body("buckets.date", contains("2025-08-11")).body("buckets.count", contains(1));
    }

    // ---- /documents ----

    @Test
    void documentLookUpReturnsTheContractShape() {
        given().get("/documents/api-1").then().statusCode(200)
                .body("id", equalTo("api-1"))
                .body("quotes[0].speaker", equalTo("Sergey Lavrov"))
                .body("dates[0].value", equalTo("2021-12"))
                .body("mentionedDates", nullValue());
        given().get("/documents/no-such-doc").then().statusCode(404).contentType("application/problem+json")
                .body("field", equalTo("id"));
    }

    @Test
    void similarDocumentsShareVocabulary() {
        given().get("/documents/api-1/similar").then().statusCode(200)
                .body("[0].id", equalTo("api-7"))
                .body("id", not(hasItem("api-1")));
        given().get("/documents/no-such-doc/similar").then().statusCode(404);
    }

    // ---- errors ----

    @Test
    void aClosedIndexIs503RetryLaterNotA500OrANotFound() throws Exception {
        String index = IsolatedIndexProfile.ALIAS + "-v2";
        client.indices().close(c -> c.index(index));
        try {
            for (String path : List.of("/search?q=nato", "/quotes", "/documents/api-1", "/documents/api-1/similar")) {
                given().urlEncodingEnabled(false).get(path).then().statusCode(503)
                        .contentType("application/problem+json").header("Retry-After", "5");
            }
        } finally {
            client.indices().open(o -> o.index(index));
            client.cluster().health(h -> h.index(index).waitForStatus(HealthStatus.Yellow));
        }
    }

    @Test
    void badParametersAre400ProblemsNamingTheParameter() {
        assertBadParameter(given().queryParam("size", 0).get("/search"), "size");
        assertBadParameter(given().queryParam("size", "ten").get("/search"), "size");
        assertBadParameter(given().queryParam("size", "\u0665").get("/search"), "size");  // an Arabic-Indic 5
        assertBadParameter(given().queryParam("size", "x").get("/documents/api-1/similar"), "size");
        assertBadParameter(given().queryParam("facets", "maybe").get("/search"), "facets");
        assertBadParameter(given().queryParam("degraded", "maybe").get("/search"), "degraded");
        assertBadParameter(given().queryParam("size", 101).get("/quotes"), "size");
        assertBadParameter(given().queryParam("q", "x".repeat(1001)).get("/search"), "q");
        assertBadParameter(given().queryParam("publishedFrom", "October").get("/search"), "publishedFrom");
        assertBadParameter(given().queryParam("mentionsTo", "2025-13").get("/timeline"), "mentionsTo");
        assertBadParameter(given().queryParam("publishedFrom", "2025-12").queryParam("publishedTo", "2025-01").get("/quotes"), "publishedFrom");
        assertBadParameter(given().queryParam("kind", "shout").get("/quotes"), "kind");
        assertBadParameter(given().queryParam("sort", "random").get("/search"), "sort");
        assertBadParameter(given().queryParam("cursor", "garbage!").get("/search"), "cursor");
        assertBadParameter(given().queryParam("interval", "hour").get("/timeline"), "interval");
        assertBadParameter(given().queryParam("of", "tags").get("/timeline"), "of");
        assertBadParameter(given().queryParam("split", "tag").get("/timeline"), "split");
        // percent-encoded Latin-1 (%E9): it was searched for as replacement characters
        given().urlEncodingEnabled(false).get("/search?q=caf%E9").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("not UTF-8"));
        given().urlEncodingEnabled(false).get("/search?q=Lavrov;NATO").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("%3B"));
        given().urlEncodingEnabled(false).get("/speakers/Lavr%E9v").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("path is not UTF-8"));
        given().urlEncodingEnabled(false).get("/search?q=caf%C3%A9+%F0%9F%98%80").then().statusCode(200);
        // a one-value parameter given twice: the second was dropped without a word (tag, speaker… repeat)
        assertBadParameter(given().queryParam("size", 1).queryParam("size", 50).get("/search"), "size");
        assertBadParameter(given().queryParam("Size", 1).queryParam("size", 50).get("/search"), "size");
        assertBadParameter(given().queryParam("q", "nato").queryParam("q", "sanctions").get("/quotes"), "q");
        String dateCursor = given().queryParam("sort", "date").queryParam("size", 1).get("/search").jsonPath().getString("nextCursor");
        assertBadParameter(given().queryParam("sort", "relevance").queryParam("q", "nato").queryParam("cursor", dateCursor).get("/search"), "cursor");
    }

    @Test
    void queryTextCannotInjectDsl() {
        given().queryParam("q", "{\"match_all\":{}}").get("/search").then().statusCode(200).body("total", equalTo(0));
        given().queryParam("q", "\"unclosed (phrase").get("/search").then().statusCode(200);
    }

    @Test
    void openApiDocumentsTheEndpoints() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.keySet()", hasItems("/search", "/quotes", "/speakers", "/speakers/{name}", "/timeline",
                        "/documents/{id}", "/documents/{id}/similar"))
                .body("paths.'/search'.get.parameters.name", hasItems("q", "speaker", "tag", "entity", "kind", "source",
                        "publishedFrom", "publishedTo", "mentionsFrom", "mentionsTo", "cursor", "sort"));
    }

    private static void assertBadParameter(io.restassured.response.Response response, String field) {
        response.then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("field", equalTo(field)).body("detail", notNullValue());
    }

    private static Map<String, Integer> buckets(JsonPath r, String path) {
        List<String> values = r.getList(path + ".value");
        List<Integer> counts = r.getList(path + ".count");
        Map<String, Integer> out = new java.util.HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            out.put(values.get(i), counts.get(i));
        }
        return out;
    }

    private static <T> void assertThat(T actual, org.hamcrest.Matcher<? super T> matcher) {
        org.hamcrest.MatcherAssert.assertThat(actual, matcher);
    }
}
