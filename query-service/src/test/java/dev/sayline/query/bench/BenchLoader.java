package dev.sayline.query.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Loads the benchmark index, then follows indexing through the query-service's own
 * {@code /search} total until every document is searchable, with a progress bar. Two ways in:
 * <ul>
 *   <li>default: publishes the {@link BenchCorpus} documents, already enriched, on
 *   {@code documents.enriched}: Kafka, the service's consumer, reader and bulk indexer;</li>
 *   <li>{@code --ingest URL}: posts the same texts (contract input fields only) to the
 *   ingest-service in NDJSON batches: ingest, {@code documents.raw}, the enrich-service,
 *   {@code documents.enriched}, the query-service. The index then holds whatever the enrichers
 *   of the running enrich-service find.</li>
 * </ul>
 *
 * <pre>
 * BenchLoader --kafka 127.0.0.1:38092 --query http://127.0.0.1:38080 [--shared /work/shared] [--topic documents.enriched]
 * BenchLoader --ingest http://127.0.0.1:38081 --query http://127.0.0.1:38080 [--shared /work/shared]
 * </pre>
 */
public final class BenchLoader {

    private BenchLoader() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = Args.parse(args);
        String kafka = opts.getOrDefault("kafka", "127.0.0.1:38092");
        String query = opts.getOrDefault("query", "http://127.0.0.1:38080");
        String topic = opts.getOrDefault("topic", "documents.enriched");
        Path shared = Path.of(opts.getOrDefault("shared", "/work/shared"));

        Instant loadStart = Instant.now().minusSeconds(1);
        long t0 = System.nanoTime();
        int total = opts.containsKey("ingest") ? postToIngest(opts.get("ingest"), shared) : publish(kafka, topic, shared);
        System.out.printf("%nSent %d documents in %.1f s%n", total, (System.nanoTime() - t0) / 1e9);
        awaitSearchable(query, loadStart, t0);
    }

    /** Every SAMPLE_EVERY-th document sent: indexing is followed on these. */
    private static final int SAMPLE_EVERY = 100;
    private static final List<String> SAMPLE = new ArrayList<>();
    private static int seen;

    private static void sample(String id) {
        if (seen++ % SAMPLE_EVERY == 0) {
            SAMPLE.add(id);
        }
    }

    private static int publish(String kafka, String topic, Path shared) throws Exception {
        AtomicInteger sent = new AtomicInteger();
        AtomicReference<Exception> failure = new AtomicReference<>();
        int total;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024,
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8 * 1024 * 1024), new StringSerializer(), new StringSerializer())) {
            ObjectMapper json = new ObjectMapper();
            total = BenchCorpus.forEach(shared, doc -> {
                sample(doc.get("id").asText());
                try {
                    producer.send(new ProducerRecord<>(topic, doc.get("id").asText(), json.writeValueAsString(doc)), (md, e) -> {
                        if (e != null) {
                            failure.compareAndSet(null, e);
                        }
                        int n = sent.incrementAndGet();
                        if (n % 500 == 0) {
                            Progress.print("published", n, -1);
                        }
                    });
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                }
            });
            producer.flush();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        Progress.print("published", sent.get(), total);
        return total;
    }

    /** Posts contract input documents (no enrichment) to the ingest-service, 500 per NDJSON batch. */
    private static int postToIngest(String ingest, Path shared) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        StringBuilder batch = new StringBuilder();
        int[] counts = new int[2]; // in batch, in all
        Exception[] failure = new Exception[1];
        Runnable flush = () -> {
            if (counts[0] == 0 || failure[0] != null) {
                return;
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(ingest + "/documents/batch"))
                        .header("Content-Type", "application/x-ndjson")
                        .header("X-API-Key", System.getenv().getOrDefault("SAYLINE_INGEST_KEY", ""))
                        .POST(HttpRequest.BodyPublishers.ofString(batch.toString())).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() / 100 != 2) {
                    throw new IllegalStateException("ingest answered " + r.statusCode() + ": " + r.body());
                }
            } catch (Exception e) {
                failure[0] = e;
            }
            counts[1] += counts[0];
            Progress.print("posted", counts[1], -1);
            batch.setLength(0);
            counts[0] = 0;
        };
        int total = BenchCorpus.forEach(shared, doc -> {
            sample(doc.get("id").asText());
            var input = json.createObjectNode();
            for (String f : new String[]{"id", "text", "title", "url", "source", "publishedAt"}) {
                if (doc.hasNonNull(f)) {
                    input.set(f, doc.get(f));
                }
            }
            batch.append(input).append('\n');
            if (++counts[0] == 500) {
                flush.run();
            }
        });
        flush.run();
        if (failure[0] != null) {
            throw failure[0];
        }
        return total;
    }

    /**
     * Waits until every sampled document is in the index with an {@code enrichedAt} of this
     * load (so a reload over an existing index is followed too), then reports the index total.
     */
    private static void awaitSearchable(String query, Instant loadStart, long t0) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        List<String> pending = new ArrayList<>(SAMPLE);
        int sampled = pending.size();
        long lastChange = System.nanoTime();
        while (!pending.isEmpty()) {
            List<String> still = new ArrayList<>();
            for (String id : pending) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(query + "/documents/"
                        + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20"))).build(), HttpResponse.BodyHandlers.ofString());
                String enrichedAt = r.statusCode() == 200 ? json.readTree(r.body()).path("enrichedAt").asText("") : "";
                if (enrichedAt.isEmpty() || Instant.parse(enrichedAt).isBefore(loadStart)) {
                    still.add(id);
                }
            }
            if (still.size() != pending.size()) {
                lastChange = System.nanoTime();
            }
            pending = still;
            Progress.print("indexed", sampled - pending.size(), sampled);
            if (System.nanoTime() - lastChange > Duration.ofMinutes(2).toNanos()) {
                System.out.printf("%nNo progress for 2 minutes: %d of %d sampled documents indexed; see the service logs and the DLQ topics%n",
                        sampled - pending.size(), sampled);
                System.exit(1);
            }
            if (!pending.isEmpty()) {
                Thread.sleep(1000);
            }
        }
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(query + "/search?size=1&facets=false")).build(),
                HttpResponse.BodyHandlers.ofString());
        System.out.printf("%nAll sampled documents (1 in %d) indexed %.1f s after the load started; the index holds %s documents%n",
                SAMPLE_EVERY, (System.nanoTime() - t0) / 1e9, json.readTree(r.body()).path("total").asText());
    }

    /** A one-line progress bar on stderr. */
    static final class Progress {
        static void print(String what, long n, long total) {
            if (total <= 0) {
                System.err.printf("\r%-9s %,8d", what, n);
                return;
            }
            int width = 40;
            int done = (int) Math.min(width, n * width / total);
            System.err.printf("\r%-9s [%s%s] %,d/%,d (%d%%)", what, "#".repeat(done), " ".repeat(width - done), n, total, n * 100 / total);
        }
    }
}
