package dev.sayline.kit.documents;

import dev.sayline.kit.problem.ProblemException;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * The checks of the contract input that ingest ({@code POST /documents}) and enrich
 * ({@code POST /enrich}) share, so a document one accepts the other accepts too. {@code where}
 * prefixes messages about one line of a batch ("line 3: "), else "".
 */
public final class DocumentChecks {

    /** Letters and symbols by category that render as nothing: Hangul fillers, the blank Braille pattern. */
    private static final Set<Integer> BLANK_LOOKING = Set.of(0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800);

    private DocumentChecks() {
    }

    /** A JSON {@code null} line or body. */
    public static void present(Object document, String where) {
        if (document == null) {
            throw ProblemException.badRequest(where + "a JSON object is required", null);
        }
    }

    /** Not empty (400), at most {@code maxBytes} of UTF-8 (413), well formed and with something to read (400). */
    public static void text(String text, int maxBytes, String where) {
        if (text == null || text.isBlank()) {
            throw ProblemException.badRequest(where + "text must not be empty", "text");
        }
        // isBlank knows only Java's whitespace: no-break spaces, zero-width spaces and NULs pass it
        if (text.codePoints().noneMatch(DocumentChecks::visible)) {
            throw ProblemException.badRequest(where + "text has no visible character, only spaces, marks, "
                    + "controls or fillers", "text");
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            throw new ProblemException(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                    where + "text is larger than " + maxBytes + " bytes", "text");
        }
        wellFormed(text, "text", where);
    }

    /** A letter, digit, punctuation mark or symbol, not one of the fillers that look blank. */
    private static boolean visible(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK,
                 Character.COMBINING_SPACING_MARK -> false;
            default -> !BLANK_LOOKING.contains(codePoint);
        };
    }

    /**
     * No half of a surrogate pair on its own (a JSON string may escape one): it is no character,
     * and the UTF-8 the event is stored in would turn it into "?" without a word.
     */
    public static void wellFormed(String value, String field, String where) {
        if (value == null) {
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean pairStart = Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1));
            if (pairStart) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw ProblemException.badRequest(where + field + " holds an unpaired surrogate (\\u"
                        + Integer.toHexString(c) + ") at character " + i + ": it is no Unicode character", field);
            }
        }
    }

    /**
     * Absent (null or blank: null), or a value {@link IsoDates#day} reads, an ISO-8601 date or
     * date-time in the years 1 to 9999, returned trimmed and in upper case ({@code t}, {@code z}
     * as RFC 3339 allows them become {@code T}, {@code Z}); anything else is a 400.
     */
    public static String publishedAt(String value, String where) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (IsoDates.day(value).isEmpty()) {
            throw ProblemException.badRequest(where + "publishedAt must be an ISO-8601 date (2025-10-29) or date-time"
                    + " (2025-10-29T17:48:00Z), in the years 1 to 9999", "publishedAt");
        }
        return value.strip().toUpperCase(Locale.ROOT);
    }

    /** The client's id, trimmed and checked, or the content hash when there is none. */
    public static String id(String id, String text, String url, String where) {
        if (id == null || id.isBlank()) {
            return DocumentIds.contentHash(text, url);
        }
        String trimmed = id.strip();
        if (!DocumentIds.VALID_ID.matcher(trimmed).matches()) {
            throw ProblemException.badRequest(where + "id must be 1-200 characters of [A-Za-z0-9._:-]", "id");
        }
        return trimmed;
    }
}
