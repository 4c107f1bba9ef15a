package dev.sayline.enrich.tags;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.MultiMatchingQueries;
import org.apache.lucene.monitor.QueryMatch;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
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
 * rules are the index and each document's sentences are the queries' input. The Monitor's
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

    /** Number of passages each rule matched (rules that matched none are absent). */
    Map<String, Integer> countMatches(List<String> passages, String title) {
        if (rules.isEmpty() || (passages.isEmpty() && title == null)) {
            return Map.of();
        }
        List<Document> docs = new ArrayList<>(passages.size() + 1);
        if (title != null && !title.isBlank()) {
            Document doc = new Document();
            doc.add(new TextField(TagAnalyzers.TITLE_FIELD, title, Field.Store.NO));
            doc.add(new TextField(TagAnalyzers.TEXT_FIELD, title, Field.Store.NO));
            docs.add(doc);
        }
        for (String passage : passages) {
            Document doc = new Document();
            doc.add(new TextField(TagAnalyzers.TEXT_FIELD, passage, Field.Store.NO));
            docs.add(doc);
        }
        try {
            MultiMatchingQueries<QueryMatch> matches = monitor.match(docs.toArray(Document[]::new), QueryMatch.SIMPLE_MATCHER);
            Map<String, Integer> counts = new HashMap<>();
            for (int i = 0; i < docs.size(); i++) {
                for (QueryMatch match : matches.getMatches(i)) {
                    counts.merge(match.getQueryId(), 1, Integer::sum);
                }
            }
            return counts;
        } catch (IOException e) {
            throw new UncheckedIOException("rule matching failed", e);
        }
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
