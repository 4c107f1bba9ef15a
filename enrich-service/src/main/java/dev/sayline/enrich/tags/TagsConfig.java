package dev.sayline.enrich.tags;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of the tag enricher ({@code enrich.tags.*}). */
@ConfigMapping(prefix = "enrich.tags")
public interface TagsConfig {

    /** Passages (sentences or the title) a rule must match for its topic, unless the rule sets minMatches. */
    @WithDefault("2")
    int defaultMinMatches();

    /** Share of a document's passages a rule must also match: long documents need more matches than short ones. */
    @WithDefault("0.025")
    double minPassageShare();

    /** Keyphrases per document ({@code kind=keyphrase}); 0 turns them off. */
    @WithDefault("5")
    int keyphrases();

    /** Compacted topic the rules are distributed through (key = rule name, value = rule JSON, null = deleted). */
    @WithDefault("tag-rules")
    String rulesTopic();

    /** Read rules from (and write changes to) {@link #rulesTopic()}; off = the shipped taxonomy, read-only. */
    @WithDefault("true")
    boolean rulesTopicEnabled();

    /** Write the shipped taxonomy to the rules topic when the topic is empty at start-up. */
    @WithDefault("true")
    boolean seedDefaultTaxonomy();

    /** How long enrichment waits for the rules to be loaded before tagging with what it has. */
    @WithDefault("60s")
    Duration rulesReadyTimeout();

    /** How long a rule change waits for the broker and then for this instance to apply it. */
    @WithDefault("15s")
    Duration ruleChangeTimeout();
}
