package dev.sayline.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Points a {@code @QuarkusTest} at the real Kafka broker and Elasticsearch node of this build
 * (see {@link BuildInfrastructure}). Nothing is stopped here: the broker and the index outlive
 * the test class and are stopped when the Maven build ends.
 */
public class RealInfrastructure implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        BuildInfrastructure infra = BuildInfrastructure.get();
        return Map.of(
                "kafka.bootstrap.servers", infra.kafkaBootstrapServers(),
                "quarkus.elasticsearch.hosts", infra.elasticsearchHosts());
    }

    @Override
    public void stop() {
        // Shared by every test class of the build: see BuildInfrastructure.
    }
}
