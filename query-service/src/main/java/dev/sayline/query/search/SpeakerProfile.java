package dev.sayline.query.search;

import java.util.List;

/**
 * What the index knows about one speaker: the names the documents use for them, how much
 * and when they are quoted, what the documents quoting them are about, what they said last.
 */
public record SpeakerProfile(String name, List<String> aliases, long quoteCount, long documentCount,
                             List<Bucket> quotesPerMonth, List<Bucket> topTags, List<QuoteHit> latestQuotes) {
}
