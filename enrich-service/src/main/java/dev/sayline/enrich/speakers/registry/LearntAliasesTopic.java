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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Shares the aliases the speaker registry learns through the compacted {@code speaker-aliases}
 * topic (key = alias, value = {@code {"canonical": …}}), so every instance, and every restart,
 * resolves "Kvitko" to the "Olena Kvitko" one document spelt out.
 *
 * <p>An alias new to this instance is handed to a writer thread (learning is a by-product of
 * enriching and must never block or fail it) and written to partition 0 with acks=all; one the
 * broker refuses is forgotten here, so a later document teaches and shares it again. Aliases
 * learnt before the topic is known to exist wait for it (writing earlier could let the broker
 * auto-create the topic with the wrong partitions and policy). Every instance reads the whole
 * topic from the start, without a consumer group, and adopts each record in topic order (a
 * tombstone forgets the alias); documents wait for that first read once, up to
 * {@code enrich.speakers.aliases-ready-timeout}. Two instances that learn different meanings for
 * one alias at once both write; the later record is what every instance ends with while all of
 * them hold fewer than {@link SpeakerRegistry#MAX_LEARNT} aliases, and what compaction keeps.
 * Plain Kafka clients, like {@code TagRulesTopic}, because a SmallRye channel offers no
 * read-from-the-start-then-ready.
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
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "speaker-aliases-writer");
        t.setDaemon(true);
        return t;
    });
    /** Learnt and not yet handed to the writer (all of them until the topic is known to exist). */
    private final Map<String, String> waiting = new ConcurrentHashMap<>();
    private volatile boolean topicReady;

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
        registry.onLearnt(this::announce);
        follower = new CompactedTopicFollower(bootstrapServers, config.aliasesTopic(), "enrich-speaker-aliases", this::consume);
        follower.start();
    }

    void stop(@Observes ShutdownEvent event) {
        registry.onLearnt((alias, canonical) -> { });
        if (follower != null) {
            follower.stop();
        }
        writer.shutdown();
        try {
            writer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (producer != null) {
                producer.close(Duration.ofSeconds(5));
            }
        }
    }

    /** On the enriching thread: queues the alias for the writer and returns at once. */
    private void announce(String alias, String canonical) {
        waiting.put(alias, canonical);
        if (topicReady) {
            writeWaiting();
        }
    }

    /** Hands every waiting alias to the writer once (removal decides who sends it, so none is lost or sent twice). */
    private void writeWaiting() {
        for (String alias : List.copyOf(waiting.keySet())) {
            String canonical = waiting.remove(alias);
            if (canonical == null) {
                continue;
            }
            try {
                writer.execute(() -> write(alias, canonical));
            } catch (RejectedExecutionException e) {
                registry.forget(alias, canonical);  // shutting down: a later run learns it again
            }
        }
    }

    private void write(String alias, String canonical) {
        try {
            String value = json.writeValueAsString(Map.of("canonical", canonical));
            producer().send(new ProducerRecord<>(config.aliasesTopic(), 0, alias, value), (meta, error) -> {
                if (error != null) {
                    refused(alias, canonical, error);
                }
            });
        } catch (JsonProcessingException | RuntimeException e) {
            refused(alias, canonical, e);
        }
    }

    private void refused(String alias, String canonical, Exception error) {
        LOG.warnf("could not share the learnt alias %s (forgotten here until a document teaches it again): %s",
                alias, error.getMessage());
        registry.forget(alias, canonical);
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = CompactedTopicFollower.producer(bootstrapServers, "enrich-speaker-aliases-writer");
        }
        return producer;
    }

    /** Adopts the topic up to its end, opens the registry to documents, then adopts what comes. */
    private void consume(KafkaConsumer<String, String> c, TopicPartition partition) {
        topicReady = true;  // the follower has made sure it exists, compacted, with one partition
        writeWaiting();
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
        if (r.key() == null) {
            return false;
        }
        if (r.value() == null) {
            registry.forgetAlias(r.key());  // a tombstone: an operator deleted a wrong alias
            return true;
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
