package dev.sayline.enrich.messaging;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The compacted topics enrich-service keeps its shared state in ({@code tag-rules},
 * {@code speaker-aliases}): one partition each, so every instance reads one order of changes.
 */
public final class CompactedTopics {

    private static final Logger LOG = Logger.getLogger(CompactedTopics.class);

    private CompactedTopics() {
    }

    /**
     * Creates {@code topic} compacted with one partition, or warns if it exists with another
     * cleanup policy (deleted keys could then come back after retention).
     *
     * @throws IllegalStateException when the broker cannot be asked
     */
    public static void ensure(String bootstrapServers, String topic, String clientId) {
        Map<String, Object> conf = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG, clientId);
        try (Admin admin = Admin.create(conf)) {
            NewTopic compacted = new NewTopic(topic, Optional.of(1), Optional.empty())
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
            try {
                admin.createTopics(List.of(compacted)).all().get(30, TimeUnit.SECONDS);
                LOG.infof("created compacted topic %s", topic);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("cannot create " + topic + ": " + e.getCause().getMessage(), e);
                }
                ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
                Config existing = admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource);
                String policy = existing.get(TopicConfig.CLEANUP_POLICY_CONFIG).value();
                if (!policy.contains(TopicConfig.CLEANUP_POLICY_COMPACT)) {
                    LOG.warnf("topic %s exists with cleanup.policy=%s, not compact: deleted keys may come back after retention",
                            topic, policy);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking " + topic, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot check " + topic + ": " + e.getMessage(), e);
        }
    }
}
