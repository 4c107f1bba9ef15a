package dev.sayline.kit.monitoring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * {@code sayline_kafka_consumer_lag{group,topic,partition}}: records of the topic not yet committed
 * by this service's consumer group, per partition, from the broker's view (end offset minus
 * committed offset). The Kafka client's own {@code records_lag} meters exist only while a
 * partition is being fetched and come and go, which makes them unfit for alerts. A service that
 * consumes turns it on with {@code monitoring.consumer-lag.group} and {@code .topic}.
 */
@Startup
@ApplicationScoped
public class ConsumerLagGauge {

    private static final Logger LOG = Logger.getLogger(ConsumerLagGauge.class);

    private final MeterRegistry registry;
    private final String bootstrapServers;
    private final String group;
    private final String topic;
    private final Duration interval;
    private final boolean enabled;
    private final Map<Integer, AtomicLong> lagByPartition = new ConcurrentHashMap<>();
    private ScheduledExecutorService timer;
    private Admin admin;

    public ConsumerLagGauge(MeterRegistry registry,
                            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                            @ConfigProperty(name = "monitoring.consumer-lag.group") Optional<String> group,
                            @ConfigProperty(name = "monitoring.consumer-lag.topic") Optional<String> topic,
                            @ConfigProperty(name = "monitoring.consumer-lag.interval", defaultValue = "10s") Duration interval,
                            @ConfigProperty(name = "monitoring.consumer-lag.enabled", defaultValue = "true") boolean enabled) {
        this.enabled = enabled && group.isPresent() && topic.isPresent();
        this.registry = registry;
        this.bootstrapServers = bootstrapServers;
        this.group = group.orElse(null);
        this.topic = topic.orElse(null);
        this.interval = interval;
    }

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "lag-monitor-" + group);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 8000);
        admin = Admin.create(props);
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "consumer-lag-check");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::check, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdownNow();
        }
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }

    private void check() {
        try {
            var partitions = admin.describeTopics(java.util.List.of(topic)).allTopicNames().get(8, TimeUnit.SECONDS)
                    .get(topic).partitions().stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(8, TimeUnit.SECONDS);
            var ends = admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                    .all().get(8, TimeUnit.SECONDS);
            for (TopicPartition p : partitions) {
                long end = ends.get(p).offset();
                OffsetAndMetadata c = committed.get(p);
                long lag = Math.max(0, end - (c == null ? 0 : c.offset()));
                lagByPartition.computeIfAbsent(p.partition(), this::register).set(lag);
            }
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException | RuntimeException e) {
            LOG.debugf("Consumer lag of %s not available yet: %s", group, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private AtomicLong register(int partition) {
        AtomicLong value = new AtomicLong();
        Gauge.builder("sayline.kafka.consumer.lag", value, AtomicLong::get)
                .description("Records of the topic not yet committed by the consumer group, per partition")
                .tags(Tags.of("group", group, "topic", topic, "partition", Integer.toString(partition)))
                .register(registry);
        return value;
    }
}
