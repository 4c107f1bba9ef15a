package dev.sayline.enrich.tags;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** Progress of one re-tag run; read by {@code GET /tags/retag/{id}} while it runs. */
public final class RetagJob {

    public enum State { RUNNING, SUCCEEDED, FAILED }

    private final String id;
    private final Instant startedAt = Instant.now();
    private final AtomicLong read = new AtomicLong();
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
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
                         String error) {
    }

    public String id() {
        return id;
    }

    public State state() {
        return state;
    }

    public Status status() {
        return new Status(id, state, startedAt.toString(), finishedAt == null ? null : finishedAt.toString(),
                tagRulesVersion, total < 0 ? null : total, read.get(), published.get(), failed.get(), error);
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

    void succeed() {
        finishedAt = Instant.now();
        state = State.SUCCEEDED;
    }

    void fail(String message) {
        error = message;
        finishedAt = Instant.now();
        state = State.FAILED;
    }
}
