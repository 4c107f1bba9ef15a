package dev.sayline.query.indexing;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WriteVersionTest {

    private static final long RECEIVED = Instant.parse("2025-12-01T00:00:00Z").toEpochMilli();
    private static final long UPDATED = Instant.parse("2025-12-15T00:00:00Z").toEpochMilli();
    private static final long JAN = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();
    private static final long MAR = Instant.parse("2026-03-01T00:00:00Z").toEpochMilli();

    @Test
    void theGenerationIsTheSumOfTheEnricherVersions() {
        assertEquals(5, WriteVersion.generation("dates@3+speakers@1+tags@1"));
        assertEquals(0, WriteVersion.generation(null));
        assertEquals(0, WriteVersion.generation("unversioned"));
    }

    @Test
    void aNewerTextWinsOverALaterEnrichmentOfTheOlderOne() {
        // a re-tag republished the old text in March, after the update of December 15 was indexed
        assertTrue(WriteVersion.of(UPDATED, "dates@3", UPDATED) > WriteVersion.of(RECEIVED, "dates@4", MAR));
    }

    @Test
    void ofOneTextAnUpgradeWinsOverALaterWriteOfTheOldVersion() {
        assertTrue(WriteVersion.of(RECEIVED, "dates@4+speakers@1+tags@1", JAN)
                > WriteVersion.of(RECEIVED, "dates@3+speakers@1+tags@1", MAR));
    }

    @Test
    void ofOneTextAndGenerationTheLaterEnrichmentWinsAndTheSameHourTies() {
        assertTrue(WriteVersion.of(RECEIVED, "dates@3+tags@1", MAR) > WriteVersion.of(RECEIVED, "dates@3+tags@1", JAN));
        assertEquals(WriteVersion.of(RECEIVED, "dates@3", JAN), WriteVersion.of(RECEIVED, "dates@3", JAN + 59 * 60_000));
    }

    @Test
    void theVersionStaysPositiveAndOrderedAtTheLimits() {
        assertTrue(WriteVersion.of(RECEIVED, "a@999999+b@999999+c@999999", MAR) > 0);
        assertTrue(WriteVersion.of(Long.MAX_VALUE, "a@999999", Long.MAX_VALUE) > 0);
        assertTrue(WriteVersion.of(RECEIVED, "dates@3", RECEIVED + 400L * 24 * 3_600_000) > 0, "past 341 days");
    }

    @Test
    void missingTimesAreTheLowest() {
        assertEquals(WriteVersion.of(0, "dates@3", 0), WriteVersion.of(-1, "dates@3", -1));
        assertEquals(WriteVersion.of(RECEIVED, "dates@3", RECEIVED), WriteVersion.of(RECEIVED, "dates@3", RECEIVED - 5));
    }
}
