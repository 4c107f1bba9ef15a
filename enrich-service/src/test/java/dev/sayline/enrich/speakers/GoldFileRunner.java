package dev.sayline.enrich.speakers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sayline.enrich.model.RawDocument;
import dev.sayline.enrich.pipeline.EnrichmentPipeline;
import dev.sayline.enrich.speakers.registry.SpeakerRegistry;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Developer shortcut: writes system JSONL for a gold file with this enricher alone, in-process
 * (no service start), for quick error analysis. The project command is enrich-service/eval.sh.
 * {@code java -cp … dev.sayline.enrich.speakers.GoldFileRunner GOLD OUT}
 */
public final class GoldFileRunner {

    private GoldFileRunner() {
    }

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        if (args[0].equals("-")) {
            // Debug: enrich stdin and print the quotes one per line.
            String text = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
            var doc = new EnrichmentPipeline(List.of(new SpeakerEnricher(SpeakerRegistry.defaults(), true)), Clock.systemUTC())
                    .enrich(new RawDocument("x", text, null, null, null, null, null));
            for (var q : doc.quotes()) {
                System.out.println(q.kind() + " [" + q.text() + "] cue=" + (q.cue() == null ? null : q.cue().text())
                        + " mention=" + (q.speakerMention() == null ? null : q.speakerMention().text()) + " speaker=" + q.speaker());
            }
            return;
        }
        EnrichmentPipeline pipeline = new EnrichmentPipeline(
                List.of(new SpeakerEnricher(SpeakerRegistry.defaults(), true)), Clock.systemUTC());
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(line);
                RawDocument raw = new RawDocument(n.get("id").asText(), n.get("text").asText(), null, null, null,
                        n.path("publishedAt").asText(null), null);
                out.write(json.writeValueAsString(pipeline.enrich(raw)));
                out.newLine();
            }
        }
    }
}
