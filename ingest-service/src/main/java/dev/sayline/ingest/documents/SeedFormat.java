package dev.sayline.ingest.documents;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain-text format of the sample corpus: a first token run {@code " date YYYY-MM-DD "}
 * then the body. The header becomes {@code publishedAt} and is removed from the text; a text
 * without the header is taken whole, with no date.
 */
public final class SeedFormat {

    // One optional leading space, "date", the ISO day, then exactly one separating space or line break.
    private static final Pattern HEADER = Pattern.compile("\\A\\uFEFF? ?date (\\d{4}-\\d{2}-\\d{2})(?: |\\r?\\n|\\z)");

    private SeedFormat() {
    }

    public static IncomingDocument parse(String body) {
        Matcher m = HEADER.matcher(body);
        if (m.find()) {
            return new IncomingDocument(null, body.substring(m.end()), null, null, null, m.group(1));
        }
        return new IncomingDocument(null, body, null, null, null, null);
    }
}
