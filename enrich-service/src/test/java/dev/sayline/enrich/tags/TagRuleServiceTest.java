package dev.sayline.enrich.tags;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Versioning and validation of rule changes, with the rules topic off (changes apply locally). */
class TagRuleServiceTest {

    private final TagRuleRegistry registry = TagRuleRegistry.of(List.of());
    private final TagRuleService service = new TagRuleService(registry, new TagRulesTopic(registry, topicOff(), null, null));

    @AfterEach
    void close() {
        registry.close();
    }

    @Test
    void versionsStartAtOneAndGrowOnEachChange() {
        TagRuleService.Change created = service.put("harbour", "harbour OR port", "ports", null);
        assertTrue(created.created());
        assertEquals(1, created.rule().version());
        assertNotNull(created.rule().updatedAt());

        TagRuleService.Change same = service.put("harbour", "harbour OR port", "ports", null);
        assertFalse(same.created());
        assertEquals(1, same.rule().version(), "the same definition again is no new version");

        TagRuleService.Change changed = service.put("harbour", "harbour OR port OR quay", "ports", 3);
        assertEquals(2, changed.rule().version());
        assertEquals(3, registry.get("harbour").orElseThrow().minMatches());
    }

    @Test
    void anInvalidChangeIsRejectedAndChangesNothing() {
        service.put("harbour", "harbour", null, null);
        String version = registry.version();
        InvalidRuleException e = assertThrows(InvalidRuleException.class, () -> service.put("harbour", "harbour AND (", null, null));
        assertEquals("query", e.field());
        assertEquals(version, registry.version());
        assertEquals(1, registry.get("harbour").orElseThrow().version());
        assertEquals("name", assertThrows(InvalidRuleException.class, () -> service.put("Bad Name", "x", null, null)).field());
    }

    @Test
    void deleteReportsUnknownRules() {
        service.put("harbour", "harbour", null, null);
        assertTrue(service.delete("harbour"));
        assertTrue(registry.get("harbour").isEmpty());
        assertFalse(service.delete("harbour"));
    }

    private static TagsConfig topicOff() {
        return new TagsConfig() {
            public int defaultMinMatches() { return 2; }
            public double minPassageShare() { return 0.025; }
            public int keyphrases() { return 5; }
            public String rulesTopic() { return "tag-rules"; }
            public boolean rulesTopicEnabled() { return false; }
            public boolean seedDefaultTaxonomy() { return false; }
            public Duration rulesReadyTimeout() { return Duration.ZERO; }
            public Duration ruleChangeTimeout() { return Duration.ofSeconds(1); }
        };
    }
}
