package dev.sayline.query.observability;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code sayline_elasticsearch_up} (1 or 0) for the "Elasticsearch down" alert: readiness says the
 * same, but Prometheus scrapes metrics, not health. Checked in the background, never on a
 * scrape, so a hanging node cannot stall /q/metrics.
 */
@Startup // meters exist from the start: dashboards and alerts see zeros, not gaps
@ApplicationScoped
public class ElasticsearchUpGauge {

    private final ElasticsearchClient client;
    private final Duration interval;
    private final AtomicInteger up = new AtomicInteger();
    private ScheduledExecutorService timer;

    public ElasticsearchUpGauge(ElasticsearchClient client, MeterRegistry registry,
                                @ConfigProperty(name = "monitoring.elasticsearch-check-interval", defaultValue = "10s") Duration interval) {
        this.client = client;
        this.interval = interval;
        Gauge.builder("sayline.elasticsearch.up", up, AtomicInteger::get)
                .description("1 when the last cluster health check of Elasticsearch answered, else 0")
                .register(registry);
    }

    void onStart(@Observes StartupEvent event) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "elasticsearch-up-check");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::check, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    private void check() {
        try {
            client.cluster().health();
            up.set(1);
        } catch (Exception | LinkageError e) {
            up.set(0);
        }
    }
}
