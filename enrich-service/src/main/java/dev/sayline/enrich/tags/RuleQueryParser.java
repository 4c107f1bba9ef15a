package dev.sayline.enrich.tags;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

import java.util.regex.Pattern;

/**
 * Validates rules and turns their query strings into Lucene queries. The syntax is Lucene's
 * classic query syntax, the one media-monitoring desks and Elasticsearch's
 * {@code query_string} users already write: {@code "peace talks" OR (ceasefire AND -"no ceasefire")},
 * {@code "troops ukraine"~5}, {@code title:sanctions}. A syntax error is reported with the
 * parser's own message (line/column), which is what the REST API returns as a 400.
 */
public final class RuleQueryParser {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    /** Bounded so one rule cannot make matching slow (each clause is a term lookup per sentence). */
    static final int MAX_QUERY_CHARS = 8_000;
    static final int MAX_DESCRIPTION_CHARS = 2_000;
    /** The parser and the rewrite recurse once per level: 4,000 levels overflowed the stack (a 500). */
    static final int MAX_NESTING = 32;

    private final Analyzer analyzer;

    public RuleQueryParser(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Checks every field of the rule; returns its query, rewritten to match within sentences. */
    public Query validate(TopicRule rule) {
        if (rule.name() == null || !NAME.matcher(rule.name()).matches()) {
            throw new InvalidRuleException("name must be 1-64 characters of [a-z0-9-], starting with a letter or digit", "name");
        }
        if (rule.minMatches() != null && (rule.minMatches() < 1 || rule.minMatches() > 1000)) {
            throw new InvalidRuleException("minMatches must be between 1 and 1000", "minMatches");
        }
        if (rule.description() != null && rule.description().length() > MAX_DESCRIPTION_CHARS) {
            // a rule is one record of the tag-rules topic: a 2 MB description was refused by the broker (a 503)
            throw new InvalidRuleException("description is longer than " + MAX_DESCRIPTION_CHARS + " characters",
                    "description");
        }
        return parse(rule.query());
    }

    public Query parse(String queryString) {
        if (queryString == null || queryString.isBlank()) {
            throw new InvalidRuleException("query must not be empty", "query");
        }
        if (queryString.length() > MAX_QUERY_CHARS) {
            throw new InvalidRuleException("query is longer than " + MAX_QUERY_CHARS + " characters", "query");
        }
        if (nesting(queryString) > MAX_NESTING) {
            throw new InvalidRuleException("query nests parentheses deeper than " + MAX_NESTING, "query");
        }
        // A parser instance is not thread-safe, and parsing is rare (rule changes): one per call.
        QueryParser parser = new QueryParser(TagAnalyzers.TEXT_FIELD, analyzer);
        parser.setDefaultOperator(QueryParser.Operator.OR);
        parser.setSplitOnWhitespace(true);
        // "long-range" unquoted still means the phrase, not "long OR range".
        parser.setAutoGeneratePhraseQueries(true);
        Query query;
        try {
            query = parser.parse(queryString);
        } catch (ParseException e) {
            throw new InvalidRuleException(firstLine(e.getMessage()), "query");
        } catch (BooleanQuery.TooManyClauses e) {
            throw new InvalidRuleException("query has too many clauses: " + e.getMessage(), "query");
        } catch (RuntimeException | TokenMgrError e) {
            // The parser's token manager throws Errors and runtime exceptions for some inputs.
            throw new InvalidRuleException("cannot parse query: " + e.getMessage(), "query");
        }
        if (query == null || query instanceof MatchNoDocsQuery || (query instanceof BooleanQuery b && b.clauses().isEmpty())) {
            throw new InvalidRuleException("query matches nothing (no words in it?)", "query");
        }
        return SentenceScopedQueries.rewrite(query);
    }

    /** The deepest run of open parentheses (quoted or escaped ones counted too: a bound, not a parse). */
    static int nesting(String query) {
        int depth = 0;
        int deepest = 0;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '(') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == ')' && depth > 0) {
                depth--;
            }
        }
        return deepest;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "cannot parse query";
        }
        // The classic parser appends a long "Was expecting one of: ..." list; the first line is the useful part.
        int nl = message.indexOf('\n');
        String head = nl < 0 ? message : message.substring(0, nl);
        return head.strip();
    }
}
