package dev.sayline.enrich.speakers.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the registry's aliases in a text: case-sensitive, whole words, longest match first,
 * no overlaps. Aliases are indexed by their first word, so a scan costs one map lookup per
 * capitalised word (the throughput target rules out one big regex over hundreds of names).
 */
public final class Gazetteer {

    /** One alias occurrence {@code [start, end)}. */
    public record Match(int start, int end, RegistryEntry entry) {
    }

    private final Map<String, List<String>> byFirstWord = new HashMap<>();
    /** Lower-case first words of aliases ("the"): other lower-case words are never looked up. */
    private final java.util.Set<String> lowerFirstWords = new java.util.HashSet<>();
    private final Map<String, RegistryEntry> entryOf = new HashMap<>();

    public Gazetteer(SpeakerRegistry registry) {
        for (RegistryEntry e : registry.entries()) {
            add(e.canonical(), e);
            for (String a : e.aliases()) {
                add(a, e);
            }
        }
        for (List<String> l : byFirstWord.values()) {
            l.sort(Comparator.comparingInt(String::length).reversed());
        }
    }

    private void add(String alias, RegistryEntry e) {
        if (entryOf.putIfAbsent(alias, e) != null) {
            return;
        }
        String first = firstWord(alias);
        byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(alias);
        if (Character.isLowerCase(first.charAt(0))) {
            lowerFirstWords.add(first);
        }
    }

    private static String firstWord(String s) {
        int i = 0;
        while (i < s.length() && isWordChar(s.charAt(i))) {
            i++;
        }
        return s.substring(0, Math.max(i, 1));
    }

    private static boolean isWordChar(char c) {
        return dev.sayline.enrich.speakers.text.Chars.isLetterOrDigit(c) || c == '-';
    }

    public List<Match> scan(String text) {
        List<Match> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!dev.sayline.enrich.speakers.text.Chars.isLetterOrDigit(c) || (i > 0 && isWordChar(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && isWordChar(text.charAt(j))) {
                j++;
            }
            // Most words are lower-case and start no alias: skip them without allocating.
            List<String> candidates = Character.isLowerCase(c) && !lowerFirstWords.contains(text.substring(i, j))
                    ? null : byFirstWord.get(text.substring(i, j));
            int matched = -1;
            if (candidates != null) {
                for (String a : candidates) {
                    int e = i + a.length();
                    if (text.startsWith(a, i) && (e >= n || !Character.isLetterOrDigit(text.charAt(e)))
                            && !(e < n - 1 && text.charAt(e) == '-' && Character.isLetterOrDigit(text.charAt(e + 1)))) {
                        out.add(new Match(i, e, entryOf.get(a)));
                        matched = e;
                        break;
                    }
                }
            }
            i = matched > 0 ? matched : j;
        }
        return out;
    }
}
