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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(e.getKey()) + "(?![\\p{L}\\p{N}])").matcher(text);
            int n = 0;
            while (m.find()) {
                if (!isCovered(covered, m.start())) {
                    n++;
                }
            }
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

    private static boolean isCovered(List<int[]> covered, int pos) {
        for (int[] c : covered) {
            if (c[0] <= pos && pos < c[1]) {
                return true;
            }
        }
        return false;
    }
}
