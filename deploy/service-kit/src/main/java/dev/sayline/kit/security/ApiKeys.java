package dev.sayline.kit.security;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Which roles a presented key grants; keys are compared in constant time and never logged. */
@Startup
@ApplicationScoped
public class ApiKeys {

    private static final Logger LOG = Logger.getLogger(ApiKeys.class);

    /** A configured key with the name of its role, which becomes the caller's principal. */
    public record Grant(String principal, Set<String> roles) {
    }

    /** A configured key, encoded once, and what it grants. */
    private record KeyGrant(byte[] key, Grant grant) {
    }

    /** Key → principal and roles; a key listed under several roles holds all of them. */
    private final Map<String, Grant> grants = new LinkedHashMap<>();
    private final List<KeyGrant> encoded;

    public ApiKeys(ApiKeyConfig config) {
        add(config.adminKey(), "admin-key", Set.of(Roles.ADMIN, Roles.INGEST, Roles.READ));
        add(config.ingestKey(), "ingest-key", Set.of(Roles.INGEST));
        add(config.readKey(), "read-key", Set.of(Roles.READ));
        encoded = grants.entrySet().stream()
                .map(e -> new KeyGrant(e.getKey().getBytes(StandardCharsets.UTF_8), e.getValue()))
                .toList();
        // Counts only: a key never reaches the log.
        LOG.infof("API keys: %d admin, %d ingest, %d read; reads without a key %s",
                count(config.adminKey()), count(config.ingestKey()), count(config.readKey()),
                config.publicRead() ? "allowed" : "refused");
    }

    private void add(Optional<List<String>> keys, String principal, Set<String> roles) {
        keys.orElse(List.of()).stream()
                .map(String::strip)
                .filter(k -> !k.isEmpty())
                .forEach(k -> grants.merge(k, new Grant(principal, roles), (had, more) -> {
                    Set<String> all = new HashSet<>(had.roles());
                    all.addAll(more.roles());
                    return new Grant(had.principal(), Set.copyOf(all));
                }));
    }

    private static long count(Optional<List<String>> keys) {
        return keys.orElse(List.of()).stream().filter(k -> !k.isBlank()).count();
    }

    /** The grant of {@code presented}, if it is one of the configured keys. */
    public Optional<Grant> grantOf(String presented) {
        byte[] candidate = presented.strip().getBytes(StandardCharsets.UTF_8);
        Grant found = null;
        // Look at every key, so the time taken does not tell how close a guess came.
        for (KeyGrant k : encoded) {
            if (MessageDigest.isEqual(k.key(), candidate) && found == null) {
                found = k.grant();
            }
        }
        return Optional.ofNullable(found);
    }
}
