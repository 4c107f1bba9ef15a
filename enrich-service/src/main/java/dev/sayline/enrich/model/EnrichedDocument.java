package dev.sayline.enrich.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The enrichment contract (v1), as published on {@code documents.enriched} and returned by
 * {@code POST /enrich}. All offsets are Unicode code point offsets into {@code text}.
 * Added fields: {@code tagRulesVersion} names the topic rule set the tags came from;
 * {@code degraded} names the enrichers ({@code dates@14}) that failed on this document, so its
 * output lacks their annotations (absent when every enricher ran).
 */
public record EnrichedDocument(
        int schemaVersion,
        String id,
        String title,
        String url,
        String source,
        String publishedAt,
        String text,
        List<DateMention> dates,
        List<Quote> quotes,
        List<SpeakerSummary> speakers,
        List<EntityCount> entities,
        List<Tag> tags,
        String enrichmentVersion,
        String receivedAt,
        String enrichedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String tagRulesVersion,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> degraded) {

    public static final int SCHEMA_VERSION = 1;
}
