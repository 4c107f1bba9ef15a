package dev.sayline.kit.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** An RFC 9457 problem detail; {@code field} names the offending input where there is one. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String field) {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** The Retry-After of a 503 that has no better estimate. */
    public static final int RETRY_AFTER_SECONDS = 5;

    /** 422 (RFC 9110, 15.5.21): understood and well formed, but not processable. JAX-RS's enum lacks it. */
    public static final Response.StatusType UNPROCESSABLE_CONTENT = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    };

    public static Problem of(Response.StatusType status, String detail, String field) {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, field);
    }

    /** A 503 the client may retry after {@code retryAfterSeconds}: the request was fine, a resource was not. */
    public static Response serviceUnavailable(String detail, int retryAfterSeconds) {
        return Response.fromResponse(of(Response.Status.SERVICE_UNAVAILABLE, detail, null).toResponse())
                .header("Retry-After", retryAfterSeconds)
                .build();
    }

    public Response toResponse() {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
    }
}
