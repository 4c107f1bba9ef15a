package dev.sayline.enrich.speakers.entities;

import dev.sayline.enrich.model.EntityCount;
import dev.sayline.enrich.model.EntityType;
import dev.sayline.enrich.speakers.coref.DocumentNames;
import dev.sayline.enrich.speakers.registry.Gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the document's entities: registry aliases (people, organisations, places, events), plus
 * people the registry does not know but the document names in full or quotes (counted by the
 * full name and its surname). Only proper names count, not pronouns or descriptions.
 */
public final class EntityCounter {

    public List<EntityCount> count(String text, DocumentNames names, Map<String, EntityType> speakers) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, EntityType> types = new HashMap<>();
        List<int[]> covered = new ArrayList<>();
        for (Gazetteer.Match m : names.aliasMatches()) {
            counts.computeIfAbsent(m.entry().canonical(), k -> new int[1])[0]++;
            types.put(m.entry().canonical(), m.entry().type());
            covered.add(new int[]{m.start(), m.end()});
        }
        // People the registry does not know: count surname occurrences outside registry matches.
        Map<String, String> unknown = new HashMap<>();
        names.fullNames().forEach((surname, full) -> {
            if (!types.containsKey(full) && (speakers.containsKey(full) || full.split(" ").length >= 2)) {
                unknown.put(surname, full);
            }
        });
        speakers.forEach((name, type) -> {
            if (!types.containsKey(name) && !name.contains(" ") && type == EntityType.PERSON) {
                unknown.putIfAbsent(name, name);
            }
        });
        for (Map.Entry<String, String> e : unknown.entrySet()) {
            int n = countWholeWord(text, e.getKey(), covered);
            if (n > 0 && speakers.containsKey(e.getValue()) || n > 1) {
                counts.computeIfAbsent(e.getValue(), k -> new int[1])[0] += n;
                types.put(e.getValue(), EntityType.PERSON);
            }
        }
        List<EntityCount> out = new ArrayList<>();
        counts.forEach((name, c) -> out.add(new EntityCount(name, types.get(name), c[0])));
        out.sort(Comparator.comparingInt(EntityCount::count).reversed().thenComparing(EntityCount::name));
        return out;
    }

    /** Whole-word occurrences outside registry matches (indexOf, not a regex: this runs per name). */
    private static int countWholeWord(String text, String word, List<int[]> covered) {
        int n = 0;
        int from = 0;
        int at;
        while ((at = text.indexOf(word, from)) >= 0) {
            int end = at + word.length();
            boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean endOk = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startOk && endOk && !isCovered(covered, at)) {
                n++;
            }
            from = end;
        }
        return n;
    }

    /** {@code covered} is in text order, so a binary search finds the match that could hold {@code pos}. */
    private static boolean isCovered(List<int[]> covered, int pos) {
        int lo = 0;
        int hi = covered.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int[] c = covered.get(mid);
            if (c[1] <= pos) {
                lo = mid + 1;
            } else if (c[0] > pos) {
                hi = mid - 1;
            } else {
                return true;
            }
        }
        return false;
    }
}
