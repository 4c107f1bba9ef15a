package dev.sayline.enrich.observability;

import dev.sayline.enrich.pipeline.Annotations;
import dev.sayline.enrich.pipeline.Enricher;
import dev.sayline.enrich.pipeline.SourceDocument;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;

/**
 * Decorates an enricher with a timer ({@code sayline_enrich_enricher_seconds{enricher="dates"}}),
 * so enrichers need no metrics code and a new one is measured by being a bean.
 */
public final class TimedEnricher implements Enricher {

    private final Enricher delegate;
    private final Timer timer;

    public TimedEnricher(Enricher delegate, MeterRegistry registry) {
        this.delegate = delegate;
        this.timer = Timer.builder("sayline.enrich.enricher")
                .description("Time one enricher spends on one document")
                .tag("enricher", delegate.name())
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofNanos(10_000))
                .maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry);
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public String version() {
        return delegate.version();
    }

    @Override
    public int order() {
        return delegate.order();
    }

    @Override
    public void enrich(SourceDocument document, Annotations annotations) {
        long start = System.nanoTime();
        try {
            delegate.enrich(document, annotations);
        } finally {
            timer.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }
}
