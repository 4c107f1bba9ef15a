package dev.sayline.enrich.messaging;

/**
 * Channel names. Each is bound to the topic of the same name with dots (a channel name with
 * dots would be ambiguous in property keys), set explicitly in application.properties.
 */
public final class Channels {

    /** Topic {@code documents.raw}: validated documents from ingest-service, keyed by id. */
    public static final String DOCUMENTS_RAW = "documents-raw";
    /** Topic {@code documents.enriched}: the contract output, keyed by id. */
    public static final String DOCUMENTS_ENRICHED = "documents-enriched";

    private Channels() {
    }
}
