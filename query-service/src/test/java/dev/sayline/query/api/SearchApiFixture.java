package dev.sayline.query.api;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sayline.query.indexing.BulkIndexer;
import dev.sayline.query.indexing.EnrichedDocumentReader;
import dev.sayline.query.indexing.IndexBootstrap;

import java.io.IOException;
import java.util.List;

/** Seven short hand-written news items with quotes, speakers, dates, tags and entities. */
final class SearchApiFixture {

    private SearchApiFixture() {
    }

    /** Indexes the documents into a fresh {@code index} behind {@code alias}: the node's data outlives test runs. */
    static void indexAfresh(ElasticsearchClient client, IndexBootstrap bootstrap, BulkIndexer indexer, ObjectMapper json,
                            String index, String alias) throws IOException {
        client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
        bootstrap.ensureIndex();
        EnrichedDocumentReader reader = new EnrichedDocumentReader(json);
        var docs = documents().stream().map(d -> reader.read(d.json(), 0L)).toList();
        if (!indexer.index(docs).isEmpty()) {
            throw new IllegalStateException("a fixture document was refused");
        }
        client.indices().refresh(r -> r.index(alias));
    }

    static List<EnrichedDoc> documents() {
        return List.of(
                EnrichedDoc.of("api-1", "2025-10-15", "wire-a", "Lavrov on NATO infrastructure",
                                "Russian Foreign Minister Sergey Lavrov spoke in Moscow on Wednesday. "
                                        + "\"NATO keeps moving its infrastructure towards our borders,\" Lavrov said. "
                                        + "He recalled the security proposals Russia sent in December 2021.")
                        .quote("\"NATO keeps moving its infrastructure towards our borders,\"", "direct", "said", "Lavrov", "Sergey Lavrov")
                        .quote("the security proposals Russia sent in December 2021", "indirect", "recalled", "He", "Sergey Lavrov")
                        .speakerAlias("Sergey Lavrov", "Russian Foreign Minister Sergey Lavrov")
                        .speakerAlias("Sergey Lavrov", "he") // as the seeds' gold lists pronouns among mentions
                        .date("December 2021", "2021-12")
                        .entity("NATO", "ORG", 1).entity("Moscow", "PLACE", 1).tag("nato"),
                EnrichedDoc.of("api-2", "2025-11-20", "wire-b", "Ceasefire talk after Anchorage",
                                "Lavrov told reporters that NATO expansion had made a ceasefire harder to reach. "
                                        + "Ukrainian President Volodymyr Zelensky said \"a ceasefire must come before any talks about territory.\" "
                                        + "Both leaders referred to the Anchorage summit held in August.")
                        .quote("NATO expansion had made a ceasefire harder to reach", "indirect", "told", "Lavrov", "Sergey Lavrov")
                        .quote("\"a ceasefire must come before any talks about territory.\"", "direct", "said",
                                "Ukrainian President Volodymyr Zelensky", "Volodymyr Zelensky")
                        .date("August", "2025-08")
                        .entity("Anchorage summit", "EVENT", 1).entity("NATO", "ORG", 1).tag("ceasefire").tag("nato"),
                EnrichedDoc.of("api-3", "2025-09-01", "wire-a", "Lavrov in Geneva",
                                "In Geneva, Lavrov said \"NATO is a party to this conflict.\" The minister repeated the claim twice.")
                        .quote("\"NATO is a party to this conflict.\"", "direct", "said", "Lavrov", "Sergey Lavrov")
                        .entity("NATO", "ORG", 1).tag("nato"),
                EnrichedDoc.of("api-4", "2025-12-05", "wire-b", "Zelensky wants a real ceasefire",
                                "Zelensky said \"we want a real ceasefire, not a pause.\" Donald Trump wrote that a ceasefire deal "
                                        + "was close after the Anchorage summit. The week of the summit was in early August.")
                        .quote("\"we want a real ceasefire, not a pause.\"", "direct", "said", "Zelensky", "Volodymyr Zelensky")
                        .quote("a ceasefire deal was close after the Anchorage summit", "indirect", "wrote", "Donald Trump", "Donald Trump")
                        .date("The week of the summit", "2025-W32")
                        .entity("Anchorage summit", "EVENT", 2).tag("ceasefire").keyphrase("air truce"),
                EnrichedDoc.of("api-5", "2025-08-16", "forum", "Transcript",
                                "Vladimir Putin: We had a useful conversation at the Anchorage summit. The talks were long.")
                        .quote("We had a useful conversation at the Anchorage summit.", "colon", null, "Vladimir Putin", "Vladimir Putin")
                        .entity("Anchorage summit", "EVENT", 1).tag("summit"),
                EnrichedDoc.of("api-6", "2025-11-02", "wire-a", "Kyiv answers",
                                "Zelensky said the ceasefire proposal echoed ideas from the 1990s. Kyiv will answer next week.")
                        .quote("the ceasefire proposal echoed ideas from the 1990s", "indirect", "said", "Zelensky", "Volodymyr Zelensky")
                        .date("the 1990s", "199")
                        .tag("ceasefire"),
                EnrichedDoc.of("api-7", "2025-10-20", "wire-c", "Infrastructure near the borders",
                                "NATO infrastructure near the Russian borders worried Moscow, and the Russian Foreign Minister "
                                        + "complained about NATO infrastructure moving towards the borders again.")
                        .entity("NATO", "ORG", 2).tag("nato"));
    }
}
