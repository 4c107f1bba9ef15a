package dev.sayline.query.indexing;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WriteVersionTest {

    private static final long JAN = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();
    private static final long MAR = Instant.parse("2026-03-01T00:00:00Z").toEpochMilli();

    @Test
    void theGenerationIsTheSumOfTheEnricherVersions() {
        assertEquals(5, WriteVersion.generation("dates@3+speakers@1+tags@1"));
        assertEquals(0, WriteVersion.generation(null));
        assertEquals(0, WriteVersion.generation("unversioned"));
    }

    @Test
    void anUpgradeWinsOverALaterWriteOfTheOldVersion() {
        assertTrue(WriteVersion.of("dates@4+speakers@1+tags@1", JAN) > WriteVersion.of("dates@3+speakers@1+tags@1", MAR));
    }

    @Test
    void withinOneGenerationTheLaterEnrichmentWins() {
        assertTrue(WriteVersion.of("dates@3+tags@1", MAR) > WriteVersion.of("dates@3+tags@1", JAN));
        assertEquals(JAN, WriteVersion.of(null, JAN), "without enricher versions the version is the time");
    }

    @Test
    void theVersionStaysPositiveForAnyGeneration() {
        assertTrue(WriteVersion.of("a@999999+b@999999+c@999999", MAR) > 0);
    }

    @Test
    void aMissingTimeIsTheLowestVersionOfItsGeneration() {
        assertEquals(WriteVersion.of("dates@3", 0), WriteVersion.of("dates@3", -1));
    }
}
