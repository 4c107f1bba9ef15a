package dev.sayline.enrich.messaging;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Follows one of the compacted topics enrich-service keeps shared state in ({@code tag-rules},
 * {@code speaker-aliases}) on its own thread for as long as the service runs: creates the topic
 * compacted with one partition (one order of changes), then hands a consumer placed at its
 * beginning to the owner's {@link Reading}, which reads it to its end and follows it. No
 * consumer group: every instance reads the whole topic itself. A failure is logged and the
 * topic read again from the start after 5 s.
 */
public final class CompactedTopicFollower {

    /** What the owner does with the topic, from its first record on, until the follower stops. */
    @FunctionalInterface
    public interface Reading {
        void read(KafkaConsumer<String, String> consumer, TopicPartition partition);
    }

    private static final Logger LOG = Logger.getLogger(CompactedTopicFollower.class);
    private static final long RETRY_MILLIS = 5_000;

    private final String bootstrapServers;
    private final String topic;
    private final String clientId;
    private final Reading reading;

    private volatile boolean running;
    private volatile KafkaConsumer<String, String> consumer;
    private Thread thread;

    /** @param clientId prefix of the Kafka client ids ({@code -reader}, {@code -admin}) */
    public CompactedTopicFollower(String bootstrapServers, String topic, String clientId, Reading reading) {
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
        this.clientId = clientId;
        this.reading = reading;
    }

    /** A producer for the owner's own writes: acks=all and idempotent, string keys and values. */
    public static KafkaProducer<String, String> producer(String bootstrapServers, String clientId) {
        return producer(bootstrapServers, clientId, Duration.ofSeconds(60));
    }

    /** The same, waiting at most {@code maxBlock} in {@code send} for the broker's metadata (Kafka's default is 60 s). */
    public static KafkaProducer<String, String> producer(String bootstrapServers, String clientId, Duration maxBlock) {
        Properties p = new Properties();
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(maxBlock.toMillis()));
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        return new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }

    public synchronized void start() {
        running = true;
        thread = new Thread(this::run, topic + "-reader");
        thread.setDaemon(true);
        thread.start();
    }

    /** Whether the owner's {@link Reading} should go on polling. */
    public boolean running() {
        return running;
    }

    public synchronized void stop() {
        running = false;
        KafkaConsumer<String, String> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        if (thread != null) {
            thread.interrupt();  // out of the retry pause or a slow admin call
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        while (running) {
            try {
                ensureCompacted();
                readFromTheStart();
            } catch (WakeupException | org.apache.kafka.common.errors.InterruptException e) {
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.errorf(e, "reading %s failed; reading it again in %d s", topic, RETRY_MILLIS / 1000);
                try {
                    Thread.sleep(RETRY_MILLIS);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void readFromTheStart() {
        TopicPartition partition = new TopicPartition(topic, 0);
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId + "-reader");
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            consumer = c;
            if (!running) {
                return;  // stopped while this consumer was made: nothing woke it
            }
            c.assign(List.of(partition));
            c.seekToBeginning(List.of(partition));
            reading.read(c, partition);
        } finally {
            consumer = null;
        }
    }

    /**
     * Creates the topic compacted, or checks the one that exists: it must have one partition
     * (the owner reads partition 0 only; one auto-created by a write would have the broker's
     * default count), and a policy other than compact is warned about (deleted keys could come back).
     */
    private void ensureCompacted() {
        Map<String, Object> conf = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG, clientId + "-admin");
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
                int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS)
                        .get(topic).partitions().size();
                if (partitions != 1) {
                    throw new IllegalStateException("topic " + topic + " has " + partitions + " partitions; it must have"
                            + " one: delete it (the service creates it again) or move its records to a one-partition topic");
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
