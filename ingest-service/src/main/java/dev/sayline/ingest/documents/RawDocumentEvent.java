package dev.sayline.ingest.documents;

/**
 * The value published on {@code documents.raw} (schema: deploy/schemas/documents.raw.schema.json):
 * a validated document with its id and the time ingest-service accepted it.
 */
public record RawDocumentEvent(String id, String text, String title, String url, String source,
                               String publishedAt, String receivedAt) {
}
