package dev.sayline.enrich.tags;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A named topic rule: a stored query in Lucene's classic query syntax, matched sentence by
 * sentence against every document. The topic is tagged when at least {@code minMatches}
 * sentences (or the title) match, because a topic counts only when the document spends real
 * space on it.
 *
 * @param name        the topic tag it produces (lower-case slug, also the Kafka key)
 * @param query       classic Lucene query syntax: terms, "phrases", "proximity"~N, AND/OR/NOT, (groups), field:term
 * @param description what the topic means, for people; not used for matching
 * @param minMatches  matching sentences needed for the tag; null = the configured default
 * @param version     1 for a new rule, +1 on each change (assigned by the registry, not the client)
 * @param updatedAt   ISO-8601 instant of the last change, or null for the shipped taxonomy
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TopicRule(String name, String query, String description, Integer minMatches, long version,
                        String updatedAt) {

    public TopicRule withVersion(long newVersion, String newUpdatedAt) {
        return new TopicRule(name, query, description, minMatches, newVersion, newUpdatedAt);
    }

    public TopicRule withName(String newName) {
        return new TopicRule(newName, query, description, minMatches, version, updatedAt);
    }

    /** Same matching behaviour (query and threshold); descriptions and versions aside. */
    public boolean sameDefinition(TopicRule other) {
        return other != null && query.equals(other.query) && java.util.Objects.equals(minMatches, other.minMatches)
                && java.util.Objects.equals(description, other.description);
    }
}
