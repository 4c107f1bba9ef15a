package dev.sayline.enrich.tags;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** Progress of one re-tag run; read by {@code GET /tags/retag/{id}} while it runs. */
public final class RetagJob {

    /**
     * {@code COMPLETED_WITH_FAILURES}: the replay reached its end but some documents could not be
     * republished, so the index still holds their old tags; running the job again retries them.
     */
    public enum State { RUNNING, SUCCEEDED, COMPLETED_WITH_FAILURES, FAILED }

    private final String id;
    private final Instant startedAt = Instant.now();
    private final AtomicLong read = new AtomicLong();
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private volatile State state = State.RUNNING;
    private volatile long total = -1;
    private volatile String tagRulesVersion;
    private volatile Instant finishedAt;
    private volatile String error;

    RetagJob(String id) {
        this.id = id;
    }

    /** What the status endpoint shows. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Status(String id, State state, String startedAt, String finishedAt, String tagRulesVersion,
                         Long documentsTotal, long documentsRead, long documentsPublished, long documentsFailed,
                         long documentsSkipped, String error) {
    }

    public String id() {
        return id;
    }

    public State state() {
        return state;
    }

    public Status status() {
        return new Status(id, state, startedAt.toString(), finishedAt == null ? null : finishedAt.toString(),
                tagRulesVersion, total < 0 ? null : total, read.get(), published.get(), failed.get(), skipped.get(),
                error);
    }

    void total(long n) {
        total = n;
    }

    void rulesVersion(String version) {
        tagRulesVersion = version;
    }

    void read() {
        read.incrementAndGet();
    }

    void published() {
        published.incrementAndGet();
    }

    void failed() {
        failed.incrementAndGet();
    }

    /** A raw record that cannot be read: the live path dead-lettered it already, so it is no failure of this job. */
    void skipped() {
        skipped.incrementAndGet();
    }

    void finish() {
        long notPublished = failed.get();
        if (notPublished > 0) {
            error = notPublished + " document(s) could not be republished and keep their old tags; run the job again";
        }
        finishedAt = Instant.now();
        state = notPublished == 0 ? State.SUCCEEDED : State.COMPLETED_WITH_FAILURES;
    }

    void fail(String message) {
        error = message;
        finishedAt = Instant.now();
        state = State.FAILED;
    }
}
