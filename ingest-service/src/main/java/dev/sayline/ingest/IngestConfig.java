package dev.sayline.ingest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of the ingest-service ({@code ingest.*} in application.properties). */
@ConfigMapping(prefix = "ingest")
public interface IngestConfig {

    /** Largest document text accepted, in UTF-8 bytes; larger ones get 413. */
    @WithDefault("1048576")
    int maxTextBytes();

    /** Most documents one {@code POST /documents/batch} may carry. */
    @WithDefault("1000")
    int maxBatchDocuments();

    /**
     * How long a request waits for the broker's acknowledgement before answering 503; keep it above
     * the producer's max.block.ms + delivery.timeout.ms, or a record may still arrive after the 503.
     */
    @WithDefault("15s")
    Duration publishTimeout();

    /** Seconds a client is told to wait (Retry-After) when the broker is unavailable. */
    @WithDefault("5")
    int retryAfterSeconds();

    /** How many documents of a batch are in flight to the broker at once. */
    @WithDefault("64")
    int batchConcurrency();
}
