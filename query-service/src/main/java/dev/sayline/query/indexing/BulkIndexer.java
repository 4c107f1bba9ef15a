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
 * carry an external version ({@link WriteVersion}), so a redelivery overwrites nothing newer
 * and never duplicates.
 * Transient failures (connection, 429, 5xx) are retried with capped exponential backoff for as
 * long as it takes: a document the broker gave us is never dropped because the index was down.
 * So are failures that are the cluster's, not the documents': refused credentials (401, 403), a
 * write block, the alias gone with a deleted index. Only a document the index refuses on its own
 * is rejected; a request refused as a whole is split until the document that causes it is found.
 * Nothing is thrown to the consumer, whose stream would end with it.
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
            } catch (IOException | RuntimeException e) {
                LOG.warnf("The index cannot be prepared (%s); retrying %d documents in %s", e.getMessage(),
                        pending.size(), backoff);
                metrics.elasticsearchError("unavailable", 1);
                sleep(backoff);
                backoff = min(backoff.multipliedBy(2), config.indexing().maxBackoff());
                continue;
            }
            try {
                BulkResponse response = client.bulk(request(pending));
                metrics.bulk(System.nanoTime() - started, true);
                int indexed = 0;
                int refused = 0;
                for (int i = 0; i < response.items().size(); i++) {
                    BulkResponseItem item = response.items().get(i);
                    if (item.error() == null || item.status() == 409) {
                        indexed++;
                        continue; // 409: the index already holds a newer text or enrichment
                    }
                    if (aliasGone(item)) {
                        bootstrap.forget();  // the index was deleted: prepare it again, then retry
                    }
                    if (isTransient(item.status()) || aliasGone(item) || blocked(item)) {
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
                if (e instanceof ElasticsearchException ee && refusedAsAWhole(ee.status())) {
                    rejected.addAll(splitOrReject(pending, ee));
                    pending = List.of();
                    continue;
                }
                metrics.elasticsearchError("unavailable", 1);
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
            // require_alias: with the index deleted, a write must not auto-create a plain index under the alias name
            bulk.operations(op -> op.index(idx -> idx.index(alias).id(doc.id()).requireAlias(true)
                    .version(doc.version()).versionType(VersionType.ExternalGte)
                    .document(doc.source())));
        }
        return bulk.build();
    }

    /**
     * Runs {@code step} until it succeeds, with the same backoff as the index: the dead letters of
     * a batch must be on the broker before the batch is acknowledged, however long it is down.
     */
    void untilDone(Runnable step, String what) {
        Duration backoff = config.indexing().initialBackoff();
        while (true) {
            try {
                step.run();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("Writing to %s failed (%s); retrying in %s", what, e.getMessage(), backoff);
                sleep(backoff);
                backoff = min(backoff.multipliedBy(2), config.indexing().maxBackoff());
            }
        }
    }

    /** A request refused for what it holds (400, 413): one of its documents, not the cluster. */
    private List<Rejected> splitOrReject(List<IndexableDocument> pending, ElasticsearchException e) {
        if (pending.size() == 1) {
            metrics.elasticsearchError("rejected", 1);
            return List.of(new Rejected(pending.get(0), "the bulk request was refused: " + e.getMessage()));
        }
        LOG.warnf("Elasticsearch refused a bulk request of %d documents (%s); splitting it", pending.size(),
                e.getMessage());
        int half = pending.size() / 2;
        List<Rejected> rejected = new ArrayList<>(index(pending.subList(0, half)));
        rejected.addAll(index(pending.subList(half, pending.size())));
        return rejected;
    }

    private static boolean isTransient(int status) {
        return status == 429 || status >= 500;
    }

    /** 401 and 403 are credentials or permissions, which an operator fixes; waited out like an outage. */
    private static boolean refusedAsAWhole(int status) {
        return status >= 400 && status < 500 && status != 401 && status != 403 && !isTransient(status);
    }

    /** Written with require_alias: a missing alias means the index was deleted under us. */
    private static boolean aliasGone(BulkResponseItem item) {
        return item.status() == 404 && "index_not_found_exception".equals(item.error().type());
    }

    /** A write block (disk watermark, read-only index) lifts again; the documents are not at fault. */
    private static boolean blocked(BulkResponseItem item) {
        return "cluster_block_exception".equals(item.error().type());
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
