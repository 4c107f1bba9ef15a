package dev.sayline.enrich.pipeline;

import dev.sayline.enrich.model.DateMention;
import dev.sayline.enrich.model.EnrichedDocument;
import dev.sayline.enrich.model.Quote;
import dev.sayline.enrich.model.RawDocument;
import dev.sayline.enrich.model.TextSpan;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Runs the enrichers in order over one document and assembles the contract output. Shared by
 * the Kafka consumer and {@code POST /enrich}, so both give the same answer for the same input.
 *
 * <p>Each enricher runs in its own bulkhead: if one throws on a document, what it added is dropped,
 * the others still run, and the document names it in {@code degraded}. A rule bug met by one
 * unusual text then costs that text one kind of annotation, not a 500 on {@code POST /enrich} or
 * a dead letter in place of a searchable document; the error log and a metric make it visible.
 */
public class EnrichmentPipeline {

    private static final Logger LOG = Logger.getLogger(EnrichmentPipeline.class);

    private final List<Enricher> enrichers;
    private final String enrichmentVersion;
    private final Clock clock;
    private final Set<String> failuresLogged = ConcurrentHashMap.newKeySet();

    public EnrichmentPipeline(List<Enricher> enrichers, Clock clock) {
        this.enrichers = enrichers.stream().sorted(Comparator.comparingInt(Enricher::order)).toList();
        this.enrichmentVersion = enrichers.isEmpty() ? "none" : this.enrichers.stream()
                .map(EnrichmentPipeline::label)
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
        List<String> degraded = new ArrayList<>(0);
        for (Enricher enricher : enrichers) {
            Annotations.Checkpoint before = annotations.checkpoint();
            try {
                enricher.enrich(source, annotations);
                annotations.requireSpansWithin(source.text().length());
            } catch (RuntimeException | StackOverflowError e) {
                // StackOverflowError too: deep recursion on a freak input is a property of that input.
                annotations.restore(before);
                degraded.add(label(enricher));
                enricherFailed(enricher, raw, e);
            }
        }
        return assemble(raw, source, annotations, degraded);
    }

    /**
     * Called once per enricher that failed on a document, after its output has been dropped. The
     * first failure of each kind is logged with its stack, the rest in one line each: an enricher
     * that fails on every document must not bury the log.
     */
    protected void enricherFailed(Enricher enricher, RawDocument raw, Throwable error) {
        String label = label(enricher);
        String message = "Enricher " + label + " failed on document " + raw.id()
                + "; it is published without that enricher's output";
        if (failuresLogged.add(label + " " + error.getClass().getName())) {
            LOG.error(message, error);
        } else {
            LOG.errorf("%s: %s", message, error);
        }
    }

    private static String label(Enricher enricher) {
        return enricher.name() + "@" + enricher.version();
    }

    private EnrichedDocument assemble(RawDocument raw, SourceDocument source, Annotations a, List<String> degraded) {
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
                a.tagRulesVersion(),
                List.copyOf(degraded));
    }

    private static TextSpan convert(TextSpan span, CodePointOffsets offsets) {
        return span == null ? null : span.withOffsets(offsets.toCodePoint(span.start()), offsets.toCodePoint(span.end()));
    }
}
