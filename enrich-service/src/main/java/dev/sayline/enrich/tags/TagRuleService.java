package dev.sayline.enrich.tags;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Rule changes: validates, assigns the next version, and hands the rule to the rules topic
 * (or, with the topic off, applies it to this instance only). Changes are serialised here so
 * two requests on one instance cannot hand out the same version.
 */
@ApplicationScoped
public class TagRuleService {

    private final TagRuleRegistry registry;
    private final TagRulesTopic topic;
    private final Clock clock;

    public TagRuleService(TagRuleRegistry registry, TagRulesTopic topic) {
        this.registry = registry;
        this.topic = topic;
        this.clock = Clock.systemUTC();
    }

    /** The stored rule after the change, and whether it is new. */
    public record Change(TopicRule rule, boolean created) {
    }

    /** @throws InvalidRuleException if the rule does not validate (nothing is written) */
    public synchronized Change put(String name, String query, String description, Integer minMatches) {
        Optional<TopicRule> existing = registry.get(name);
        TopicRule candidate = new TopicRule(name, query, description, minMatches, 0, null);
        registry.parser().validate(candidate);
        if (existing.isPresent() && existing.get().sameDefinition(candidate)) {
            return new Change(existing.get(), false); // idempotent: the same PUT twice is one version
        }
        long version = existing.map(r -> r.version() + 1).orElse(1L);
        TopicRule rule = candidate.withVersion(version, Instant.now(clock).toString());
        if (topic.enabled()) {
            topic.publish(rule);
        } else {
            registry.put(rule);
        }
        return new Change(registry.get(name).orElse(rule), existing.isEmpty());
    }

    /** @return false if there is no such rule */
    public synchronized boolean delete(String name) {
        if (registry.get(name).isEmpty()) {
            return false;
        }
        if (topic.enabled()) {
            topic.delete(name);
        } else {
            registry.remove(name);
        }
        return true;
    }
}
