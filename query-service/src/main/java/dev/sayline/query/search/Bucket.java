package dev.sayline.query.search;

/** A facet value or a time bucket, and how many documents (or quotes) fall in it. */
public record Bucket(String value, long count) {
}
