package dev.sayline.enrich.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/** {@code sayline_dead_letters_total{topic}}: the same meter name in every service, one tag per dead-letter topic. */
@Startup // meters exist from the start: dashboards and alerts see zeros, not gaps
@ApplicationScoped
public class DeadLetterMetrics {

    public static final String RAW_DLQ = "documents.raw.dlq";

    private final Counter raw;

    public DeadLetterMetrics(MeterRegistry registry) {
        this.raw = Counter.builder("sayline.dead.letters")
                .description("Records sent to a dead-letter topic")
                .tag("topic", RAW_DLQ)
                .register(registry);
    }

    public void rawDeadLettered() {
        raw.increment();
    }
}
