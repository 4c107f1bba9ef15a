package dev.sayline.enrich.speakers.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sayline.enrich.messaging.CompactedTopicFollower;
import dev.sayline.enrich.speakers.SpeakersConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Shares the aliases the speaker registry learns through the compacted {@code speaker-aliases}
 * topic (key = alias, value = {@code {"canonical": …}}), so every instance, and every restart,
 * resolves "Kvitko" to the "Olena Kvitko" one document spelt out.
 *
 * <p>An alias new to this instance is written at once (acks=all, not awaited: learning is a
 * by-product of enriching and must not slow it). Every instance reads the whole topic from the
 * start, without a consumer group, and adopts each record in topic order; documents wait for
 * that first read (up to {@code enrich.speakers.aliases-ready-timeout}). Two instances that learn
 * different meanings for one alias at once both write; the later record wins everywhere, also
 * after compaction. Plain Kafka clients, like {@code TagRulesTopic}, because a SmallRye channel
 * offers no read-from-the-start-then-ready.
 */
@ApplicationScoped
public class LearntAliasesTopic {

    private static final Logger LOG = Logger.getLogger(LearntAliasesTopic.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final SpeakerRegistry registry;
    private final SpeakersConfig config;
    private final ObjectMapper json;
    private final String bootstrapServers;

    private CompactedTopicFollower follower;
    private KafkaProducer<String, String> producer;

    public LearntAliasesTopic(SpeakerRegistry registry, SpeakersConfig config, ObjectMapper json,
                              @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.registry = registry;
        this.config = config;
        this.json = json;
        this.bootstrapServers = bootstrapServers;
    }

    void start(@Observes StartupEvent event) {
        if (!config.aliasesTopicEnabled() || !config.learnAliases()) {
            LOG.info("speaker-aliases topic disabled: learnt aliases stay in this instance's memory");
            return;
        }
        registry.onLearnt(this::publish);
        follower = new CompactedTopicFollower(bootstrapServers, config.aliasesTopic(), "enrich-speaker-aliases", this::consume);
        follower.start();
    }

    void stop(@Observes ShutdownEvent event) {
        if (follower != null) {
            follower.stop();
        }
        synchronized (this) {
            if (producer != null) {
                producer.close(Duration.ofSeconds(5));
            }
        }
    }

    private void publish(String alias, String canonical) {
        String value;
        try {
            value = json.writeValueAsString(Map.of("canonical", canonical));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        producer().send(new ProducerRecord<>(config.aliasesTopic(), alias, value), (meta, error) -> {
            if (error != null) {
                // Still known here; another instance learns it again from its next document.
                LOG.warnf("could not share the learnt alias %s: %s", alias, error.getMessage());
            }
        });
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = CompactedTopicFollower.producer(bootstrapServers, "enrich-speaker-aliases-writer");
        }
        return producer;
    }

    /** Adopts the topic up to its end, opens the registry to documents, then adopts what comes. */
    private void consume(KafkaConsumer<String, String> c, TopicPartition partition) {
        long end = c.endOffsets(List.of(partition)).get(partition);
        int adopted = 0;
        while (c.position(partition) < end) {
            for (ConsumerRecord<String, String> r : c.poll(POLL)) {
                adopted += adopt(r) ? 1 : 0;
            }
        }
        registry.sharedAliasesLoaded();
        LOG.infof("speaker aliases loaded from %s: %d records", config.aliasesTopic(), adopted);
        while (follower.running()) {
            for (ConsumerRecord<String, String> r : c.poll(POLL)) {
                adopt(r);
            }
        }
    }

    private boolean adopt(ConsumerRecord<String, String> r) {
        if (r.key() == null || r.value() == null) {
            return false;
        }
        try {
            JsonNode canonical = json.readTree(r.value()).path("canonical");
            if (!canonical.isTextual()) {
                LOG.warnf("ignoring speaker alias record %s at offset %d: no canonical name", r.key(), r.offset());
                return false;
            }
            registry.adopt(r.key(), canonical.asText());
            return true;
        } catch (JsonProcessingException e) {
            LOG.warnf("ignoring unreadable speaker alias record %s at offset %d: %s", r.key(), r.offset(),
                    e.getOriginalMessage());
            return false;
        }
    }
}
