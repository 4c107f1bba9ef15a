package dev.sayline.query.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sayline.kit.problem.ProblemException;
import dev.sayline.kit.security.Roles;
import dev.sayline.query.QueryConfig;
import dev.sayline.query.search.SearchHit;
import dev.sayline.query.search.SearchService;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.io.IOException;
import java.util.List;

/** The stored enriched documents. */
@Path("/documents")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
@RolesAllowed(Roles.READ)
public class DocumentResource {

    private final SearchService search;
    private final int maxPageSize;

    public DocumentResource(SearchService search, QueryConfig config) {
        this.search = search;
        this.maxPageSize = config.search().maxPageSize();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "The enriched document with this id (404 when absent)")
    public ObjectNode document(@PathParam("id") String id) throws IOException {
        return search.document(id).orElseThrow(() -> notFound(id));
    }

    @GET
    @Path("/{id}/similar")
    @Operation(summary = "Documents like this one (more-like-this over title and text; 404 when the document is absent)")
    public List<SearchHit> similar(@PathParam("id") String id,
                                   @Parameter(description = "Documents to return") @QueryParam("size") @DefaultValue("10") String size)
            throws IOException {
        int n = Params.size(size, maxPageSize);
        if (!search.exists(id)) {
            throw notFound(id);
        }
        return search.similar(id, n);
    }

    private static ProblemException notFound(String id) {
        return new ProblemException(Response.Status.NOT_FOUND, "no document with id " + id, "id");
    }
}
