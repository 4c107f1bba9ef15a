package dev.sayline.query.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.json.JsonData;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sayline.query.QueryConfig;
import dev.sayline.query.indexing.IndexSourceMapper;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Who is quoted, how often, and a profile per speaker; answered from aggregations over nested quotes. */
@ApplicationScoped
public class SpeakerService {

    private final ElasticsearchClient client;
    private final String alias;
    private final QueryConfig.Search config;

    public SpeakerService(ElasticsearchClient client, QueryConfig config) {
        this.client = client;
        this.alias = config.index().alias();
        this.config = config.search();
    }

    /** Speakers ranked by the number of quotes matching the filters (q over quote text, tag, dates, kind …). */
    public SpeakerList speakers(Filters filters, int size) throws IOException {
        Query quoteQuery = Queries.quoteQuery(filters);
        SearchResponse<Void> response = client.search(s -> s
                        .index(alias)
                        .size(0)
                        .query(q -> q.bool(b -> b.filter(Queries.metadataFilters(filters)).filter(Queries.nested("quotes", quoteQuery))))
                        .aggregations("quotes", a -> a.nested(n -> n.path("quotes"))
                                .aggregations("matching", f -> f.filter(quoteQuery)
                                        .aggregations("speakers", t -> t.terms(tt -> tt.field("quotes.speaker").size(size))
                                                .aggregations("documents", r -> r.reverseNested(rn -> rn))))),
                Void.class);
        Aggregate matching = response.aggregations().get("quotes").nested().aggregations().get("matching");
        List<SpeakerCount> speakers = matching.filter().aggregations().get("speakers").sterms().buckets().array().stream()
                .map(b -> new SpeakerCount(b.key().stringValue(), b.docCount(),
                        b.aggregations().get("documents").reverseNested().docCount()))
                .toList();
        return new SpeakerList(matching.filter().docCount(), speakers);
    }

    /** The profile of a speaker named by canonical name or any alias; empty when the index never saw them. */
    public Optional<SpeakerProfile> profile(String name) throws IOException {
        Query quoteOf = Queries.speakerOfQuote(name);
        Query speakerEntry = Queries.speakerEntry(name);
        SearchResponse<Void> response = client.search(s -> s
                        .index(alias)
                        .size(0)
                        .query(q -> q.bool(b -> b.should(Queries.nested("quotes", quoteOf)).should(Queries.nested("speakers", speakerEntry))
                                .minimumShouldMatch("1")))
                        .aggregations("quotes", a -> a.nested(n -> n.path("quotes"))
                                .aggregations("of", f -> f.filter(quoteOf)
                                        .aggregations("canonical", t -> t.terms(tt -> tt.field("quotes.speaker").size(1)))
                                        .aggregations("months", d -> d.dateHistogram(h -> h
                                                .field("quotes.publishedAt").calendarInterval(CalendarInterval.Month)
                                                .format("yyyy-MM").minDocCount(1)))
                                        .aggregations("latest", t -> t.topHits(th -> th.size(config.profileQuotes())
                                                .sort(so -> so.field(fs -> fs.field("quotes.publishedAt").order(SortOrder.Desc)))))
                                        .aggregations("documents", r -> r.reverseNested(rn -> rn)
                                                .aggregations("tags", t -> t.terms(tt -> tt.field("topics").size(10))))))
                        .aggregations("speakers", a -> a.nested(n -> n.path("speakers"))
                                .aggregations("of", f -> f.filter(speakerEntry)
                                        .aggregations("names", t -> t.terms(tt -> tt.field("speakers.name").size(1)))
                                        .aggregations("mentions", t -> t.terms(tt -> tt.field("speakers.mentions").size(20))))),
                Void.class);
        long matchedDocuments = response.hits().total() == null ? 0 : response.hits().total().value();
        if (matchedDocuments == 0) {
            return Optional.empty();
        }
        Map<String, Aggregate> quotes = response.aggregations().get("quotes").nested().aggregations().get("of").filter().aggregations();
        Aggregate quotesOf = response.aggregations().get("quotes").nested().aggregations().get("of");
        Map<String, Aggregate> entries = response.aggregations().get("speakers").nested().aggregations().get("of").filter().aggregations();

        String canonical = first(quotes.get("canonical")).or(() -> first(entries.get("names"))).orElse(name);
        Set<String> aliases = new LinkedHashSet<>();
        aliases.add(canonical);
        entries.get("mentions").sterms().buckets().array().stream().map(b -> b.key().stringValue())
                .filter(m -> !IndexSourceMapper.isPronoun(m)).forEach(aliases::add);

        // Empty months filled here, not by min_doc_count 0: quotes dated 0001 and 2025 would ask
        // Elasticsearch for more buckets than it makes, a 400 (TimelinePeriods).
        List<TimelinePeriods.Counted> counted = quotes.get("months").dateHistogram().buckets().array().stream()
                .map(b -> new TimelinePeriods.Counted(b.key(), new TimelineBucket(b.keyAsString(), b.docCount(), null)))
                .toList();
        List<Bucket> months = TimelinePeriods.withEmptyPeriods(counted, TimelineService.Interval.MONTH, false).stream()
                .map(b -> new Bucket(b.date(), b.count())).toList();
        Aggregate documents = quotes.get("documents");
        List<Bucket> tags = SearchService.terms(documents.reverseNested().aggregations().get("tags"));
        List<QuoteHit> latest = quotes.get("latest").topHits().hits().hits().stream()
                .map(h -> QuoteService.quote(h.id(), null, json(h.source()), null))
                .toList();
        return Optional.of(new SpeakerProfile(canonical, List.copyOf(aliases), quotesOf.filter().docCount(),
                documents.reverseNested().docCount(), months, tags, latest));
    }

    private static Optional<String> first(Aggregate terms) {
        List<StringTermsBucket> buckets = terms.sterms().buckets().array();
        return buckets.isEmpty() ? Optional.empty() : Optional.of(buckets.get(0).key().stringValue());
    }

    private static JsonNode json(JsonData data) {
        return data == null ? null : data.to(JsonNode.class);
    }
}
