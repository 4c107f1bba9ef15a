package dev.sayline.kit.request;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sayline.kit.json.StrictRequestJson;
import dev.sayline.kit.problem.ProblemException;
import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NdjsonBatchTest {

    record Line(String text) {
    }

    private final NdjsonBatch batch = new NdjsonBatch(new StrictRequestJson(new ObjectMapper()));

    private List<String> read(String body, int max) {
        return batch.read(body.getBytes(StandardCharsets.UTF_8), MediaType.valueOf(NdjsonBatch.MEDIA_TYPE), max,
                Line.class, (line, where) -> where + line.text());
    }

    @Test
    void linesAreReadInOrderWhateverTheLineBreaks() {
        assertEquals(List.of("line 1: a", "line 3: b", "line 4: c\u2028d"),
                read("\uFEFF{\"text\":\"a\"}\r\n\r\n{\"text\":\"b\"}\n{\"text\":\"c\u2028d\"}", 3));
    }

    @Test
    void tooManyDocumentsIs413AndNoneIs400() {
        assertEquals(413, assertThrows(ProblemException.class, () -> read("{\"text\":\"a\"}\n".repeat(4), 3))
                .problem().status());
        assertEquals(400, assertThrows(ProblemException.class, () -> read(" \n\n", 3)).problem().status());
    }

    @Test
    void aBadLineIsNamedByItsNumberInTheBody() {
        for (Map.Entry<String, String> bad : Map.of(
                "{\"text\":\"a\"}\n\n{\"text\":\"a\",\"text\":\"b\"}", "line 3: ",
                "{\"text\":\"a\"} {\"text\":\"b\"}", "line 1: ",
                "{\"text\":\"a\"}\n{oops", "line 2: ").entrySet()) {
            ProblemException e = assertThrows(ProblemException.class, () -> read(bad.getKey(), 3));
            assertEquals(400, e.problem().status());
            assertEquals(bad.getValue(), e.getMessage().substring(0, bad.getValue().length()), e.getMessage());
        }
    }
}
