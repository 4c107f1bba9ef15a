package dev.sayline.kit.documents;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentIdsTest {

    @Test
    void theSameTextIsOneDocumentWhateverItsWhitespace() {
        String id = DocumentIds.contentHash("Lavrov said so.", null);
        assertTrue(id.matches("sha256-[0-9a-f]{32}"), id);
        assertEquals(id, DocumentIds.contentHash("  Lavrov \n said\tso. ", null));
        assertEquals(id, DocumentIds.contentHash("Lavrov said so.", " "));
    }

    @Test
    void theUrlTellsTwoCopiesOfOneTextApart() {
        assertNotEquals(DocumentIds.contentHash("Same words.", "https://a.example/1"),
                DocumentIds.contentHash("Same words.", "https://b.example/1"));
    }

    @Test
    void clientIdsFollowTheConvention() {
        assertTrue(DocumentIds.VALID_ID.matcher("000_1ad443b97d3d436f").matches());
        assertTrue(DocumentIds.VALID_ID.matcher("wire:2025-10-29.a").matches());
        assertFalse(DocumentIds.VALID_ID.matcher("has space").matches());
        assertFalse(DocumentIds.VALID_ID.matcher("x".repeat(201)).matches());
    }
}
