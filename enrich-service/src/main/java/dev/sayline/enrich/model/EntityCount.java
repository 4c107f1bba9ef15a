package dev.sayline.enrich.model;

/** A named entity and how often the document mentions it. */
public record EntityCount(String name, EntityType type, int count) {
}
