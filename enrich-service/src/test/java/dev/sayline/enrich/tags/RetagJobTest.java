package dev.sayline.enrich.tags;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class RetagJobTest {

    @Test
    void aJobThatRepublishedEverythingSucceedsEvenPastUnreadableRecords() {
        RetagJob job = new RetagJob("j1");
        job.read();
        job.published();
        job.read();
        job.skipped();
        job.finish();

        RetagJob.Status status = job.status();
        assertEquals(RetagJob.State.SUCCEEDED, status.state());
        assertEquals(1, status.documentsSkipped());
        assertNull(status.error());
        assertNotNull(status.finishedAt());
    }

    @Test
    void aJobThatCouldNotRepublishSomeDocumentsSaysSo() {
        RetagJob job = new RetagJob("j2");
        job.read();
        job.published();
        job.read();
        job.failed();
        job.finish();

        RetagJob.Status status = job.status();
        assertEquals(RetagJob.State.COMPLETED_WITH_FAILURES, status.state());
        assertEquals(1, status.documentsFailed());
        assertEquals("1 document(s) could not be republished and keep their old tags; run the job again",
                status.error());
    }
}
