package dev.sayline.enrich.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A topic ({@code kind=topic}, from a stored rule; {@code rule} names it) or a keyphrase
 * ({@code kind=keyphrase}) with a score in [0, 1].
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Tag(String tag, String kind, double score, String rule) {

    public static final String TOPIC = "topic";
    public static final String KEYPHRASE = "keyphrase";

    public static Tag topic(String name, double score, String rule) {
        return new Tag(name, TOPIC, score, rule);
    }

    public static Tag keyphrase(String phrase, double score) {
        return new Tag(phrase, KEYPHRASE, score, null);
    }
}
