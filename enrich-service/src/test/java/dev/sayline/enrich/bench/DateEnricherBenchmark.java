package dev.sayline.enrich.bench;

import dev.sayline.enrich.dates.DateEnricher;
import dev.sayline.enrich.pipeline.Annotations;
import dev.sayline.enrich.pipeline.SourceDocument;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Throughput of the date enricher alone, on one core: every seed document and every text of the
 * TimeBank/AQUAINT dev set, enriched in turn with its publication date. The {@code bytes}
 * counter is the figure that matters: UTF-8 bytes of text per second (the issue asks ≥ 2 MB/s).
 * Each iteration also prints bytes per CPU second of the benchmark thread, which stays
 * meaningful on a machine busy with other work (wall-clock figures then drop with the load).
 *
 * <pre>enrich-service/bench.sh DateEnricherBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Threads(1)
public class DateEnricherBenchmark {

    private final DateEnricher enricher = new DateEnricher();
    private List<SourceDocument> documents;
    private long corpusBytes;

    /** Bytes of text enriched, reported per second next to the documents per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Throughput {
        public long bytes;
        public long documents;

        private long cpuStart;

        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
            documents = 0;
            cpuStart = THREADS.getCurrentThreadCpuTime();
        }

        @TearDown(Level.Iteration)
        public void report() {
            double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            System.out.printf("  [%.2f MB of text per CPU second]", bytes / cpuSeconds / 1e6);
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Setup
    public void load() {
        List<BenchCorpus.Text> texts = new ArrayList<>(BenchCorpus.seeds());
        texts.addAll(BenchCorpus.goldTexts("dates/tbaq-dev.jsonl"));
        documents = texts.stream().map(t -> SourceDocument.ofText(t.text(), t.publishedAt())).toList();
        corpusBytes = documents.stream().mapToLong(d -> d.text().getBytes(StandardCharsets.UTF_8).length).sum();
        System.out.printf("%n%d documents, %d bytes of text per pass%n", documents.size(), corpusBytes);
    }

    /** One pass over the whole corpus. */
    @Benchmark
    public void enrichCorpus(Throughput counters, Blackhole sink) {
        for (SourceDocument d : documents) {
            Annotations a = new Annotations(d.publishedAt().orElse(null));
            enricher.enrich(d, a);
            sink.consume(a.dates());
        }
        counters.bytes += corpusBytes;
        counters.documents += documents.size();
    }
}
