package dev.sayline.enrich.speakers;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
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

    /** Learn surname aliases from documents that give full names (in memory only). */
    @WithDefault("true")
    boolean learnAliases();
}
