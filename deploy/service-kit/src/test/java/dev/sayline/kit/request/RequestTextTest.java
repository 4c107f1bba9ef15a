package dev.sayline.kit.request;

import dev.sayline.kit.problem.ProblemException;
import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestTextTest {

    private static final MediaType PLAIN = MediaType.TEXT_PLAIN_TYPE;

    private static MediaType plainIn(String charset) {
        return new MediaType("text", "plain", Map.of("charset", charset));
    }

    @Test
    void utf8IsTheDefault() {
        String text = "Zürich – Київ 😀";
        assertEquals(text, RequestText.decode(text.getBytes(StandardCharsets.UTF_8), PLAIN));
        String large = text.repeat(100_000);  // past the checking buffer, with characters across its edges
        assertEquals(large, RequestText.decode(large.getBytes(StandardCharsets.UTF_8), PLAIN));
        assertEquals("x", RequestText.decode("x".getBytes(StandardCharsets.UTF_8), null));
    }

    @Test
    void theDeclaredCharsetIsHonoured() {
        assertEquals("Café", RequestText.decode("Café".getBytes(StandardCharsets.ISO_8859_1), plainIn("ISO-8859-1")));
        assertEquals("Київ", RequestText.decode("Київ".getBytes(StandardCharsets.UTF_16), plainIn("utf-16")));
        assertEquals("Київ", RequestText.decode("Київ".getBytes(StandardCharsets.UTF_8), plainIn("\"UTF-8\"")));
    }

    @Test
    void aLeadingByteOrderMarkIsNotText() {
        assertEquals("date", RequestText.decode("\uFEFFdate".getBytes(StandardCharsets.UTF_8), PLAIN));
        assertEquals("date", RequestText.decode("\uFEFFdate".getBytes(StandardCharsets.UTF_16LE), plainIn("UTF-16LE")));
        assertEquals("a\uFEFFb", RequestText.decode("a\uFEFFb".getBytes(StandardCharsets.UTF_8), PLAIN));
    }

    @Test
    void bytesNotInTheCharsetAre400NamingTheOffset() {
        byte[] latin1 = "Café".getBytes(StandardCharsets.ISO_8859_1);
        ProblemException e = assertThrows(ProblemException.class, () -> RequestText.decode(latin1, PLAIN));
        assertEquals(400, e.problem().status());
        assertEquals("the body is not valid UTF-8 (at byte 3); declare its charset in the Content-Type",
                e.getMessage());
        // a surrogate encoded on its own (CESU-8) and a sequence cut short at the end
        byte[][] invalid = {{'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80}, {'a', (byte) 0xE2, (byte) 0x80}};
        for (byte[] body : invalid) {
            ProblemException refused = assertThrows(ProblemException.class, () -> RequestText.decode(body, PLAIN));
            assertEquals(400, refused.problem().status());
            assertTrue(refused.getMessage().contains("(at byte 1)"), refused.getMessage());
        }
    }

    @Test
    void anUnknownCharsetIs415() {
        for (String charset : new String[] {"klingon", "no such charset!"}) {
            ProblemException e = assertThrows(ProblemException.class,
                    () -> RequestText.decode(new byte[] {'a'}, plainIn(charset)));
            assertEquals(415, e.problem().status());
            assertEquals("Content-Type", e.problem().field());
        }
    }
}
