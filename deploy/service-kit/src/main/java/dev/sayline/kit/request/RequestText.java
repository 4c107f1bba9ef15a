package dev.sayline.kit.request;

import dev.sayline.kit.problem.ProblemException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/**
 * A text body (plain text, NDJSON) read in the charset its Content-Type declares, UTF-8 when it
 * declares none. Bytes that are not that charset are a 400 naming the offset, and an unknown
 * charset a 415: the REST layer would decode both leniently, storing U+FFFD for every bad byte
 * without a word to the client.
 */
public final class RequestText {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private RequestText() {
    }

    public static String decode(byte[] body, MediaType type) {
        Charset charset = charsetOf(type);
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(body.length * (double) decoder.maxCharsPerByte()));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw ProblemException.badRequest("The body is not valid " + charset.name() + " (at byte "
                    + in.position() + "); declare its charset in the Content-Type", null);
        }
        out.flip();
        // A byte order mark (Windows editors write one) marks the encoding; it is not text.
        if (out.hasRemaining() && out.get(out.position()) == BYTE_ORDER_MARK) {
            out.get();
        }
        return out.toString();
    }

    private static Charset charsetOf(MediaType type) {
        String name = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name == null || name.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ProblemException(Response.Status.UNSUPPORTED_MEDIA_TYPE,
                    "charset '" + name + "' is not one this service reads; send UTF-8", "Content-Type");
        }
    }
}
