package dev.sayline.query.indexing;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SentencesTest {

    @Test
    void stopsAtSentenceEndsAndLineBreaks() {
        String text = "First one. He said it was fine. Then more.\nA new line here.";
        int start = text.indexOf("it was");
        assertEquals("He said it was fine.", Sentences.around(text, start, start + 6, 600));
        int nl = text.indexOf("new line");
        assertEquals("A new line here.", Sentences.around(text, nl, nl + 3, 600));
    }

    @Test
    void abbreviationLikeDotsWithoutSpaceDoNotEndASentence() {
        String text = "Version 2.5 was out, she said.";
        assertEquals(text, Sentences.around(text, 0, 3, 600));
    }

    @Test
    void longSentencesAreCutAroundTheSpan() {
        String text = "word ".repeat(300) + "KEY " + "word ".repeat(300) + ".";
        int start = text.indexOf("KEY");
        String s = Sentences.around(text, start, start + 3, 100);
        assertTrue(s.contains("KEY"));
        assertTrue(s.length() <= 100, "length " + s.length());
    }
}
