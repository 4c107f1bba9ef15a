package dev.sayline.enrich.speakers.coref;

import dev.sayline.enrich.model.EntityType;
import dev.sayline.enrich.speakers.registry.RegistryEntry;
import dev.sayline.enrich.speakers.registry.SpeakerRegistry;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a speaker mention into a canonical name, for one document:
 * <ol>
 * <li>pronouns (he, she) → the last person mentioned before them; vague ones (they, we) → unknown;</li>
 * <li>descriptions ("the US president") → the person the document gave that role, else the
 *     registry's role list, else a name inside the description, else unknown;</li>
 * <li>names → the fullest form the document gives ("Lavrov" → "Sergey Lavrov"), then the
 *     registry (one identity across documents), else the name as written, titles removed.</li>
 * </ol>
 * When a document gives a full name the registry does not know, its surname is learnt.
 */
public final class SpeakerResolver {

    private static final Set<String> VAGUE = dev.sayline.enrich.speakers.text.WordSets.of("they", "we", "i", "you", "it", "them", "some", "others",
            "many", "people", "experts", "analysts", "sources", "officials", "critics", "everyone", "someone");

    private final SpeakerRegistry registry;
    private final DocumentNames names;
    private final boolean learn;
    /** The document's date, for roles held in a term ("the US president"); null when unknown. */
    private final java.time.LocalDate date;

    public SpeakerResolver(SpeakerRegistry registry, DocumentNames names, boolean learn) {
        this(registry, names, learn, null);
    }

    public SpeakerResolver(SpeakerRegistry registry, DocumentNames names, boolean learn, java.time.LocalDate date) {
        this.registry = registry;
        this.names = names;
        this.learn = learn;
        this.date = date;
    }

    /** Canonical speaker for a mention at {@code pos}; null when it cannot be resolved. */
    public String resolve(String mention, int pos) {
        if (mention == null || mention.isBlank()) {
            return null;
        }
        String m = mention.strip();
        String lower = m.toLowerCase(Locale.ROOT);
        if (Names.isPronoun(m)) {
            return lower.equals("he") || lower.equals("she") || lower.equals("him") || lower.equals("her") || lower.equals("his")
                    ? names.lastPersonBefore(pos) : null;
        }
        if (VAGUE.contains(lower)) {
            return null;
        }
        if (Names.isDescription(m)) {
            return resolveDescription(m);
        }
        return resolveName(Names.core(m));
    }

    private String resolveDescription(String description) {
        Optional<RegistryEntry> role = registry.byRole(stripDeterminer(description), date);
        String[] words = description.toLowerCase(Locale.ROOT).split("\\s+");
        String head = words[words.length - 1];
        String inDoc = names.personWithRole(head);
        if (inDoc != null) {
            return inDoc;
        }
        if (role.isPresent()) {
            return role.get().canonical();
        }
        // "Russia’s foreign ministry spokeswoman": try the role without its owner.
        for (int i = 1; i < words.length - 1; i++) {
            Optional<RegistryEntry> r = registry.byRole(String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length)), date);
            if (r.isPresent()) {
                return r.get().canonical();
            }
        }
        return null;
    }

    private static String stripDeterminer(String d) {
        String l = d.toLowerCase(Locale.ROOT);
        for (String det : new String[]{"the ", "a ", "an ", "his ", "her ", "its ", "their "}) {
            if (l.startsWith(det)) {
                return d.substring(det.length());
            }
        }
        return d;
    }

    /** Canonical form of a proper name (no titles). */
    public String resolveName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.strip();
        if (n.startsWith("the ") || n.startsWith("The ")) {
            Optional<RegistryEntry> withThe = registry.byName(n);
            if (withThe.isPresent()) {
                return withThe.get().canonical();
            }
            n = n.substring(4);
        }
        Optional<RegistryEntry> known = registry.byName(n);
        if (known.isPresent() && (known.get().type() != EntityType.PERSON || n.contains(" "))) {
            return known.get().canonical();
        }
        if (!n.contains(" ")) {
            String full = names.fullNameFor(n);
            if (full != null) {
                String canonical = registry.byName(full).map(RegistryEntry::canonical).orElse(full);
                if (learn && registry.byName(full).isEmpty()) {
                    registry.learn(n, full);
                }
                return canonical;
            }
        } else if (learn && known.isEmpty()) {
            registry.learn(Names.lastWord(n), n);
        }
        return known.map(RegistryEntry::canonical).orElse(n);
    }
}
