package dev.sayline.enrich.tags;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The topic rules shipped with the service (resource {@code tags/default-taxonomy.json}): the
 * 18 topics of the sample domain. Data, not code: analysts change them at runtime through
 * {@code /tags/rules}; these are only what an empty {@code tag-rules} topic is seeded with.
 */
public final class DefaultTaxonomy {

    public static final String RESOURCE = "tags/default-taxonomy.json";

    private DefaultTaxonomy() {
    }

    /** The shipped rules, each at version 1. */
    public static List<TopicRule> rules() {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        try (InputStream in = DefaultTaxonomy.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing");
            }
            List<TopicRule> rules = json.readValue(in, new TypeReference<List<TopicRule>>() { });
            return rules.stream().map(r -> r.withVersion(1, null)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
