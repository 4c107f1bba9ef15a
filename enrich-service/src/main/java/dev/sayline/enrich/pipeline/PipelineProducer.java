package dev.sayline.enrich.pipeline;

import dev.sayline.enrich.observability.MeteredEnrichmentPipeline;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.All;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;

/** Assembles the pipeline from every {@link Enricher} bean: a new enricher is picked up by being a bean. */
public class PipelineProducer {

    @Produces
    @Singleton
    @Startup
    EnrichmentPipeline pipeline(@All List<Enricher> enrichers, MeterRegistry registry) {
        // Metered at the edge: every enricher is timed, every document counted (issue 7).
        return new MeteredEnrichmentPipeline(enrichers, Clock.systemUTC(), registry);
    }
}
