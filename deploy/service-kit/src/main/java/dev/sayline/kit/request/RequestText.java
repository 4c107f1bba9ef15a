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
import java.util.Arrays;

/**
 * A text body (plain text, NDJSON) read in the charset its Content-Type declares, UTF-8 when it
 * declares none. Bytes that are not that charset are a 400 naming the offset, and an unknown
 * charset a 415: the REST layer would decode both leniently, storing U+FFFD for every bad byte
 * without a word to the client.
 */
public final class RequestText {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final byte[] UTF8_BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private RequestText() {
    }

    public static String decode(byte[] body, MediaType type) {
        Charset charset = charsetOf(type);
        int invalid = firstInvalidByte(body, charset);
        if (invalid >= 0) {
            throw ProblemException.badRequest("the body is not valid " + charset.name() + " (at byte "
                    + invalid + "); declare its charset in the Content-Type", null);
        }
        // A byte order mark (Windows editors write one) marks the encoding; it is not text.
        if (charset.equals(StandardCharsets.UTF_8) && startsWithUtf8ByteOrderMark(body)) {
            return new String(body, UTF8_BYTE_ORDER_MARK.length, body.length - UTF8_BYTE_ORDER_MARK.length, charset);
        }
        String text = new String(body, charset);
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    /**
     * The offset of the first byte that is not {@code charset}, or -1. Decodes through a small
     * buffer, so checking a body of tens of megabytes costs no second copy of it; the String is
     * then made by {@code new String}, which stores Latin-1 text in one byte a character.
     */
    private static int firstInvalidByte(byte[] body, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate(8192);
        CoderResult result;
        do {
            out.clear();
            result = decoder.decode(in, out, true);
        } while (result.isOverflow());
        if (result.isError()) {
            return in.position();
        }
        do {
            out.clear();
            result = decoder.flush(out);
        } while (result.isOverflow());
        return result.isError() ? in.position() : -1;
    }

    private static boolean startsWithUtf8ByteOrderMark(byte[] body) {
        int n = UTF8_BYTE_ORDER_MARK.length;
        return body.length >= n && Arrays.equals(body, 0, n, UTF8_BYTE_ORDER_MARK, 0, n);
    }

    private static Charset charsetOf(MediaType type) {
        String name = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name == null || name.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        String unquoted = name.strip().replaceAll("^\"(.*)\"$", "$1");  // the header parser may leave quotes
        try {
            return Charset.forName(unquoted);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ProblemException(Response.Status.UNSUPPORTED_MEDIA_TYPE,
                    "charset '" + name + "' is not one this service reads; send UTF-8", "Content-Type");
        }
    }
}
