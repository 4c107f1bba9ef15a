package dev.sayline.query.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;

/**
 * The query-service's indexing meters: bulk latency ({@code sayline_index_bulk_seconds}),
 * documents indexed, Elasticsearch errors by kind, and dead letters per topic (the same
 * {@code sayline_dead_letters_total} name the enrich-service uses).
 */
@Startup // meters exist from the start: dashboards and alerts see zeros, not gaps
@ApplicationScoped
public class IndexMetrics {

    public static final String ENRICHED_DLQ = "documents.enriched.dlq";

    private final MeterRegistry registry;
    private final Timer bulkOk;
    private final Timer bulkFailed;
    private final Counter indexed;
    private final Counter deadLetters;

    public IndexMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.bulkOk = bulkTimer("success");
        this.bulkFailed = bulkTimer("failure");
        this.indexed = Counter.builder("sayline.index.documents.indexed")
                .description("Documents written to the index (or already there in this or a newer version)")
                .register(registry);
        this.deadLetters = Counter.builder("sayline.dead.letters")
                .description("Records sent to a dead-letter topic")
                .tag("topic", ENRICHED_DLQ)
                .register(registry);
        for (String kind : new String[] {"unavailable", "retryable", "rejected"}) {
            errors(kind);
        }
    }

    private Timer bulkTimer(String outcome) {
        return Timer.builder("sayline.index.bulk")
                .description("Time of one _bulk request to Elasticsearch")
                .tag("outcome", outcome)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(60))
                .register(registry);
    }

    private Counter errors(String kind) {
        return Counter.builder("sayline.elasticsearch.errors")
                .description("Elasticsearch failures: unavailable (request failed), retryable (429/5xx item), rejected (refused document)")
                .tag("kind", kind)
                .register(registry);
    }

    public void bulk(long nanos, boolean ok) {
        (ok ? bulkOk : bulkFailed).record(Duration.ofNanos(nanos));
    }

    public void indexed(int documents) {
        indexed.increment(documents);
    }

    public void elasticsearchError(String kind, int count) {
        errors(kind).increment(count);
    }

    public void deadLettered() {
        deadLetters.increment();
    }
}
