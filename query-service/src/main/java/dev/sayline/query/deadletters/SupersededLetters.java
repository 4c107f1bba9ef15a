package dev.sayline.query.deadletters;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sayline.query.QueryConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which dead letters hold an older text of a document than the index already has. The index
 * orders writes by enrichment (the latest enrichment wins), so a letter received before the
 * indexed version, replayed and enriched anew, would replace the newer text with the older.
 * Both topics' values carry the document's {@code receivedAt} (stamped by ingest); a letter
 * without one (often why it is a letter: unreadable JSON), or whose document is not indexed,
 * is never superseded.
 */
@ApplicationScoped
class SupersededLetters {

    private final ElasticsearchClient client;
    private final String alias;
    private final ObjectMapper json;

    SupersededLetters(ElasticsearchClient client, QueryConfig config, ObjectMapper json) {
        this.client = client;
        this.alias = config.index().alias();
        this.json = json;
    }

    /** The letters among these whose document the index holds in a later-received version. */
    Set<ConsumerRecord<String, String>> among(List<ConsumerRecord<String, String>> letters) throws IOException {
        Map<ConsumerRecord<String, String>, Instant> dated = new HashMap<>();
        for (ConsumerRecord<String, String> letter : letters) {
            if (letter.key() != null) {
                receivedAt(letter.value()).ifPresent(at -> dated.put(letter, at));
            }
        }
        if (dated.isEmpty()) {
            return Set.of();
        }
        Set<String> ids = new HashSet<>();
        dated.keySet().forEach(letter -> ids.add(letter.key()));
        Map<String, Instant> indexed = indexedReceivedAt(List.copyOf(ids));
        Set<ConsumerRecord<String, String>> superseded = new HashSet<>();
        dated.forEach((letter, at) -> {
            Instant newer = indexed.get(letter.key());
            if (newer != null && at.isBefore(newer)) {
                superseded.add(letter);
            }
        });
        return superseded;
    }

    private Map<String, Instant> indexedReceivedAt(List<String> ids) throws IOException {
        MgetResponse<ObjectNode> response = client.mget(m -> m.index(alias).ids(ids).sourceIncludes("receivedAt"),
                ObjectNode.class);
        Map<String, Instant> out = new HashMap<>();
        for (MultiGetResponseItem<ObjectNode> item : response.docs()) {
            if (item.isFailure()) {
                String type = item.failure().error().type();
                if ("index_not_found_exception".equals(type)) {
                    continue;  // nothing indexed yet: nothing supersedes the letter
                }
                // a shard that cannot answer must not pass for "not indexed": the caller answers 503
                throw new IOException("the index could not say whether " + item.failure().id() + " is newer: " + type);
            }
            if (item.result().found() && item.result().source() != null) {
                instant(item.result().source().path("receivedAt")).ifPresent(at -> out.put(item.result().id(), at));
            }
        }
        return out;
    }

    private Optional<Instant> receivedAt(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return instant(json.readTree(value).path("receivedAt"));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> instant(JsonNode node) {
        if (!node.isTextual()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(node.asText()).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
