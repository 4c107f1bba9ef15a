package dev.sayline.enrich.speakers.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentLayoutTest {

    @Test
    void aSentenceWithoutStopsIsCutAtSpacesSoLookBacksStayShort() {
        // 100 KB of "said " with no stop was one sentence: every cue looked back over all of it (minutes for 1 MB)
        String text = "said ".repeat(20_000);
        DocumentLayout layout = new DocumentLayout(text);
        assertTrue(layout.sentenceCount() >= text.length() / DocumentLayout.MAX_SENTENCE_CHARS);
        int covered = 0;
        for (int i = 0; i < layout.sentenceCount(); i++) {
            int s = layout.sentenceStart(i);
            int e = layout.sentenceEnd(i);
            assertTrue(e - s <= DocumentLayout.MAX_SENTENCE_CHARS, "piece " + i + " is " + (e - s));
            assertTrue(s == 0 || text.charAt(s - 1) == ' ', "cut at a space");
            covered += e - s;
        }
        assertTrue(covered >= text.strip().length() - layout.sentenceCount(), "only the spaces at the cuts are left out");
    }

    @Test
    void proseSentencesAreUntouched() {
        DocumentLayout layout = new DocumentLayout("Lavrov said talks go on. Zelensky disagreed.");
        assertEquals(2, layout.sentenceCount());
        assertEquals("Zelensky disagreed.", layout.text().substring(layout.sentenceStart(1), layout.sentenceEnd(1)));
    }
}
