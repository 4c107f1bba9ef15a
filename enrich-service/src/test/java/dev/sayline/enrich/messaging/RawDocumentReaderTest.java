package dev.sayline.enrich.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RawDocumentReaderTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aReceiptTimeThatIsNoInstantIsRefusedHereNotByTheIndexLater() throws Exception {
        // it orders the index's writes: Elasticsearch refused it, and every replay made a new dead letter
        assertThrows(IllegalArgumentException.class, () -> RawDocumentReader.read(json,
                "{\"id\":\"a\",\"text\":\"Hello.\",\"receivedAt\":\"notadate\"}", "a"));
        assertEquals("2026-11-22T23:00:00.123456Z", RawDocumentReader.read(json,
                "{\"id\":\"a\",\"text\":\"Hello.\",\"receivedAt\":\"2026-11-22T23:00:00.123456Z\"}", "a").receivedAt());
    }
}
