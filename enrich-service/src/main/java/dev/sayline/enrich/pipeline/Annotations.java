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

    /** What is recorded so far; enrichers only add, so list sizes are enough to undo one. */
    public Checkpoint checkpoint() {
        return new Checkpoint(publishedAt, dates.size(), quotes.size(), speakers.size(), entities.size(),
                tags.size(), tagRulesVersion);
    }

    /** Drops everything added since the checkpoint: a failed enricher leaves no half of its work. */
    public void restore(Checkpoint c) {
        publishedAt = c.publishedAt();
        truncate(dates, c.dates());
        truncate(quotes, c.quotes());
        truncate(speakers, c.speakers());
        truncate(entities, c.entities());
        truncate(tags, c.tags());
        tagRulesVersion = c.tagRulesVersion();
    }

    private static void truncate(List<?> list, int size) {
        list.subList(size, list.size()).clear();
    }

    public record Checkpoint(LocalDate publishedAt, int dates, int quotes, int speakers, int entities, int tags,
                             String tagRulesVersion) {
    }
}
