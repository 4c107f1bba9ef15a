package dev.sayline.enrich.tags;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sayline.enrich.messaging.RawDocumentReader;
import dev.sayline.enrich.model.EnrichedDocument;
import dev.sayline.enrich.model.RawDocument;
import dev.sayline.enrich.pipeline.EnrichmentPipeline;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Re-tagging after a rule change: replays {@code documents.raw} from the beginning up to its
 * end offsets at the time of the call, enriches every document again with the current rules,
 * and republishes it to {@code documents.enriched} under the same key. The query-service
 * indexes by document id, so the index catches up by overwriting, without duplicates.
 *
 * <p>The replay uses its own consumer with no group (assign + seekToBeginning), so it neither
 * disturbs nor depends on the live consumer group's offsets; documents that arrive meanwhile
 * are enriched by the live path with the new rules anyway. One job runs at a time.
 */
@ApplicationScoped
public class RetagService {

    private static final Logger LOG = Logger.getLogger(RetagService.class);
    private static final Duration POLL = Duration.ofMillis(500);
    /** How long a start waits for the broker to answer before it is a 503. */
    private static final Duration PREFLIGHT = Duration.ofSeconds(5);
    /** Jobs kept for the status endpoint. */
    private static final int KEEP_JOBS = 50;

    private final EnrichmentPipeline pipeline;
    private final TagRuleRegistry registry;
    private final ObjectMapper json;
    private final String bootstrapServers;
    private final String rawTopic;
    private final String enrichedTopic;
    private final boolean kafkaEnabled;
    private final int maxRecordBytes;
    private final Map<String, RetagJob> jobs = new ConcurrentHashMap<>();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "retag");
        t.setDaemon(true);
        return t;
    });
    private volatile RetagJob running;

    public RetagService(EnrichmentPipeline pipeline, TagRuleRegistry registry, ObjectMapper json,
                        @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                        @ConfigProperty(name = "mp.messaging.incoming.documents-raw.topic", defaultValue = "documents.raw") String rawTopic,
                        @ConfigProperty(name = "mp.messaging.outgoing.documents-enriched.topic", defaultValue = "documents.enriched") String enrichedTopic,
                        @ConfigProperty(name = "mp.messaging.incoming.documents-raw.enabled", defaultValue = "true")
                        boolean kafkaEnabled,
                        @ConfigProperty(name = "mp.messaging.outgoing.documents-enriched.max.request.size",
                                defaultValue = "1048576") int maxRecordBytes) {
        this.pipeline = pipeline;
        this.registry = registry;
        this.json = json;
        this.bootstrapServers = bootstrapServers;
        this.rawTopic = rawTopic;
        this.enrichedTopic = enrichedTopic;
        this.kafkaEnabled = kafkaEnabled;
        this.maxRecordBytes = maxRecordBytes;
    }

    public boolean available() {
        return kafkaEnabled;
    }

    /**
     * Whether the broker describes {@code documents.raw} within {@link #PREFLIGHT}: a job started
     * without one would be accepted (202) and then fail.
     */
    public boolean brokerReachable() {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.partitionsFor(rawTopic, PREFLIGHT);
            return true;
        } catch (KafkaException e) {
            LOG.warnf("retag: the broker did not answer: %s", e.getMessage());
            return false;
        }
    }

    /** Starts a job, or returns the one already running. */
    public synchronized RetagJob start() {
        if (running != null && running.state() == RetagJob.State.RUNNING) {
            return running;
        }
        RetagJob job = new RetagJob(UUID.randomUUID().toString());
        if (jobs.size() >= KEEP_JOBS) {
            jobs.values().stream().filter(j -> j.state() != RetagJob.State.RUNNING).findFirst()
                    .ifPresent(old -> jobs.remove(old.id()));
        }
        jobs.put(job.id(), job);
        running = job;
        runner.submit(() -> run(job));
        return job;
    }

    public Optional<RetagJob> job(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    void stop(@Observes ShutdownEvent event) {
        runner.shutdownNow();
    }

    private void run(RetagJob job) {
        try {
            replay(job);
            job.finish();
            LOG.infof("retag %s done: %s", job.id(), job.status());
        } catch (RuntimeException e) {
            LOG.errorf(e, "retag %s failed", job.id());
            job.fail(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            job.fail("interrupted");
        }
    }

    private void replay(RetagJob job) throws InterruptedException {
        job.rulesVersion(registry.version());
        try (KafkaConsumer<String, String> consumer = consumer(); KafkaProducer<String, String> producer = producer()) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo p : consumer.partitionsFor(rawTopic, Duration.ofSeconds(30))) {
                partitions.add(new TopicPartition(p.topic(), p.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            job.total(partitions.stream().mapToLong(tp -> end.get(tp) - begin.get(tp)).sum());
            List<Future<?>> sends = new ArrayList<>();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                for (ConsumerRecord<String, String> r : consumer.poll(POLL)) {
                    if (r.offset() >= end.get(new TopicPartition(r.topic(), r.partition()))) {
                        continue; // arrived after the call: the live consumer handles it
                    }
                    job.read();
                    Optional<ProducerRecord<String, String>> out = reenrich(r, job);
                    out.ifPresent(record -> sends.add(producer.send(record, (meta, error) -> {
                        if (error == null) {
                            job.published();
                        } else {
                            job.failed();
                            LOG.warnf("retag: cannot publish %s: %s", record.key(), error.getMessage());
                        }
                    })));
                }
            }
            producer.flush();
            for (Future<?> f : sends) {
                try {
                    f.get(30, TimeUnit.SECONDS);
                } catch (Exception ignored) {
                    // Counted as failed by the callback.
                }
            }
        }
    }

    private Optional<ProducerRecord<String, String>> reenrich(ConsumerRecord<String, String> r, RetagJob job) {
        RawDocument raw;
        try {
            raw = RawDocumentReader.read(json, r.value(), r.key());
        } catch (Exception e) {
            // The live path dead-lettered this record already; count it and go on.
            job.skipped();
            LOG.debugf("retag: skipping unreadable %s-%d@%d: %s", r.topic(), r.partition(), r.offset(), e.getMessage());
            return Optional.empty();
        }
        try {
            EnrichedDocument enriched = pipeline.enrich(raw);
            ProducerRecord<String, String> out = new ProducerRecord<>(enrichedTopic, enriched.id(), json.writeValueAsString(enriched));
            // Same CloudEvents binary-mode headers as the live channel.
            header(out, "ce_specversion", "1.0");
            header(out, "ce_id", UUID.randomUUID().toString());
            header(out, "ce_type", "dev.sayline.document.enriched");
            header(out, "ce_source", "urn:sayline:enrich-service");
            header(out, "ce_time", Instant.now().toString());
            header(out, "ce_subject", "retag");
            return Optional.of(out);
        } catch (Exception e) {
            job.failed();
            LOG.warnf(e, "retag: cannot re-enrich %s", raw.id());
            return Optional.empty();
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }

    private KafkaConsumer<String, String> consumer() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "enrich-retag");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "200");
        return new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
    }

    private KafkaProducer<String, String> producer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "enrich-retag");
        // It stands in for the documents-enriched channel: the same record size limit.
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(maxRecordBytes));
        return new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }
}
