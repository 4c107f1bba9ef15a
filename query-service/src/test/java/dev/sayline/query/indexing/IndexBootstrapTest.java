package dev.sayline.query.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.sayline.testing.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A new index version takes the alias over from the old one, which is kept (real Elasticsearch). */
@QuarkusTest
@TestProfile(IndexBootstrapTest.Profile.class)
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class IndexBootstrapTest {

    static final String ALIAS = "sayline-it-bootstrap";
    static final String OLD = ALIAS + "-v1";
    static final String NEW = ALIAS + "-v2";

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("query.index.alias", ALIAS, "query.index.name", NEW,
                    "mp.messaging.incoming.documents-enriched.enabled", "false");
        }
    }

    @Inject
    ElasticsearchClient client;
    @Inject
    IndexBootstrap bootstrap;

    @Test
    void aNewIndexVersionTakesTheAliasAndKeepsTheOldIndex() throws Exception {
        client.indices().delete(d -> d.index(OLD, NEW).ignoreUnavailable(true));
        // The state an older release left: v1 behind the alias, holding a document.
        client.indices().create(c -> c.index(OLD).aliases(ALIAS, a -> a.isWriteIndex(true)));
        client.index(i -> i.index(OLD).id("old-doc").document(Map.of("id", "old-doc")).refresh(co.elastic.clients.elasticsearch._types.Refresh.True));

        bootstrap.ensureIndex();

        var aliases = client.indices().getAlias(a -> a.name(ALIAS)).aliases();
        assertEquals(java.util.Set.of(NEW), aliases.keySet());
        assertEquals(Boolean.TRUE, aliases.get(NEW).aliases().get(ALIAS).isWriteIndex());
        assertTrue(client.exists(e -> e.index(OLD).id("old-doc")).value(), "the old index is kept for rollback");
        var mapping = client.indices().getMapping(m -> m.index(NEW)).get(NEW).mappings().properties();
        assertTrue(mapping.get("quotes").isNested(), "the new index has the template's mapping");
        assertTrue(mapping.get("mentionedDates").isDateRange());

        bootstrap.ensureIndex(); // idempotent
        assertEquals(java.util.Set.of(NEW), client.indices().getAlias(a -> a.name(ALIAS)).aliases().keySet());
    }
}
