package dev.sayline.query.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.DateHistogramBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import jakarta.enterprise.context.ApplicationScoped;
import dev.sayline.query.QueryConfig;

import java.io.IOException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/** Date histograms of documents or quotes under the same filters as {@code /search} and {@code /quotes}. */
@ApplicationScoped
public class TimelineService {

    /** What is counted. */
    public enum Of { DOCUMENTS, QUOTES }

    /** The width of a bucket. */
    public enum Interval {
        DAY(CalendarInterval.Day, ChronoUnit.DAYS, "yyyy-MM-dd"),
        WEEK(CalendarInterval.Week, ChronoUnit.WEEKS, "yyyy-MM-dd"),
        MONTH(CalendarInterval.Month, ChronoUnit.MONTHS, "yyyy-MM"),
        YEAR(CalendarInterval.Year, ChronoUnit.YEARS, "yyyy");

        final CalendarInterval calendar;
        /** The same width for filling empty periods in Java ({@link TimelinePeriods}). */
        final ChronoUnit unit;
        final String format;

        Interval(CalendarInterval calendar, ChronoUnit unit, String format) {
            this.calendar = calendar;
            this.unit = unit;
            this.format = format;
        }
    }

    private static final int SPLIT_SIZE = 5;

    private final ElasticsearchClient client;
    private final String alias;

    public TimelineService(ElasticsearchClient client, QueryConfig config) {
        this.client = client;
        this.alias = config.index().alias();
    }

    /**
     * @param bySpeaker also return the top speakers of each bucket (by quotes, or by documents
     *                  they appear in)
     */
    public Timeline timeline(Of of, Interval interval, Filters filters, boolean bySpeaker) throws IOException {
        return of == Of.DOCUMENTS ? documents(interval, filters, bySpeaker) : quotes(interval, filters, bySpeaker);
    }

    private Timeline documents(Interval interval, Filters filters, boolean bySpeaker) throws IOException {
        Aggregation histogram = Aggregation.of(a -> {
            var h = a.dateHistogram(d -> d.field("publishedAt").calendarInterval(interval.calendar)
                    .format(interval.format).minDocCount(1));
            if (bySpeaker) {
                h.aggregations("speakers", s -> s.nested(n -> n.path("speakers"))
                        .aggregations("names", t -> t.terms(tt -> tt.field("speakers.name").size(SPLIT_SIZE))));
            }
            return h;
        });
        SearchResponse<Void> response = client.search(s -> s
                        .index(alias)
                        .size(0)
                        .trackTotalHits(t -> t.enabled(true))
                        .query(q -> q.bool(b -> b.must(Queries.documentText(filters.q())).filter(Queries.documentFilters(filters))))
                        .aggregations("timeline", histogram),
                Void.class);
        List<TimelinePeriods.Counted> counted = response.aggregations().get("timeline").dateHistogram().buckets().array()
                .stream()
                .map(b -> new TimelinePeriods.Counted(b.key(), new TimelineBucket(b.keyAsString(), b.docCount(),
                        bySpeaker ? SearchService.terms(
                                b.aggregations().get("speakers").nested().aggregations().get("names")) : null)))
                .toList();
        List<TimelineBucket> buckets = TimelinePeriods.withEmptyPeriods(counted, interval, bySpeaker);
        long total = response.hits().total() == null ? 0 : response.hits().total().value();
        return new Timeline("documents", name(interval), total, buckets);
    }

    private Timeline quotes(Interval interval, Filters filters, boolean bySpeaker) throws IOException {
        Query quoteQuery = Queries.quoteQuery(filters);
        Aggregation histogram = Aggregation.of(a -> {
            var h = a.dateHistogram(d -> d.field("quotes.publishedAt").calendarInterval(interval.calendar)
                    .format(interval.format).minDocCount(1));
            if (bySpeaker) {
                h.aggregations("speakers", t -> t.terms(tt -> tt.field("quotes.speaker").size(SPLIT_SIZE)));
            }
            return h;
        });
        SearchResponse<Void> response = client.search(s -> s
                        .index(alias)
                        .size(0)
                        .query(q -> q.bool(b -> b.filter(Queries.metadataFilters(filters)).filter(Queries.nested("quotes", quoteQuery))))
                        .aggregations("quotes", a -> a.nested(n -> n.path("quotes"))
                                .aggregations("matching", f -> f.filter(quoteQuery).aggregations("timeline", histogram))),
                Void.class);
        Aggregate matching = response.aggregations().get("quotes").nested().aggregations().get("matching");
        List<DateHistogramBucket> raw = matching.filter().aggregations().get("timeline").dateHistogram().buckets().array();
        List<TimelinePeriods.Counted> counted = raw.stream()
                .map(b -> new TimelinePeriods.Counted(b.key(), new TimelineBucket(b.keyAsString(), b.docCount(),
                        bySpeaker ? SearchService.terms(b.aggregations().get("speakers")) : null)))
                .toList();
        List<TimelineBucket> buckets = TimelinePeriods.withEmptyPeriods(counted, interval, bySpeaker);
        return new Timeline("quotes", name(interval), matching.filter().docCount(), buckets);
    }

    private static String name(Interval interval) {
        return interval.name().toLowerCase(Locale.ROOT);
    }
}
