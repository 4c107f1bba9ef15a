package dev.sayline.query.search;

/** A speaker with how many matching quotes are attributed to them and in how many documents. */
public record SpeakerCount(String name, long quotes, long documents) {
}
