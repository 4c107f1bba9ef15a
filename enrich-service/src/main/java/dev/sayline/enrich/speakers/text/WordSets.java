package dev.sayline.enrich.speakers.text;

import java.util.Arrays;
import java.util.Set;

/** Immutable word sets from lexicon lists, where an accidental repeat is harmless (unlike {@code Set.of}). */
public final class WordSets {

    private WordSets() {
    }

    public static Set<String> of(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }
}
