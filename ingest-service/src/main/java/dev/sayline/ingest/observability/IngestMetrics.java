package dev.sayline.ingest.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;

/**
 * The ingest-service's own meters. Names follow Prometheus conventions once Micrometer renders
 * them ({@code sayline_ingest_documents_accepted_total}, {@code sayline_ingest_publish_seconds}).
 * The Grafana dashboard and the built-in page query exactly these names.
 */
@Startup // meters exist from the start: dashboards and alerts see zeros, not gaps
@ApplicationScoped
public class IngestMetrics {

    private final MeterRegistry registry;
    private final Counter accepted;
    private final Counter acceptedBytes;
    private final Timer publishOk;
    private final Timer publishFailed;

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.accepted = Counter.builder("sayline.ingest.documents.accepted")
                .description("Documents acknowledged by Kafka on documents.raw").register(registry);
        this.acceptedBytes = Counter.builder("sayline.ingest.accepted.bytes")
                .description("UTF-8 bytes of text of the accepted documents").register(registry);
        this.publishOk = publishTimer("success");
        this.publishFailed = publishTimer("failure");
        // Rejections by reason exist from the start, so dashboards and alerts see zeros, not gaps.
        for (String reason : RejectionReasons.ALL) {
            rejectedCounter(reason);
        }
    }

    private Timer publishTimer(String outcome) {
        return Timer.builder("sayline.ingest.publish")
                .description("Time from send to broker acknowledgement of one documents.raw record")
                .tag("outcome", outcome)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(15))
                .register(registry);
    }

    private Counter rejectedCounter(String reason) {
        return Counter.builder("sayline.ingest.documents.rejected")
                .description("Refused requests by reason (a refused batch counts once)")
                .tag("reason", reason)
                .register(registry);
    }

    public void accepted(int textBytes) {
        accepted.increment();
        acceptedBytes.increment(textBytes);
    }

    public void published(long nanos, boolean ok) {
        (ok ? publishOk : publishFailed).record(Duration.ofNanos(nanos));
    }

    public void rejected(String reason) {
        rejectedCounter(reason).increment();
    }
}
