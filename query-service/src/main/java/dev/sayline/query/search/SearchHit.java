package dev.sayline.query.search;

import java.util.List;

/** One document found by {@code GET /search}, with the passages that matched. */
public record SearchHit(String id, String title, String publishedAt, String source, String url, Double score,
                        List<String> highlights, List<String> speakers, List<String> tags) {
}
