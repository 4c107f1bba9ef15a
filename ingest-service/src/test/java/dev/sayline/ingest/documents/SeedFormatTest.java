package dev.sayline.ingest.documents;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SeedFormatTest {

    @Test
    void headerBecomesPublishedAtAndLeavesTheBody() {
        IncomingDocument doc = SeedFormat.parse(" date 2025-10-29 I saw this bit of news.");
        assertEquals("2025-10-29", doc.publishedAt());
        assertEquals("I saw this bit of news.", doc.text());
    }

    @Test
    void headerOnItsOwnLineIsAcceptedToo() {
        IncomingDocument doc = SeedFormat.parse("date 2024-01-02\nBody line");
        assertEquals("2024-01-02", doc.publishedAt());
        assertEquals("Body line", doc.text());
    }

    @Test
    void bodyKeepsItsOwnLeadingSpacesAfterTheSeparator() {
        assertEquals("  indented", SeedFormat.parse(" date 2025-10-29   indented").text());
    }

    @Test
    void textWithoutHeaderIsTakenWhole() {
        IncomingDocument doc = SeedFormat.parse("Just a text about a date 2025-10-29 in the middle.");
        assertNull(doc.publishedAt());
        assertEquals("Just a text about a date 2025-10-29 in the middle.", doc.text());
    }
}
