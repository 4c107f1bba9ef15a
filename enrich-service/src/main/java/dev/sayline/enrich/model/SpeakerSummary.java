package dev.sayline.enrich.model;

import java.util.List;

/** A canonical speaker of the document, the surface forms used for them, and how many quotes they have. */
public record SpeakerSummary(String name, List<String> mentions, int quoteCount) {
}
