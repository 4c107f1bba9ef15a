package dev.sayline.query.indexing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndexSourceMapperTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void addsMentionedDateRangesWithoutDuplicates() throws Exception {
        ObjectNode doc = (ObjectNode) json.readTree("""
                {"id":"a","publishedAt":"2025-10-29","text":"x",
                 "dates":[{"value":"2021-12"},{"value":"2021-12"},{"value":"P3D"},{"value":"PRESENT_REF"}]}""");
        JsonNode out = new IndexSourceMapper().map(doc);
        assertEquals(2, out.get("mentionedDates").size());
        assertEquals("2021-12-01", out.get("mentionedDates").get(0).get("gte").asText());
        assertEquals("2021-12-31", out.get("mentionedDates").get(0).get("lte").asText());
        assertEquals("2025-10-29", out.get("mentionedDates").get(1).get("gte").asText());
        assertFalse(doc.has("mentionedDates"), "the input is not changed");
    }

    @Test
    void topicsAreTheTagsOfKindTopicOrWithoutAKind() throws Exception {
        ObjectNode doc = (ObjectNode) json.readTree("""
                {"id":"t","text":"x","tags":[{"tag":"ceasefire","kind":"topic"},{"tag":"air truce","kind":"keyphrase"},
                                             {"tag":"nato"}]}""");
        List<String> topics = new ArrayList<>();
        new IndexSourceMapper().map(doc).get("topics").forEach(t -> topics.add(t.asText()));
        assertEquals(List.of("ceasefire", "nato"), topics);
    }

    @Test
    void quotesGetDateAliasesAndSentenceWithCodePointOffsets() throws Exception {
        // The emoji is two UTF-16 units but one code point: offsets below are code points.
        String text = "Intro \uD83D\uDE00 here. Lavrov said \"NATO is a threat\" on Monday. Next one.";
        int cpStart = text.codePointCount(0, text.indexOf("\"NATO"));
        int cpEnd = cpStart + "\"NATO is a threat\"".length();
        ObjectNode doc = (ObjectNode) json.readTree("""
                {"id":"b","publishedAt":"2025-11-02T10:00:00Z","text":%s,
                 "quotes":[{"start":%d,"end":%d,"text":"\\"NATO is a threat\\"","kind":"direct","speaker":"Sergey Lavrov"},
                           {"start":0,"end":5,"text":"Intro","kind":"indirect","speaker":null}],
                 "speakers":[{"name":"Sergey Lavrov","mentions":["Lavrov","he","Russia's foreign minister"],"quoteCount":1},
                             {"name":"Someone Else","mentions":["Else"],"quoteCount":0}]}"""
                .formatted(json.writeValueAsString(text), cpStart, cpEnd));
        JsonNode q = new IndexSourceMapper().map(doc).get("quotes").get(0);
        assertEquals("2025-11-02T10:00:00Z", q.get("publishedAt").asText());
        List<String> aliases = new ArrayList<>();
        q.get("speakerAliases").forEach(a -> aliases.add(a.asText()));
        assertEquals(List.of("Sergey Lavrov", "Lavrov", "Russia's foreign minister"), aliases);
        assertEquals("Lavrov said \"NATO is a threat\" on Monday.", q.get("sentence").asText());
        JsonNode unattributed = new IndexSourceMapper().map(doc).get("quotes").get(1);
        assertNull(unattributed.get("speakerAliases"));
        assertTrue(unattributed.get("sentence").asText().startsWith("Intro"));
    }

    @Test
    void offsetsOutsideTheTextGiveNoSentence() throws Exception {
        ObjectNode doc = (ObjectNode) json.readTree("""
                {"id":"c","text":"Short.","quotes":[{"start":3,"end":99,"text":"?","kind":"direct"}]}""");
        assertNull(new IndexSourceMapper().map(doc).get("quotes").get(0).get("sentence"));
    }
}
