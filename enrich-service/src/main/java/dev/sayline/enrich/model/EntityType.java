package dev.sayline.enrich.model;

/** Entity classes of the contract. */
public enum EntityType {
    PERSON, ORG, PLACE, EVENT, OTHER
}
