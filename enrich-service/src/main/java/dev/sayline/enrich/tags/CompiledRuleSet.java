package dev.sayline.enrich.tags;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.HighlightsMatch;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.MonitorQuery;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An immutable set of rules loaded into a Lucene {@link Monitor}: reverse search, where the
 * rules are the index and each document is matched against all of them at once. The Monitor's
 * presearcher only runs rules that share a term with the batch, so the cost grows with the
 * text, not with the number of rules. A rule change builds a new set and swaps it in whole,
 * so a document is always tagged by exactly one version.
 */
final class CompiledRuleSet implements Closeable {

    private final Map<String, TopicRule> rules;
    private final String version;
    private final Monitor monitor;
    /** In-flight matches plus one for "current": closed when the last user leaves after a swap. */
    private final AtomicInteger users = new AtomicInteger(1);

    private CompiledRuleSet(Map<String, TopicRule> rules, String version, Monitor monitor) {
        this.rules = rules;
        this.version = version;
        this.monitor = monitor;
    }

    /** @throws InvalidRuleException for the first rule that does not validate */
    static CompiledRuleSet compile(Collection<TopicRule> rules, Analyzer analyzer) {
        RuleQueryParser parser = new RuleQueryParser(analyzer);
        Map<String, TopicRule> byName = new TreeMap<>();
        List<MonitorQuery> queries = new ArrayList<>(rules.size());
        for (TopicRule rule : rules) {
            queries.add(new MonitorQuery(rule.name(), parser.validate(rule), rule.query(), Map.of()));
            byName.put(rule.name(), rule);
        }
        try {
            Monitor monitor = new Monitor(analyzer);
            if (!queries.isEmpty()) {
                monitor.register(queries);
            }
            return new CompiledRuleSet(Collections.unmodifiableMap(new LinkedHashMap<>(byName)), versionOf(byName), monitor);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the rule monitor", e);
        }
    }

    Map<String, TopicRule> rules() {
        return rules;
    }

    /**
     * The rule-set version recorded on each document: a digest of every rule's name, version and
     * definition, so every instance that applied the same rules reports the same version
     * whatever order it received them in.
     */
    String version() {
        return version;
    }

    /**
     * Number of passages each rule matched (rules that matched none are absent). The title, when
     * given, is passage 0 (and also the {@code title} field); the sentences follow. One
     * in-memory document holds them all, a sentence per value of the text field.
     */
    Map<String, Integer> countMatches(List<String> passages, String title) {
        List<String> values = new ArrayList<>(passages.size() + 1);
        boolean hasTitle = title != null && !title.isBlank();
        if (hasTitle) {
            values.add(title);
        }
        values.addAll(passages);
        if (rules.isEmpty() || values.isEmpty()) {
            return Map.of();
        }
        values = capped(values);
        Document doc = new Document();
        if (hasTitle) {
            doc.add(new TextField(TagAnalyzers.TITLE_FIELD, title, Field.Store.NO));
        }
        for (String value : values) {
            doc.add(new TextField(TagAnalyzers.TEXT_FIELD, value, Field.Store.NO));
        }
        try {
            MatchingQueries<HighlightsMatch> matches = monitor.match(doc, HighlightsMatch.MATCHER);
            Map<String, Integer> counts = new HashMap<>();
            BitSet sentences = new BitSet(values.size());
            for (HighlightsMatch match : matches.getMatches()) {
                sentences.clear();
                for (HighlightsMatch.Hit hit : match.getHits(TagAnalyzers.TEXT_FIELD)) {
                    sentences.set(hit.startPosition / TagAnalyzers.SENTENCE_GAP);
                }
                if (!match.getHits(TagAnalyzers.TITLE_FIELD).isEmpty()) {
                    sentences.set(0);
                }
                if (!sentences.isEmpty()) {
                    counts.put(match.getQueryId(), sentences.cardinality());
                }
            }
            return counts;
        } catch (IOException e) {
            throw new UncheckedIOException("rule matching failed", e);
        }
    }

    /** Very long documents: neighbouring passages are joined so positions stay within an int. */
    private static List<String> capped(List<String> values) {
        if (values.size() <= TagAnalyzers.MAX_SENTENCES) {
            return values;
        }
        int per = (values.size() + TagAnalyzers.MAX_SENTENCES - 1) / TagAnalyzers.MAX_SENTENCES;
        List<String> joined = new ArrayList<>(TagAnalyzers.MAX_SENTENCES);
        for (int i = 0; i < values.size(); i += per) {
            joined.add(String.join(" ", values.subList(i, Math.min(values.size(), i + per))));
        }
        return joined;
    }

    /** Registers a user; false when the set is already closed (the caller re-reads the current set). */
    boolean acquire() {
        int n;
        do {
            n = users.get();
            if (n <= 0) {
                return false;
            }
        } while (!users.compareAndSet(n, n + 1));
        return true;
    }

    void release() {
        if (users.decrementAndGet() == 0) {
            try {
                monitor.close();
            } catch (IOException ignored) {
                // In-memory index: nothing to lose.
            }
        }
    }

    /** Drops the "current" reference; the monitor closes once in-flight matches finish. */
    @Override
    public void close() {
        release();
    }

    private static String versionOf(Map<String, TopicRule> sorted) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (TopicRule r : sorted.values()) {
                String line = r.name() + '\u0000' + r.version() + '\u0000' + r.query() + '\u0000' + r.minMatches() + '\n';
                sha.update(line.getBytes(StandardCharsets.UTF_8));
            }
            return sorted.size() + "-" + HexFormat.of().formatHex(sha.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
