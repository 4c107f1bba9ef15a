package dev.sayline.enrich.speakers.registry;

import dev.sayline.enrich.model.EntityType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Who is who across documents: canonical names of people, organisations, places and events,
 * with the aliases and roles that name them. Loaded from a curated resource
 * ({@code speakers-default.tsv}) plus any extra files named in configuration, so the list grows
 * without a rebuild. Aliases learnt from documents (a surname seen next to a full name) are
 * kept in memory only and are lost on restart; curated aliases always win over learnt ones.
 *
 * <p>File format, one identity per line, tab-separated: {@code canonical TYPE aliases roles},
 * where aliases and roles are {@code |}-separated and may be empty; {@code #} starts a comment.
 * A later line for the same canonical name adds to it.
 */
public final class SpeakerRegistry {

    public static final String DEFAULT_RESOURCE = "/dev/sayline/enrich/speakers/speakers-default.tsv";
    /** Bounds the learnt aliases so a long-running service cannot grow without limit. */
    static final int MAX_LEARNT = 50_000;

    private final Map<String, RegistryEntry> byCanonical;
    private final Map<String, RegistryEntry> byAlias;
    private final Map<String, RegistryEntry> byRole;
    private final Map<String, String> learnt = new ConcurrentHashMap<>();

    private SpeakerRegistry(Map<String, RegistryEntry> entries) {
        this.byCanonical = Map.copyOf(entries);
        Map<String, RegistryEntry> aliases = new HashMap<>();
        Map<String, RegistryEntry> roles = new HashMap<>();
        for (RegistryEntry e : entries.values()) {
            aliases.putIfAbsent(e.canonical(), e);
            for (String a : e.aliases()) {
                aliases.putIfAbsent(a, e);
            }
            for (String r : e.roles()) {
                roles.putIfAbsent(r, e);
            }
        }
        // A canonical name always resolves to itself, even if another line listed it as an alias.
        for (RegistryEntry e : entries.values()) {
            aliases.put(e.canonical(), e);
        }
        this.byAlias = Map.copyOf(aliases);
        this.byRole = Map.copyOf(roles);
    }

    /** The curated default list only. */
    public static SpeakerRegistry defaults() {
        return load(List.of());
    }

    /** The curated default list plus the given files or directories (every {@code *.tsv} in them). */
    public static SpeakerRegistry load(List<Path> extra) {
        Map<String, RegistryEntry> entries = new LinkedHashMap<>();
        try (InputStream in = SpeakerRegistry.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            read(new InputStreamReader(in, StandardCharsets.UTF_8), entries);
            for (Path p : extra) {
                for (Path f : files(p)) {
                    try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                        read(r, entries);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SpeakerRegistry(entries);
    }

    private static List<Path> files(Path p) throws IOException {
        if (!Files.isDirectory(p)) {
            return List.of(p);
        }
        try (Stream<Path> s = Files.list(p)) {
            return s.filter(f -> f.toString().endsWith(".tsv")).sorted().toList();
        }
    }

    static void read(Reader reader, Map<String, RegistryEntry> entries) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            String canonical = cols[0].strip();
            EntityType type = cols.length > 1 && !cols[1].isBlank()
                    ? EntityType.valueOf(cols[1].strip().toUpperCase(Locale.ROOT)) : EntityType.OTHER;
            List<String> aliases = cols.length > 2 ? split(cols[2], false) : List.of();
            List<String> roles = cols.length > 3 ? split(cols[3], true) : List.of();
            RegistryEntry old = entries.get(canonical);
            if (old != null) {
                aliases = concat(old.aliases(), aliases);
                roles = concat(old.roles(), roles);
                type = old.type();
            }
            entries.put(canonical, new RegistryEntry(canonical, type, aliases, roles));
        }
    }

    private static List<String> split(String col, boolean lowerCase) {
        List<String> out = new ArrayList<>();
        for (String s : col.split("\\|")) {
            String v = s.strip().replace('\'', '’');
            if (!v.isEmpty()) {
                out.add(lowerCase ? v.toLowerCase(Locale.ROOT) : v);
            }
        }
        return List.copyOf(out);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return List.copyOf(out);
    }

    /** The identity a proper name stands for: curated alias first, then a learnt one. */
    public Optional<RegistryEntry> byName(String name) {
        String n = name.replace('\'', '’');
        RegistryEntry e = byAlias.get(n);
        if (e != null) {
            return Optional.of(e);
        }
        String canonical = learnt.get(n);
        if (canonical == null) {
            return Optional.empty();
        }
        RegistryEntry known = byCanonical.get(canonical);
        return Optional.of(known != null ? known
                : new RegistryEntry(canonical, EntityType.PERSON, List.of(n), List.of()));
    }

    /** The identity a description ("the Russian foreign minister", "Kremlin spokesman") names, if curated. */
    public Optional<RegistryEntry> byRole(String description) {
        String d = description.toLowerCase(Locale.ROOT).replace('\'', '’').strip();
        if (d.startsWith("the ")) {
            d = d.substring(4);
        }
        return Optional.ofNullable(byRole.get(d));
    }

    /**
     * Learns that {@code alias} (a surname) means {@code canonical} (the full name a document
     * gave). Curated aliases are never overridden; in memory only.
     */
    public void learn(String alias, String canonical) {
        String a = alias.replace('\'', '’');
        if (byAlias.containsKey(a) || a.equals(canonical) || learnt.size() >= MAX_LEARNT) {
            return;
        }
        learnt.putIfAbsent(a, canonical);
    }

    public Collection<RegistryEntry> entries() {
        return byCanonical.values();
    }

    public int learntCount() {
        return learnt.size();
    }
}
