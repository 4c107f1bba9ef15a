package dev.sayline.enrich.pipeline;

import dev.sayline.enrich.model.DateMention;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A test-only enricher that fails, after adding a bogus date, on any text holding {@link #WIRE}:
 * how the integration tests reach the pipeline's bulkhead through the real API and broker, since
 * the real enrichers have no known input that makes them throw. Inert on every other text.
 */
@ApplicationScoped
public class TripwireEnricher implements Enricher {

    public static final String WIRE = "#trip-the-wire#";
    public static final String BOGUS_VALUE = "TRIPWIRE";

    @Override
    public String name() {
        return "tripwire";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public int order() {
        return 150;
    }

    @Override
    public void enrich(SourceDocument document, Annotations annotations) {
        int at = document.text().indexOf(WIRE);
        if (at >= 0) {
            annotations.dates().add(new DateMention(at, at + WIRE.length(), WIRE, "DATE", BOGUS_VALUE));
            throw new IllegalStateException("tripwire at " + at);
        }
    }
}
