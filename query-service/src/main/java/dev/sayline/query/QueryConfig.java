package dev.sayline.query;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of the query-service ({@code query.*} in application.properties). */
@ConfigMapping(prefix = "query")
public interface QueryConfig {

    Index index();

    Indexing indexing();

    Search search();

    interface Index {
        /** The alias every read and write goes through. */
        @WithDefault("sayline-documents")
        String alias();

        /** The concrete index behind the alias; bump it when the mapping changes incompatibly. */
        @WithDefault("sayline-documents-v4")
        String name();

        /**
         * Analyzer type for full-text fields: {@code standard} works on the local node (which lacks
         * the analysis-common module); a full cluster can use {@code english}.
         */
        @WithDefault("standard")
        String textAnalyzer();
    }

    interface Indexing {
        /** First wait before retrying Elasticsearch after a 429/5xx or a connection failure. */
        @WithDefault("200ms")
        Duration initialBackoff();

        /** Longest wait between retries; the consumer keeps retrying (never drops) while Elasticsearch is down. */
        @WithDefault("30s")
        Duration maxBackoff();
    }

    interface Search {
        /** Largest page a client may ask for. */
        @WithDefault("100")
        int maxPageSize();

        /** Longest query text accepted, in characters. */
        @WithDefault("1000")
        int maxQueryLength();

        /** Buckets per facet (speakers, tags, entities) returned by {@code /search}. */
        @WithDefault("10")
        int facetSize();

        /**
         * Quotes returned per document by {@code /quotes} in one request (inner hits); Elasticsearch
         * caps it at its {@code index.max_inner_result_window} (100).
         */
        @WithDefault("100")
        int maxQuotesPerDocument();

        /** Latest quotes shown in a speaker profile. */
        @WithDefault("5")
        int profileQuotes();

        /** More-like-this settings of {@code /documents/{id}/similar}. */
        Similar similar();
    }

    interface Similar {
        /** A term must occur this often in the source document to count. */
        @WithDefault("2")
        int minTermFreq();

        /** ... and in at least this many documents of the index (1 keeps small indexes useful). */
        @WithDefault("2")
        int minDocFreq();

        /** Most distinctive terms the similarity query keeps. */
        @WithDefault("25")
        int maxQueryTerms();
    }
}
