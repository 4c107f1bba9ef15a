package dev.sayline.kit.documents;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Document ids as docs/architecture.md fixes them: the client's id when valid, else a hash of
 * the normalised text (and url), so the same text posted twice is one document. Ingest-service
 * computes the same id; {@code POST /enrich} uses this when the caller gives none.
 */
public final class DocumentIds {

    public static final Pattern VALID_ID = Pattern.compile("[A-Za-z0-9._:-]{1,200}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private DocumentIds() {
    }

    public static String contentHash(String text, String url) {
        String normalised = WHITESPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").strip();
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(normalised.getBytes(StandardCharsets.UTF_8));
            if (url != null && !url.isBlank()) {
                sha.update((byte) 0);
                sha.update(url.strip().getBytes(StandardCharsets.UTF_8));
            }
            return "sha256-" + HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
