package dev.sayline.enrich.pipeline;

import dev.sayline.enrich.model.DateMention;
import dev.sayline.enrich.model.EnrichedDocument;
import dev.sayline.enrich.model.Quote;
import dev.sayline.enrich.model.RawDocument;
import dev.sayline.enrich.model.TextSpan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs the enrichers in order over one document and assembles the contract output. Shared by
 * the Kafka consumer and {@code POST /enrich}, so both give the same answer for the same input.
 */
public class EnrichmentPipeline {

    private final List<Enricher> enrichers;
    private final String enrichmentVersion;
    private final Clock clock;

    public EnrichmentPipeline(List<Enricher> enrichers, Clock clock) {
        this.enrichers = enrichers.stream().sorted(Comparator.comparingInt(Enricher::order)).toList();
        this.enrichmentVersion = enrichers.isEmpty() ? "none" : this.enrichers.stream()
                .map(e -> e.name() + "@" + e.version())
                .collect(Collectors.joining("+"));
        this.clock = clock;
    }

    /** Identifies the enricher set and its versions; recorded on every enriched document. */
    public String enrichmentVersion() {
        return enrichmentVersion;
    }

    public List<Enricher> enrichers() {
        return enrichers;
    }

    public EnrichedDocument enrich(RawDocument raw) {
        SourceDocument source = SourceDocuments.from(raw);
        Annotations annotations = new Annotations(source.publishedAt().orElse(null));
        for (Enricher enricher : enrichers) {
            enricher.enrich(source, annotations);
        }
        return assemble(raw, source, annotations);
    }

    private EnrichedDocument assemble(RawDocument raw, SourceDocument source, Annotations a) {
        CodePointOffsets offsets = new CodePointOffsets(source.text());
        LocalDate published = a.publishedAt();
        return new EnrichedDocument(
                EnrichedDocument.SCHEMA_VERSION,
                raw.id(),
                raw.title(),
                raw.url(),
                raw.source(),
                published == null ? null : published.toString(),
                source.text(),
                a.dates().stream()
                        .sorted(Comparator.comparingInt(DateMention::start))
                        .map(d -> d.withOffsets(offsets.toCodePoint(d.start()), offsets.toCodePoint(d.end())))
                        .toList(),
                a.quotes().stream()
                        .sorted(Comparator.comparingInt(Quote::start))
                        .map(q -> q.withOffsets(offsets.toCodePoint(q.start()), offsets.toCodePoint(q.end()),
                                convert(q.cue(), offsets), convert(q.speakerMention(), offsets)))
                        .toList(),
                List.copyOf(a.speakers()),
                List.copyOf(a.entities()),
                List.copyOf(a.tags()),
                enrichmentVersion,
                raw.receivedAt(),
                Instant.now(clock).toString(),
                a.tagRulesVersion());
    }

    private static TextSpan convert(TextSpan span, CodePointOffsets offsets) {
        return span == null ? null : span.withOffsets(offsets.toCodePoint(span.start()), offsets.toCodePoint(span.end()));
    }
}
