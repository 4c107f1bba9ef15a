package dev.sayline.enrich;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the enrich-service ({@code enrich.*} in application.properties). */
@ConfigMapping(prefix = "enrich")
public interface EnrichConfig {

    /** Largest document text accepted, in UTF-8 bytes (ingest-service applies the same limit). */
    @WithDefault("1048576")
    int maxTextBytes();

    /** Most documents one NDJSON request to {@code POST /enrich} may carry. */
    @WithDefault("10000")
    int maxBatchDocuments();
}
