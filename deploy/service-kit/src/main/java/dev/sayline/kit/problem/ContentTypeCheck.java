package dev.sayline.kit.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A Content-Type that is no media type at all ({@code garbage}, {@code application/}) is a 415
 * problem+json. Checked before the resource is chosen: on a path with several {@code @Consumes}
 * methods RESTEasy parses the header while choosing and its parse error would become a 500.
 */
public class ContentTypeCheck {

    @ServerRequestFilter(preMatching = true)
    public Response rejectUnparsableContentType(ContainerRequestContext request) {
        String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (contentType == null) {
            return null;
        }
        try {
            MediaType.valueOf(contentType);
            return null;
        } catch (IllegalArgumentException e) {
            String detail = "Content-Type '" + contentType + "' is not a media type (type/subtype)";
            return Problem.of(Response.Status.UNSUPPORTED_MEDIA_TYPE, detail, "Content-Type").toResponse();
        }
    }
}
