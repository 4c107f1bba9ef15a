package dev.sayline.enrich.speakers.registry;

import dev.sayline.enrich.speakers.SpeakersConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.List;

/** The one registry of the service: the curated list, the configured extra files, and the shared learnt aliases. */
public class SpeakerRegistryProducer {

    @Produces
    @Singleton
    SpeakerRegistry registry(SpeakersConfig config) {
        SpeakerRegistry registry = SpeakerRegistry.load(config.registryPaths().orElse(List.of()));
        if (config.aliasesTopicEnabled() && config.learnAliases()) {
            registry.expectSharedAliases();  // LearntAliasesTopic opens it once the topic is read
        }
        return registry;
    }
}
