package dev.sayline.query.dashboard;

import java.util.List;

/**
 * What the dashboard page polls: for each service, whether its metrics answered and the
 * Sayline and consumer-lag samples it exposes. Rates are computed by the page from two polls.
 */
public record PipelineFigures(long time, List<Service> services) {

    /** One service's samples (counters are totals since it started). */
    public record Service(String name, boolean up, List<PrometheusText.Sample> samples) {
    }
}
