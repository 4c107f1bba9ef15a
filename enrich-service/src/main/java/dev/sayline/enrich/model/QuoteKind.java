package dev.sayline.enrich.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** The six kinds of reported speech the contract distinguishes. */
public enum QuoteKind {
    DIRECT, INDIRECT, COLON, INTERVIEW, COMMENT, POST;

    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
