package dev.sayline.enrich.tags;

import org.apache.lucene.analysis.Analyzer;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The rules this instance applies, as one immutable {@link CompiledRuleSet} swapped whole on
 * every change. Changes come from one place only (the {@code tag-rules} topic, or the shipped
 * taxonomy when Kafka is off), so every instance converges on the same set. Thread-safe:
 * matching never blocks on a change.
 */
public class TagRuleRegistry implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(TagRuleRegistry.class);

    private final Analyzer analyzer;
    private final CountDownLatch ready = new CountDownLatch(1);
    private volatile CompiledRuleSet current;

    public TagRuleRegistry(Analyzer analyzer) {
        this.analyzer = analyzer;
        this.current = CompiledRuleSet.compile(List.of(), analyzer);
    }

    /** A registry holding the given rules, ready at once (plain tests, benchmarks, the eval profile). */
    public static TagRuleRegistry of(Collection<TopicRule> rules) {
        TagRuleRegistry registry = new TagRuleRegistry(TagAnalyzers.english());
        registry.replaceAll(rules);
        registry.markReady();
        return registry;
    }

    public RuleQueryParser parser() {
        return new RuleQueryParser(analyzer);
    }

    /** Replaces every rule; a rule that does not compile is skipped (logged) so one bad record cannot stop tagging. */
    public synchronized void replaceAll(Collection<TopicRule> rules) {
        Map<String, TopicRule> usable = new TreeMap<>();
        RuleQueryParser parser = parser();
        for (TopicRule rule : rules) {
            try {
                parser.validate(rule);
                usable.put(rule.name(), rule);
            } catch (InvalidRuleException e) {
                LOG.warnf("skipping rule %s: %s", rule.name(), e.getMessage());
            }
        }
        swap(CompiledRuleSet.compile(usable.values(), analyzer));
    }

    /** Adds or replaces one rule. @throws InvalidRuleException if it does not validate (nothing changes) */
    public synchronized void put(TopicRule rule) {
        Map<String, TopicRule> next = new TreeMap<>(current.rules());
        next.put(rule.name(), rule);
        swap(CompiledRuleSet.compile(next.values(), analyzer));
    }

    public synchronized void remove(String name) {
        if (!current.rules().containsKey(name)) {
            return;
        }
        Map<String, TopicRule> next = new TreeMap<>(current.rules());
        next.remove(name);
        swap(CompiledRuleSet.compile(next.values(), analyzer));
    }

    public Optional<TopicRule> get(String name) {
        return Optional.ofNullable(current.rules().get(name));
    }

    public List<TopicRule> all() {
        return new ArrayList<>(current.rules().values());
    }

    public String version() {
        return current.version();
    }

    /** Runs {@code work} against one consistent rule set, even if a change swaps it meanwhile. */
    <T> T withCurrent(Function<CompiledRuleSet, T> work) {
        while (true) {
            CompiledRuleSet set = current;
            if (set.acquire()) {
                try {
                    return work.apply(set);
                } finally {
                    set.release();
                }
            }
        }
    }

    /** Called once the rules are complete (the topic was read up to its end at start-up). */
    public void markReady() {
        ready.countDown();
    }

    public boolean isReady() {
        return ready.getCount() == 0;
    }

    /** Waits until the rules are loaded, so no document is tagged by a half-read rule set. */
    public boolean awaitReady(Duration timeout) {
        try {
            return ready.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Releases the rule monitor (its index and purge thread); in-flight matches finish first. */
    @Override
    public synchronized void close() {
        current.close();
    }

    private void swap(CompiledRuleSet next) {
        CompiledRuleSet previous = current;
        current = next;
        previous.close();
    }
}
