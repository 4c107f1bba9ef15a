package dev.sayline.enrich.tags;

import dev.sayline.enrich.model.Tag;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Unsupervised keyphrases after YAKE (Campos et al., 2020): every word gets a statistical
 * weight from the document alone (how often and how early it occurs, whether it is
 * capitalised mid-sentence, how many different words surround it, how many sentences it
 * spreads over); candidate phrases are 2-3 word runs without punctuation or stop words at
 * their edges, scored by the product of their words' weights over their frequency (lower is
 * better in YAKE). Near-duplicates of a better phrase are dropped. Needs no corpus, model or
 * per-document list: only a generic stop-word list, so it carries over to unseen news.
 */
public final class KeyphraseExtractor {

    static final String STOPWORDS_RESOURCE = "tags/keyphrase-stopwords.txt";
    private static final int MAX_WORDS = 3;
    private static final int MIN_WORDS = 2;
    private static final Set<String> INNER_WORDS = Set.of("of", "and", "for", "de", "del", "la", "von", "van");

    private final Set<String> stopwords;

    public KeyphraseExtractor() {
        this.stopwords = loadStopwords();
    }

    /** The {@code limit} best phrases, best first; score = best phrase's weight / this phrase's (1.0 for the best). */
    public List<Tag> extract(String text, int limit) {
        if (limit <= 0 || text.isBlank()) {
            return List.of();
        }
        List<List<Token>> chunks = new ArrayList<>();
        int sentences = tokenize(text, chunks);
        Map<String, WordStats> words = wordStats(chunks);
        if (words.isEmpty()) {
            return List.of();
        }
        weighWords(words, sentences);
        Map<String, Candidate> candidates = candidates(chunks, words);
        List<Candidate> ranked = new ArrayList<>(candidates.values());
        for (Candidate c : ranked) {
            c.score = c.weightProduct / (c.count * (1.0 + c.weightSum));
        }
        // A salient phrase recurs: phrases seen once only fill the places recurring ones leave.
        ranked.sort(Comparator.comparingInt((Candidate c) -> c.count >= 2 ? 0 : 1)
                .thenComparingDouble(c -> c.score).thenComparing(c -> c.key));
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : ranked) {
            if (chosen.size() == limit) {
                break;
            }
            if (chosen.stream().noneMatch(o -> overlaps(o, c))) {
                chosen.add(c);
            }
        }
        if (chosen.isEmpty()) {
            return List.of();
        }
        double best = chosen.get(0).score;
        List<Tag> tags = new ArrayList<>(chosen.size());
        double previous = 1.0;
        for (Candidate c : chosen) {
            // Relative to the best weight, and never above the phrase ranked before it.
            previous = Math.min(previous, Math.round(1000.0 * best / c.score) / 1000.0);
            tags.add(Tag.keyphrase(c.surface(), previous));
        }
        return tags;
    }

    // ---- tokens ----

    /** A word occurrence: its text, lower-cased form, sentence index and whether it opens the sentence. */
    private record Token(String surface, String lower, int sentence, boolean sentenceStart, boolean stop) {
    }

    /**
     * Splits into chunks: runs of words not broken by punctuation, within one sentence.
     * @return the number of sentences
     */
    private int tokenize(String text, List<List<Token>> chunks) {
        int sentence = 0;
        boolean atSentenceStart = true;
        List<Token> chunk = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                while (i < n && isWordChar(text, i)) {
                    i++;
                }
                String surface = trimWord(text.substring(start, i));
                if (surface.isEmpty()) {
                    continue;
                }
                if (i + 2 < n && text.charAt(i) == ':' && text.charAt(i + 1) == '/' && text.charAt(i + 2) == '/') {
                    // A URL: skip to the next white space, and let it break the chunk.
                    while (i < n && !Character.isWhitespace(text.charAt(i))) {
                        i++;
                    }
                    flush(chunk, chunks);
                    continue;
                }
                String lower = surface.toLowerCase(Locale.ROOT);
                chunk.add(new Token(surface, lower, sentence, atSentenceStart, isStopWord(lower)));
                atSentenceStart = false;
                continue;
            }
            if (!Character.isWhitespace(c) || c == '\n') {
                flush(chunk, chunks);
                boolean sentenceEnd = c == '\n' || ((c == '.' || c == '!' || c == '?')
                        && (i + 1 == n || Character.isWhitespace(text.charAt(i + 1))));
                if (sentenceEnd && !atSentenceStart) {
                    sentence++;
                    atSentenceStart = true;
                }
            }
            i++;
        }
        flush(chunk, chunks);
        return sentence + 1;
    }

    /** Letters, digits, and an apostrophe or hyphen between letters ("Russia's", "long-range"). */
    private static boolean isWordChar(String text, int i) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        boolean joiner = c == '\'' || c == '\u2019' || c == '-';
        return joiner && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1))
                && i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
    }

    /** Drops a possessive ending so "Russia's" and "Russia" are one word. */
    private static String trimWord(String w) {
        if (w.endsWith("'s") || w.endsWith("\u2019s")) {
            return w.substring(0, w.length() - 2);
        }
        return w;
    }

    private static void flush(List<Token> chunk, List<List<Token>> chunks) {
        if (!chunk.isEmpty()) {
            chunks.add(new ArrayList<>(chunk));
            chunk.clear();
        }
    }

    private static boolean isStop(Token t) {
        return t.stop;
    }

    /** Stop words, numbers, single letters, and -ly adverbs ("artificially"), which never carry a topic. */
    private boolean isStopWord(String lower) {
        return lower.length() < 2 || Character.isDigit(lower.charAt(0)) || stopwords.contains(lower)
                || (lower.length() > 4 && lower.endsWith("ly"));
    }

    // ---- word features (YAKE section 3.2) ----

    private static final class WordStats {
        int tf;
        int upper;
        int acronym;
        final List<Integer> sentences = new ArrayList<>();
        final Set<String> left = new HashSet<>();
        final Set<String> right = new HashSet<>();
        int leftTotal;
        int rightTotal;
        double weight;
    }

    private Map<String, WordStats> wordStats(List<List<Token>> chunks) {
        Map<String, WordStats> words = new HashMap<>();
        for (List<Token> chunk : chunks) {
            for (int i = 0; i < chunk.size(); i++) {
                Token t = chunk.get(i);
                if (isStop(t)) {
                    continue;
                }
                WordStats s = words.computeIfAbsent(t.lower, k -> new WordStats());
                s.tf++;
                if (t.surface.length() > 1 && t.surface.equals(t.surface.toUpperCase(Locale.ROOT))
                        && Character.isLetter(t.surface.charAt(0))) {
                    s.acronym++;
                } else if (Character.isUpperCase(t.surface.charAt(0)) && !t.sentenceStart) {
                    s.upper++;
                }
                if (s.sentences.isEmpty() || s.sentences.get(s.sentences.size() - 1) != t.sentence) {
                    s.sentences.add(t.sentence);
                }
                if (i > 0) {
                    s.left.add(chunk.get(i - 1).lower);
                    s.leftTotal++;
                }
                if (i + 1 < chunk.size()) {
                    s.right.add(chunk.get(i + 1).lower);
                    s.rightTotal++;
                }
            }
        }
        return words;
    }

    private static void weighWords(Map<String, WordStats> words, int sentenceCount) {
        double mean = words.values().stream().mapToInt(s -> s.tf).average().orElse(0);
        double var = words.values().stream().mapToDouble(s -> (s.tf - mean) * (s.tf - mean)).average().orElse(0);
        double std = Math.sqrt(var);
        int maxTf = words.values().stream().mapToInt(s -> s.tf).max().orElse(1);
        for (WordStats s : words.values()) {
            double casing = Math.max(s.upper, s.acronym) / (1.0 + Math.log(s.tf));
            int median = s.sentences.get(s.sentences.size() / 2);
            double position = Math.log(Math.log(3 + median));
            double frequency = s.tf / (mean + std);
            double dl = s.leftTotal == 0 ? 0 : (double) s.left.size() / s.leftTotal;
            double dr = s.rightTotal == 0 ? 0 : (double) s.right.size() / s.rightTotal;
            double relatedness = 1 + (dl + dr) * s.tf / maxTf;
            double spread = (double) s.sentences.size() / sentenceCount;
            s.weight = relatedness * position / (casing + frequency / relatedness + spread / relatedness);
        }
    }

    // ---- candidates (YAKE section 3.3-3.5) ----

    private static final class Candidate {
        final String key;
        final String[] words;
        /** As first written; a capitalised form wins over a lower-case one ("Central Asia", not "central asia"). */
        String surface;
        int count;
        double weightProduct;
        double weightSum;
        double score;

        Candidate(String key, String[] words) {
            this.key = key;
            this.words = words;
        }

        String surface() {
            return surface == null ? key : surface;
        }

        void seen(String form) {
            if (surface == null || (Character.isLowerCase(surface.charAt(0)) && Character.isUpperCase(form.charAt(0)))) {
                surface = form;
            }
        }
    }

    private Map<String, Candidate> candidates(List<List<Token>> chunks, Map<String, WordStats> words) {
        Map<String, Candidate> candidates = new HashMap<>();
        for (List<Token> chunk : chunks) {
            for (int i = 0; i < chunk.size(); i++) {
                if (isStop(chunk.get(i))) {
                    continue;
                }
                for (int len = MIN_WORDS; len <= MAX_WORDS && i + len <= chunk.size(); len++) {
                    Token last = chunk.get(i + len - 1);
                    if (isStop(last)) {
                        continue;
                    }
                    if (len == 3 && isStop(chunk.get(i + 1)) && !INNER_WORDS.contains(chunk.get(i + 1).lower)) {
                        // Only "of"/"and"-style glue inside a phrase ("Bank of England"); "terminal on Monday" is no phrase.
                        continue;
                    }
                    StringBuilder keyBuilder = new StringBuilder(32);
                    for (int k = 0; k < len; k++) {
                        if (k > 0) {
                            keyBuilder.append(' ');
                        }
                        keyBuilder.append(chunk.get(i + k).lower);
                    }
                    String key = keyBuilder.toString();
                    Candidate c = candidates.get(key);
                    if (c == null) {
                        String[] lower = new String[len];
                        for (int k = 0; k < len; k++) {
                            lower[k] = chunk.get(i + k).lower;
                        }
                        c = newCandidate(key, lower, words);
                        candidates.put(key, c);
                    }
                    c.count++;
                    if (c.surface == null || Character.isLowerCase(c.surface.charAt(0))) {
                        StringBuilder surface = new StringBuilder(key.length());
                        for (int k = 0; k < len; k++) {
                            if (k > 0) {
                                surface.append(' ');
                            }
                            surface.append(chunk.get(i + k).surface);
                        }
                        c.seen(surface.toString());
                    }
                }
            }
        }
        return candidates;
    }

    private static Candidate newCandidate(String key, String[] lower, Map<String, WordStats> words) {
        Candidate c = new Candidate(key, lower);
        double product = 1;
        double sum = 0;
        for (String w : lower) {
            WordStats s = words.get(w);
            if (s != null) {
                product *= s.weight;
                sum += s.weight;
            }
        }
        c.weightProduct = product;
        c.weightSum = sum;
        return c;
    }

    /** A phrase that shares a content word with a better one adds little: "peace talks" vs "peace talks collapse". */
    private boolean overlaps(Candidate a, Candidate b) {
        Set<String> aw = new HashSet<>(Arrays.asList(a.words));
        for (String w : b.words) {
            if (aw.contains(w) && !stopwords.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> loadStopwords() {
        try (InputStream in = KeyphraseExtractor.class.getClassLoader().getResourceAsStream(STOPWORDS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + STOPWORDS_RESOURCE + " is missing");
            }
            Set<String> words = new HashSet<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.startsWith("#"))
                    .flatMap(l -> Arrays.stream(l.trim().split("\\s+")))
                    .filter(w -> !w.isEmpty())
                    .forEach(w -> {
                        words.add(w);
                        words.add(w.replace('\'', '\u2019'));
                    });
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
