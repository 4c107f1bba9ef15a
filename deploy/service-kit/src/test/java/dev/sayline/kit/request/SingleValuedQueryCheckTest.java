package dev.sayline.kit.request;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SingleValuedQueryCheckTest {

    static class BaseFilters {
        @QueryParam("q")
        public String q;
        @QueryParam("tag")
        public List<String> tag;
    }

    static class Filters extends BaseFilters {
        @QueryParam("from")
        public String from;
        @QueryParam("source")
        public String[] source;
    }

    public void search(@BeanParam Filters filters, @QueryParam("size") int size, @QueryParam("kind") Set<String> kind,
                       String body) {
    }

    @Test
    void scalarsAreSingleValuedAndCollectionsRepeatable() throws Exception {
        var search = getClass().getMethod("search", Filters.class, int.class, Set.class, String.class);
        assertEquals(Set.of("q", "from", "size"), SingleValuedQueryCheck.singleValuedParameters(search));
    }
}
