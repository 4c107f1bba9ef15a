package dev.sayline.enrich.speakers;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Settings of the quote and speaker enricher ({@code enrich.speakers.*}). */
@ConfigMapping(prefix = "enrich.speakers")
public interface SpeakersConfig {

    /**
     * Extra registry files or directories (every {@code *.tsv} inside), read at start-up on top
     * of the curated default list: extends the registry without a rebuild.
     */
    Optional<List<Path>> registryPaths();

    /** Learn surname aliases from documents that give full names. */
    @WithDefault("true")
    boolean learnAliases();

    /** Compacted topic the learnt aliases are shared through (key = alias, value = {"canonical": …}). */
    @WithDefault("speaker-aliases")
    String aliasesTopic();

    /** Share learnt aliases through {@link #aliasesTopic()}; off = each instance keeps its own, in memory. */
    @WithDefault("true")
    boolean aliasesTopicEnabled();

    /** How long documents wait at start-up for the shared aliases before going on without them. */
    @WithDefault("30s")
    Duration aliasesReadyTimeout();
}
