package dev.sayline.query.deadletters;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.sayline.kit.messaging.KafkaFailures;
import dev.sayline.kit.problem.Problem;
import dev.sayline.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * Lists the letters of a dead-letter topic and replays them to their source topic once the
 * cause is fixed, oldest first. Replaying all letters commits its progress under the group
 * {@code dead-letters.replay-group}, so a letter is replayed once by "replay all"; one letter
 * can be replayed again on purpose by its partition and offset. A replayed raw document is
 * enriched anew and, being the latest enrichment, replaces what the index holds for its id; so a
 * letter holding an older text than the index (received earlier) is left out and counted as
 * superseded, unless the replay is forced.
 */
@ApplicationScoped
public class DeadLetterService {

    private static final Logger LOG = Logger.getLogger(DeadLetterService.class);
    private static final String SUFFIX = ".dlq";
    /** Added to a replayed record: where it came from, for the logs and for a second look. */
    static final String REPLAYED_FROM = "sayline-replayed-from";

    /** A listing: the newest letters first. */
    public record Listing(String topic, String sourceTopic, int count, List<DeadLetter> letters) {
    }

    /**
     * What a replay did: letters sent, letters left out as older than the index (with their
     * addresses, to send one on purpose with {@code force=true}), letters the broker refuses as
     * too large (to send one alone once the limit is raised), and how many "replay all" has still
     * to read (absent when one letter was replayed).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Replay(String topic, String sourceTopic, int replayed, int superseded, List<LetterAddress> supersededLetters,
                         int tooLarge, List<LetterAddress> tooLargeLetters, Long remaining) {
    }

    /** The letters of one send that were not sent, and why. */
    private record Unsent(List<LetterAddress> superseded, List<LetterAddress> tooLarge) {
        int count() {
            return superseded.size() + tooLarge.size();
        }
    }

    /** Where a letter is: enough to replay it alone. */
    public record LetterAddress(int partition, long offset, String key) {
    }

    private final DeadLettersConfig config;
    private final DeadLetterTopic topics;
    private final SupersededLetters superseded;
    private final String bootstrapServers;

    public DeadLetterService(DeadLettersConfig config, SupersededLetters superseded,
                             @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.config = config;
        this.superseded = superseded;
        this.bootstrapServers = bootstrapServers;
        this.topics = new DeadLetterTopic(bootstrapServers);
    }

    public List<String> topics() {
        return config.topics();
    }

    public Listing list(String topic) {
        String source = sourceOf(topic);
        try {
            List<DeadLetter> letters = topics.newest(topic, config.maxListed(), config.readTimeout()).stream()
                    .limit(config.maxListed()).map(r -> DeadLetterTopic.toLetter(r, config.maxValueChars())).toList();
            return new Listing(topic, source, letters.size(), letters);
        } catch (DeadLetterTopic.DeadLetterReadTimeout | KafkaException e) {
            throw unavailable(e);
        }
    }

    /**
     * Replays one letter ({@code partition} and {@code offset}), or with both null the next letters
     * not yet replayed; {@code force} sends letters older than the indexed document too.
     */
    public Replay replay(String topic, Long partition, Long offset, boolean force) {
        String source = sourceOf(topic);
        if ((partition == null) != (offset == null)) {
            throw ProblemException.badRequest("give both partition and offset to replay one letter, or neither to replay all",
                    partition == null ? "partition" : "offset");
        }
        if (partition != null && partition > Integer.MAX_VALUE) {
            // Kafka numbers partitions with an int: a larger number must not wrap round to another one
            throw new ProblemException(Response.Status.NOT_FOUND, "no partition " + partition + " in " + topic,
                    "partition");
        }
        try {
            if (partition != null) {
                ConsumerRecord<String, String> letter = topics.at(topic, partition.intValue(), offset, config.readTimeout())
                        .orElseThrow(() -> new ProblemException(Response.Status.NOT_FOUND,
                                "no letter at partition " + partition + ", offset " + offset + " of " + topic, "offset"));
                Unsent unsent = sendCurrent(source, List.of(letter), force);
                if (!unsent.tooLarge().isEmpty()) {
                    throw tooLarge(letter);
                }
                LOG.infof("Replayed letter %d/%d of %s to %s: %s", partition, offset, topic, source,
                        unsent.count() == 0 ? "sent" : "superseded by the indexed document, not sent");
                return replay(topic, source, 1, unsent, null);
            }
            // A letter too large for the broker is passed over and reported, not retried: retrying cannot
            // help, and stopping there would hold back every letter behind it until the limit is raised.
            AtomicReference<Unsent> unsent = new AtomicReference<>(new Unsent(List.of(), List.of()));
            DeadLetterTopic.Batch batch = topics.replayNext(topic, config.replayGroup(), config.maxReplayed(),
                    config.readTimeout(), letters -> unsent.set(sendCurrent(source, letters, force)));
            Replay replay = replay(topic, source, batch.letters().size(), unsent.get(), batch.remaining());
            LOG.infof("Replayed %d letter(s) of %s to %s (%d superseded, %d too large); %d left", replay.replayed(),
                    topic, source, replay.superseded(), replay.tooLarge(), batch.remaining());
            return replay;
        } catch (DeadLetterTopic.DeadLetterReadTimeout | KafkaException e) {
            throw unavailable(e);
        }
    }

    private static Replay replay(String topic, String source, int read, Unsent unsent, Long remaining) {
        return new Replay(topic, source, read - unsent.count(), unsent.superseded().size(), unsent.superseded(),
                unsent.tooLarge().size(), unsent.tooLarge(), remaining);
    }

    private String sourceOf(String topic) {
        if (!config.topics().contains(topic) || !topic.endsWith(SUFFIX)) {
            throw new ProblemException(Response.Status.NOT_FOUND,
                    "no dead-letter topic '" + topic + "'; known: " + String.join(", ", config.topics()), "topic");
        }
        return topic.substring(0, topic.length() - SUFFIX.length());
    }

    /** Sends the letters the index does not hold a newer version of (all of them when forced); returns the others. */
    private Unsent sendCurrent(String source, List<ConsumerRecord<String, String>> letters, boolean force) {
        Set<ConsumerRecord<String, String>> older = Set.of();
        if (!force) {
            try {
                older = superseded.among(letters);
            } catch (IOException | ElasticsearchException e) {
                LOG.warnf("Dead letters: the index could not be asked which letters are superseded: %s", e.getMessage());
                throw new ProblemException(Response.Status.SERVICE_UNAVAILABLE,
                        "Elasticsearch did not answer which letters are older than the index; retry later, or force the replay", null);
            }
        }
        Set<ConsumerRecord<String, String>> skipped = older;
        List<ConsumerRecord<String, String>> current = letters.stream().filter(l -> !skipped.contains(l)).toList();
        List<ConsumerRecord<String, String>> tooLarge = current.isEmpty() ? List.of() : send(source, current);
        return new Unsent(addresses(letters.stream().filter(skipped::contains)), addresses(tooLarge.stream()));
    }

    private static List<LetterAddress> addresses(Stream<ConsumerRecord<String, String>> letters) {
        return letters.map(l -> new LetterAddress(l.partition(), l.offset(), l.key())).toList();
    }

    /**
     * Same key, value and headers (the dead-letter ones dropped), acknowledged by every replica.
     * Returns the letters refused as too large; any other failure is a 503.
     */
    private List<ConsumerRecord<String, String>> send(String source, List<ConsumerRecord<String, String>> letters) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProperties())) {
            List<Future<RecordMetadata>> acks = new ArrayList<>();
            for (ConsumerRecord<String, String> letter : letters) {
                RecordHeaders headers = new RecordHeaders();
                for (Header h : letter.headers()) {
                    if (!h.key().startsWith("dead-letter-")) {
                        headers.add(h);
                    }
                }
                headers.add(REPLAYED_FROM, (letter.topic() + "/" + letter.partition() + "/" + letter.offset()).getBytes(StandardCharsets.UTF_8));
                acks.add(producer.send(new ProducerRecord<>(source, null, letter.key(), letter.value(), headers)));
            }
            List<ConsumerRecord<String, String>> tooLarge = new ArrayList<>();
            for (int i = 0; i < acks.size(); i++) {
                try {
                    acks.get(i).get(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
                } catch (ExecutionException e) {
                    if (!KafkaFailures.recordTooLarge(e)) {
                        throw e;
                    }
                    tooLarge.add(letters.get(i));
                }
            }
            return tooLarge;
        } catch (ExecutionException | TimeoutException | KafkaException e) {
            throw unavailable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(e);
        }
    }

    /** Permanent: retrying cannot help until a limit is raised. */
    private static ProblemException tooLarge(ConsumerRecord<String, String> letter) {
        return new ProblemException(Problem.UNPROCESSABLE_CONTENT, "the letter at partition "
                + letter.partition() + ", offset " + letter.offset() + " of " + letter.topic() + " is larger than the"
                + " broker's message.max.bytes or dead-letters.max-record-bytes; raise the limit to replay it",
                "offset");
    }

    private static ProblemException unavailable(Exception e) {
        LOG.warnf("Dead letters: Kafka unavailable: %s", e.getMessage());
        return new ProblemException(Response.Status.SERVICE_UNAVAILABLE, "Kafka did not answer in time; retry later", null);
    }

    private Properties producerProperties() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(config.readTimeout().toMillis()));
        // Kafka requires delivery.timeout >= request.timeout + linger: both derived from the one setting.
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Long.toString(config.readTimeout().toMillis() / 2));
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Long.toString(config.readTimeout().toMillis()));
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "query-service-dead-letter-replay");
        // Letters are as large as the records they stand for: up to the pipeline's 8 MiB.
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(config.maxRecordBytes()));
        return p;
    }
}
