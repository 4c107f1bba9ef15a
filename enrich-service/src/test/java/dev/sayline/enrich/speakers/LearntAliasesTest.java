package dev.sayline.enrich.speakers;

import dev.sayline.enrich.speakers.registry.RegistryEntry;
import dev.sayline.enrich.speakers.registry.SpeakerRegistry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the registry learns, announces and adopts aliases (the topic side is LearntAliasesKafkaIT). */
class LearntAliasesTest {

    private static String canonical(SpeakerRegistry registry, String name) {
        return registry.byName(name).map(RegistryEntry::canonical).orElse(null);
    }

    @Test
    void aNewAliasIsAnnouncedOnce() {
        SpeakerRegistry registry = SpeakerRegistry.defaults();
        List<String> announced = new ArrayList<>();
        registry.onLearnt((alias, name) -> announced.add(alias + "=" + name));
        SpeakerEnricher enricher = new SpeakerEnricher(registry, true);
        Fixture.enrich(enricher, "Economist Orla Vantreight said growth would slow next year.");
        Fixture.enrich(enricher, "Orla Vantreight said the bank was right.");
        registry.learn("Lavrov", "Someone Else");  // curated: never learnt
        assertEquals(List.of("Vantreight=Orla Vantreight"), announced);
    }

    @Test
    void anAdoptedAliasReplacesOneLearntHereButNeverACuratedOne() {
        SpeakerRegistry registry = SpeakerRegistry.defaults();
        registry.learn("Vantreight", "Orla Vantreight");
        registry.adopt("Vantreight", "Piet Vantreight");
        assertEquals("Piet Vantreight", canonical(registry, "Vantreight"));
        registry.adopt("Lavrov", "Someone Else");
        assertEquals("Sergey Lavrov", canonical(registry, "Lavrov"));
    }

    @Test
    void anAliasThatCannotBeSharedIsForgottenSoItIsLearntAgain() {
        SpeakerRegistry registry = SpeakerRegistry.defaults();
        registry.onLearnt((alias, name) -> {
            throw new IllegalStateException("broker gone");
        });
        registry.learn("Vantreight", "Orla Vantreight");  // does not throw: learning never fails a document
        assertEquals(null, canonical(registry, "Vantreight"));
        List<String> announced = new ArrayList<>();
        registry.onLearnt((alias, name) -> announced.add(alias));
        registry.learn("Vantreight", "Orla Vantreight");
        assertEquals(List.of("Vantreight"), announced);
        registry.forget("Vantreight", "Someone Else");  // only the meaning that could not be shared
        assertEquals("Orla Vantreight", canonical(registry, "Vantreight"));
        registry.forgetAlias("Vantreight");  // a tombstone on the shared topic
        assertEquals(null, canonical(registry, "Vantreight"));
    }

    @Test
    void documentsWaitForTheSharedAliasesOnlyOnce() {
        SpeakerRegistry registry = SpeakerRegistry.defaults();
        assertTrue(registry.awaitSharedAliases(Duration.ZERO), "no shared aliases expected: no wait");
        registry.expectSharedAliases();
        assertFalse(registry.awaitSharedAliases(Duration.ofMillis(20)), "not loaded yet");
        assertTrue(registry.awaitSharedAliases(Duration.ZERO), "after one timeout documents go on without waiting");
        registry.expectSharedAliases();
        registry.sharedAliasesLoaded();
        assertTrue(registry.awaitSharedAliases(Duration.ZERO));
    }
}
