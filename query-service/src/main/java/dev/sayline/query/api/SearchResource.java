package dev.sayline.query.api;

import dev.sayline.query.QueryConfig;
import dev.sayline.query.search.SearchPage;
import dev.sayline.query.search.SearchService;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.io.IOException;

/** Full-text search over the enriched documents. */
@Path("/search")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class SearchResource {

    private final SearchService search;
    private final QueryConfig.Search limits;

    public SearchResource(SearchService search, QueryConfig config) {
        this.search = search;
        this.limits = config.search();
    }

    @GET
    @Operation(summary = "Search documents; hits carry highlighted passages")
    public SearchPage search(
            @Parameter(description = "Query in simple query syntax: words, \"phrases\", -exclusions, a|b") @QueryParam("q") String q,
            @QueryParam("from") @DefaultValue("0") int from,
            @QueryParam("size") @DefaultValue("10") int size) throws IOException {
        if (q == null || q.isBlank()) {
            throw ProblemException.badRequest("q is required", "q");
        }
        if (q.length() > limits.maxQueryLength()) {
            throw ProblemException.badRequest("q is longer than " + limits.maxQueryLength() + " characters", "q");
        }
        if (size < 1 || size > limits.maxPageSize()) {
            throw ProblemException.badRequest("size must be between 1 and " + limits.maxPageSize(), "size");
        }
        if (from < 0 || from + size > 10_000) {
            throw ProblemException.badRequest("from must be >= 0 and from + size <= 10000", "from");
        }
        return search.search(q, from, size);
    }
}
