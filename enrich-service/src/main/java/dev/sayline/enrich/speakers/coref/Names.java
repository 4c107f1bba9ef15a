package dev.sayline.enrich.speakers.coref;

import java.util.Locale;
import java.util.Set;

/** Small helpers on person and organisation names: titles, honorifics, possessives. */
public final class Names {

    /** Words that precede a name as a title or role and are not part of the name. */
    static final Set<String> TITLE_WORDS = dev.sayline.enrich.speakers.text.WordSets.of("president", "prime", "minister", "foreign", "defence", "defense",
            "secretary", "senator", "sen.", "rep.", "gov.", "governor", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.",
            "general", "gen.", "ambassador", "special", "presidential", "envoy", "chancellor", "spokesman", "spokeswoman",
            "us", "u.s.", "russian", "ukrainian", "american", "british", "french", "german", "chinese", "italian",
            "director", "chairman", "deputy", "vice", "former", "sir", "lord", "judge", "justice", "speaker", "leader",
            "majority", "minority", "senate", "house", "chief", "adviser", "advisor", "national", "security", "state",
            "commissioner", "mayor", "pope", "king", "queen", "prince", "lt.", "col.", "colonel", "captain", "rev.",
            "reverend", "attorney", "nominee", "candidate", "democratic", "republican", "press", "kremlin", "canadian",
            "dni", "uk", "eu", "nato", "un", "white", "premier", "then-president", "candidate", "gop", "sgt.", "capt.",
            "professor", "prof.", "chair", "congressman", "congresswoman", "representative", "democrat", "republican",
            "defence", "envoy", "economist", "historian", "commander", "admiral", "marshal", "ex-president", "acting",
            "israeli", "turkish", "japanese", "indian", "polish", "hungarian", "european", "western", "soviet",
            "senior", "top", "interior", "finance", "justice", "health", "trade", "energy", "intelligence", "army", "navy");

    private static final java.util.regex.Pattern PARTY_TAG =
            java.util.regex.Pattern.compile("(?:,\\s*[RDI]-[A-Za-z. ]{1,12},?|\\s*\\([RDI]-?[A-Za-z. ]{0,14}\\)|\\s*\\([A-Z][a-z]{1,5}\\.\\))\\s*$");

    static final Set<String> PRONOUNS = dev.sayline.enrich.speakers.text.WordSets.of("he", "she", "him", "her", "his", "they", "it", "we", "i", "you", "them");

    private Names() {
    }

    /** "Russian Foreign Minister Sergey Lavrov’s" → "Sergey Lavrov"; "the Financial Times" → "Financial Times". */
    public static String core(String mention) {
        // "Mitch McConnell, R-Ky." / "Jane Doe (D-Mass.)": party and state tags are not part of the name.
        String m = PARTY_TAG.matcher(mention.strip()).replaceAll("").strip();
        if (m.endsWith("’s") || m.endsWith("'s")) {
            m = m.substring(0, m.length() - 2);
        } else if (m.endsWith("’") || m.endsWith("'")) {
            m = m.substring(0, m.length() - 1);
        }
        String[] words = m.split("\\s+");
        // Keep the trailing run of capitalised words (lower-case descriptors before a name drop out).
        int first = words.length - 1;
        while (first > 0 && isNameWord(words[first - 1])) {
            first--;
        }
        if (!isNameWord(words[words.length - 1])) {
            return m;
        }
        // Drop titles at the front of the run, keeping at least one word.
        while (first < words.length - 1 && TITLE_WORDS.contains(words[first].toLowerCase(Locale.ROOT))) {
            first++;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length));
    }

    static boolean isNameWord(String w) {
        if (w.isEmpty()) {
            return false;
        }
        char c = w.charAt(0);
        return Character.isUpperCase(c) || c == '@' || Character.isDigit(c) && w.length() > 1 && Character.isLetter(w.charAt(w.length() - 1));
    }

    public static boolean isPronoun(String mention) {
        return PRONOUNS.contains(mention.strip().toLowerCase(Locale.ROOT));
    }

    /** True when the mention is a description ("the US president", "a former CIA director") rather than a name. */
    public static boolean isDescription(String mention) {
        String m = mention.strip();
        if (m.isEmpty()) {
            return false;
        }
        String[] words = m.split("\\s+");
        return !isNameWord(words[words.length - 1]);
    }

    public static String lastWord(String name) {
        String[] w = name.strip().split("\\s+");
        return w[w.length - 1];
    }
}
