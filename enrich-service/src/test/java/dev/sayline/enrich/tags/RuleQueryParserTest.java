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
    void deepNestingIsRejectedNotAStackOverflow() {
        // 3,990 levels overflowed the parser's stack: a 500 on PUT /tags/rules/{name}
        String deep = "(".repeat(3_990) + "peace" + ")".repeat(3_990);
        assertTrue(assertThrows(InvalidRuleException.class, () -> parser.parse(deep)).getMessage().contains("nests"));
        String nested = "(".repeat(RuleQueryParser.MAX_NESTING) + "peace" + ")".repeat(RuleQueryParser.MAX_NESTING);
        assertEquals(parser.parse("peace").toString(), parser.parse(nested).toString());
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
    void aDescriptionIsBoundedToFitTheRulesTopic() {
        TopicRule tooLong = new TopicRule("peace", "peace", "x".repeat(RuleQueryParser.MAX_DESCRIPTION_CHARS + 1),
                null, 0, null);
        assertEquals("description", assertThrows(InvalidRuleException.class, () -> parser.validate(tooLong)).field());
        assertNotNull(parser.validate(new TopicRule("peace", "peace", "x".repeat(RuleQueryParser.MAX_DESCRIPTION_CHARS),
                null, 0, null)));
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
