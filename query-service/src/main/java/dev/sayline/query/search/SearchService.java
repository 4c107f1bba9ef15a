package dev.sayline.query.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.NamedValue;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sayline.query.QueryConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Document search with filters, facets and cursors; look-up by id; more-like-this. */
@ApplicationScoped
public class SearchService {

    private static final List<String> HIT_FIELDS =
            List.of("id", "title", "publishedAt", "source", "url", "speakers.name", "tags.tag", "degraded");
    /** Derived at indexing time for search; not part of the contract document a client asked for. */
    private static final List<String> DERIVED_FIELDS = List.of("mentionedDates");

    private final ElasticsearchClient client;
    private final String alias;
    private final QueryConfig.Search config;

    public SearchService(ElasticsearchClient client, QueryConfig config) {
        this.client = client;
        this.alias = config.index().alias();
        this.config = config.search();
    }

    /**
     * Searches title and text with the simple query syntax under the given filters. Pages are
     * chained with {@code search_after} cursors (no depth limit, unlike from/size).
     */
    public SearchPage search(Filters filters, SortOrderParam sort, int size, String cursor, boolean withFacets) throws IOException {
        Cursor after = cursor == null ? null : Cursor.decode(cursor, sort);
        Query query = Query.of(x -> x.bool(b -> b.must(Queries.documentText(filters.q())).filter(Queries.documentFilters(filters))));
        SearchRequest.Builder request = new SearchRequest.Builder()
                .index(alias)
                .size(size)
                .trackTotalHits(t -> t.enabled(true))
                .source(src -> src.filter(f -> f.includes(HIT_FIELDS)))
                .query(query)
                .sort(sortOptions(sort));
        if (after != null && !after.after().isEmpty()) {
            request.searchAfter(after.after());
        }
        if (filters.q() != null) {
            request.highlight(h -> h
                    .fields(NamedValue.of("text", HighlightField.of(f -> f.fragmentSize(160).numberOfFragments(3))))
                    .preTags("<em>").postTags("</em>"));
        }
        if (withFacets) {
            request.aggregations(facetAggregations());
        }
        SearchResponse<ObjectNode> response = client.search(request.build(), ObjectNode.class);
        List<Hit<ObjectNode>> hits = response.hits().hits();
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        String next = hits.size() == size ? new Cursor(sort.key(), hits.get(hits.size() - 1).sort(), 0).encode() : null;
        return new SearchPage(total, hits.stream().map(SearchService::toHit).toList(),
                withFacets ? facets(response.aggregations()) : null, next);
    }

    public Optional<ObjectNode> document(String id) throws IOException {
        var response = client.get(g -> g.index(alias).id(id).sourceExcludes(DERIVED_FIELDS), ObjectNode.class);
        return response.found() ? Optional.ofNullable(response.source()) : Optional.empty();
    }

    public boolean exists(String id) throws IOException {
        // A GET without the source, not a HEAD: a HEAD answers 404 for a missing index too, which
        // would read as "no such document" where the index is what is missing (a 503).
        return client.get(g -> g.index(alias).id(id).source(s -> s.fetch(false)), ObjectNode.class).found();
    }

    /**
     * Documents whose title and text share the most distinctive terms with this one
     * (more-like-this, using the stored term vectors); the document itself is left out.
     */
    public List<SearchHit> similar(String id, int size) throws IOException {
        QueryConfig.Similar mlt = config.similar();
        SearchResponse<ObjectNode> response = client.search(s -> s
                        .index(alias)
                        .size(size)
                        .source(src -> src.filter(f -> f.includes(HIT_FIELDS)))
                        .query(q -> q.moreLikeThis(m -> m
                                .fields("title", "text")
                                .like(l -> l.document(d -> d.index(alias).id(id)))
                                .minTermFreq(mlt.minTermFreq())
                                .minDocFreq(mlt.minDocFreq())
                                .maxQueryTerms(mlt.maxQueryTerms())
                                .include(false))),
                ObjectNode.class);
        return response.hits().hits().stream().map(SearchService::toHit).toList();
    }

    static List<SortOptions> sortOptions(SortOrderParam sort) {
        SortOptions newest = SortOptions.of(s -> s.field(f -> f.field("publishedAt").order(SortOrder.Desc).missing("_last")));
        // Ids break ties so search_after never skips or repeats a document (_id itself cannot be sorted on).
        SortOptions byId = SortOptions.of(s -> s.field(f -> f.field("id").order(SortOrder.Asc)));
        return sort == SortOrderParam.RELEVANCE
                ? List.of(SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc))), newest, byId)
                : List.of(newest, byId);
    }

    private Map<String, Aggregation> facetAggregations() {
        int n = config.facetSize();
        return Map.of(
                "speakers", Aggregation.of(a -> a.nested(ne -> ne.path("speakers"))
                        .aggregations("names", t -> t.terms(tt -> tt.field("speakers.name").size(n))
                                .aggregations("documents", r -> r.reverseNested(rn -> rn)))),
                "tags", Aggregation.of(a -> a.terms(t -> t.field("topics").size(n))),
                "entities", Aggregation.of(a -> a.terms(t -> t.field("entities.name").size(n))),
                "months", Aggregation.of(a -> a.dateHistogram(d -> d.field("publishedAt")
                        .calendarInterval(CalendarInterval.Month).format("yyyy-MM").minDocCount(1))));
    }

    private static Facets facets(Map<String, Aggregate> aggs) {
        List<Bucket> speakers = aggs.get("speakers").nested().aggregations().get("names").sterms().buckets().array().stream()
                .map(b -> new Bucket(b.key().stringValue(), b.aggregations().get("documents").reverseNested().docCount()))
                .toList();
        return new Facets(speakers, terms(aggs.get("tags")), terms(aggs.get("entities")),
                aggs.get("months").dateHistogram().buckets().array().stream()
                        .map(b -> new Bucket(b.keyAsString(), b.docCount())).toList());
    }

    static List<Bucket> terms(Aggregate agg) {
        return agg.sterms().buckets().array().stream().map(b -> new Bucket(b.key().stringValue(), b.docCount())).toList();
    }

    static SearchHit toHit(Hit<ObjectNode> hit) {
        ObjectNode src = hit.source();
        return new SearchHit(hit.id(), Json.text(src, "title"), Json.text(src, "publishedAt"), Json.text(src, "source"),
                Json.text(src, "url"), hit.score(),
                hit.highlight().getOrDefault("text", List.of()),
                Json.pluck(src, "speakers", "name"), Json.pluck(src, "tags", "tag"), Json.texts(src, "degraded"));
    }
}
