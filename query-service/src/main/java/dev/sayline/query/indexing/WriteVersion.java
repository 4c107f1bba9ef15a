package dev.sayline.query.indexing;

import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The external version a document is written with (version type {@code external_gte}), so the
 * index never lets an older text or an older enrichment overwrite a newer one (architecture.md,
 * "Identity and versions"). From the highest bits down:
 * <ol>
 *   <li>42 bits: when ingest received the text ({@code receivedAt}, milliseconds, enough until
 *   2109). A newer text wins over any enrichment of an older one: a re-tag or a dead-letter
 *   replay that re-enriches the old text after an update was indexed must not bring it back.</li>
 *   <li>8 bits: the enricher generation, the sum of the enricher versions in
 *   {@code enrichmentVersion} ({@code dates@3+speakers@1+tags@1} → 5), which only grows as
 *   enrichers are upgraded: of one text, an upgraded enricher's copy wins over one an instance
 *   still on the old version wrote later. Rolling back an enricher therefore needs a new index
 *   version.</li>
 *   <li>13 bits: hours from receipt to enrichment: of one text and generation, a later enrichment
 *   (a re-tag) wins. Within the same hour, or past 341 days, the copies tie and the later write
 *   wins ({@code external_gte}), which in a partition's order is the later enrichment.</li>
 * </ol>
 */
final class WriteVersion {

    private static final Pattern ENRICHER_VERSION = Pattern.compile("@(\\d{1,6})");
    private static final int LATENESS_BITS = 13;
    private static final int GENERATION_BITS = 8;
    private static final int RECEIVED_BITS = 63 - GENERATION_BITS - LATENESS_BITS;
    private static final long MAX_RECEIVED = (1L << RECEIVED_BITS) - 1;
    private static final long MAX_GENERATION = (1L << GENERATION_BITS) - 1;
    private static final long MAX_LATENESS = (1L << LATENESS_BITS) - 1;

    private WriteVersion() {
    }

    /** Times in epoch milliseconds; a negative one (missing) counts as the lowest. */
    static long of(long receivedAtMillis, String enrichmentVersion, long enrichedAtMillis) {
        long received = clamp(receivedAtMillis, MAX_RECEIVED);
        long lateness = clamp(TimeUnit.MILLISECONDS.toHours(enrichedAtMillis - received), MAX_LATENESS);
        return received << (GENERATION_BITS + LATENESS_BITS)
                | generation(enrichmentVersion) << LATENESS_BITS
                | lateness;
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
        return clamp(sum, MAX_GENERATION);
    }

    private static long clamp(long value, long max) {
        return Math.max(0, Math.min(value, max));
    }
}
