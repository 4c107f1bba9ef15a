package dev.sayline.enrich.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Texts the benchmarks run on, read at run time from ../shared (never copied into the repo):
 * the seed corpus and the development gold sets. {@code -Dsayline.shared=DIR} points elsewhere.
 */
public final class BenchCorpus {

    /** One benchmark input: body text and publication date. */
    public record Text(String id, String text, LocalDate publishedAt) {
    }

    private BenchCorpus() {
    }

    public static Path shared() {
        Path p = Path.of(System.getProperty("sayline.shared", "../../shared"));
        if (!Files.isDirectory(p)) {
            p = Path.of("../shared");
        }
        return p.toAbsolutePath().normalize();
    }

    /** The five seed documents, header stripped (" date YYYY-MM-DD " then the body). */
    public static List<Text> seeds() {
        try (Stream<Path> files = Files.list(shared().resolve("corpus/seeds"))) {
            List<Text> out = new ArrayList<>();
            for (Path f : files.sorted().toList()) {
                String raw = Files.readString(f, StandardCharsets.UTF_8);
                LocalDate date = LocalDate.parse(raw.substring(6, 16));
                String body = raw.substring(17);
                out.add(new Text(f.getFileName().toString(), body, date));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Texts of a JSONL gold file under shared/eval (e.g. {@code dates/tbaq-dev.jsonl}). */
    public static List<Text> goldTexts(String relativePath) {
        ObjectMapper json = new ObjectMapper();
        try (Stream<String> lines = Files.lines(shared().resolve("eval").resolve(relativePath))) {
            return lines.filter(l -> !l.isBlank()).map(l -> {
                try {
                    JsonNode n = json.readTree(l);
                    String published = n.path("publishedAt").asText(null);
                    return new Text(n.get("id").asText(), n.get("text").asText(),
                            published == null ? null : LocalDate.parse(published.substring(0, 10)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static long utf8Bytes(List<Text> texts) {
        return texts.stream().mapToLong(t -> t.text().getBytes(StandardCharsets.UTF_8).length).sum();
    }
}
