package dev.sayline.query.api;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** An index of its own for the dashboard tests, and no consumer (the corpus is the hand-written fixture). */
public class DashboardProfile implements QuarkusTestProfile {

    static final String ALIAS = "sayline-it-dashboard";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "query.index.alias", ALIAS,
                "query.index.name", ALIAS + "-v2",
                "mp.messaging.incoming.documents-enriched.enabled", "false",
                "monitoring.consumer-lag.interval", "2s");
    }
}
