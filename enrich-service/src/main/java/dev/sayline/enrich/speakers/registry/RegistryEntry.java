package dev.sayline.enrich.speakers.registry;

import dev.sayline.enrich.model.EntityType;

import java.util.List;

/**
 * One identity of the registry: its canonical name, its type and the names and roles it goes by.
 *
 * @param aliases proper-name surface forms, matched case-sensitively as whole words
 * @param roles   lower-case descriptions ("russian foreign minister") that name it in this domain
 */
public record RegistryEntry(String canonical, EntityType type, List<String> aliases, List<String> roles) {
}
