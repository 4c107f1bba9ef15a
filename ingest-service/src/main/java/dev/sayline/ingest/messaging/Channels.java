package dev.sayline.ingest.messaging;

/**
 * Channel names. Each is bound to the topic of the same name with dots (a channel name with
 * dots would be ambiguous in property keys), set explicitly in application.properties.
 */
public final class Channels {

    /** Topic {@code documents.raw}: validated documents, keyed by document id. */
    public static final String DOCUMENTS_RAW = "documents-raw";

    private Channels() {
    }
}
