package dev.sayline.query.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sayline.query.search.SearchService;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.IOException;

/** The stored enriched documents. */
@Path("/documents")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class DocumentResource {

    private final SearchService search;

    public DocumentResource(SearchService search) {
        this.search = search;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "The enriched document with this id (404 when absent)")
    public ObjectNode document(@PathParam("id") String id) throws IOException {
        return search.document(id).orElseThrow(() ->
                new ProblemException(Response.Status.NOT_FOUND, "no document with id " + id, "id"));
    }
}
