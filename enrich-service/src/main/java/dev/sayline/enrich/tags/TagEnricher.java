package dev.sayline.enrich.tags;

import dev.sayline.enrich.model.Tag;
import dev.sayline.enrich.pipeline.Annotations;
import dev.sayline.enrich.pipeline.Enricher;
import dev.sayline.enrich.pipeline.SourceDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;

/**
 * Tags: topics from the stored rules ({@code kind=topic}, via {@link TopicTagger}) and
 * keyphrases ({@code kind=keyphrase}, via {@link KeyphraseExtractor}). Records the rule-set
 * version on the document. Thread-safe: the rules are an immutable set swapped on change.
 */
@ApplicationScoped
public class TagEnricher implements Enricher {

    private static final Logger LOG = Logger.getLogger(TagEnricher.class);
    /** Defaults of {@link TagsConfig}, for use without CDI. */
    static final int DEFAULT_MIN_MATCHES = 2;
    static final double DEFAULT_MIN_SHARE = 0.025;
    static final int DEFAULT_KEYPHRASES = 5;

    private final TagRuleRegistry registry;
    private final TopicTagger topics;
    private final KeyphraseExtractor keyphrases = new KeyphraseExtractor();
    private final int keyphraseCount;
    private final Duration readyTimeout;

    @Inject
    public TagEnricher(TagRuleRegistry registry, TagsConfig config) {
        this(registry, config.defaultMinMatches(), config.minPassageShare(), config.keyphrases(), config.rulesReadyTimeout());
    }

    /** Without CDI (tests, benchmarks); {@link #withDefaultTaxonomy()} gives the shipped rules and defaults. */
    public TagEnricher(TagRuleRegistry registry, int defaultMinMatches, double minPassageShare, int keyphraseCount,
                       Duration readyTimeout) {
        this.registry = registry;
        this.topics = new TopicTagger(registry, defaultMinMatches, minPassageShare);
        this.keyphraseCount = keyphraseCount;
        this.readyTimeout = readyTimeout;
    }

    /** The shipped taxonomy and default settings, with its own registry ({@link #close()} it). */
    public static TagEnricher withDefaultTaxonomy() {
        return withDefaultTaxonomy(DEFAULT_KEYPHRASES);
    }

    public static TagEnricher withDefaultTaxonomy(int keyphraseCount) {
        return new TagEnricher(TagRuleRegistry.of(DefaultTaxonomy.rules()), DEFAULT_MIN_MATCHES, DEFAULT_MIN_SHARE,
                keyphraseCount, Duration.ZERO);
    }

    /** Releases the registry's rule monitor; for instances made without CDI (the bean's registry is closed by CDI). */
    public void close() {
        registry.close();
    }

    @Override
    public String name() {
        return "tags";
    }

    /** The logic's version; the rules' version is recorded separately as {@code tagRulesVersion}. */
    @Override
    public String version() {
        return "1";
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void enrich(SourceDocument document, Annotations annotations) {
        if (!registry.isReady() && !registry.awaitReady(readyTimeout)) {
            LOG.warnf("tag rules not loaded after %s; tagging %s with the rules at hand", readyTimeout, document.id());
        }
        TopicTagger.Result result = topics.tag(Sentences.split(document.text()), document.title());
        annotations.tags().addAll(result.tags());
        List<Tag> phrases = keyphrases.extract(document.text(), keyphraseCount);
        annotations.tags().addAll(phrases);
        annotations.tagRulesVersion(result.rulesVersion());
    }
}
