package dev.sayline.enrich.pipeline;

import dev.sayline.enrich.model.DateMention;
import dev.sayline.enrich.model.EntityCount;
import dev.sayline.enrich.model.Quote;
import dev.sayline.enrich.model.SpeakerSummary;
import dev.sayline.enrich.model.Tag;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the enrichers found in one document, in UTF-16 offsets. Not thread-safe: one instance
 * per document, filled by the enrichers in order.
 */
public final class Annotations {

    private LocalDate publishedAt;
    private final List<DateMention> dates = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final List<SpeakerSummary> speakers = new ArrayList<>();
    private final List<EntityCount> entities = new ArrayList<>();
    private final List<Tag> tags = new ArrayList<>();
    private String tagRulesVersion;

    public Annotations(LocalDate publishedAt) {
        this.publishedAt = publishedAt;
    }

    /** The document's publication date: given by the client, or found in the text by the date enricher. */
    public LocalDate publishedAt() {
        return publishedAt;
    }

    public void publishedAt(LocalDate date) {
        this.publishedAt = date;
    }

    public List<DateMention> dates() {
        return dates;
    }

    public List<Quote> quotes() {
        return quotes;
    }

    public List<SpeakerSummary> speakers() {
        return speakers;
    }

    public List<EntityCount> entities() {
        return entities;
    }

    public List<Tag> tags() {
        return tags;
    }

    /** Version of the topic rule set the tag enricher applied (null when it did not run). */
    public String tagRulesVersion() {
        return tagRulesVersion;
    }

    public void tagRulesVersion(String version) {
        this.tagRulesVersion = version;
    }

    /**
     * A copy of everything recorded so far. Copies rather than list sizes, so an enricher that
     * replaces, reorders or removes entries is undone as fully as one that only adds (the lists
     * are short: copying them costs nothing next to the enrichers' own work).
     */
    Checkpoint checkpoint() {
        return new Checkpoint(publishedAt, List.copyOf(dates), List.copyOf(quotes), List.copyOf(speakers),
                List.copyOf(entities), List.copyOf(tags), tagRulesVersion);
    }

    /** Back to the checkpoint: a failed enricher leaves no half of its work. */
    void restore(Checkpoint c) {
        publishedAt = c.publishedAt();
        replace(dates, c.dates());
        replace(quotes, c.quotes());
        replace(speakers, c.speakers());
        replace(entities, c.entities());
        replace(tags, c.tags());
        tagRulesVersion = c.tagRulesVersion();
    }

    /**
     * Fails if a date or quote lies outside a text of {@code length} UTF-16 units. Asked after each
     * enricher, so a bad span is blamed on the enricher that made it, not found when the output is
     * assembled (where it would fail the whole document).
     */
    void requireSpansWithin(int length) {
        for (DateMention d : dates) {
            requireWithin(d.start(), d.end(), length, "date");
        }
        for (Quote q : quotes) {
            requireWithin(q.start(), q.end(), length, "quote");
            if (q.cue() != null) {
                requireWithin(q.cue().start(), q.cue().end(), length, "cue");
            }
            if (q.speakerMention() != null) {
                requireWithin(q.speakerMention().start(), q.speakerMention().end(), length, "speaker mention");
            }
        }
    }

    private static void requireWithin(int start, int end, int length, String what) {
        if (start < 0 || start > end || end > length) {
            throw new IllegalStateException(what + " span [" + start + ", " + end + ") outside a text of " + length);
        }
    }

    private static <T> void replace(List<T> list, List<T> saved) {
        list.clear();
        list.addAll(saved);
    }

    record Checkpoint(LocalDate publishedAt, List<DateMention> dates, List<Quote> quotes,
                      List<SpeakerSummary> speakers, List<EntityCount> entities, List<Tag> tags,
                      String tagRulesVersion) {
    }
}
