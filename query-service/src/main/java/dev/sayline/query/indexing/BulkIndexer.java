package dev.sayline.query.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import dev.sayline.query.QueryConfig;
import dev.sayline.query.observability.IndexMetrics;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes documents with one {@code _bulk} request per batch. Ids are document ids and writes
 * carry an external version, so a redelivery overwrites nothing newer and never duplicates.
 * Transient failures (connection, 429, 5xx) are retried with capped exponential backoff for as
 * long as it takes: a document the broker gave us is never dropped because the index was down.
 */
@ApplicationScoped
public class BulkIndexer {

    private static final Logger LOG = Logger.getLogger(BulkIndexer.class);

    /** A document the index refused for good (mapping error and the like), with the reason. */
    public record Rejected(IndexableDocument document, String reason) {
    }

    /** Thrown when the service stops while Elasticsearch is still failing: the batch stays unacknowledged. */
    public static class IndexingInterruptedException extends RuntimeException {
        IndexingInterruptedException() {
            super("shutting down before Elasticsearch accepted the batch");
        }
    }

    private final ElasticsearchClient client;
    private final IndexBootstrap bootstrap;
    private final QueryConfig config;
    private final IndexMetrics metrics;
    private volatile boolean stopping;

    public BulkIndexer(ElasticsearchClient client, IndexBootstrap bootstrap, QueryConfig config, IndexMetrics metrics) {
        this.client = client;
        this.bootstrap = bootstrap;
        this.config = config;
        this.metrics = metrics;
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /** Indexes every document or returns it as rejected; retries the rest until they succeed. */
    public List<Rejected> index(List<IndexableDocument> documents) {
        List<Rejected> rejected = new ArrayList<>();
        List<IndexableDocument> pending = documents;
        Duration backoff = config.indexing().initialBackoff();
        while (!pending.isEmpty()) {
            List<IndexableDocument> retry = new ArrayList<>();
            long started = System.nanoTime();
            try {
                bootstrap.ensureReady();
                BulkResponse response = client.bulk(request(pending));
                metrics.bulk(System.nanoTime() - started, true);
                int indexed = 0;
                int refused = 0;
                for (int i = 0; i < response.items().size(); i++) {
                    BulkResponseItem item = response.items().get(i);
                    if (item.error() == null || item.status() == 409) {
                        indexed++;
                        continue; // 409: the index already holds this enrichment or a newer one
                    }
                    if (isTransient(item.status())) {
                        retry.add(pending.get(i));
                    } else {
                        refused++;
                        rejected.add(new Rejected(pending.get(i), item.error().type() + ": " + item.error().reason()));
                    }
                }
                metrics.indexed(indexed);
                metrics.elasticsearchError("retryable", retry.size());
                metrics.elasticsearchError("rejected", refused);
            } catch (IOException | ElasticsearchException e) {
                metrics.bulk(System.nanoTime() - started, false);
                metrics.elasticsearchError("unavailable", 1);
                if (e instanceof ElasticsearchException ee && !isTransient(ee.status())) {
                    throw ee;
                }
                LOG.warnf("Elasticsearch unavailable (%s); retrying %d documents in %s", e.getMessage(), pending.size(), backoff);
                retry = pending;
            }
            pending = retry;
            if (!pending.isEmpty()) {
                sleep(backoff);
                backoff = min(backoff.multipliedBy(2), config.indexing().maxBackoff());
            }
        }
        return rejected;
    }

    private BulkRequest request(List<IndexableDocument> documents) {
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        String alias = config.index().alias();
        for (IndexableDocument doc : documents) {
            bulk.operations(op -> op.index(idx -> idx.index(alias).id(doc.id())
                    .version(doc.version()).versionType(VersionType.External)
                    .document(doc.source())));
        }
        return bulk.build();
    }

    private static boolean isTransient(int status) {
        return status == 429 || status >= 500;
    }

    private void sleep(Duration d) {
        if (stopping) {
            throw new IndexingInterruptedException();
        }
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IndexingInterruptedException();
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
