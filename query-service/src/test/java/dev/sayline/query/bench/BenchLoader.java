package dev.sayline.query.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Loads the benchmark index through the query-service's real pipeline: publishes the
 * {@link BenchCorpus} documents on {@code documents.enriched} (the topic the service
 * consumes), then follows indexing through the service's own {@code /search} total until every
 * document is searchable, with a progress bar.
 *
 * <pre>
 * BenchLoader --kafka 127.0.0.1:38092 --query http://127.0.0.1:38080 [--shared /work/shared] [--topic documents.enriched]
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

        long t0 = System.nanoTime();
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
        System.out.printf("%nPublished %d documents to %s in %.1f s%n", total, topic, (System.nanoTime() - t0) / 1e9);

        HttpClient http = HttpClient.newHttpClient();
        HttpRequest count = HttpRequest.newBuilder(URI.create(query + "/search?size=1&facets=false")).build();
        long indexed = 0;
        long lastChange = System.nanoTime();
        while (indexed < total) {
            HttpResponse<String> r = http.send(count, HttpResponse.BodyHandlers.ofString());
            long now = r.statusCode() == 200 ? new ObjectMapper().readTree(r.body()).path("total").asLong() : indexed;
            if (now != indexed) {
                lastChange = System.nanoTime();
            }
            indexed = now;
            Progress.print("indexed", indexed, total);
            if (System.nanoTime() - lastChange > Duration.ofMinutes(2).toNanos()) {
                System.out.printf("%nNo progress for 2 minutes: %d of %d searchable; see the query-service log and documents.enriched.dlq%n", indexed, total);
                System.exit(1);
            }
            Thread.sleep(1000);
        }
        System.out.printf("%nAll %d documents searchable %.1f s after the first was published%n", total, (System.nanoTime() - t0) / 1e9);
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
