package dev.sayline.query.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.NamedValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sayline.query.QueryConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** Full-text search and look-up over the documents alias. */
@ApplicationScoped
public class SearchService {

    private static final List<String> SOURCE_FIELDS = List.of("id", "title", "publishedAt", "source");

    private final ElasticsearchClient client;
    private final String alias;

    public SearchService(ElasticsearchClient client, QueryConfig config) {
        this.client = client;
        this.alias = config.index().alias();
    }

    /**
     * Searches title and text with Elasticsearch's simple query syntax, which cannot fail on
     * user input and allows no raw DSL.
     */
    public SearchPage search(String q, int from, int size) throws IOException {
        SearchResponse<ObjectNode> response = client.search(s -> s
                .index(alias)
                .from(from)
                .size(size)
                .trackTotalHits(t -> t.enabled(true))
                .source(src -> src.filter(f -> f.includes(SOURCE_FIELDS)))
                .query(query -> query.simpleQueryString(sq -> sq
                        .query(q)
                        .fields("title^2", "text")
                        .defaultOperator(Operator.And)))
                .highlight(h -> h
                        .fields(NamedValue.of("text", HighlightField.of(f -> f.fragmentSize(160).numberOfFragments(3))))
                        .preTags("<em>").postTags("</em>")),
                ObjectNode.class);
        List<SearchHit> hits = response.hits().hits().stream().map(SearchService::toHit).toList();
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        return new SearchPage(total, hits);
    }

    public Optional<ObjectNode> document(String id) throws IOException {
        var response = client.get(g -> g.index(alias).id(id), ObjectNode.class);
        return response.found() ? Optional.ofNullable(response.source()) : Optional.empty();
    }

    private static SearchHit toHit(Hit<ObjectNode> hit) {
        ObjectNode src = hit.source();
        return new SearchHit(hit.id(), text(src, "title"), text(src, "publishedAt"), text(src, "source"),
                hit.score() == null ? 0 : hit.score(),
                hit.highlight().getOrDefault("text", List.of()));
    }

    private static String text(ObjectNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
