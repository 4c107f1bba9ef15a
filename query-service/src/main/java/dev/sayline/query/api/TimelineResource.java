package dev.sayline.query.api;

import dev.sayline.kit.problem.ProblemException;
import dev.sayline.kit.security.Roles;
import dev.sayline.query.QueryConfig;
import dev.sayline.query.search.Timeline;
import dev.sayline.query.search.TimelineService;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.io.IOException;

/** Counts over time, for charts. */
@Path("/timeline")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
@RolesAllowed(Roles.READ)
public class TimelineResource {

    private final TimelineService timelines;
    private final QueryConfig.Search limits;

    public TimelineResource(TimelineService timelines, QueryConfig config) {
        this.timelines = timelines;
        this.limits = config.search();
    }

    @GET
    @Operation(summary = "Documents or quotes per day, week, month or year",
            description = "Filtered like /search (of=documents) or /quotes (of=quotes); split=speaker adds the top speakers of each bucket.")
    public Timeline timeline(
            @BeanParam FilterParams filters,
            @Parameter(description = "documents (default) or quotes") @QueryParam("of") @DefaultValue("documents") String of,
            @Parameter(description = "day, week, month (default) or year") @QueryParam("interval") @DefaultValue("month") String interval,
            @Parameter(description = "speaker: top speakers per bucket") @QueryParam("split") String split) throws IOException {
        boolean bySpeaker = false;
        if (split != null && !split.isBlank()) {
            if (!split.strip().equalsIgnoreCase("speaker")) {
                throw ProblemException.badRequest("split must be speaker", "split");
            }
            bySpeaker = true;
        }
        return timelines.timeline(Params.enumValue(TimelineService.Of.class, of, "of"),
                Params.enumValue(TimelineService.Interval.class, interval, "interval"),
                filters.toFilters(limits), bySpeaker);
    }
}
