package dev.sayline.enrich.tags;

import dev.sayline.enrich.model.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TopicMatchingTest {

    private final TagRuleRegistry registry = TagRuleRegistry.of(List.of(
            new TopicRule("sanctions", "sanction OR embargo OR \"price cap\"", null, null, 1, null),
            new TopicRule("troops", "\"troops ukraine\"~4", null, 1, 1, null),
            new TopicRule("gas", "gas AND pipeline", null, null, 1, null),
            new TopicRule("headline", "title:summit", null, 1, 1, null)));

    @AfterEach
    void close() {
        registry.close();
    }

    private Map<String, Integer> counts(String text) {
        return counts(text, null);
    }

    private Map<String, Integer> counts(String text, String title) {
        return registry.withCurrent(set -> set.countMatches(Sentences.split(text), title));
    }

    @Test
    void countsMatchingSentencesWithStemming() {
        Map<String, Integer> c = counts("The EU sanctioned three banks. New sanctions follow next week. "
                + "An oil embargo is discussed. Nothing else here.");
        assertEquals(3, c.get("sanctions"));
    }

    @Test
    void proximityAndConjunctionStayWithinOneSentence() {
        assertEquals(1, counts("France may send troops to western Ukraine.").get("troops"));
        assertEquals(null, counts("Troops were seen. Far away, in another sentence, Ukraine.").get("troops"));
        assertEquals(null, counts("The gas price rose. A pipeline was built.").get("gas"));
        assertEquals(1, counts("The gas pipeline was built.").get("gas"));
    }

    @Test
    void fieldQueriesMatchTheTitleOnly() {
        assertEquals(null, counts("The summit was held in Alaska.").get("headline"));
        assertEquals(1, counts("It was held in Alaska.", "Summit in Alaska").get("headline"));
    }

    @Test
    void aTopicNeedsSeveralMatchingSentences() {
        TopicTagger tagger = new TopicTagger(registry, 2, 0.0);
        List<Tag> once = tagger.tag(Sentences.split("Sanctions were mentioned once. The rest is about weather."), null).tags();
        assertTrue(once.stream().noneMatch(t -> t.tag().equals("sanctions")), once.toString());
        List<Tag> twice = tagger.tag(Sentences.split("Sanctions hurt. The embargo holds. It rained."), null).tags();
        Tag t = twice.stream().filter(x -> x.tag().equals("sanctions")).findFirst().orElseThrow();
        assertEquals(Tag.TOPIC, t.kind());
        assertEquals("sanctions", t.rule());
        assertEquals(0.5, t.score(), 1e-9);
    }

    @Test
    void longDocumentsNeedProportionallyMoreMatches() {
        StringBuilder text = new StringBuilder("Sanctions hurt. The embargo holds. ");
        for (int i = 0; i < 200; i++) {
            text.append("Sentence number ").append(i).append(" talks about the weather. ");
        }
        TopicTagger tagger = new TopicTagger(registry, 2, 0.02);
        assertTrue(tagger.tag(Sentences.split(text.toString()), null).tags().isEmpty());
    }

    @Test
    void aRuleChangeSwapsTheSetAndTheVersion() {
        String before = registry.version();
        registry.put(new TopicRule("gas", "gas OR lng", null, null, 2, null));
        assertNotEquals(before, registry.version());
        assertEquals(1, counts("LNG shipments rose.").get("gas"));
        registry.remove("gas");
        assertEquals(null, counts("LNG shipments rose.").get("gas"));
        assertEquals(3, registry.all().size());
    }

    @Test
    void anInvalidRuleLeavesTheSetUnchanged() {
        String before = registry.version();
        assertThrows(InvalidRuleException.class, () -> registry.put(new TopicRule("gas", "gas AND (", null, null, 2, null)));
        assertEquals(before, registry.version());
        assertEquals("gas AND pipeline", registry.get("gas").orElseThrow().query());
    }

    @Test
    void theVersionDependsOnContentNotOnOrder() {
        TopicRule a = new TopicRule("a", "alpha", null, null, 1, null);
        TopicRule b = new TopicRule("b", "beta", null, null, 3, null);
        try (TagRuleRegistry one = TagRuleRegistry.of(List.of(a, b)); TagRuleRegistry two = TagRuleRegistry.of(List.of(b, a))) {
            assertEquals(one.version(), two.version());
        }
    }
}
