package dev.sayline.enrich.speakers;

import dev.sayline.enrich.speakers.quotes.SourcePhrases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
