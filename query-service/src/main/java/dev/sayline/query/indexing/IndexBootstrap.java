package dev.sayline.query.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.sayline.query.QueryConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Creates the index template, the versioned index and its alias at start-up, before the
 * consumer indexes anything. Idempotent: a restart finds them and changes nothing but the
 * template. When {@code query.index.name} changes (a new mapping version), the alias moves to
 * the new index.
 */
@ApplicationScoped
public class IndexBootstrap {

    private static final Logger LOG = Logger.getLogger(IndexBootstrap.class);
    private static final String TEMPLATE_RESOURCE = "elasticsearch/documents-template.json";

    private final ElasticsearchClient client;
    private final QueryConfig.Index config;

    public IndexBootstrap(ElasticsearchClient client, QueryConfig config) {
        this.client = client;
        this.config = config.index();
    }

    private final AtomicBoolean ready = new AtomicBoolean();

    void onStart(@Observes StartupEvent event) {
        try {
            ensureReady();
        } catch (IOException | RuntimeException e) {
            // Elasticsearch may come up after us: the indexer retries before its first write, and readiness says DOWN meanwhile.
            LOG.warnf("Could not prepare the index yet: %s", e.getMessage());
        }
    }

    /**
     * Makes sure template, index and alias exist; cheap after the first success. The indexer calls
     * it before every write so a document never lands in an index auto-created under the alias name.
     */
    public void ensureReady() throws IOException {
        if (ready.get()) {
            return;
        }
        synchronized (this) {
            if (!ready.get()) {
                prepareIndex();
                ready.set(true);
            }
        }
    }

    /** The next {@link #ensureReady} prepares template, index and alias again: the index was deleted. */
    public void forget() {
        ready.set(false);
    }

    /** Prepares template, index and alias again, even after a success: for tests that drop the index. */
    public synchronized void ensureIndex() throws IOException {
        prepareIndex();
        ready.set(true);
    }

    private void prepareIndex() throws IOException {
        String template = templateJson();
        client.indices().putIndexTemplate(t -> t.name(config.alias()).withJson(new StringReader(template)));
        if (!client.indices().exists(e -> e.index(config.name())).value()) {
            client.indices().create(c -> c.index(config.name()));
            LOG.infof("Created index %s", config.name());
        }
        Set<String> current = client.indices().existsAlias(a -> a.name(config.alias())).value()
                ? client.indices().getAlias(a -> a.name(config.alias())).aliases().keySet()
                : Set.of();
        if (current.equals(Set.of(config.name()))) {
            return;
        }
        // A new index version (mapping change): the alias moves in one atomic step; the old index
        // stays for rollback. The consumer group is named after the index, so the new index is
        // filled by replaying documents.enriched (this node has no _reindex).
        client.indices().updateAliases(u -> {
            for (String old : current) {
                u.actions(a -> a.remove(r -> r.index(old).alias(config.alias())));
            }
            return u.actions(a -> a.add(ad -> ad.index(config.name()).alias(config.alias()).isWriteIndex(true)));
        });
        if (current.isEmpty()) {
            LOG.infof("Alias %s now points to %s", config.alias(), config.name());
        } else {
            LOG.warnf("Alias %s moved from %s to %s; the new index fills from documents.enriched as the consumer replays it",
                    config.alias(), current, config.name());
        }
    }

    private String templateJson() {
        try (InputStream in = IndexBootstrap.class.getClassLoader().getResourceAsStream(TEMPLATE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + TEMPLATE_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("${alias}", config.alias())
                    .replace("${textAnalyzer}", config.textAnalyzer());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
