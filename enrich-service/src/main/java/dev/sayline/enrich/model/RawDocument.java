package dev.sayline.enrich.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A document as it arrives on {@code documents.raw} or in {@code POST /enrich}: the contract
 * input plus the ingest time. Unknown fields are ignored (tolerant reader).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RawDocument(String id, String text, String title, String url, String source,
                          String publishedAt, String receivedAt) {

    public RawDocument withId(String newId) {
        return new RawDocument(newId, text, title, url, source, publishedAt, receivedAt);
    }
}
