package dev.sayline.query.search;

import java.util.List;

/** Speakers ranked by matching quotes; {@code quotes} is the number of matching quotes in all. */
public record SpeakerList(long quotes, List<SpeakerCount> speakers) {
}
