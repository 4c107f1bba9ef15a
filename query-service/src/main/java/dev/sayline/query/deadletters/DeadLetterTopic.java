package dev.sayline.query.deadletters;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
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
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * Reads a dead-letter topic without a consumer group (assign and seek), so looking never moves
 * anybody's offsets: from the chosen start up to the end offsets of the moment of the call.
 */
final class DeadLetterTopic {

    private static final Duration POLL = Duration.ofMillis(200);

    private final String bootstrapServers;

    DeadLetterTopic(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** The letters of {@code topic} that {@code wanted} accepts; {@code newest} per partition at most (0 = all). */
    List<ConsumerRecord<String, String>> read(String topic, int newest, Predicate<ConsumerRecord<String, String>> wanted,
                                              Duration timeout) throws DeadLetterReadTimeout {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties())) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, timeout);
            if (infos == null || infos.isEmpty()) {
                return List.of();
            }
            List<TopicPartition> partitions = infos.stream().map(i -> new TopicPartition(topic, i.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions, timeout);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            for (TopicPartition tp : partitions) {
                long from = newest > 0 ? Math.max(begin.get(tp), end.get(tp) - newest) : begin.get(tp);
                consumer.seek(tp, from);
            }
            List<ConsumerRecord<String, String>> out = new ArrayList<>();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!reachedEnd(consumer, partitions, end)) {
                if (System.nanoTime() > deadline) {
                    throw new DeadLetterReadTimeout(topic);
                }
                for (ConsumerRecord<String, String> r : consumer.poll(POLL)) {
                    if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition())) && wanted.test(r)) {
                        out.add(r);
                    }
                }
            }
            out.sort(Comparator.comparingLong(ConsumerRecord<String, String>::timestamp).reversed());
            return out;
        }
    }

    private static boolean reachedEnd(KafkaConsumer<?, ?> consumer, List<TopicPartition> partitions, Map<TopicPartition, Long> end) {
        return partitions.stream().allMatch(tp -> consumer.position(tp) >= end.get(tp));
    }

    static DeadLetter toLetter(ConsumerRecord<String, String> r) {
        Headers h = r.headers();
        return new DeadLetter(r.partition(), r.offset(), Instant.ofEpochMilli(r.timestamp()), r.key(),
                header(h, "dead-letter-reason"), header(h, "dead-letter-cause"), header(h, "dead-letter-topic"),
                asInt(header(h, "dead-letter-partition")), asLong(header(h, "dead-letter-offset")), r.value());
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

    private Properties properties() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "query-service-dead-letters");
        return p;
    }

    /** The topic could not be read to its end in time (a broker outage): answered with 503. */
    static final class DeadLetterReadTimeout extends Exception {
        DeadLetterReadTimeout(String topic) {
            super("could not read " + topic + " to its end in time; retry later");
        }
    }
}
