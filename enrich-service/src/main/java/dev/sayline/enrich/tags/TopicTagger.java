package dev.sayline.enrich.tags;

import dev.sayline.enrich.model.Tag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Topic tags: a rule's topic is tagged when it matched at least {@code minMatches} passages
 * (sentences or the title), and at least {@code minShare} of the document's passages: one
 * mention is not a topic, several statements are, and a long document needs proportionally
 * more (a 200-sentence thread mentions many things in passing). The score
 * grows with the number of matching passages: {@code n / (n + minMatches)}, so the threshold
 * itself scores 0.5 and a document that keeps returning to the topic approaches 1.
 */
final class TopicTagger {

    private final TagRuleRegistry registry;
    private final int defaultMinMatches;
    private final double minShare;

    TopicTagger(TagRuleRegistry registry, int defaultMinMatches, double minShare) {
        this.registry = registry;
        this.defaultMinMatches = defaultMinMatches;
        this.minShare = minShare;
    }

    /** The topic tags and the rule-set version they came from. */
    record Result(List<Tag> tags, String rulesVersion) {
    }

    Result tag(List<String> passages, String title) {
        return registry.withCurrent(set -> {
            Map<String, Integer> counts = set.countMatches(passages, title);
            int lengthFloor = (int) Math.round(minShare * passages.size());
            List<Tag> tags = new ArrayList<>();
            counts.forEach((name, n) -> {
                TopicRule rule = set.rules().get(name);
                int min = Math.max(lengthFloor, rule.minMatches() == null ? defaultMinMatches : rule.minMatches());
                if (n >= min) {
                    double score = Math.round(1000.0 * n / (n + min)) / 1000.0;
                    tags.add(Tag.topic(name, score, name));
                }
            });
            tags.sort(Comparator.comparingDouble(Tag::score).reversed().thenComparing(Tag::tag));
            return new Result(tags, set.version());
        });
    }
}
