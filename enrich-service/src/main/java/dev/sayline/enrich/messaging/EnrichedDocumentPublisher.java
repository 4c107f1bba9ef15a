package dev.sayline.enrich.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sayline.enrich.model.EnrichedDocument;
import dev.sayline.kit.messaging.KafkaFailures;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.UUID;

/**
 * Publishes enriched documents to {@code documents.enriched}, keyed by id. The Uni completes
 * when the broker acknowledged; while the broker is unavailable it keeps retrying rather than
 * giving up on a document whose raw record is still unacknowledged. A record the broker can never
 * take (over its size limit) fails at once instead: retrying it forever would hold up every
 * document behind it.
 */
@ApplicationScoped
public class EnrichedDocumentPublisher {

    private static final Logger LOG = Logger.getLogger(EnrichedDocumentPublisher.class);

    private final MutinyEmitter<String> emitter;
    private final ObjectMapper json;

    public EnrichedDocumentPublisher(@Channel(Channels.DOCUMENTS_ENRICHED) MutinyEmitter<String> emitter, ObjectMapper json) {
        this.emitter = emitter;
        this.json = json;
    }

    public Uni<Void> publish(EnrichedDocument document) {
        return publish(document, null);
    }

    /** @param headers extra Kafka headers (the trace context), or null */
    public Uni<Void> publish(EnrichedDocument document, Headers headers) {
        String value;
        try {
            value = json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
        return Uni.createFrom().deferred(() -> emitter.sendMessage(Message.of(value)
                        .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(document.id())
                                .withHeaders(headers == null ? new RecordHeaders() : headers).build())
                        .addMetadata(OutgoingCloudEventMetadata.builder()
                                .withId(UUID.randomUUID().toString())
                                .withSubject(document.id())
                                .build())))
                .onFailure(EnrichedDocumentPublisher::worthRetrying)
                .invoke(f -> LOG.warnf("Publishing %s failed, retrying: %s", document.id(), f.getMessage()))
                .onFailure(EnrichedDocumentPublisher::worthRetrying)
                .retry().withBackOff(Duration.ofSeconds(1), Duration.ofSeconds(30)).indefinitely();
    }

    /** Everything but a record too large for the broker: that one fails the same way every time. */
    static boolean worthRetrying(Throwable failure) {
        return !KafkaFailures.recordTooLarge(failure);
    }
}
