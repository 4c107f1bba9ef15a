package dev.sayline.kit.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Admits request bodies only while the bytes declared by those being served fit a budget
 * ({@code sayline.http.limits.in-flight-body-bytes}, an eighth of the heap by default); past it a
 * request is a 503 with {@code Retry-After}, answered before its body is read. A body is held
 * about six times over while it is decoded, parsed and published (bytes, text, documents, records;
 * UTF-16 where it is not Latin-1): three 31 MB batches admitted at once by a quarter-heap budget
 * all ran a 384 MB heap out of memory. A body on its own is always admitted ({@code max-body-size}
 * bounds it). A chunked body declares no length, so it counts as the largest it may grow to,
 * {@code max-body-size}: the budget cannot see its bytes as they arrive, and guessing low would
 * let a few of them exhaust the heap. A body with a length that arrives slower than
 * {@code sayline.http.limits.min-body-bytes-per-second} is a 408 and its share returns to the
 * budget: a client trickling a byte at a time would otherwise hold it for good. A chunked body is
 * not measured: its end cannot be told from here ({@code isEnded()} stays false while the request
 * waits for a worker thread), so a slow one would be cut off while it is being processed.
 */
@ApplicationScoped
public class InFlightBodyBudget {

    private final AtomicLong inFlight = new AtomicLong();
    private final RequestLimitsConfig limits;
    private final long budget;
    private final long maxBodyBytes;
    private final ObjectMapper json;

    public InFlightBodyBudget(RequestLimitsConfig limits, RequestSizeLimits sizeLimits, ObjectMapper json) {
        this.limits = limits;
        this.budget = limits.inFlightBodyBytes().orElse(Runtime.getRuntime().maxMemory() / 8);
        this.maxBodyBytes = sizeLimits.maxBodyBytes();
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::admit);
    }

    private void admit(RoutingContext rc) {
        long length = RequestSizeLimits.declaredBodyLength(rc);
        long declared = length < 0 && rc.request().headers().contains(HttpHeaders.TRANSFER_ENCODING)
                ? maxBodyBytes : length;
        if (declared <= 0) {
            rc.next();
            return;
        }
        long total = inFlight.addAndGet(declared);
        if (total > budget && total != declared) {
            inFlight.addAndGet(-declared);
            rc.response().putHeader("Retry-After", Integer.toString(Problem.RETRY_AFTER_SECONDS));
            RoutingProblems.send(rc, Problem.of(Response.Status.SERVICE_UNAVAILABLE, "The service is reading "
                    + "other large requests; retry later", null), json);
            return;
        }
        rc.addEndHandler(done -> inFlight.addAndGet(-declared));
        if (length > 0) {
            watchArrival(rc, length);
        }
        rc.next();
    }

    /** Measures the body's arrival each period until it is in; too slow, and the request ends as a 408. */
    private void watchArrival(RoutingContext rc, long length) {
        long period = limits.bodyRatePeriod().toMillis();
        long minBytes = limits.minBodyBytesPerSecond() * period / 1000;
        AtomicLong readBefore = new AtomicLong();
        long timer = rc.vertx().setPeriodic(period, id -> {
            HttpServerRequest request = rc.request();
            if (request.bytesRead() >= length || rc.response().ended()) {
                rc.vertx().cancelTimer(id);
            } else if (request.bytesRead() - readBefore.getAndSet(request.bytesRead()) < minBytes) {
                rc.vertx().cancelTimer(id);
                tooSlow(rc);
            }
        });
        rc.addEndHandler(done -> rc.vertx().cancelTimer(timer));
    }

    private void tooSlow(RoutingContext rc) {
        if (rc.response().headWritten()) {
            rc.request().connection().close();
            return;
        }
        RoutingProblems.send(rc, Problem.of(Response.Status.REQUEST_TIMEOUT, "The request body arrived slower than "
                + limits.minBodyBytesPerSecond() + " bytes a second; send it again", null), json);
    }
}
