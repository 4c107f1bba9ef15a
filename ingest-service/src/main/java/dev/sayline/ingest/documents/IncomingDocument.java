package dev.sayline.ingest.documents;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A document as a client sends it (the contract input); nothing is checked yet. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IncomingDocument(String id, String text, String title, String url, String source, String publishedAt) {
}
