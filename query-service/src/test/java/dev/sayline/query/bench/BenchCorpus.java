package dev.sayline.query.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds contract-shaped enriched documents for the benchmark index from ../shared at run time
 * (nothing is copied into the repository):
 * <ul>
 *   <li>the seed gold ({@code eval/seeds/gold.jsonl}), as is;</li>
 *   <li>each PolNeAR train article ({@code eval/speakers/polnear-train.jsonl}) split into
 *   paragraph documents (paragraphs under 40 characters are skipped), ~15,900 in all. Their
 *   quotes are the gold attributions that lie in the paragraph, a stand-in for the quote
 *   enricher that is being built in parallel: speakers are resolved by a crude article-level
 *   rule (a mention's trailing capitalised name, a surname to the full name used earlier,
 *   he/she to the last named speaker); dates are month names and years; tags come from a
 *   small topic lexicon. Realistic enough in volume and shape to load the index.</li>
 * </ul>
 */
public final class BenchCorpus {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MIN_PARAGRAPH = 40;
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i", "it", "you");
    private static final Set<String> TITLES = Set.of("president", "sen.", "sen", "gov.", "gov", "rep.", "rep", "mr.", "mr",
            "mrs.", "mrs", "ms.", "ms", "dr.", "dr", "secretary", "senator", "governor", "former", "candidate", "gen.", "speaker");
    private static final Pattern NAME_TOKEN = Pattern.compile("[A-Z][\\p{L}'’.-]+");
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};
    private static final Pattern MONTH_DATE = Pattern.compile(
            "\\b(January|February|March|April|May|June|July|August|September|October|November|December)(?: (\\d{1,2}))?(?:,? (\\d{4}))?\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(19[5-9]\\d|20[0-3]\\d)\\b");
    private static final Map<String, List<String>> TOPICS = new LinkedHashMap<>();

    static {
        TOPICS.put("immigration", List.of("immigra", "deport", "border", "refugee"));
        TOPICS.put("economy", List.of("economy", "tax", "jobs", "trade", "wages"));
        TOPICS.put("health-care", List.of("obamacare", "health care", "medicare", "insurance"));
        TOPICS.put("elections", List.of("primary", "caucus", "voters", "poll", "delegates", "nominee"));
        TOPICS.put("security", List.of("terror", "isis", "military", "attack"));
        TOPICS.put("foreign-policy", List.of("russia", "china", "iran", "putin", "syria"));
        TOPICS.put("courts", List.of("supreme court", "justice", "judge"));
        TOPICS.put("email", List.of("email", "server", "fbi"));
        TOPICS.put("guns", List.of("gun", "second amendment", "nra"));
    }

    private BenchCorpus() {
    }

    /** Calls {@code sink} with each enriched document: the seeds first, then the paragraph documents. */
    public static int forEach(Path shared, Consumer<ObjectNode> sink) throws IOException {
        int n = 0;
        Path seeds = shared.resolve("eval/seeds/gold.jsonl");
        if (Files.exists(seeds)) {
            for (String line : Files.readAllLines(seeds, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    ObjectNode doc = (ObjectNode) JSON.readTree(line);
                    doc.put("enrichedAt", "2026-11-01T00:00:00Z").put("enrichmentVersion", "bench-gold");
                    sink.accept(doc);
                    n++;
                }
            }
        }
        try (BufferedReader in = Files.newBufferedReader(shared.resolve("eval/speakers/polnear-train.jsonl"), StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    for (ObjectNode doc : paragraphs(JSON.readTree(line))) {
                        sink.accept(doc);
                        n++;
                    }
                }
            }
        }
        return n;
    }

    static List<ObjectNode> paragraphs(JsonNode article) {
        String text = article.path("text").asText();
        int[] cps = text.codePoints().toArray();
        String title = firstLine(text);
        List<JsonNode> attributions = new ArrayList<>();
        article.path("attributions").forEach(attributions::add);
        attributions.sort((a, b) -> Integer.compare(a.path("content").path("start").asInt(), b.path("content").path("start").asInt()));
        Map<JsonNode, String> speakers = resolveSpeakers(attributions);

        List<ObjectNode> out = new ArrayList<>();
        int start = 0;
        int para = 0;
        while (start < cps.length) {
            int end = start;
            while (end < cps.length && cps[end] != '\n') {
                end++;
            }
            if (end - start >= MIN_PARAGRAPH) {
                out.add(paragraph(article, title, cps, start, end, para, attributions, speakers));
            }
            para++;
            start = end + 1;
        }
        return out;
    }

    private static ObjectNode paragraph(JsonNode article, String title, int[] cps, int start, int end, int index,
                                        List<JsonNode> attributions, Map<JsonNode, String> speakers) {
        String text = new String(cps, start, end - start);
        String published = article.path("publishedAt").asText();
        ObjectNode doc = JSON.createObjectNode();
        doc.put("schemaVersion", 1).put("id", article.path("id").asText() + "-p" + index).put("title", title)
                .putNull("url");
        doc.put("source", article.path("source").asText()).put("publishedAt", published).put("text", text)
                .put("enrichedAt", "2026-11-01T00:00:00Z").put("enrichmentVersion", "bench-polnear-gold");
        ArrayNode quotes = doc.putArray("quotes");
        Map<String, Set<String>> mentions = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (JsonNode a : attributions) {
            JsonNode content = a.path("content");
            int cs = content.path("start").asInt(-1);
            int ce = content.path("end").asInt(-1);
            if (cs < start || ce > end || cs >= ce) {
                continue;
            }
            ObjectNode q = quotes.addObject();
            q.put("start", cs - start).put("end", ce - start).put("text", content.path("text").asText())
                    .put("kind", a.path("direct").asBoolean() ? "direct" : "indirect");
            rebased(q, "cue", a.path("cue"), start, end);
            rebased(q, "speakerMention", a.path("source"), start, end);
            String speaker = speakers.get(a);
            q.put("speaker", speaker);
            if (speaker != null) {
                counts.merge(speaker, 1, Integer::sum);
                String mention = a.path("source").path("text").asText(null);
                Set<String> m = mentions.computeIfAbsent(speaker, k -> new LinkedHashSet<>());
                if (mention != null && !PRONOUNS.contains(mention.toLowerCase(Locale.ROOT))) {
                    m.add(mention);
                }
            }
        }
        ArrayNode speakerArray = doc.putArray("speakers");
        ArrayNode entities = doc.putArray("entities");
        counts.forEach((name, count) -> {
            ObjectNode s = speakerArray.addObject().put("name", name);
            ArrayNode m = s.putArray("mentions");
            mentions.get(name).forEach(m::add);
            s.put("quoteCount", count);
            entities.addObject().put("name", name).put("type", "PERSON").put("count", count);
        });
        doc.set("dates", dates(text, published));
        ArrayNode tags = doc.putArray("tags");
        String lower = text.toLowerCase(Locale.ROOT);
        TOPICS.forEach((tag, cues) -> {
            if (cues.stream().anyMatch(lower::contains)) {
                tags.addObject().put("tag", tag).put("kind", "topic").put("score", 1.0);
            }
        });
        return doc;
    }

    private static void rebased(ObjectNode q, String field, JsonNode span, int start, int end) {
        if (span == null || span.isNull() || span.isMissingNode()) {
            q.putNull(field);
            return;
        }
        int s = span.path("start").asInt(-1);
        int e = span.path("end").asInt(-1);
        ObjectNode out = q.putObject(field);
        if (s >= start && e <= end) {
            out.put("start", s - start).put("end", e - start);
        }
        out.put("text", span.path("text").asText());
    }

    /** Month names (with day and year when given) and bare years, as TIMEX3 values; offsets in code points. */
    private static ArrayNode dates(String text, String published) {
        ArrayNode out = JSON.createArrayNode();
        String year = published.length() >= 4 ? published.substring(0, 4) : "2016";
        Matcher m = MONTH_DATE.matcher(text);
        List<int[]> taken = new ArrayList<>();
        while (m.find()) {
            int month = java.util.Arrays.asList(MONTHS).indexOf(m.group(1)) + 1;
            String y = m.group(3) != null ? m.group(3) : year;
            String value = m.group(2) != null
                    ? String.format("%s-%02d-%02d", y, month, Math.min(28, Integer.parseInt(m.group(2))))
                    : String.format("%s-%02d", y, month);
            if (m.group(1).equals("May") && m.group(2) == null && m.group(3) == null) {
                continue; // the modal verb, far more often than the month
            }
            add(out, text, m.start(), m.end(), value);
            taken.add(new int[]{m.start(), m.end()});
        }
        Matcher y = YEAR.matcher(text);
        while (y.find()) {
            int at = y.start();
            if (taken.stream().noneMatch(t -> at >= t[0] && at < t[1])) {
                add(out, text, y.start(), y.end(), y.group(1));
            }
        }
        return out;
    }

    private static void add(ArrayNode out, String text, int from, int to, String value) {
        int s = text.codePointCount(0, from);
        out.addObject().put("start", s).put("end", s + text.codePointCount(from, to)).put("text", text.substring(from, to))
                .put("type", "DATE").put("value", value);
    }

    /** Article-level speaker resolution for the stand-in quotes (see the class comment). */
    private static Map<JsonNode, String> resolveSpeakers(List<JsonNode> attributions) {
        Map<JsonNode, String> out = new java.util.IdentityHashMap<>();
        Map<String, String> bySurname = new LinkedHashMap<>();
        String last = null;
        for (JsonNode a : attributions) {
            String mention = a.path("source").path("text").asText(null);
            if (mention == null) {
                continue;
            }
            String lower = mention.toLowerCase(Locale.ROOT);
            String name = trailingName(mention);
            String speaker = null;
            if (name != null) {
                String[] parts = name.split(" ");
                String surname = parts[parts.length - 1];
                if (parts.length == 1) {
                    speaker = bySurname.getOrDefault(surname, name);
                } else {
                    bySurname.putIfAbsent(surname, name);
                    speaker = bySurname.get(surname);
                }
                last = speaker;
            } else if (lower.equals("he") || lower.equals("she")) {
                speaker = last;
            }
            if (speaker != null) {
                out.put(a, speaker);
            }
        }
        return out;
    }

    /** The run of capitalised words that ends a mention, without titles: "Sen. Ted Cruz" gives "Ted Cruz". */
    static String trailingName(String mention) {
        String[] tokens = mention.strip().split("\\s+");
        int i = tokens.length;
        while (i > 0 && NAME_TOKEN.matcher(tokens[i - 1]).matches() && !TITLES.contains(tokens[i - 1].toLowerCase(Locale.ROOT))) {
            i--;
        }
        if (i == tokens.length || tokens.length - i > 4) {
            return null;
        }
        String name = String.join(" ", java.util.Arrays.copyOfRange(tokens, i, tokens.length)).replaceAll("[’']s$", "");
        if (name.startsWith("The ") || name.length() < 3) {
            return null;
        }
        return name;
    }

    private static String firstLine(String text) {
        String first = text.strip().lines().findFirst().orElse("");
        return first.length() > 200 ? first.substring(0, 200) : first;
    }
}
