package dev.sayline.enrich.speakers;

import dev.sayline.enrich.speakers.quotes.SourcePhrases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Degenerate inputs must not break the enricher (one bad document must not stop the pipeline). */
class RobustnessTest {

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\n\n", "“", "”", "\"", "“unclosed quote", "He said:", "Here:", "Posted by: x | y | 1",
            "x | y | 1—", "Question:", "A: b", "@handle", "-- X -- @h", "😀 “emoji” 😀 said Lavrov.", "According to",
            "said", ", he said.", "Lavrov:\n\n", "🔜a;🔜b", "“a” “b” “c”", "Mr. Mrs. Dr. St.", "(R-Ky.) said", "\u00a0― Name"})
    void oddInputsDoNotThrow(String text) {
        assertDoesNotThrow(() -> Fixture.enrich(text));
    }

    /**
     * Inputs that once backtracked or rescanned for minutes to hours (a signature line of spaces:
     * cubic; a long space run before a bracket note, a run of "A-": quadratic). The timeout only
     * stops a regression from holding the build for hours; it is no speed target (see the benchmarks).
     */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void pathologicalRunsFinish(int which) {
        String text = switch (which) {
            case 0 -> "Posted by: " + " ".repeat(20_000) + "x";
            case 1 -> "Posted by:" + "\u00a0".repeat(20_000) + "x | y | z";
            case 2 -> "Lavrov said:\n\n“x”" + " ".repeat(100_000) + "[a";
            default -> "A-".repeat(50_000);
        };
        assertTimeoutPreemptively(Duration.ofMinutes(1), () -> Fixture.enrich(text));
    }

    @Test
    void aForumSignatureStillNamesItsUser() {
        var quotes = Fixture.enrich("The talks will fail again.\n\nPosted by: Ivan_K | 12.03.2025 | 14").quotes();
        assertEquals(1, quotes.size());
        assertEquals("Ivan_K", quotes.get(0).speakerMention().text());
    }

    @Test
    void whetherANameIsCappedElsewhereIsAskedOfEachTextAfresh() {
        // the answers are kept per text (each is a scan of it): another text must not see the last one's
        String capped = "We met with the Lavrov delegation.";
        String notCapped = "Lavrov: yes. Lavrov: no.";
        assertTrue(SourcePhrases.cappedElsewhere(capped, "Lavrov"));
        assertFalse(SourcePhrases.cappedElsewhere(notCapped, "Lavrov"));
        assertTrue(SourcePhrases.cappedElsewhere(capped, "Lavrov"));
    }
}
