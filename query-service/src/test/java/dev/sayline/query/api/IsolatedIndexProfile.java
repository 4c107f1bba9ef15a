package dev.sayline.query.api;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * Gives a test class an index (alias, template and versioned index) of its own, and switches
 * the Kafka consumer off so records other modules' tests publish on the shared broker cannot
 * reach it: counts asserted by the test are the counts of its own documents.
 */
public class IsolatedIndexProfile implements QuarkusTestProfile {

    public static final String ALIAS = "sayline-it-api";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "query.index.alias", ALIAS,
                "query.index.name", ALIAS + "-v2",
                "query.search.similar.min-term-freq", "1",
                "query.search.similar.min-doc-freq", "1",
                "mp.messaging.incoming.documents-enriched.enabled", "false");
    }
}
