package dev.sayline.enrich.tags;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sayline.enrich.messaging.CompactedTopicFollower;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Distributes topic rules through the compacted {@code tag-rules} topic (key = rule name,
 * value = rule JSON with its version, null = deleted). Every instance, the writer included,
 * applies rules only from the topic, so all instances converge on the same rule set.
 *
 * <p>At start-up: the topic is created compacted with one partition (one partition = one
 * order of changes), read from the beginning to its end, and seeded with the shipped taxonomy
 * if it is empty; only then is the registry marked ready (documents wait for it). After that a
 * reader thread applies changes as they come. A change made here is acknowledged by the broker
 * and then read back by this instance before the caller is answered.
 *
 * <p>Plain Kafka clients rather than a SmallRye channel, because a channel offers neither the
 * catch-up-then-ready start nor read-your-write (see {@code Channels.TAG_RULES}).
 */
@ApplicationScoped
public class TagRulesTopic {

    private static final Logger LOG = Logger.getLogger(TagRulesTopic.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final TagRuleRegistry registry;
    private final TagsConfig config;
    private final ObjectMapper json;
    private final String bootstrapServers;

    private final Object appliedLock = new Object();
    /** Offset of the next record to apply (= last applied + 1). */
    private long nextOffset;
    private CompactedTopicFollower follower;
    private KafkaProducer<String, String> producer;

    public TagRulesTopic(TagRuleRegistry registry, TagsConfig config, ObjectMapper json,
                         @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.registry = registry;
        this.config = config;
        this.json = json;
        this.bootstrapServers = bootstrapServers;
    }

    public boolean enabled() {
        return config.rulesTopicEnabled();
    }

    void start(@Observes StartupEvent event) {
        if (!enabled()) {
            LOG.info("tag-rules topic disabled: applying the shipped taxonomy, rule changes stay local");
            return;
        }
        follower = new CompactedTopicFollower(bootstrapServers, config.rulesTopic(), "enrich-tag-rules", this::consume);
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

    /** Writes a rule (already versioned and validated) and waits until this instance applied it. */
    public void publish(TopicRule rule) {
        try {
            send(rule.name(), json.writeValueAsString(rule));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise rule " + rule.name(), e);
        }
    }

    /** Writes a tombstone for the rule and waits until this instance applied it. */
    public void delete(String name) {
        send(name, null);
    }

    private void send(String name, String value) {
        Duration timeout = config.ruleChangeTimeout();
        try {
            RecordMetadata ack = producer().send(new ProducerRecord<>(config.rulesTopic(), 0, name, value))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            awaitApplied(ack.offset(), timeout);
        } catch (ExecutionException e) {
            throw new RuleDistributionException("the broker did not accept the rule change: " + e.getCause().getMessage(), e);
        } catch (TimeoutException e) {
            throw new RuleDistributionException("no broker acknowledgement within " + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuleDistributionException("interrupted while waiting for the broker", e);
        }
    }

    private void awaitApplied(long offset, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (appliedLock) {
            while (nextOffset <= offset) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    throw new RuleDistributionException("the broker accepted the change (offset " + offset
                            + ") but this instance has not applied it within " + timeout, null);
                }
                appliedLock.wait(left);
            }
        }
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            // a rule change is answered within ruleChangeTimeout, so send may not block longer
            producer = CompactedTopicFollower.producer(bootstrapServers, "enrich-tag-rules-writer", config.ruleChangeTimeout());
        }
        return producer;
    }

    // ---- reader ----

    /** Reads the topic to its end (seeding it if empty), marks the rules ready, then applies changes. */
    private void consume(KafkaConsumer<String, String> c, TopicPartition partition) {
        Map<String, TopicRule> rules = new LinkedHashMap<>();
        long end = c.endOffsets(List.of(partition)).get(partition);
        catchUp(c, partition, end, rules);
        if (rules.isEmpty() && config.seedDefaultTaxonomy() && !registry.isReady()) {
            end = seed();
            catchUp(c, partition, end, rules);
        }
        registry.replaceAll(rules.values());
        markApplied(c.position(partition));
        registry.markReady();
        LOG.infof("tag rules loaded from %s: %d rules, version %s", config.rulesTopic(), rules.size(), registry.version());
        while (follower.running()) {
            for (ConsumerRecord<String, String> r : c.poll(POLL)) {
                apply(r);
                markApplied(r.offset() + 1);
            }
        }
    }

    private void catchUp(KafkaConsumer<String, String> c, TopicPartition partition, long end, Map<String, TopicRule> rules) {
        while (c.position(partition) < end) {
            for (ConsumerRecord<String, String> r : c.poll(POLL)) {
                if (r.value() == null) {
                    rules.remove(r.key());
                } else {
                    parse(r).ifPresent(rule -> rules.put(rule.name(), rule));
                }
            }
        }
    }

    private void apply(ConsumerRecord<String, String> r) {
        if (r.value() == null) {
            registry.remove(r.key());
            LOG.infof("tag rule %s deleted; rule set %s", r.key(), registry.version());
            return;
        }
        parse(r).ifPresent(rule -> {
            try {
                registry.put(rule);
                LOG.infof("tag rule %s v%d applied; rule set %s", rule.name(), rule.version(), registry.version());
            } catch (InvalidRuleException e) {
                LOG.warnf("ignoring invalid tag rule %s at offset %d: %s", r.key(), r.offset(), e.getMessage());
            }
        });
    }

    /**
     * Unreadable records are skipped, never thrown: the reader would otherwise start over from the
     * beginning, meet the same record and never get past it.
     */
    private Optional<TopicRule> parse(ConsumerRecord<String, String> r) {
        try {
            TopicRule rule = json.readValue(r.value(), TopicRule.class);
            if (rule == null) {  // the text "null", which is not a tombstone
                LOG.warnf("ignoring tag rule record %s at offset %d: its value is JSON null", r.key(), r.offset());
                return Optional.empty();
            }
            // The key is the name: a value naming another rule cannot shadow it.
            return Optional.of(rule.withName(r.key()));
        } catch (JsonProcessingException e) {
            LOG.warnf("ignoring unreadable tag rule record %s at offset %d: %s", r.key(), r.offset(), e.getOriginalMessage());
            return Optional.empty();
        }
    }

    /** Writes the shipped taxonomy; returns the end offset after it. */
    private long seed() {
        List<TopicRule> defaults = DefaultTaxonomy.rules();
        LOG.infof("%s is empty: seeding the %d rules of the shipped taxonomy", config.rulesTopic(), defaults.size());
        long last = -1;
        for (TopicRule rule : defaults) {
            try {
                last = producer().send(new ProducerRecord<>(config.rulesTopic(), 0, rule.name(), json.writeValueAsString(rule)))
                        .get(config.ruleChangeTimeout().toMillis(), TimeUnit.MILLISECONDS).offset();
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            } catch (ExecutionException | TimeoutException e) {
                throw new RuleDistributionException("cannot seed " + config.rulesTopic(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RuleDistributionException("interrupted while seeding", e);
            }
        }
        return last + 1;
    }

    private void markApplied(long next) {
        synchronized (appliedLock) {
            nextOffset = next;
            appliedLock.notifyAll();
        }
    }
}
