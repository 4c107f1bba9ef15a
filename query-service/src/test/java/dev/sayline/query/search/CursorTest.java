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
        Cursor back = Cursor.decode(c.encode(), SortOrderParam.RELEVANCE);
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

    @Test
    void refusesCraftedSortValuesThatWouldReachElasticsearch() {
        // base64url of {"s":"date","a":[]}, ["x","y"], [1,2,3,4], [null,null]: 500s and a 503 before
        for (String crafted : List.of("eyJzIjoiZGF0ZSIsImEiOltdfQ", "eyJzIjoiZGF0ZSIsImEiOlsieCIsInkiXX0",
                "eyJzIjoiZGF0ZSIsImEiOlsxLDIsMyw0XX0", "eyJzIjoiZGF0ZSIsImEiOltudWxsLG51bGxdfQ")) {
            assertThrows(Cursor.InvalidCursorException.class, () -> Cursor.decode(crafted, SortOrderParam.DATE), crafted);
        }
        String issued = new Cursor("date", List.of(FieldValue.of(1730000000000L), FieldValue.of("doc-7")), 0).encode();
        assertEquals("doc-7", Cursor.decode(issued, SortOrderParam.DATE).after().get(1).stringValue());
        String boolFirst = new Cursor("date", List.of(FieldValue.of(true), FieldValue.of("doc-7")), 0).encode();
        assertThrows(Cursor.InvalidCursorException.class, () -> Cursor.decode(boolFirst, SortOrderParam.DATE));
    }
}
