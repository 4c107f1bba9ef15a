package dev.sayline.enrich.speakers;

import dev.sayline.enrich.model.EntityType;
import dev.sayline.enrich.model.Quote;
import dev.sayline.enrich.model.SpeakerSummary;
import dev.sayline.enrich.model.TextSpan;
import dev.sayline.enrich.pipeline.Annotations;
import dev.sayline.enrich.pipeline.Enricher;
import dev.sayline.enrich.pipeline.SourceDocument;
import dev.sayline.enrich.speakers.coref.DocumentNames;
import dev.sayline.enrich.speakers.coref.SpeakerResolver;
import dev.sayline.enrich.speakers.entities.EntityCounter;
import dev.sayline.enrich.speakers.quotes.DirectQuoteFinder;
import dev.sayline.enrich.speakers.quotes.IndirectQuoteFinder;
import dev.sayline.enrich.speakers.quotes.QuoteCandidate;
import dev.sayline.enrich.speakers.quotes.SourceMentionRules;
import dev.sayline.enrich.speakers.quotes.StructureFinder;
import dev.sayline.enrich.speakers.registry.Gazetteer;
import dev.sayline.enrich.speakers.registry.RegistryEntry;
import dev.sayline.enrich.speakers.registry.SpeakerRegistry;
import dev.sayline.enrich.speakers.text.Chars;
import dev.sayline.enrich.speakers.text.DocumentLayout;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who said what: finds quotes of the six contract kinds, attributes each to the mention that
 * names its source and resolves that mention to a canonical speaker, then summarises speakers
 * and counts entities. Rules and lexicons, no model: see enrich-service/docs/speakers.md for the
 * measured comparison. Thread-safe: all per-document state lives in local objects; the shared
 * registry only learns through a concurrent map.
 */
@ApplicationScoped
public class SpeakerEnricher implements Enricher {

    private static final Logger LOG = Logger.getLogger(SpeakerEnricher.class);

    private final SpeakerRegistry registry;
    private final Gazetteer gazetteer;
    private final boolean learnAliases;
    private final Duration aliasesReadyTimeout;
    private final StructureFinder structureFinder = new StructureFinder();
    private final DirectQuoteFinder directFinder = new DirectQuoteFinder();
    private final IndirectQuoteFinder indirectFinder = new IndirectQuoteFinder();
    private final QuoteMerger merger = new QuoteMerger();
    private final EntityCounter entityCounter = new EntityCounter();

    /** For plain tests and benchmarks: the given registry, learning as asked. */
    public SpeakerEnricher(SpeakerRegistry registry, boolean learnAliases) {
        this(registry, learnAliases, Duration.ZERO);
    }

    @Inject
    public SpeakerEnricher(SpeakerRegistry registry, SpeakersConfig config) {
        this(registry, config.learnAliases(), config.aliasesReadyTimeout());
    }

    private SpeakerEnricher(SpeakerRegistry registry, boolean learnAliases, Duration aliasesReadyTimeout) {
        this.registry = registry;
        this.gazetteer = new Gazetteer(registry);
        this.learnAliases = learnAliases;
        this.aliasesReadyTimeout = aliasesReadyTimeout;
    }

    @Override
    public String name() {
        return "speakers";
    }

    @Override
    public String version() {
        return "5";
    }

    @Override
    public int order() {
        return 200;
    }

    public SpeakerRegistry registry() {
        return registry;
    }

    private static boolean isPersonalPronoun(String m) {
        String l = m.strip().toLowerCase(java.util.Locale.ROOT);
        return l.equals("he") || l.equals("she") || l.equals("his") || l.equals("her");
    }

    @Override
    public void enrich(SourceDocument document, Annotations annotations) {
        if (!registry.awaitSharedAliases(aliasesReadyTimeout)) {
            LOG.warnf("shared speaker aliases not loaded after %s; going on without them", aliasesReadyTimeout);
        }
        String original = document.text();
        // The finders read no-break spaces as spaces; spans and quote texts come from the original.
        String text = Chars.plainSpaces(original);
        DocumentLayout layout = new DocumentLayout(text);
        DocumentNames names = new DocumentNames(text, gazetteer, registry);
        SpeakerResolver resolver = new SpeakerResolver(registry, names, learnAliases, document.publishedAt().orElse(null));

        List<QuoteCandidate> quotes = merger.merge(
                structureFinder.find(layout, names.surfaceTypes()),
                directFinder.find(layout),
                indirectFinder.find(layout));

        Map<String, Set<String>> mentions = new LinkedHashMap<>();
        Map<String, Integer> quoteCounts = new HashMap<>();
        String lastSpeaker = null;
        int lastSpeakerAt = Integer.MIN_VALUE / 2;
        for (QuoteCandidate q : quotes) {
            if (SourceMentionRules.isBrokenMention(text, q)) {
                continue;
            }
            SourceMentionRules.apply(text, layout, q);
            String speaker;
            if (q.speakerFixed) {
                speaker = q.speaker;
            } else if (q.speaker != null) {
                speaker = resolver.resolve(q.speaker, q.start);
            } else if (q.hasMention()) {
                String m = text.substring(q.mentionStart, q.mentionEnd);
                // "he added": the speaker of the report just before wins over a person merely mentioned.
                speaker = isPersonalPronoun(m) && lastSpeaker != null && q.mentionStart - lastSpeakerAt < 600
                        ? lastSpeaker : resolver.resolve(m, q.mentionStart);
            } else if (q.continuation) {
                speaker = lastSpeaker;
            } else {
                speaker = null;
            }
            if (speaker != null && q.kind != dev.sayline.enrich.model.QuoteKind.COMMENT
                    && registry.byName(speaker).map(e -> e.type() == EntityType.PERSON).orElse(true)) {
                lastSpeaker = speaker;
                lastSpeakerAt = q.end;
            }
            TextSpan cue = q.hasCue() ? TextSpan.of(original, q.cueStart, q.cueEnd) : null;
            TextSpan mention = q.hasMention() ? TextSpan.of(original, q.mentionStart, q.mentionEnd) : null;
            annotations.quotes().add(new Quote(q.start, q.end, original.substring(q.start, q.end), q.kind, cue, mention, speaker));
            if (speaker != null) {
                quoteCounts.merge(speaker, 1, Integer::sum);
                Set<String> m = mentions.computeIfAbsent(speaker, k -> new LinkedHashSet<>());
                if (mention != null) {
                    m.add(mention.text());
                }
            }
        }
        Map<String, EntityType> speakerTypes = new HashMap<>();
        for (String s : quoteCounts.keySet()) {
            speakerTypes.put(s, registry.byName(s).map(RegistryEntry::type).orElse(EntityType.PERSON));
        }
        // Mentions also list the proper-name forms of the speaker found in the text.
        for (var m : names.aliasMatches()) {
            Set<String> set = mentions.get(m.entry().canonical());
            if (set != null) {
                set.add(text.substring(m.start(), m.end()));
            }
        }
        List<SpeakerSummary> summaries = new ArrayList<>();
        mentions.forEach((name, m) -> summaries.add(new SpeakerSummary(name, List.copyOf(m), quoteCounts.get(name))));
        summaries.sort((a, b) -> b.quoteCount() != a.quoteCount() ? Integer.compare(b.quoteCount(), a.quoteCount())
                : a.name().compareTo(b.name()));
        annotations.speakers().addAll(summaries);
        annotations.entities().addAll(entityCounter.count(text, names, speakerTypes));
    }
}
