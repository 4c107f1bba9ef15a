package dev.sayline.query.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.ChildScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.TotalHits;
import co.elastic.clients.json.JsonData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sayline.query.QueryConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Quote-level search. Quotes are nested objects of their document, so one request finds the
 * documents with matching quotes and returns those quotes as inner hits; the page is the
 * flattened list. The cursor is the last fully shown document's sort values plus how many
 * quotes of the next document were already shown, so pages never repeat or skip a quote.
 */
@ApplicationScoped
public class QuoteService {

    private static final List<String> DOC_FIELDS = List.of("id", "title", "publishedAt", "source");

    private final ElasticsearchClient client;
    private final String alias;
    private final int perDocument;

    public QuoteService(ElasticsearchClient client, QueryConfig config) {
        this.client = client;
        this.alias = config.index().alias();
        this.perDocument = Math.min(100, config.search().maxQuotesPerDocument());
    }

    public QuotePage search(Filters filters, SortOrderParam sort, int size, String cursor) throws IOException {
        Cursor after = cursor == null ? null : Cursor.decode(cursor, sort);
        Query quoteQuery = Queries.quoteQuery(filters);
        Query query = Query.of(x -> x.bool(b -> b
                .filter(Queries.metadataFilters(filters))
                .must(m -> m.nested(n -> n.path("quotes").query(quoteQuery).scoreMode(ChildScoreMode.Max)
                        .innerHits(ih -> ih.size(perDocument).sort(innerSort(sort)))))));
        SearchRequest.Builder request = new SearchRequest.Builder()
                .index(alias)
                .size(size + 1)
                .trackTotalHits(t -> t.enabled(false))
                .source(src -> src.filter(f -> f.includes(DOC_FIELDS)))
                .query(query)
                .sort(SearchService.sortOptions(sort))
                .aggregations("quotes", a -> a.nested(n -> n.path("quotes"))
                        .aggregations("matching", f -> f.filter(quoteQuery)));
        if (after != null && !after.after().isEmpty()) {
            request.searchAfter(after.after());
        }
        SearchResponse<ObjectNode> response = client.search(request.build(), ObjectNode.class);
        long total = response.aggregations().get("quotes").nested().aggregations().get("matching").filter().docCount();

        List<QuoteHit> quotes = new ArrayList<>();
        List<FieldValue> lastShown = after == null ? List.of() : after.after();
        int skip = after == null ? 0 : after.skip();
        String next = null;
        long overCap = 0;  // counted once, on the page that finishes the document
        List<Hit<ObjectNode>> docs = response.hits().hits();
        outer:
        for (int i = 0; i < docs.size(); i++) {
            Hit<ObjectNode> doc = docs.get(i);
            List<Hit<JsonData>> inner = doc.innerHits().get("quotes").hits().hits();
            for (int j = i == 0 ? skip : 0; j < inner.size(); j++) {
                if (quotes.size() == size) {
                    next = new Cursor(sort.key(), lastShown, j).encode();
                    break outer;
                }
                quotes.add(toQuote(doc, inner.get(j)));
            }
            TotalHits matching = doc.innerHits().get("quotes").hits().total();
            overCap += matching == null ? 0 : Math.max(0, matching.value() - inner.size());
            lastShown = doc.sort();
            if (quotes.size() == size && i + 1 < docs.size()) {
                next = new Cursor(sort.key(), lastShown, 0).encode();
                break;
            }
        }
        return new QuotePage(total, quotes, next, overCap == 0 ? null : overCap);
    }

    private static List<SortOptions> innerSort(SortOrderParam sort) {
        SortOptions byPosition = SortOptions.of(s -> s.field(f -> f.field("quotes.start").order(SortOrder.Asc)));
        return sort == SortOrderParam.RELEVANCE
                ? List.of(SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc))), byPosition)
                : List.of(byPosition);
    }

    static QuoteHit toQuote(Hit<ObjectNode> doc, Hit<JsonData> quoteHit) {
        ObjectNode d = doc.source();
        JsonNode q = quoteHit.source() == null ? null : quoteHit.source().to(JsonNode.class);
        return quote(doc.id(), d, q, quoteHit.score());
    }

    static QuoteHit quote(String documentId, JsonNode doc, JsonNode q, Double score) {
        return new QuoteHit(Json.text(q, "text"), Json.text(q, "speaker"),
                q == null ? null : Json.text(q.path("speakerMention"), "text"),
                Json.text(q, "kind"),
                q == null ? null : Json.text(q.path("cue"), "text"),
                Json.text(q, "sentence"), documentId, Json.text(doc, "title"),
                doc != null && doc.hasNonNull("publishedAt") ? Json.text(doc, "publishedAt") : Json.text(q, "publishedAt"),
                Json.text(doc, "source"), Json.integer(q, "start"), Json.integer(q, "end"),
                score == null || score.isNaN() ? null : score);
    }
}
