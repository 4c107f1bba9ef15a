package dev.sayline.ingest.messaging;

/**
 * The broker refused a document's record as too large: retrying cannot help (unlike
 * {@link BrokerUnavailableException}), so the client is told the document is too large.
 */
public class DocumentTooLargeForBrokerException extends RuntimeException {

    public DocumentTooLargeForBrokerException(String message) {
        super(message);
    }
}
