package dev.sayline.kit.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Content-Type, checked before the resource is chosen: one that is no media type at all
 * ({@code garbage}, {@code application/}) is a 415 problem+json (on a path with several
 * {@code @Consumes} methods RESTEasy parses the header while choosing, and its parse error would
 * become a 500), as is JSON declared in a charset other than UTF-8; spaces around its separators
 * are taken out.
 */
public class ContentTypeCheck {

    private static final Set<String> UTF8_COMPATIBLE = Set.of("utf-8", "utf8", "us-ascii", "ascii");
    private static final Pattern SPACES_AROUND_SEPARATOR = Pattern.compile("\\s*([;/])\\s*");

    @ServerRequestFilter(preMatching = true)
    public Response checkContentType(ContainerRequestContext request) {
        String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (contentType == null) {
            return null;
        }
        // RFC 9110 allows spaces before ';' ("text/plain ; charset=utf-8"); the matching of
        // @Consumes reads them into the subtype and refused such bodies with a 415.
        // (not when a value is quoted: the spaces may be part of it)
        String normalised = contentType.indexOf('"') >= 0
                ? contentType : SPACES_AROUND_SEPARATOR.matcher(contentType.strip()).replaceAll("$1");
        MediaType type;
        try {
            type = MediaType.valueOf(normalised);
            if (!normalised.equals(contentType)) {
                request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, normalised);
            }
        } catch (IllegalArgumentException e) {
            String detail = "Content-Type '" + contentType + "' is not a media type (type/subtype)";
            return Problem.of(Response.Status.UNSUPPORTED_MEDIA_TYPE, detail, "Content-Type").toResponse();
        }
        return notUtf8Json(type) ? Problem.of(Response.Status.UNSUPPORTED_MEDIA_TYPE, "JSON is UTF-8 (RFC 8259);"
                + " a body declared in another charset is not read", "Content-Type").toResponse() : null;
    }

    /**
     * A JSON body declared in another charset: Jackson would read it as UTF-8 whatever it says.
     * US-ASCII is a subset of UTF-8, so it is read as declared.
     */
    private static boolean notUtf8Json(MediaType type) {
        String subtype = type.getSubtype().toLowerCase(Locale.ROOT);
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        String name = charset == null ? "" : charset.strip().replace("\"", "").toLowerCase(Locale.ROOT);
        boolean json = subtype.equals("json") || subtype.endsWith("+json");
        return json && !name.isEmpty() && !UTF8_COMPATIBLE.contains(name);
    }
}
