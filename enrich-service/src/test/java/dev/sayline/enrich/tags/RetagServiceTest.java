package dev.sayline.enrich.tags;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;

class RetagServiceTest {

    @Test
    void aBrokerThatDoesNotAnswerIsSaidToBeUnreachable() {
        // nothing listens on port 1; a job started anyway was a 202 and then FAILED
        RetagService service = new RetagService(null, null, null, "127.0.0.1:1", "documents.raw",
                "documents.enriched", true, 1_048_576);
        assertFalse(service.brokerReachable());
    }
}
