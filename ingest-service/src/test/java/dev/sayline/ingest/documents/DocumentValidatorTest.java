package dev.sayline.ingest.documents;

import dev.sayline.ingest.IngestConfig;
import dev.sayline.kit.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentValidatorTest {

    private static final IngestConfig CONFIG = new IngestConfig() {
        public int maxTextBytes() { return 100; }
        public int maxBatchDocuments() { return 10; }
        public Duration publishTimeout() { return Duration.ofSeconds(1); }
        public int retryAfterSeconds() { return 5; }
        public int batchConcurrency() { return 4; }
    };

    private final DocumentValidator validator =
            new DocumentValidator(CONFIG, Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC));

    private static IncomingDocument doc(String id, String text, String url, String publishedAt) {
        return new IncomingDocument(id, text, null, url, null, publishedAt);
    }

    @Test
    void clientIdIsKeptTrimmed() {
        RawDocumentEvent e = validator.validate(doc("  abc-1 ", "text", null, null), "");
        assertEquals("abc-1", e.id());
        assertEquals("2026-01-02T03:04:05Z", e.receivedAt());
    }

    @Test
    void sameTextGivesTheSameIdWhateverTheWhitespace() {
        String a = validator.validate(doc(null, "Lavrov  said\nthis.", null, null), "").id();
        String b = validator.validate(doc(null, " Lavrov said this. ", null, null), "").id();
        assertEquals(a, b);
        assertTrue(a.startsWith("sha256-"));
    }

    @Test
    void urlIsPartOfTheContentId() {
        String a = validator.validate(doc(null, "same", "https://a.example/1", null), "").id();
        String b = validator.validate(doc(null, "same", "https://a.example/2", null), "").id();
        assertNotEquals(a, b);
    }

    @Test
    void emptyTextIs400NamingTheField() {
        ProblemException e = assertThrows(ProblemException.class, () -> validator.validate(doc(null, "  ", null, null), ""));
        assertEquals(400, e.problem().status());
        assertEquals("text", e.problem().field());
    }

    @Test
    void oversizeTextIs413() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> validator.validate(doc(null, "x".repeat(101), null, null), ""));
        assertEquals(413, e.problem().status());
    }

    @Test
    void badIdIs400() {
        ProblemException e = assertThrows(ProblemException.class, () -> validator.validate(doc("a b/c", "t", null, null), ""));
        assertEquals("id", e.problem().field());
    }

    @Test
    void publishedAtMustBeIso() {
        assertEquals("2025-10-29", validator.validate(doc(null, "t", null, "2025-10-29"), "").publishedAt());
        assertEquals("2025-10-29T10:00:00Z", validator.validate(doc(null, "t", null, "2025-10-29T10:00:00Z"), "").publishedAt());
        ProblemException e = assertThrows(ProblemException.class, () -> validator.validate(doc(null, "t", null, "29/10/2025"), "line 2: "));
        assertEquals("publishedAt", e.problem().field());
        assertTrue(e.problem().detail().startsWith("line 2: "));
    }

    @Test
    void publishedAtIsReadAsEnrichReadsIt() {
        // once a 400 here and a 200 on POST /enrich, or the other way round
        assertEquals("2025-10-29T10:00:00", publishedAt("2025-10-29T10:00:00"));
        assertEquals("2025-10-29T10:00:00Z", publishedAt(" 2025-10-29t10:00:00z "));
        assertNull(publishedAt("  "));
        assertThrows(ProblemException.class, () -> publishedAt("+99999-12-31"));
    }

    private String publishedAt(String given) {
        return validator.validate(doc(null, "t", null, given), "").publishedAt();
    }
}
