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
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * Who is who across documents: canonical names of people, organisations, places and events,
 * with the aliases and roles that name them. Loaded from a curated resource
 * ({@code speakers-default.tsv}) plus any extra files named in configuration, so the list grows
 * without a rebuild. Aliases learnt from documents (a surname seen next to a full name) are
 * announced to a listener ({@link LearntAliasesTopic} shares them through a compacted topic, so
 * every instance and every restart knows them) and adopted from it; curated aliases always win
 * over learnt ones.
 *
 * <p>File format, one identity per line, tab-separated: {@code canonical TYPE aliases roles},
 * where aliases and roles are {@code |}-separated and may be empty; {@code #} starts a comment.
 * A later line for the same canonical name adds to it. A role may carry the term in which it
 * names that identity: {@code us president@2017-01-20..2021-01-20} (either end may be left
 * open: {@code us president@2025-01-20..}), so "the US president" of a 2016 document is Barack
 * Obama and of a 2025 one Donald Trump.
 */
public final class SpeakerRegistry {

    public static final String DEFAULT_RESOURCE = "/dev/sayline/enrich/speakers/speakers-default.tsv";
    /** Bounds the learnt aliases so a long-running service cannot grow without limit. */
    static final int MAX_LEARNT = 50_000;

    private final Map<String, RegistryEntry> byCanonical;
    private final Map<String, RegistryEntry> byAlias;
    private final Map<String, List<RoleTerm>> byRole;
    private final Map<String, String> learnt = new ConcurrentHashMap<>();
    private volatile BiConsumer<String, String> announce = (alias, canonical) -> { };
    /** Open once the aliases learnt elsewhere are adopted; open from the start unless {@link #expectSharedAliases()}. */
    private volatile CountDownLatch sharedAliasesLoaded = new CountDownLatch(0);

    private SpeakerRegistry(Map<String, RegistryEntry> entries) {
        this.byCanonical = Map.copyOf(entries);
        Map<String, RegistryEntry> aliases = new HashMap<>();
        Map<String, List<RoleTerm>> roles = new HashMap<>();
        for (RegistryEntry e : entries.values()) {
            aliases.putIfAbsent(e.canonical(), e);
            for (String a : e.aliases()) {
                aliases.putIfAbsent(a, e);
            }
            for (String r : e.roles()) {
                RoleTerm t = RoleTerm.parse(r, e);
                roles.computeIfAbsent(t.role(), k -> new ArrayList<>()).add(t);
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
            String v = curly(s.strip());
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
        String n = curly(name);
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
        return byRole(description, null);
    }

    /**
     * The identity a description names on {@code date} (the document's date): the holder whose
     * term contains it; without a date, the current holder (a term open at its end) or an undated role.
     */
    public Optional<RegistryEntry> byRole(String description, LocalDate date) {
        String d = curly(description.toLowerCase(Locale.ROOT)).strip();
        if (d.startsWith("the ")) {
            d = d.substring(4);
        }
        List<RoleTerm> terms = byRole.get(d);
        if (terms == null) {
            return Optional.empty();
        }
        for (RoleTerm t : terms) {
            if (date == null ? t.to() == null : t.covers(date)) {
                return Optional.of(t.entry());
            }
        }
        return Optional.empty();
    }

    /** One role of an identity and the term in which it holds it (null ends are open). */
    record RoleTerm(String role, RegistryEntry entry, LocalDate from, LocalDate to) {

        static RoleTerm parse(String spec, RegistryEntry entry) {
            int at = spec.indexOf('@');
            if (at < 0) {
                return new RoleTerm(spec, entry, null, null);
            }
            String[] range = spec.substring(at + 1).split("\\.\\.", -1);
            return new RoleTerm(spec.substring(0, at).strip(), entry, date(range[0]), range.length > 1 ? date(range[1]) : null);
        }

        private static LocalDate date(String s) {
            return s.isBlank() ? null : LocalDate.parse(s.strip());
        }

        /** From inclusive, to exclusive (the day a successor takes office is theirs). */
        boolean covers(LocalDate date) {
            return (from == null || !date.isBefore(from)) && (to == null || date.isBefore(to));
        }
    }

    /**
     * Learns that {@code alias} (a surname) means {@code canonical} (the full name a document
     * gave), and announces it when it is new here. Curated aliases are never overridden.
     */
    public void learn(String alias, String canonical) {
        String a = curly(alias);
        if (byAlias.containsKey(a) || a.equals(canonical) || learnt.size() >= MAX_LEARNT) {
            return;
        }
        if (learnt.putIfAbsent(a, canonical) == null) {
            try {
                announce.accept(a, canonical);
            } catch (RuntimeException e) {
                learnt.remove(a, canonical);  // learning must never fail a document
            }
        }
    }

    /**
     * Adopts an alias learnt by any instance, in the shared order: a later one replaces what this
     * instance learnt itself, so all instances end with the same (last announced) meaning.
     */
    public void adopt(String alias, String canonical) {
        String a = curly(alias);
        if (byAlias.containsKey(a) || a.equals(canonical) || canonical.isBlank()
                || learnt.size() >= MAX_LEARNT && !learnt.containsKey(a)) {
            return;
        }
        learnt.put(a, canonical);
    }

    /** Forgets that this instance learnt {@code alias} as {@code canonical} (it could not be shared), so it is learnt again. */
    public void forget(String alias, String canonical) {
        learnt.remove(curly(alias), canonical);
    }

    /** Forgets a learnt alias whatever it meant (deleted from the shared topic). */
    public void forgetAlias(String alias) {
        learnt.remove(curly(alias));
    }

    /** Who hears of each newly learnt alias (the shared topic's writer). */
    public void onLearnt(BiConsumer<String, String> listener) {
        this.announce = listener;
    }

    /** Documents wait (see {@link #awaitSharedAliases}) until {@link #sharedAliasesLoaded()} is called. */
    public void expectSharedAliases() {
        sharedAliasesLoaded = new CountDownLatch(1);
    }

    public void sharedAliasesLoaded() {
        sharedAliasesLoaded.countDown();
    }

    /**
     * Waits until the shared aliases are adopted, so a restart does not forget them for its first
     * documents. Waits once: after a timeout it stops waiting (false), and the aliases are adopted
     * whenever the topic is read.
     */
    public boolean awaitSharedAliases(Duration timeout) {
        CountDownLatch latch = sharedAliasesLoaded;
        if (latch.getCount() == 0) {
            return true;
        }
        try {
            if (latch.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        latch.countDown();
        return false;
    }

    /** Names are kept with the typographic apostrophe, so "O'Brien" and "O’Brien" are one key. */
    private static String curly(String name) {
        return name.replace('\'', '’');
    }

    public Collection<RegistryEntry> entries() {
        return byCanonical.values();
    }

    public int learntCount() {
        return learnt.size();
    }
}
