package dev.sayline.kit.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;
import java.util.Optional;

/**
 * The API keys this service accepts ({@code sayline.auth.*}). Each role takes a comma-separated
 * list, so a key can be rotated by adding the new one before removing the old.
 */
@ConfigMapping(prefix = "sayline.auth")
public interface ApiKeyConfig {

    /** Keys that may post documents. */
    Optional<List<String>> ingestKey();

    /** Keys that may read. */
    Optional<List<String>> readKey();

    /** Keys that may do everything. */
    Optional<List<String>> adminKey();

    /** Whether reads are allowed without a key (the local run sets it). */
    @WithDefault("false")
    boolean publicRead();
}
