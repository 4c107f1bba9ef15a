package dev.sayline.enrich.tags;

import dev.sayline.enrich.model.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeyphraseExtractorTest {

    private final KeyphraseExtractor extractor = new KeyphraseExtractor();

    private static final String TEXT = """
            The harbour authority approved a new container terminal on Monday.
            The container terminal will double the harbour's capacity, the authority said.
            Local fishermen fear that the container terminal will end their trade.
            The harbour authority promised a fishing fund for the affected families.
            Critics say the fishing fund is too small and the container terminal too large.
            """;

    @Test
    void findsRepeatedMultiWordPhrasesFirst() {
        List<Tag> tags = extractor.extract(TEXT, 5);
        assertTrue(tags.size() >= 2 && tags.size() <= 5, tags.toString());
        List<String> phrases = tags.stream().map(Tag::tag).map(String::toLowerCase).toList();
        assertTrue(phrases.contains("container terminal"), phrases.toString());
        assertTrue(phrases.contains("harbour authority"), phrases.toString());
        for (Tag t : tags) {
            assertEquals(Tag.KEYPHRASE, t.kind());
            assertTrue(t.tag().contains(" "), "multi-word: " + t.tag());
            assertTrue(t.score() > 0 && t.score() <= 1.0, t.toString());
        }
        assertEquals(1.0, tags.get(0).score(), 1e-9);
    }

    @Test
    void noPhraseStartsOrEndsWithAStopWordOrSpansPunctuation() {
        for (Tag t : extractor.extract(TEXT, 10)) {
            String[] words = t.tag().toLowerCase().split(" ");
            assertTrue(!words[0].equals("the") && !words[words.length - 1].equals("the"), t.tag());
            assertTrue(!t.tag().contains(","), t.tag());
        }
    }

    @Test
    void nearDuplicatesAreDropped() {
        List<String> phrases = extractor.extract(TEXT, 5).stream().map(t -> t.tag().toLowerCase()).toList();
        assertEquals(1, phrases.stream().filter(p -> p.contains("terminal")).count(), phrases.toString());
    }

    @Test
    void emptyAndTinyTextsGiveNothing() {
        assertTrue(extractor.extract("", 5).isEmpty());
        assertTrue(extractor.extract("Hello.", 5).isEmpty());
        assertTrue(extractor.extract(TEXT, 0).isEmpty());
    }

    @Test
    void urlsAreIgnored() {
        List<Tag> tags = extractor.extract("Read https://example.org/container-terminal-news today. " + TEXT, 5);
        assertTrue(tags.stream().noneMatch(t -> t.tag().toLowerCase().contains("example")), tags.toString());
    }
}
