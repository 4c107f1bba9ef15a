package dev.sayline.enrich.tags;

import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The registry bean. With the rules topic on, it starts empty and not ready: {@link TagRulesTopic}
 * fills it from the topic (the single source of truth) and marks it ready. With the topic off
 * (eval profile, a single instance), it holds the shipped taxonomy at once.
 */
public class TagRulesProducer {

    @Produces
    @Singleton
    TagRuleRegistry registry(TagsConfig config) {
        if (!config.rulesTopicEnabled()) {
            return TagRuleRegistry.of(DefaultTaxonomy.rules());
        }
        return new TagRuleRegistry(TagAnalyzers.english());
    }

    void close(@Disposes TagRuleRegistry registry) {
        registry.close();
    }
}
