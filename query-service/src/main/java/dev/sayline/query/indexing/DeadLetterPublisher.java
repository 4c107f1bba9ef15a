package dev.sayline.query.indexing;

import dev.sayline.kit.tracing.TraceContext;
import dev.sayline.query.messaging.Channels;
import dev.sayline.query.observability.IndexMetrics;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Sends records that can never be indexed to {@code documents.enriched.dlq}, with the same
 * headers SmallRye's dead-letter strategy writes ({@code dead-letter-reason},
 * {@code dead-letter-topic}, {@code dead-letter-partition}, {@code dead-letter-offset}), and
 * completes once the broker has them, so the batch is acknowledged only after.
 */
@ApplicationScoped
public class DeadLetterPublisher {

    /** One record that failed, and why. */
    public record DeadLetter(KafkaRecord<String, String> record, String reason) {
    }

    private static final Logger LOG = Logger.getLogger(DeadLetterPublisher.class);

    private final MutinyEmitter<String> emitter;
    private final IndexMetrics metrics;

    public DeadLetterPublisher(@Channel(Channels.DOCUMENTS_ENRICHED_DLQ) MutinyEmitter<String> emitter, IndexMetrics metrics) {
        this.emitter = emitter;
        this.metrics = metrics;
    }

    public Uni<Void> publish(List<DeadLetter> letters) {
        if (letters.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Multi.createFrom().iterable(letters)
                .onItem().transformToUniAndConcatenate(this::publish)
                .collect().last().replaceWithVoid();
    }

    private Uni<Void> publish(DeadLetter letter) {
        KafkaRecord<String, String> r = letter.record();
        metrics.deadLettered();
        Header traceparent = r.getHeaders().lastHeader(TraceContext.HEADER);
        MDC.put("documentId", String.valueOf(r.getKey()));
        MDC.put("traceId", TraceContext.continueFrom(traceparent == null ? null : traceparent.value()).traceId());
        try {
            LOG.warnf("Dead-lettering %s: %s", r.getKey(), letter.reason());
        } finally {
            MDC.remove("documentId");
            MDC.remove("traceId");
        }
        RecordHeaders headers = new RecordHeaders();
        if (traceparent != null) {
            headers.add(traceparent);
        }
        headers.add("dead-letter-reason", utf8(letter.reason()));
        headers.add("dead-letter-topic", utf8(r.getTopic()));
        headers.add("dead-letter-partition", utf8(Integer.toString(r.getPartition())));
        headers.add("dead-letter-offset", utf8(r.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(m -> Long.toString(m.getOffset())).orElse("")));
        Message<String> message = Message.of(r.getPayload())
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(r.getKey()).withHeaders(headers).build());
        return emitter.sendMessage(message);
    }

    private static byte[] utf8(String s) {
        return (s == null ? "" : s).getBytes(StandardCharsets.UTF_8);
    }
}
