package dev.sayline.query.indexing;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sayline.query.messaging.Channels;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Consumes {@code documents.enriched} in batches (one poll, bounded by max.poll.records) and
 * indexes each batch with one bulk request. The batch is acknowledged only when every record
 * is either in the index or on the dead-letter topic. Nothing may escape this method: SmallRye
 * ends the stream on a thrown exception, and indexing would stop until a restart. What the
 * indexer and the dead-letter publisher do not handle themselves nacks the batch, which the
 * channel's failure strategy sends to the dead-letter topic.
 */
@ApplicationScoped
public class EnrichedDocumentConsumer {

    private static final Logger LOG = Logger.getLogger(EnrichedDocumentConsumer.class);

    private final EnrichedDocumentReader reader;
    private final BulkIndexer indexer;
    private final DeadLetterPublisher deadLetters;

    public EnrichedDocumentConsumer(ObjectMapper json, BulkIndexer indexer, DeadLetterPublisher deadLetters) {
        this.reader = new EnrichedDocumentReader(json);
        this.indexer = indexer;
        this.deadLetters = deadLetters;
    }

    @Incoming(Channels.DOCUMENTS_ENRICHED)
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        try {
            return indexOrDeadLetter(batch);
        } catch (BulkIndexer.IndexingInterruptedException e) {
            // Stopping while Elasticsearch or the broker is down: leave the batch unacknowledged for redelivery.
            LOG.warn(e.getMessage());
            return new CompletableFuture<>();
        } catch (RuntimeException e) {
            LOG.errorf(e, "Unexpected failure indexing a batch of %d records; they go to the dead-letter topic",
                    batch.getRecords().size());
            return batch.nack(e);
        }
    }

    private CompletionStage<Void> indexOrDeadLetter(KafkaRecordBatch<String, String> batch) {
        List<IndexableDocument> documents = new ArrayList<>();
        Map<IndexableDocument, KafkaRecord<String, String>> origin = new IdentityHashMap<>();
        List<DeadLetterPublisher.DeadLetter> dead = new ArrayList<>();
        for (KafkaRecord<String, String> record : batch.getRecords()) {
            try {
                IndexableDocument doc = reader.read(record.getPayload(), record.getTimestamp().toEpochMilli());
                documents.add(doc);
                origin.put(doc, record);
            } catch (UnreadableDocumentException e) {
                dead.add(new DeadLetterPublisher.DeadLetter(record, e.getMessage()));
            }
        }
        for (BulkIndexer.Rejected rejected : indexer.index(documents)) {
            dead.add(new DeadLetterPublisher.DeadLetter(origin.get(rejected.document()), rejected.reason()));
        }
        if (!dead.isEmpty()) {
            LOG.warnf("%d of %d records go to the dead-letter topic", dead.size(), batch.getRecords().size());
            indexer.untilDone(() -> deadLetters.publish(dead).await().indefinitely(), "the dead-letter topic");
        }
        return batch.ack();
    }
}
