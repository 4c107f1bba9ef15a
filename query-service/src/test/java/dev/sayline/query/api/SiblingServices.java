package dev.sayline.query.api;

import dev.sayline.query.e2e.ServiceProcess;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Runs the packaged ingest-service and enrich-service next to the query-service under test
 * and points its dashboard at their /q/metrics, so the pipeline panel shows all three.
 */
public class SiblingServices implements QuarkusTestResourceLifecycleManager {

    static ServiceProcess ingest;
    static ServiceProcess enrich;

    @Override
    public Map<String, String> start() {
        try {
            ingest = ServiceProcess.start("ingest-service");
            enrich = ServiceProcess.start("enrich-service");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "dashboard.ingest-metrics-url", ingest.url() + "/q/metrics",
                "dashboard.enrich-metrics-url", enrich.url() + "/q/metrics");
    }

    @Override
    public void stop() {
        if (ingest != null) ingest.close();
        if (enrich != null) enrich.close();
    }
}
