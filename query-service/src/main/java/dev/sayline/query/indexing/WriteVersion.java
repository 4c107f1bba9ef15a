package dev.sayline.query.indexing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The external version a document is written with, so the index never lets an older enrichment
 * overwrite a newer one (architecture.md, "Identity and versions"). The high bits are the
 * enricher generation, the sum of the enricher versions in {@code enrichmentVersion}
 * ({@code dates@3+speakers@1+tags@1} → 5), which only grows as enrichers are upgraded; the low 42
 * bits are the enrichment time in milliseconds (enough until 2109). So a document from an
 * upgraded enricher wins over one from an instance still on the old version even when the old
 * one wrote later, and among equal generations the later enrichment wins (a re-tag, a
 * redelivery). Rolling back an enricher therefore needs a new index version.
 */
final class WriteVersion {

    private static final Pattern ENRICHER_VERSION = Pattern.compile("@(\\d{1,6})");
    private static final int TIME_BITS = 42;
    private static final long TIME_MASK = (1L << TIME_BITS) - 1;
    /** 63 - 42 bits: the largest generation that keeps the version positive. */
    private static final long MAX_GENERATION = (1L << (63 - TIME_BITS)) - 1;

    private WriteVersion() {
    }

    static long of(String enrichmentVersion, long enrichedAtMillis) {
        // Clamped: a negative time (no timestamp) must not become the highest version of its generation.
        long time = Math.max(0, Math.min(enrichedAtMillis, TIME_MASK));
        return generation(enrichmentVersion) << TIME_BITS | time;
    }

    static long generation(String enrichmentVersion) {
        if (enrichmentVersion == null) {
            return 0;
        }
        long sum = 0;
        Matcher m = ENRICHER_VERSION.matcher(enrichmentVersion);
        while (m.find()) {
            sum += Long.parseLong(m.group(1));
        }
        return Math.min(sum, MAX_GENERATION);
    }
}
