package dev.sayline.enrich.pipeline;

/**
 * One step of enrichment (dates, quotes and speakers, entities, tags). Enrichers are CDI
 * beans picked up by {@link EnrichmentPipeline}; adding one needs no change elsewhere.
 *
 * <p>Enrichers read the text and what earlier enrichers found, and add to {@link Annotations}.
 * They work in Java string (UTF-16) offsets; the pipeline converts to the contract's code
 * point offsets once, when it assembles the output. Implementations must be thread-safe:
 * one instance serves all documents.
 */
public interface Enricher {

    /** Short stable name, used in metrics and in the enrichment version ({@code dates}). */
    String name();

    /** Version of this enricher's logic and data; a change re-labels every document it enriches. */
    String version();

    /** Position in the pipeline: lower runs first (dates 100, speakers 200, tags 300). */
    int order();

    void enrich(SourceDocument document, Annotations annotations);
}
