package dev.sayline.query.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CursorTest {

    @Test
    void roundTripsSortValuesWithTheirTypes() {
        Cursor c = new Cursor("relevance", List.of(FieldValue.of(1.0), FieldValue.of(1730000000000L), FieldValue.of("doc-7")), 3);
        Cursor back = Cursor.decode(c.encode(), "relevance");
        assertTrue(back.after().get(0).isDouble());
        assertEquals(1.0, back.after().get(0).doubleValue());
        assertTrue(back.after().get(1).isLong());
        assertEquals(1730000000000L, back.after().get(1).longValue());
        assertEquals("doc-7", back.after().get(2).stringValue());
        assertEquals(3, back.skip());
    }

    @Test
    void refusesForeignOrMismatchedCursors() {
        assertThrows(Cursor.InvalidCursorException.class, () -> Cursor.decode("not a cursor!", "date"));
        assertThrows(Cursor.InvalidCursorException.class, () -> Cursor.decode("eyJmb28iOjF9", "date"));
        String relevance = new Cursor("relevance", List.of(FieldValue.of("x")), 0).encode();
        assertThrows(Cursor.InvalidCursorException.class, () -> Cursor.decode(relevance, "date"));
    }
}
