package dev.sayline.query.deadletters;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;

/** The dead-letter topics an operator may inspect and replay ({@code dead-letters.*}). */
@ConfigMapping(prefix = "dead-letters")
public interface DeadLettersConfig {

    /**
     * Dead-letter topics, each named {@code <source topic>.dlq}; a replay goes back to the source
     * topic and nowhere else.
     */
    @WithDefault("documents.raw.dlq,documents.enriched.dlq")
    List<String> topics();

    /** Most letters one listing returns (the newest). */
    @WithDefault("100")
    int maxListed();

    /** Most letters one "replay all" call sends; the answer says how many remain. */
    @WithDefault("500")
    int maxReplayed();

    /** The consumer group under which "replay all" records the letters it replayed. */
    @WithDefault("query-service-dead-letter-replay")
    String replayGroup();

    /** Longest value a listing shows; longer ones are cut ({@code valueCut}). */
    @WithDefault("2000")
    int maxValueChars();

    /** Largest letter a replay sends ({@code max.request.size}), as large as the pipeline's records. */
    @WithDefault("8388608")
    int maxRecordBytes();

    /** How long one listing or replay may read the topic before it gives up (503). */
    @WithDefault("20s")
    Duration readTimeout();
}
