package dev.sayline.enrich.tags;

import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleQueryParserTest {

    private final RuleQueryParser parser = new RuleQueryParser(TagAnalyzers.english());

    private static TopicRule rule(String name, String query) {
        return new TopicRule(name, query, null, null, 0, null);
    }

    @Test
    void parsesBooleanPhraseProximityAndFieldSyntax() {
        Query q = parser.validate(rule("ceasefire", "ceasefire OR \"cease fire\" OR (truce AND -\"no truce\") OR \"halt fighting\"~3 OR title:armistice"));
        String s = q.toString();
        assertTrue(s.contains("ceasefir"), s); // stemmed like the documents
        assertTrue(s.contains("BLOCK(ceas,fire)"), s); // the phrase, word for word
        assertTrue(s.contains("MAXWIDTH/5(UNORDERED(halt,fight))"), s); // "halt fighting"~3
        assertTrue(s.contains("BLOCK(no,truce)"), s); // the NOT, kept out of the same sentence
        assertTrue(s.contains("title:armistic"), s);
    }

    @Test
    void syntaxErrorCarriesTheParsersMessage() {
        InvalidRuleException e = assertThrows(InvalidRuleException.class, () -> parser.validate(rule("bad", "(peace AND talks")));
        assertEquals("query", e.field());
        assertTrue(e.getMessage().startsWith("Cannot parse"), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    @Test
    void unbalancedQuoteIsRejected() {
        InvalidRuleException e = assertThrows(InvalidRuleException.class, () -> parser.parse("\"peace talks"));
        assertNotNull(e.getMessage());
    }

    @Test
    void emptyAndWordlessQueriesAreRejected() {
        assertThrows(InvalidRuleException.class, () -> parser.parse("  "));
        InvalidRuleException e = assertThrows(InvalidRuleException.class, () -> parser.parse("\"... ,,,\""));
        assertTrue(e.getMessage().contains("matches nothing"), e.getMessage());
    }

    @Test
    void constructsThatCannotBeScopedToASentenceAreRejected() {
        assertTrue(assertThrows(InvalidRuleException.class, () -> parser.parse("[a TO c]")).getMessage().contains("unsupported"));
        assertThrows(InvalidRuleException.class, () -> parser.parse("-peace"));
        assertThrows(InvalidRuleException.class, () -> parser.parse("peace AND title:talks"));
    }

    @Test
    void unquotedHyphenatedWordsArePhrases() {
        assertTrue(parser.parse("long-range").toString().contains("BLOCK(long,rang)"));
    }

    @Test
    void namesAreLowerCaseSlugs() {
        assertEquals("name", assertThrows(InvalidRuleException.class, () -> parser.validate(rule("Peace Talks", "peace"))).field());
        assertEquals("name", assertThrows(InvalidRuleException.class, () -> parser.validate(rule(null, "peace"))).field());
        assertEquals("name", assertThrows(InvalidRuleException.class, () -> parser.validate(rule("-x", "peace"))).field());
        assertNotNull(parser.validate(rule("nato-expansion-2", "nato")));
    }

    @Test
    void minMatchesMustBePositive() {
        TopicRule r = new TopicRule("x", "peace", null, 0, 0, null);
        assertEquals("minMatches", assertThrows(InvalidRuleException.class, () -> parser.validate(r)).field());
    }
}
