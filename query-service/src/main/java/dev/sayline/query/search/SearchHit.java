package dev.sayline.query.search;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * One document found by {@code GET /search}, with the passages that matched; {@code degraded}
 * (the enrichers that failed on it) only when there are any.
 */
public record SearchHit(String id, String title, String publishedAt, String source, String url, Double score,
                        List<String> highlights, List<String> speakers, List<String> tags,
                        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> degraded) {
}
