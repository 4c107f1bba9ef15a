package dev.sayline.kit.problem;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/**
 * The request sizes a service accepts ({@code sayline.http.limits.*}); larger requests get a
 * problem+json 414 or 431 from {@link RequestSizeLimits}. Keep them below the HTTP codec's own
 * limits ({@code quarkus.http.limits.max-initial-line-length} and {@code max-header-size}, raised
 * in this kit's {@code META-INF/microprofile-config.properties}), which answer without a body.
 */
@ConfigMapping(prefix = "sayline.http.limits")
public interface RequestLimitsConfig {

    /** Longest request URI (path and query string, in characters); longer is a 414. */
    @WithDefault("4096")
    int maxUriLength();

    /** Most header bytes (each name, ": " and value); more is a 431. */
    @WithDefault("20480")
    int maxHeaderSize();

    /** Most body bytes being served at once ({@link InFlightBodyBudget}); an eighth of the heap when unset. */
    Optional<Long> inFlightBodyBytes();

    /**
     * Slowest a body may arrive, measured over each {@link #bodyRatePeriod()}; slower is a 408 and the
     * connection closes, so a client trickling its body cannot hold its share of the in-flight budget.
     */
    @WithDefault("1024")
    long minBodyBytesPerSecond();

    /** How often the arrival of a body is measured. */
    @WithDefault("10s")
    Duration bodyRatePeriod();
}
