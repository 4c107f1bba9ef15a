package dev.sayline.enrich.observability;

import dev.sayline.enrich.model.EnrichedDocument;
import dev.sayline.enrich.model.RawDocument;
import dev.sayline.enrich.pipeline.Enricher;
import dev.sayline.enrich.pipeline.EnrichmentPipeline;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The enrichment pipeline with per-document meters around it: whole-document latency (its
 * count gives documents/s), what was found per document, and the documents each enricher failed
 * on. Each enricher is timed by {@link TimedEnricher}. Kept outside {@link EnrichmentPipeline} so
 * the pipeline stays pure.
 */
public class MeteredEnrichmentPipeline extends EnrichmentPipeline {

    private final Map<String, Counter> failures;
    private final Timer documentTimer;
    private final DistributionSummary quotes;
    private final DistributionSummary dates;
    private final DistributionSummary tags;
    private final DistributionSummary speakers;
    private final DistributionSummary textBytes;

    public MeteredEnrichmentPipeline(List<Enricher> enrichers, Clock clock, MeterRegistry registry) {
        super(enrichers.stream().<Enricher>map(e -> new TimedEnricher(e, registry)).toList(), clock);
        // Registered up front, at 0, so the alert's increase() sees the first failure.
        this.failures = enrichers().stream().collect(Collectors.toMap(Enricher::name,
                e -> Counter.builder("sayline.enrich.enricher.failures")
                        .description("Documents an enricher failed on; they were published without its annotations")
                        .tag("enricher", e.name())
                        .register(registry),
                (same, sameAgain) -> same));  // the registry gives two enrichers of one name one counter
        this.documentTimer = Timer.builder("sayline.enrich.document")
                .description("Time to enrich one document with every enricher")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofNanos(10_000))
                .maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry);
        this.quotes = perDocument(registry, "quotes");
        this.dates = perDocument(registry, "dates");
        this.tags = perDocument(registry, "tags");
        this.speakers = perDocument(registry, "speakers");
        this.textBytes = DistributionSummary.builder("sayline.enrich.text.bytes")
                .description("UTF-8 bytes of text per enriched document").register(registry);
    }

    private static DistributionSummary perDocument(MeterRegistry registry, String what) {
        return DistributionSummary.builder("sayline.enrich." + what + ".per.document")
                .description("Number of " + what + " found per document")
                .publishPercentileHistogram()
                .minimumExpectedValue(1.0)
                .maximumExpectedValue(1000.0)
                .register(registry);
    }

    @Override
    protected void enricherFailed(Enricher enricher, RawDocument raw, Throwable error) {
        super.enricherFailed(enricher, raw, error);
        failures.get(enricher.name()).increment();
    }

    @Override
    public EnrichedDocument enrich(RawDocument raw) {
        long start = System.nanoTime();
        EnrichedDocument enriched = super.enrich(raw);
        documentTimer.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        quotes.record(size(enriched.quotes()));
        dates.record(size(enriched.dates()));
        tags.record(size(enriched.tags()));
        speakers.record(size(enriched.speakers()));
        textBytes.record(enriched.text() == null ? 0 : enriched.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        return enriched;
    }

    private static int size(List<?> list) {
        return list == null ? 0 : list.size();
    }
}
