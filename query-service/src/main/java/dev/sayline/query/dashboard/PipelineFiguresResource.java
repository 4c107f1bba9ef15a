package dev.sayline.query.dashboard;

import dev.sayline.kit.security.Roles;
import io.micrometer.prometheus.PrometheusMeterRegistry;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Pipeline figures for the built-in dashboard page, gathered server-side from the three
 * services' own /q/metrics (no CORS, no Prometheus needed). This service's figures come from
 * its registry directly.
 */
@Path("/dashboard/pipeline")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
@RolesAllowed(Roles.READ)
public class PipelineFiguresResource {

    /** Sayline's own meters (consumer lag included); histogram buckets stay out (the page needs sums and counts). */
    static final Predicate<String> KEEP = name -> name.startsWith("sayline_") && !name.endsWith("_bucket");

    private final PrometheusMeterRegistry registry;
    private final URI ingestMetrics;
    private final URI enrichMetrics;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public PipelineFiguresResource(PrometheusMeterRegistry registry,
                                   @ConfigProperty(name = "dashboard.ingest-metrics-url", defaultValue = "http://127.0.0.1:8081/q/metrics") URI ingestMetrics,
                                   @ConfigProperty(name = "dashboard.enrich-metrics-url", defaultValue = "http://127.0.0.1:8082/q/metrics") URI enrichMetrics) {
        this.registry = registry;
        this.ingestMetrics = ingestMetrics;
        this.enrichMetrics = enrichMetrics;
    }

    @GET
    @Operation(summary = "Pipeline figures of ingest, enrich and query services (metric samples; the page computes rates)")
    public PipelineFigures figures() {
        List<PipelineFigures.Service> services = new ArrayList<>();
        services.add(remote("ingest-service", ingestMetrics));
        services.add(remote("enrich-service", enrichMetrics));
        services.add(new PipelineFigures.Service("query-service", true, PrometheusText.parse(registry.scrape(), KEEP)));
        return new PipelineFigures(System.currentTimeMillis(), services);
    }

    private PipelineFigures.Service remote(String name, URI uri) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(3)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return new PipelineFigures.Service(name, false, List.of());
            }
            return new PipelineFigures.Service(name, true, PrometheusText.parse(response.body(), KEEP));
        } catch (java.io.IOException e) {
            return new PipelineFigures.Service(name, false, List.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new PipelineFigures.Service(name, false, List.of());
        }
    }
}
