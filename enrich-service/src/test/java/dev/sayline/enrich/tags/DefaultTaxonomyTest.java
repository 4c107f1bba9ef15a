package dev.sayline.enrich.tags;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

class DefaultTaxonomyTest {

    private static final Set<String> TOPICS = Set.of("peace-negotiations", "ceasefire", "territorial-issues",
            "security-guarantees", "nato-expansion", "sanctions", "ukraine-elections", "drone-strikes-air-defense",
            "arms-control-nuclear", "military-aid", "europe-role", "us-russia-relations", "china-taiwan", "central-asia",
            "historical-analogy", "domestic-politics-russia", "economy-resources", "media-information-war");

    @Test
    void shipsTheEighteenTopicsAsValidRules() {
        List<TopicRule> rules = DefaultTaxonomy.rules();
        assertEquals(TOPICS, rules.stream().map(TopicRule::name).collect(Collectors.toSet()));
        RuleQueryParser parser = new RuleQueryParser(TagAnalyzers.english());
        for (TopicRule rule : rules) {
            assertNotNull(parser.validate(rule), rule.name());
            assertNotNull(rule.description(), rule.name());
            assertEquals(1, rule.version());
        }
    }
}
