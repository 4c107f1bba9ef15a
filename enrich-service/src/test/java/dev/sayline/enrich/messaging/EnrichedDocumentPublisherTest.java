package dev.sayline.enrich.messaging;

import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletionException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EnrichedDocumentPublisherTest {

    @Test
    void aRecordTooLargeIsNotRetriedWhateverWrapsIt() {
        assertFalse(EnrichedDocumentPublisher.worthRetrying(new RecordTooLargeException("1.6 MB")));
        assertFalse(EnrichedDocumentPublisher.worthRetrying(new CompletionException(new RecordTooLargeException("x"))));
        assertTrue(EnrichedDocumentPublisher.worthRetrying(new TimeoutException("broker down")));
        assertTrue(EnrichedDocumentPublisher.worthRetrying(new IllegalStateException("anything else")));
    }
}
