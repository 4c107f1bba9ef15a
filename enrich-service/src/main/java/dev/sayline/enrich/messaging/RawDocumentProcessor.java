package dev.sayline.enrich.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sayline.enrich.model.EnrichedDocument;
import dev.sayline.enrich.model.RawDocument;
import dev.sayline.enrich.pipeline.EnrichmentPipeline;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.util.concurrent.CompletionStage;

/**
 * Consumes {@code documents.raw}, enriches, and publishes to {@code documents.enriched} under
 * the same key. A raw record is acknowledged only once the broker has its enriched document,
 * so nothing is lost on a crash; one that cannot be read or enriched is nacked, which sends it
 * to {@code documents.raw.dlq} with the reason (the channel's failure strategy).
 */
@ApplicationScoped
public class RawDocumentProcessor {

    private static final Logger LOG = Logger.getLogger(RawDocumentProcessor.class);

    private final EnrichmentPipeline pipeline;
    private final EnrichedDocumentPublisher publisher;
    private final ObjectMapper json;

    public RawDocumentProcessor(EnrichmentPipeline pipeline, EnrichedDocumentPublisher publisher, ObjectMapper json) {
        this.pipeline = pipeline;
        this.publisher = publisher;
        this.json = json;
    }

    @Incoming(Channels.DOCUMENTS_RAW)
    @Blocking
    public CompletionStage<Void> process(Message<String> record) {
        EnrichedDocument enriched;
        try {
            RawDocument raw = RawDocumentReader.read(json, record.getPayload(), keyOf(record));
            enriched = pipeline.enrich(raw);
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.warnf("Dead-lettering raw record %s: %s", keyOf(record), e.getMessage());
            return record.nack(e);
        }
        return publisher.publish(enriched)
                .subscribeAsCompletionStage()
                .thenCompose(done -> record.ack());
    }

    private static String keyOf(Message<String> record) {
        return record.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(m -> m.getKey() == null ? null : m.getKey().toString())
                .orElse(null);
    }
}
