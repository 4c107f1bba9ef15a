package dev.sayline.kit.request;

import dev.sayline.kit.problem.Problem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A compressed body ({@code Content-Encoding: gzip}) is a 415 that says so (RFC 9110 §15.5.16).
 * The services do not inflate request bodies, which keeps the body limit a limit on what is read;
 * without this check the compressed bytes were parsed as the body and failed as "malformed JSON".
 */
public class ContentEncodingCheck {

    @ServerRequestFilter(preMatching = true)
    public Response rejectCompressedBodies(ContainerRequestContext request) {
        String coding = request.getHeaderString(HttpHeaders.CONTENT_ENCODING);
        if (coding == null || coding.isBlank() || coding.strip().equalsIgnoreCase("identity")) {
            return null;
        }
        Response refusal = Problem.of(Response.Status.UNSUPPORTED_MEDIA_TYPE, "Content-Encoding '" + coding
                + "' is not accepted; send the body uncompressed", "Content-Encoding").toResponse();
        // RFC 9110 §15.5.16: say which codings are accepted
        return Response.fromResponse(refusal).header(HttpHeaders.ACCEPT_ENCODING, "identity").build();
    }
}
