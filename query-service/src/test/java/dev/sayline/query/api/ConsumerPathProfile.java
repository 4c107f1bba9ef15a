package dev.sayline.query.api;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** An index and a topic of its own for the test that goes through Kafka and the consumer. */
public class ConsumerPathProfile implements QuarkusTestProfile {

    static final String ALIAS = "sayline-it-consumer";
    static final String TOPIC = "documents.enriched.it-search";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "query.index.alias", ALIAS,
                "query.index.name", ALIAS + "-v2",
                "mp.messaging.incoming.documents-enriched.topic", TOPIC,
                "mp.messaging.incoming.documents-enriched.group.id", "query-service-it-search");
    }
}
