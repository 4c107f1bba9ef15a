package dev.sayline.kit.request;

import dev.sayline.kit.problem.Problem;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A path or query string that is not UTF-8, or a query string with a raw {@code ;}, is a 400.
 * Not UTF-8: percent-encoded bytes that do not decode as UTF-8 ({@code ?q=caf%E9}, Latin-1) or,
 * in the query, raw bytes outside ASCII ({@code ?q=café} unencoded; Vert.x re-encodes such bytes
 * in a path itself).
 * The HTTP layer reads such bytes as Latin-1 or decodes them to replacement characters, and the
 * service would search for, or look up, something the client never sent. (A broken escape such
 * as {@code %ZZ} never gets here: Quarkus refuses the URI with a bare 400.) Reads the raw URI
 * from Vert.x: JAX-RS's {@code getRequestUri()} builds an absolute URI, which fails without a
 * {@code Host} (HTTP/1.0).
 */
public class UriEncodingCheck {

    @ServerRequestFilter(preMatching = true)
    public Response rejectNonUtf8Uri(HttpServerRequest request) {
        String path = request.path();
        if (path != null && !isUtf8(path)) {
            return refuse("path", path);
        }
        String query = request.query();
        if (query == null) {
            return null;
        }
        if (query.indexOf(';') >= 0) {
            // Vert.x splits parameters at ';' as well as '&': "?id=semi;colon" would be the id "semi"
            return Problem.of(Response.Status.BAD_REQUEST, "the query string holds a ';', which would split a value;"
                    + " percent-encode it as %3B", null).toResponse();
        }
        for (String component : query.split("[&=]")) {
            if (!isUtf8(component)) {
                return refuse("query string", component);
            }
        }
        return null;
    }

    private static Response refuse(String part, String offending) {
        return Problem.of(Response.Status.BAD_REQUEST, "the " + part + " is not UTF-8 (at '" + offending
                + "'): percent-encode its characters as UTF-8 bytes", null).toResponse();
    }

    /** Whether the raw component, its escapes decoded, is ASCII-clean UTF-8. */
    static boolean isUtf8(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c > 0x7F) {
                return false;  // a raw byte outside ASCII, as the HTTP layer read it
            }
            if (c == '%' && isHex(raw, i + 1) && isHex(raw, i + 2)) {
                bytes.write(Integer.parseInt(raw, i + 1, i + 3, 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean isHex(String s, int i) {
        return i < s.length() && Character.digit(s.charAt(i), 16) >= 0;
    }
}
