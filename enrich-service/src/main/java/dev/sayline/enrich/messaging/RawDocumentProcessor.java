package dev.sayline.enrich.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sayline.enrich.model.EnrichedDocument;
import dev.sayline.enrich.model.RawDocument;
import dev.sayline.enrich.observability.DeadLetterMetrics;
import dev.sayline.enrich.pipeline.EnrichmentPipeline;
import dev.sayline.kit.tracing.TraceContext;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.time.Duration;
import java.util.concurrent.CompletionStage;

/**
 * Consumes {@code documents.raw}, enriches, and publishes to {@code documents.enriched} under
 * the same key. A raw record is acknowledged only once the broker has its enriched document,
 * so nothing is lost on a crash; one that cannot be read (or fails outside the enrichers, whose
 * own failures only degrade it) is nacked, which sends it to {@code documents.raw.dlq} with the
 * reason (the channel's failure strategy).
 */
@ApplicationScoped
public class RawDocumentProcessor {

    private static final Logger LOG = Logger.getLogger(RawDocumentProcessor.class);

    private final EnrichmentPipeline pipeline;
    private final EnrichedDocumentPublisher publisher;
    private final ObjectMapper json;
    private final DeadLetterMetrics deadLetters;

    public RawDocumentProcessor(EnrichmentPipeline pipeline, EnrichedDocumentPublisher publisher, ObjectMapper json,
                                DeadLetterMetrics deadLetters) {
        this.pipeline = pipeline;
        this.publisher = publisher;
        this.json = json;
        this.deadLetters = deadLetters;
    }

    @Incoming(Channels.DOCUMENTS_RAW)
    @Blocking
    public CompletionStage<Void> process(Message<String> record) {
        // The trace continues from ingest's traceparent header; documentId and traceId go into every log line.
        TraceContext trace = TraceContext.continueFrom(header(record, TraceContext.HEADER));
        MDC.put("documentId", String.valueOf(keyOf(record)));
        MDC.put("traceId", trace.traceId());
        try {
            EnrichedDocument enriched;
            try {
                RawDocument raw = RawDocumentReader.read(json, record.getPayload(), keyOf(record));
                enriched = pipeline.enrich(raw);
            } catch (JsonProcessingException | RuntimeException | StackOverflowError e) {
                LOG.warnf("Dead-lettering raw record %s: %s", keyOf(record), e.getMessage());
                deadLetters.rawDeadLettered();
                return deadLetter(record, e);
            }
            LOG.debugf("Enriched document %s", enriched.id());
            RecordHeaders headers = new RecordHeaders();
            headers.add(TraceContext.HEADER, trace.header());
            return publisher.publish(enriched, headers)
                    .onItemOrFailure().transformToUni((done, failure) -> {
                        if (failure == null) {
                            return Uni.createFrom().completionStage(record.ack());
                        }
                        // Only a permanent failure gets here (the publisher retries the rest).
                        LOG.warnf("Dead-lettering raw record %s: its enriched document cannot be published: %s",
                                keyOf(record), failure.getMessage());
                        deadLetters.rawDeadLettered();
                        return Uni.createFrom().completionStage(deadLetter(record, failure));
                    })
                    .subscribeAsCompletionStage();
        } finally {
            MDC.remove("documentId");
            MDC.remove("traceId");
        }
    }

    /**
     * Nacks the record, which sends it to the dead-letter topic; retried while the broker does not
     * take it, since a failed nack would end the stream and stop enrichment until a restart.
     */
    private static CompletionStage<Void> deadLetter(Message<String> record, Throwable reason) {
        return Uni.createFrom().completionStage(() -> record.nack(reason))
                .onFailure().invoke(f -> LOG.warnf("Dead-lettering %s failed, retrying: %s", keyOf(record),
                        f.getMessage()))
                .onFailure().retry().withBackOff(Duration.ofSeconds(1), Duration.ofSeconds(30)).indefinitely()
                .subscribeAsCompletionStage();
    }

    private static byte[] header(Message<String> record, String name) {
        return record.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(m -> m.getHeaders().lastHeader(name))
                .map(Header::value)
                .orElse(null);
    }

    private static String keyOf(Message<String> record) {
        return record.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(m -> m.getKey() == null ? null : m.getKey().toString())
                .orElse(null);
    }
}
