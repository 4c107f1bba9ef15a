package dev.sayline.enrich.pipeline;

import io.quarkus.arc.All;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;

/** Assembles the pipeline from every {@link Enricher} bean: a new enricher is picked up by being a bean. */
public class PipelineProducer {

    @Produces
    @Singleton
    EnrichmentPipeline pipeline(@All List<Enricher> enrichers) {
        return new EnrichmentPipeline(enrichers, Clock.systemUTC());
    }
}
