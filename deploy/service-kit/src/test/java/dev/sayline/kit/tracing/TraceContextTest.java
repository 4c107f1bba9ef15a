package dev.sayline.kit.tracing;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TraceContextTest {

    @Test
    void aNewTraceIsAW3cTraceparent() {
        String header = new String(TraceContext.start().header(), StandardCharsets.US_ASCII);
        assertTrue(header.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01"), header);
    }

    @Test
    void continuingKeepsTheTraceAndStartsANewSpan() {
        TraceContext first = TraceContext.start();
        TraceContext next = TraceContext.continueFrom(first.header());
        assertEquals(first.traceId(), next.traceId());
        assertNotEquals(first.spanId(), next.spanId());
    }

    @Test
    void aMissingOrBadHeaderStartsANewTrace() {
        assertEquals(32, TraceContext.continueFrom(null).traceId().length());
        assertEquals(32, TraceContext.continueFrom("garbage".getBytes(StandardCharsets.US_ASCII)).traceId().length());
    }
}
