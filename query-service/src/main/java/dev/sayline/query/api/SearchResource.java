package dev.sayline.query.api;

import dev.sayline.kit.security.Roles;
import dev.sayline.query.QueryConfig;
import dev.sayline.query.search.SearchPage;
import dev.sayline.query.search.SearchService;
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

/** Full-text search over the enriched documents. */
@Path("/search")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
@RolesAllowed(Roles.READ)
public class SearchResource {

    private final SearchService search;
    private final QueryConfig.Search limits;

    public SearchResource(SearchService search, QueryConfig config) {
        this.search = search;
        this.limits = config.search();
    }

    @GET
    @Operation(summary = "Search documents",
            description = "Full-text search (simple query syntax) under filters; hits carry highlighted passages; "
                    + "facets count speakers, tags, entities and months over the whole match; pass nextCursor as cursor for the next page.")
    public SearchPage search(
            @BeanParam FilterParams filters,
            @Parameter(description = "relevance (default with q) or date (newest first; default without q)") @QueryParam("sort") String sort,
            @Parameter(description = "Hits per page") @QueryParam("size") @DefaultValue("10") String size,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Compute facets (speakers, tags, entities, months)") @QueryParam("facets") @DefaultValue("true") String facets)
            throws IOException {
        var f = filters.toFilters(limits);
        return search.search(f, Params.sort(sort, f.q() != null), Params.size(size, limits.maxPageSize()), blankToNull(cursor),
                Params.flag(facets, "facets"));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
