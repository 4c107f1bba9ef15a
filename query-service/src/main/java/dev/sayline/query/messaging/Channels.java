package dev.sayline.query.messaging;

/**
 * Channel names. Each is bound to the topic of the same name with dots (a channel name with
 * dots would be ambiguous in property keys), set explicitly in application.properties.
 */
public final class Channels {

    /** Topic {@code documents.enriched}: the contract output, keyed by document id. */
    public static final String DOCUMENTS_ENRICHED = "documents-enriched";
    /** Topic {@code documents.enriched.dlq}: records that can never be indexed, with reason headers. */
    public static final String DOCUMENTS_ENRICHED_DLQ = "documents-enriched-dlq";

    private Channels() {
    }
}
