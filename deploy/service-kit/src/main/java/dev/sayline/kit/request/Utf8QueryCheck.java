package dev.sayline.kit.request;

import dev.sayline.kit.problem.Problem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A query string whose percent-encoded bytes are not UTF-8 ({@code ?q=%E9t%E9}, Latin-1) is a
 * 400: the REST layer would decode it to replacement characters and search for those. (A broken
 * escape such as {@code %ZZ} never gets here: Quarkus refuses the URI with a bare 400.)
 */
public class Utf8QueryCheck {

    @ServerRequestFilter(preMatching = true)
    public Response rejectNonUtf8Query(ContainerRequestContext request) {
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        if (query == null || query.indexOf('%') < 0) {
            return null;
        }
        for (String component : query.split("[&=]")) {
            if (!isUtf8(percentDecoded(component))) {
                return Problem.of(Response.Status.BAD_REQUEST, "The query string is not UTF-8 once percent-decoded"
                        + " (at '" + component + "'); encode its characters as UTF-8", null).toResponse();
            }
        }
        return null;
    }

    private static byte[] percentDecoded(String component) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(component.length());
        int i = 0;
        while (i < component.length()) {
            int c = component.codePointAt(i);
            if (c == '%' && isHex(component, i + 1) && isHex(component, i + 2)) {
                bytes.write(Integer.parseInt(component, i + 1, i + 3, 16));
                i += 3;
            } else {
                bytes.writeBytes(Character.toString(c).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(c);
            }
        }
        return bytes.toByteArray();
    }

    private static boolean isHex(String s, int i) {
        return i < s.length() && Character.digit(s.charAt(i), 16) >= 0;
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
