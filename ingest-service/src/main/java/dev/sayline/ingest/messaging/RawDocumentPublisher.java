package dev.sayline.ingest.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sayline.ingest.IngestConfig;
import dev.sayline.ingest.documents.RawDocumentEvent;
import dev.sayline.ingest.observability.IngestMetrics;
import dev.sayline.kit.messaging.KafkaFailures;
import dev.sayline.kit.tracing.TraceContext;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.nio.charset.StandardCharsets;

import java.util.List;
import java.util.UUID;

/**
 * Publishes validated documents to {@code documents.raw}, keyed by id. The returned Uni
 * completes only when the broker has acknowledged the record (acks=all, idempotent producer):
 * the HTTP layer answers 202 on that, never before.
 */
@ApplicationScoped
public class RawDocumentPublisher {

    private final MutinyEmitter<String> emitter;
    private final ObjectMapper json;
    private static final Logger LOG = Logger.getLogger(RawDocumentPublisher.class);

    private final IngestConfig config;
    private final IngestMetrics metrics;

    public RawDocumentPublisher(@Channel(Channels.DOCUMENTS_RAW) MutinyEmitter<String> emitter,
                                ObjectMapper json, IngestConfig config, IngestMetrics metrics) {
        this.emitter = emitter;
        this.json = json;
        this.config = config;
        this.metrics = metrics;
    }

    public Uni<Void> publish(RawDocumentEvent event) {
        // The trace starts here; the document id and trace id travel in headers to enrich and index.
        TraceContext trace = TraceContext.start();
        RecordHeaders headers = new RecordHeaders();
        headers.add(TraceContext.HEADER, trace.header());
        int textBytes = event.text().getBytes(StandardCharsets.UTF_8).length;
        long started = System.nanoTime();
        Message<String> message = Message.of(toJson(event))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(event.id()).withHeaders(headers).build())
                .addMetadata(OutgoingCloudEventMetadata.builder()
                        .withId(UUID.randomUUID().toString())
                        .withSubject(event.id())
                        .build());
        return emitter.sendMessage(message)
                .ifNoItem().after(config.publishTimeout())
                .failWith(() -> new BrokerUnavailableException("no acknowledgement from Kafka within " + config.publishTimeout()))
                .onFailure(f -> !(f instanceof BrokerUnavailableException))
                .transform(f -> KafkaFailures.recordTooLarge(f)
                        ? new DocumentTooLargeForBrokerException(
                                "the document's record is over the broker's size limit: " + f.getMessage())
                        : new BrokerUnavailableException("Kafka refused the document: " + f.getMessage()))
                .onItemOrFailure().invoke((ok, failure) -> {
                    metrics.published(System.nanoTime() - started, failure == null);
                    if (failure == null) {
                        metrics.accepted(textBytes);
                    }
                    MDC.put("documentId", event.id());
                    MDC.put("traceId", trace.traceId());
                    try {
                        if (failure == null) {
                            LOG.debugf("Published document %s (%d bytes)", event.id(), textBytes);
                        } else {
                            LOG.warnf("Publishing document %s failed: %s", event.id(), failure.getMessage());
                        }
                    } finally {
                        MDC.remove("documentId");
                        MDC.remove("traceId");
                    }
                });
    }

    /** Publishes all, a bounded number at a time; completes when every one is acknowledged. */
    public Uni<Void> publishAll(List<RawDocumentEvent> events) {
        return Multi.createFrom().iterable(events)
                .onItem().transformToUni(this::publish).merge(config.batchConcurrency())
                .collect().last()
                .replaceWithVoid();
    }

    private String toJson(RawDocumentEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a raw document", e);
        }
    }
}
