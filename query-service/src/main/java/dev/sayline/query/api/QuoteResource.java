package dev.sayline.query.api;

import dev.sayline.kit.security.Roles;
import dev.sayline.query.QueryConfig;
import dev.sayline.query.search.QuotePage;
import dev.sayline.query.search.QuoteService;
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

/** Quote-level search: who said what, and when. */
@Path("/quotes")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
@RolesAllowed(Roles.READ)
public class QuoteResource {

    private final QuoteService quotes;
    private final QueryConfig.Search limits;

    public QuoteResource(QuoteService quotes, QueryConfig config) {
        this.quotes = quotes;
        this.limits = config.search();
    }

    @GET
    @Operation(summary = "Search quotes",
            description = "Each hit is one quote with its speaker, mention, cue, kind, document, date and surrounding sentence. "
                    + "q searches the quote text; speaker takes a canonical name or any alias; publishedFrom/To bound the quote's date. "
                    + "Sorted by relevance with q, newest first without.")
    public QuotePage search(
            @BeanParam FilterParams filters,
            @Parameter(description = "relevance or date") @QueryParam("sort") String sort,
            @Parameter(description = "Quotes per page") @QueryParam("size") @DefaultValue("10") String size,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) throws IOException {
        var f = filters.toFilters(limits);
        return quotes.search(f, Params.sort(sort, f.q() != null), Params.size(size, limits.maxPageSize()),
                SearchResource.blankToNull(cursor));
    }
}
