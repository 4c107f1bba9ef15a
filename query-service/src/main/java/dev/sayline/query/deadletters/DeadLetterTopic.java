package dev.sayline.query.deadletters;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * Reads a dead-letter topic with assign and seek, up to the end offsets of the moment of the
 * call. Looking uses no consumer group, so it moves nobody's offsets; replaying all letters
 * commits its progress under a group of its own, so each letter is replayed once.
 */
final class DeadLetterTopic {

    private static final Duration POLL = Duration.ofMillis(200);

    /** Letters read for a replay, and how many are left after them. */
    record Batch(List<ConsumerRecord<String, String>> letters, long remaining) {
    }

    private final String bootstrapServers;

    DeadLetterTopic(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** The newest {@code n} letters of every partition, newest first. */
    List<ConsumerRecord<String, String>> newest(String topic, int n, Duration timeout) throws DeadLetterReadTimeout {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties(null))) {
            List<TopicPartition> partitions = assignAll(consumer, topic, timeout);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions, timeout);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            partitions.forEach(tp -> consumer.seek(tp, Math.max(begin.get(tp), end.get(tp) - n)));
            List<ConsumerRecord<String, String>> out = readToEnd(consumer, topic, end, Long.MAX_VALUE, timeout);
            out.sort(Comparator.comparingLong(ConsumerRecord<String, String>::timestamp).reversed());
            return out;
        }
    }

    /** The letter at {@code partition}/{@code offset}, read directly. */
    Optional<ConsumerRecord<String, String>> at(String topic, int partition, long offset, Duration timeout) throws DeadLetterReadTimeout {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties(null))) {
            List<TopicPartition> all = assignAll(consumer, topic, timeout);
            TopicPartition tp = new TopicPartition(topic, partition);
            if (!all.contains(tp)) {
                return Optional.empty();
            }
            consumer.assign(List.of(tp));
            long begin = consumer.beginningOffsets(List.of(tp), timeout).get(tp);
            long end = consumer.endOffsets(List.of(tp), timeout).get(tp);
            if (offset < begin || offset >= end) {
                return Optional.empty();
            }
            consumer.seek(tp, offset);
            return readToEnd(consumer, topic, Map.of(tp, offset + 1), 1, timeout).stream()
                    .filter(r -> r.offset() == offset).findFirst();
        }
    }

    /**
     * Hands at most {@code max} letters not yet replayed by {@code group}, in partition and offset
     * order, to {@code send}, and commits them as replayed only once {@code send} returned.
     */
    Batch replayNext(String topic, String group, int max, Duration timeout,
                     Consumer<List<ConsumerRecord<String, String>>> send) throws DeadLetterReadTimeout {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties(group))) {
            List<TopicPartition> partitions = assignAll(consumer, topic, timeout);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions, timeout);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            Map<TopicPartition, OffsetAndMetadata> done = consumer.committed(new java.util.HashSet<>(partitions), timeout);
            for (TopicPartition tp : partitions) {
                OffsetAndMetadata d = done.get(tp);
                consumer.seek(tp, Math.max(begin.get(tp), d == null ? 0 : d.offset()));
            }
            List<ConsumerRecord<String, String>> letters = readToEnd(consumer, topic, end, max, timeout);
            letters.sort(Comparator.comparingInt(ConsumerRecord<String, String>::partition)
                    .thenComparingLong(ConsumerRecord::offset));
            send.accept(letters);
            Map<TopicPartition, OffsetAndMetadata> progress = new HashMap<>();
            for (ConsumerRecord<String, String> r : letters) {
                progress.put(new TopicPartition(r.topic(), r.partition()), new OffsetAndMetadata(r.offset() + 1));
            }
            if (!progress.isEmpty()) {
                consumer.commitSync(progress, timeout);
            }
            long remaining = 0;
            for (TopicPartition tp : partitions) {
                OffsetAndMetadata p = progress.get(tp);
                long next = p != null ? p.offset() : Math.max(begin.get(tp), done.get(tp) == null ? 0 : done.get(tp).offset());
                remaining += Math.max(0, end.get(tp) - next);
            }
            return new Batch(letters, remaining);
        }
    }

    private static List<TopicPartition> assignAll(KafkaConsumer<String, String> consumer, String topic, Duration timeout) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, timeout);
        List<TopicPartition> partitions = infos == null ? List.of()
                : infos.stream().map(i -> new TopicPartition(topic, i.partition())).toList();
        consumer.assign(partitions);
        return partitions;
    }

    /** Polls until every assigned partition reached {@code end}, or {@code max} letters were read. */
    private static List<ConsumerRecord<String, String>> readToEnd(KafkaConsumer<String, String> consumer, String topic,
                                                                  Map<TopicPartition, Long> end, long max,
                                                                  Duration timeout) throws DeadLetterReadTimeout {
        List<ConsumerRecord<String, String>> out = new ArrayList<>();
        Map<TopicPartition, Long> stopAt = new HashMap<>(end);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (out.size() < max && !stopAt.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue())) {
            if (System.nanoTime() > deadline) {
                throw new DeadLetterReadTimeout(topic);
            }
            for (ConsumerRecord<String, String> r : consumer.poll(POLL)) {
                Long stop = stopAt.get(new TopicPartition(r.topic(), r.partition()));
                if (stop != null && r.offset() < stop && out.size() < max) {
                    out.add(r);
                }
            }
        }
        // Letters polled past max are not returned; the next call starts after the last one returned.
        return out;
    }

    static DeadLetter toLetter(ConsumerRecord<String, String> r, int maxValueChars) {
        Headers h = r.headers();
        String value = r.value();
        boolean cut = value != null && value.length() > maxValueChars;
        return new DeadLetter(r.partition(), r.offset(), Instant.ofEpochMilli(r.timestamp()), r.key(),
                header(h, "dead-letter-reason"), header(h, "dead-letter-cause"), header(h, "dead-letter-topic"),
                asInt(header(h, "dead-letter-partition")), asLong(header(h, "dead-letter-offset")),
                cut ? value.substring(0, maxValueChars) : value, cut);
    }

    static String header(Headers headers, String name) {
        Header h = headers.lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static Integer asInt(String s) {
        try {
            return s == null ? null : Integer.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long asLong(String s) {
        try {
            return s == null ? null : Long.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Properties properties(String group) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "query-service-dead-letters");
        // Looking at a dead-letter topic that does not exist yet must not create it.
        p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        if (group != null) {
            p.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        }
        return p;
    }

    /** The topic could not be read to its end in time (a broker outage): answered with 503. */
    static final class DeadLetterReadTimeout extends Exception {
        DeadLetterReadTimeout(String topic) {
            super("could not read " + topic + " to its end in time; retry later");
        }
    }
}
