package dev.sayline.enrich.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sayline.enrich.model.EnrichedDocument;
import dev.sayline.enrich.model.RawDocument;
import dev.sayline.enrich.pipeline.EnrichmentPipeline;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Outgoing;
import org.jboss.logging.Logger;

/**
 * Consumes {@code documents.raw}, enriches, publishes to {@code documents.enriched} under the
 * same key. The outgoing message carries the incoming one's acknowledgement, so the raw offset
 * is committed only once the broker has the enriched document: nothing is lost on a crash.
 * A record that cannot be read or enriched is nacked and goes to {@code documents.raw.dlq}.
 */
@ApplicationScoped
public class RawDocumentProcessor {

    private static final Logger LOG = Logger.getLogger(RawDocumentProcessor.class);

    private final EnrichmentPipeline pipeline;
    private final ObjectMapper json;

    public RawDocumentProcessor(EnrichmentPipeline pipeline, ObjectMapper json) {
        this.pipeline = pipeline;
        this.json = json;
    }

    @Incoming(Channels.DOCUMENTS_RAW)
    @Outgoing(Channels.DOCUMENTS_ENRICHED)
    @Blocking
    public Message<String> process(Message<String> record) throws JsonProcessingException {
        RawDocument raw = RawDocumentReader.read(json, record.getPayload(), keyOf(record));
        EnrichedDocument enriched = pipeline.enrich(raw);
        LOG.debugf("enriched %s: %d dates, %d quotes", raw.id(), enriched.dates().size(), enriched.quotes().size());
        return record.withPayload(json.writeValueAsString(enriched))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(enriched.id()).build());
    }

    private static String keyOf(Message<String> record) {
        return record.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(m -> m.getKey() == null ? null : m.getKey().toString())
                .orElse(null);
    }
}
