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
    /**
     * Topic {@code tag-rules} (compacted): topic rules keyed by name, null = deleted. Read and
     * written with plain Kafka clients by {@code dev.sayline.enrich.tags.TagRulesTopic}, not a
     * SmallRye channel: every instance must read it whole from the start before tagging, and a
     * rule change must be read back before it is reported done; its topic name is the property
     * {@code enrich.tags.rules-topic}.
     */
    public static final String TAG_RULES = "tag-rules";

    private Channels() {
    }
}
