package dev.sayline.enrich.speakers.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sayline.enrich.speakers.SpeakersConfig;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With no broker to reach: documents stop waiting for the shared aliases, and learning goes on here. */
class LearntAliasesWithoutBrokerTest {

    /** Nothing listens on port 1. */
    private static final String NO_BROKER = "127.0.0.1:1";

    private static SpeakersConfig sharing() {
        return new SpeakersConfig() {
            @Override
            public Optional<List<Path>> registryPaths() {
                return Optional.empty();
            }

            @Override
            public boolean learnAliases() {
                return true;
            }

            @Override
            public String aliasesTopic() {
                return "speaker-aliases";
            }

            @Override
            public boolean aliasesTopicEnabled() {
                return true;
            }

            @Override
            public Duration aliasesReadyTimeout() {
                return Duration.ofMillis(200);
            }
        };
    }

    @Test
    void learningGoesOnInMemoryWhileTheBrokerIsUnreachable() {
        SpeakerRegistry registry = SpeakerRegistry.defaults();
        registry.expectSharedAliases();
        LearntAliasesTopic topic = new LearntAliasesTopic(registry, sharing(), new ObjectMapper(), NO_BROKER);
        topic.start(null);
        try {
            assertFalse(registry.awaitSharedAliases(Duration.ofMillis(200)), "nothing was read");
            assertTrue(registry.awaitSharedAliases(Duration.ofMillis(200)), "and documents wait only once");
            registry.learn("Vantreight", "Orla Vantreight");  // returns at once: the alias waits for the topic
            assertEquals("Orla Vantreight", registry.byName("Vantreight").map(RegistryEntry::canonical).orElse(null));
        } finally {
            topic.stop(null);
        }
    }
}
