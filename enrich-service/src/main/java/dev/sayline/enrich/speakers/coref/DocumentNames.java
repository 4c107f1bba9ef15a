package dev.sayline.enrich.speakers.coref;

import dev.sayline.enrich.model.EntityType;
import dev.sayline.enrich.speakers.registry.Gazetteer;
import dev.sayline.enrich.speakers.registry.RegistryEntry;
import dev.sayline.enrich.speakers.registry.SpeakerRegistry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The names one document uses: registry aliases found in it, the full personal names it gives
 * ("Sergey Lavrov", so a later "Lavrov" resolves to it), the roles it gives them ("Foreign
 * Minister Sergey Lavrov" → "the foreign minister" means him) and where each person is
 * mentioned (for pronouns).
 */
public final class DocumentNames {

    /** Capitalised words that start sentences or places, never a first name. */
    private static final Set<String> NOT_FIRST_NAMES = dev.sayline.enrich.speakers.text.WordSets.of("The", "This", "That", "These", "Those", "In", "On",
            "At", "For", "And", "But", "So", "If", "When", "While", "As", "After", "Before", "Since", "With", "From",
            "By", "To", "Of", "It", "He", "She", "They", "We", "I", "You", "His", "Her", "Their", "Our", "My", "A",
            "An", "No", "Yes", "Not", "Now", "Then", "Here", "There", "What", "Why", "How", "Who", "Where", "Which",
            "Mr", "Mrs", "Ms", "Dr", "Sir", "President", "Senator", "Governor", "General", "Secretary", "Minister",
            "Prime", "Foreign", "Defence", "Defense", "Special", "Chief", "Deputy", "Vice", "Former", "Russian",
            "Ukrainian", "American", "British", "European", "Western", "Chinese", "German", "French", "Soviet", "North",
            "South", "East", "West", "New", "Old", "United", "Supreme", "Federal", "National", "Central", "Democratic",
            "Republican", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
            "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
            "December", "Many", "Some", "All", "Both", "Every", "Each", "Most", "One", "Two", "Three", "Even", "Only",
            "Also", "Just", "Still", "Yet", "Like", "Unlike", "During", "Despite", "Although", "Though", "Because",
            "Did", "Does", "Do", "Is", "Are", "Was", "Were", "Will", "Would", "Can", "Could", "Should", "Must", "May",
            "Might", "Has", "Have", "Had", "Let", "Please", "Thanks", "Thank", "Dear", "Hello", "Well", "Oh", "Meanwhile",
            "Moreover", "However", "Therefore", "Indeed", "Instead", "Perhaps", "Maybe", "Rep", "Sen", "Gov", "Gen",
            "Ambassador", "Chancellor", "Pope", "King", "Queen", "Prince", "Lord", "Judge", "Justice", "Speaker", "Senate",
            "House", "White", "State", "Security", "Kremlin", "Air", "Armed", "Royal", "Navy", "Army", "Council",
            "Ministry", "Department", "Office", "Committee", "Party", "Union", "Republic", "Federation", "Kingdom",
            "Greater", "Great", "Holy", "Saint", "St", "Lake", "Mount", "Fort", "Port", "Cape", "Canadian", "Italian",
            "Israeli", "Turkish", "Japanese", "Polish", "Indian", "Iranian", "Syrian", "Belarusian", "Hungarian");
    private static final Set<String> NOT_SURNAMES = dev.sayline.enrich.speakers.text.WordSets.of("Street", "Road", "Avenue", "University", "College",
            "School", "Institute", "Center", "Centre", "Party", "Council", "Committee", "Ministry", "Department",
            "Office", "Agency", "Bank", "Fund", "Times", "Post", "News", "Journal", "Review", "Forces", "Force",
            "Army", "Navy", "Union", "Republic", "Federation", "Kingdom", "States", "Nations", "Region", "Oblast",
            "Sea", "Ocean", "River", "Lake", "City", "County", "War", "Treaty", "Plan", "Summit", "Accords", "Act",
            "Day", "Week", "Year", "House", "Hall", "Square", "Base", "Airport", "Station", "Group", "Company",
            "Inc", "Corp", "Strategy", "Security", "Affairs", "Defense", "Defence", "Policy", "Court", "Prize");

    private final List<Gazetteer.Match> aliasMatches;
    /** Surname → the fullest personal name the document gives for it. */
    private final Map<String, String> fullNameBySurname = new HashMap<>();
    /** Every person mention: offset and canonical name, in text order (for pronouns). */
    private final List<int[]> personPositions = new ArrayList<>();
    private final List<String> personNames = new ArrayList<>();
    /** Lower-case role word ("minister", "president", "historian") → the person the document gave it to. */
    private final Map<String, String> roles = new HashMap<>();
    private final Map<String, String> surfaceTypes = new HashMap<>();

    public DocumentNames(String text, Gazetteer gazetteer, SpeakerRegistry registry) {
        this.aliasMatches = gazetteer.scan(text);
        for (Gazetteer.Match m : aliasMatches) {
            surfaceTypes.put(text.substring(m.start(), m.end()), m.entry().type().name());
            if (m.entry().type() == EntityType.PERSON) {
                addPerson(m.start(), m.entry().canonical());
            }
        }
        for (int[] name : nameCandidates(text)) {
            String first = text.substring(name[0], name[1]);
            String last = text.substring(name[2], name[3]);
            if (NOT_FIRST_NAMES.contains(first) || NOT_SURNAMES.contains(last) || NOT_FIRST_NAMES.contains(last)) {
                continue;
            }
            String full = text.substring(name[0], name[3]);
            RegistryEntry known = registry.byName(full).orElse(null);
            if (known != null && known.type() != EntityType.PERSON) {
                continue;
            }
            if (registry.byName(first).filter(e -> e.type() != EntityType.PERSON).isPresent()
                    || registry.byName(last).filter(e -> e.type() != EntityType.PERSON).isPresent()) {
                continue;
            }
            String canonical = known != null ? known.canonical() : full;
            fullNameBySurname.merge(last, canonical, (a, b) -> a.length() >= b.length() ? a : b);
            surfaceTypes.putIfAbsent(full, "PERSON");
            addPerson(name[0], canonical);
            recordRole(text, name[0], canonical);
        }
        sortPersons();
    }

    /**
     * Candidate full names: two or three capitalised words separated by single spaces ("Sergey
     * Lavrov", "Lawrence B. Cummings"). A hand-written scan: a regex over the whole text was the
     * slowest step of the enricher. Returns {firstStart, firstEnd, lastStart, lastEnd}.
     */
    static List<int[]> nameCandidates(String text) {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isUpperCase(c) || i > 0 && dev.sayline.enrich.speakers.text.Chars.isLetterOrDigit(text.charAt(i - 1))) {
                i++;
                continue;
            }
            int[] w1 = nameWord(text, i);
            if (w1 == null || w1[1] - w1[0] < 2 || w1[1] >= n || text.charAt(w1[1]) != ' ') {
                // past the whole run scanned: "A-A-A-…" was scanned again from each capital, quadratic
                i = Math.max(i + 1, w1 == null ? wordEnd(text, i) : w1[1]);
                continue;
            }
            int[] w2 = nameWord(text, w1[1] + 1);
            if (w2 == null) {
                i = w1[1];
                continue;
            }
            int[] last = w2;
            boolean initial = w2[1] - w2[0] == 2 && text.charAt(w2[1] - 1) == '.';
            if ((initial || w2[1] < n && text.charAt(w2[1]) == ' ') && w2[1] + 1 < n) {
                int[] w3 = w2[1] < n && text.charAt(w2[1]) == ' ' ? nameWord(text, w2[1] + 1) : null;
                if (w3 != null && w3[1] - w3[0] >= 2 && !(w3[1] - w3[0] == 2 && text.charAt(w3[1] - 1) == '.')) {
                    last = w3;
                }
            }
            if (last == w2 && initial) {
                i = w2[1];
                continue;
            }
            out.add(new int[]{w1[0], w1[1], last[0], last[1]});
            i = last[1];
        }
        return out;
    }

    /** A capitalised word at {@code s} (letters, inner hyphen or apostrophe), or an initial "B."; null otherwise. */
    private static int[] nameWord(String text, int s) {
        int n = text.length();
        if (s >= n || !Character.isUpperCase(text.charAt(s))) {
            return null;
        }
        if (s + 1 < n && text.charAt(s + 1) == '.') {
            return new int[]{s, s + 2};
        }
        int e = wordEnd(text, s);
        boolean lower = false;
        for (int k = s + 1; k < e && !lower; k++) {
            lower = Character.isLowerCase(text.charAt(k));
        }
        if (!lower || e < n && dev.sayline.enrich.speakers.text.Chars.isLetterOrDigit(text.charAt(e))) {
            return null;
        }
        return new int[]{s, e};
    }

    /** Where the word from {@code s} ends: lower-case letters, inner hyphens and apostrophes, capitals after them. */
    private static int wordEnd(String text, int s) {
        int n = text.length();
        int e = s + 1;
        while (e < n) {
            char c = text.charAt(e);
            if (Character.isLowerCase(c)) {
                e++;
            } else if ((c == '-' || c == '’' || c == '\'') && e + 1 < n && Character.isLetter(text.charAt(e + 1))) {
                e++;
            } else if (Character.isUpperCase(c) && e > s + 1 && (text.charAt(e - 1) == '-' || text.charAt(e - 1) == '’'
                    || text.charAt(e - 1) == '\'' || text.startsWith("Mc", s) || text.startsWith("Mac", s))) {
                e++;
            } else {
                break;
            }
        }
        return e;
    }

    private void addPerson(int pos, String canonical) {
        personPositions.add(new int[]{pos, personNames.size()});
        personNames.add(canonical);
    }

    private void sortPersons() {
        personPositions.sort((a, b) -> Integer.compare(a[0], b[0]));
    }

    /** "Foreign Minister Sergey Lavrov" / "historian Mark Carley": the word before the name is a role. */
    private void recordRole(String text, int nameStart, String canonical) {
        int e = nameStart;
        while (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
        }
        int s = e;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        if (s < e) {
            String role = text.substring(s, e).toLowerCase(Locale.ROOT);
            if (Names.TITLE_WORDS.contains(role) || role.endsWith("ist") || role.endsWith("or") || role.endsWith("er")
                    || role.endsWith("ian")) {
                roles.put(role, canonical);
            }
        }
    }

    public List<Gazetteer.Match> aliasMatches() {
        return aliasMatches;
    }

    /** The fullest name the document gives for a surname, if any. */
    public String fullNameFor(String surname) {
        return fullNameBySurname.get(surname);
    }

    public Map<String, String> fullNames() {
        return fullNameBySurname;
    }

    /** The person a role word names in this document ("minister" → Sergey Lavrov), if the document gave one. */
    public String personWithRole(String roleWord) {
        return roles.get(roleWord.toLowerCase(Locale.ROOT));
    }

    /** The last person mentioned before {@code pos}. */
    public String lastPersonBefore(int pos) {
        int lo = 0;
        int hi = personPositions.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (personPositions.get(mid)[0] < pos) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found < 0 ? null : personNames.get(personPositions.get(found)[1]);
    }

    /** Surface form → entity type name, for the structure finder's "is this a name?" questions. */
    public Map<String, String> surfaceTypes() {
        return surfaceTypes;
    }
}
