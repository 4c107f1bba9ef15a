package dev.sayline.query.indexing;

/** A record that can never be indexed, whatever the retries: it goes to the dead-letter topic. */
public class UnreadableDocumentException extends RuntimeException {

    public UnreadableDocumentException(String message) {
        super(message);
    }
}
