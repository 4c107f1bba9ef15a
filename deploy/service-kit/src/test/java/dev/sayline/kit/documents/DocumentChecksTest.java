package dev.sayline.kit.documents;

import dev.sayline.kit.problem.ProblemException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DocumentChecksTest {

    @Test
    void aTextWithNothingVisibleIs400() {
        for (String text : new String[] {"\u00a0\u00a0", "\u200b", "\u0000 \u0000", "\ufeff", "\u0085\u2028",
                "\u3164", "\u2800 \u034f", "\u0301\u0301", "\ue000"}) {
            ProblemException e = assertThrows(ProblemException.class, () -> DocumentChecks.text(text, 100, ""));
            assertEquals("text", e.problem().field());
        }
        assertDoesNotThrow(() -> DocumentChecks.text("\u00a0Kyiv\u200b", 100, ""));
    }

    @Test
    void wholeSurrogatePairsAreCharacters() {
        assertDoesNotThrow(() -> DocumentChecks.wellFormed("a 😀 b 😀😀", "text", ""));
        assertDoesNotThrow(() -> DocumentChecks.wellFormed(null, "title", ""));
    }

    @Test
    void halfAPairIs400NamingFieldAndPlace() {
        for (String value : new String[] {"a \ud83d b", "a \ude00", "\ud83d", "😀\ude00"}) {
            ProblemException e = assertThrows(ProblemException.class,
                    () -> DocumentChecks.wellFormed(value, "title", "line 2: "));
            assertEquals(400, e.problem().status());
            assertEquals("title", e.problem().field());
        }
        ProblemException e = assertThrows(ProblemException.class,
                () -> DocumentChecks.text("a \ud83d b", 100, "line 2: "));
        assertEquals("line 2: text holds an unpaired surrogate (\\ud83d) at character 2: it is no Unicode character",
                e.getMessage());
    }
}
