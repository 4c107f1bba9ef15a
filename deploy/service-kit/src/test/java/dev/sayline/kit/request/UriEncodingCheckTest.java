package dev.sayline.kit.request;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UriEncodingCheckTest {

    @Test
    void utf8EscapesAndPlainAsciiPass() {
        String[] passing = {"caf%C3%A9", "caf%c3%a9", "%F0%9F%98%80", "a+b", "100%", "%", "%4", "/search"};
        for (String raw : passing) {
            assertTrue(UriEncodingCheck.isUtf8(raw), raw);
        }
    }

    @Test
    void escapesThatAreNotUtf8AndRawBytesOutsideAsciiFail() {
        // Latin-1, a lone lead byte, an encoded surrogate, an overlong slash, café as the HTTP layer reads raw UTF-8
        for (String raw : new String[] {"caf%E9", "%C3", "%ED%A0%80", "%C0%AF", "caf\u00c3\u00a9"}) {
            assertFalse(UriEncodingCheck.isUtf8(raw), raw);
        }
    }
}
