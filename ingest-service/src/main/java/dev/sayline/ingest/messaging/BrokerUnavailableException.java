package dev.sayline.ingest.messaging;

/** The broker did not acknowledge a document in time: the client is told to retry (503). */
public class BrokerUnavailableException extends RuntimeException {

    public BrokerUnavailableException(String message) {
        super(message);
    }
}
