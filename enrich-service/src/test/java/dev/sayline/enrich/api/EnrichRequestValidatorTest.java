package dev.sayline.enrich.api;

import dev.sayline.enrich.EnrichConfig;
import dev.sayline.enrich.model.RawDocument;
import dev.sayline.kit.problem.ProblemException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** publishedAt as the gold sets give it: a date, a date-time with an offset, or a local date-time. */
class EnrichRequestValidatorTest {

    private final EnrichRequestValidator validator = new EnrichRequestValidator(new EnrichConfig() {
        @Override
        public int maxTextBytes() {
            return 1 << 20;
        }

        @Override
        public int maxBatchDocuments() {
            return 10;
        }
    });

    private RawDocument doc(String publishedAt) {
        return new RawDocument("d1", "text", null, null, null, publishedAt, null);
    }

    @Test
    void acceptsDatesAndDateTimesWithOrWithoutOffset() {
        for (String v : new String[]{"1998-01-08", "1990-08-15T13:37", "1998-02-19T08:02:00",
                "2025-12-29T17:48:00Z", "2025-12-29T17:48:00+01:00", "2025-12-29T17:48:00-05:00"}) {
            assertEquals(v, validator.validate(doc(v), "").publishedAt());
        }
    }

    @Test
    void aBlankDateIsNoDateAsOnIngest() {
        assertEquals("  ", validator.validate(doc("  "), "").publishedAt());
        assertEquals("2025-10-29t10:00:00z", validator.validate(doc("2025-10-29t10:00:00z"), "").publishedAt());
    }

    @Test
    void rejectsWhatIsNoDate() {
        ProblemException e = assertThrows(ProblemException.class, () -> validator.validate(doc("yesterday"), ""));
        assertEquals("publishedAt", e.problem().field());
    }
}
