package dev.sayline.kit.tracing;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * A W3C Trace Context {@code traceparent} ({@code 00-<trace id>-<span id>-01}) carried in a Kafka
 * header from ingest to index. We write the header ourselves rather than run OpenTelemetry: the
 * machines have no collector, and one header plus an MDC entry is all the logs need. The
 * format is the standard one, so a service that later enables OpenTelemetry continues the trace.
 */
public record TraceContext(String traceId, String spanId) {

    public static final String HEADER = "traceparent";
    private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}");

    /** A new trace: where a document enters Sayline. */
    public static TraceContext start() {
        return new TraceContext(hex(16), hex(8));
    }

    /** Continues {@code header}'s trace with a new span, or starts one when the header is absent or bad. */
    public static TraceContext continueFrom(byte[] header) {
        if (header != null) {
            var m = TRACEPARENT.matcher(new String(header, StandardCharsets.US_ASCII));
            if (m.matches()) {
                return new TraceContext(m.group(1), hex(8));
            }
        }
        return start();
    }

    public byte[] header() {
        return ("00-" + traceId + "-" + spanId + "-01").getBytes(StandardCharsets.US_ASCII);
    }

    private static String hex(int bytes) {
        StringBuilder sb = new StringBuilder(bytes * 2);
        ThreadLocalRandom r = ThreadLocalRandom.current();
        for (int i = 0; i < bytes; i++) {
            sb.append(String.format("%02x", r.nextInt(256)));
        }
        return sb.toString();
    }
}
