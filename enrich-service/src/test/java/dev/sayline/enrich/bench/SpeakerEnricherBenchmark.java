package dev.sayline.enrich.bench;

import dev.sayline.enrich.pipeline.Annotations;
import dev.sayline.enrich.pipeline.SourceDocument;
import dev.sayline.enrich.speakers.SpeakerEnricher;
import dev.sayline.enrich.speakers.registry.SpeakerRegistry;
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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Throughput of the quote and speaker enricher on one thread (= one core), over the seed corpus
 * and the PolNeAR dev texts (read from ../shared at run time). Besides ops/s (one op = the whole
 * corpus), JMH prints the secondary figure {@code megabytesOfText}: MB (10^6 bytes of UTF-8) of
 * text enriched per second on one core, the figure issue 4 asks for (target ≥ 1 MB/s); each
 * iteration also prints MB per CPU-second of the benchmark thread, which is robust to a busy machine.
 *
 * <p>{@code enrich-service/bench.sh SpeakerEnricherBenchmark -f 1 -wi 3 -i 5}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class SpeakerEnricherBenchmark {

    /** Counts text bytes per second alongside the ops/s figure. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class TextCounter {
        public double megabytesOfText;
        private double counted;
        private long cpuStart;

        @Setup(Level.Iteration)
        public void reset() {
            megabytesOfText = 0;
            counted = 0;
            cpuStart = THREADS.getCurrentThreadCpuTime();
        }

        /**
         * Also prints MB per CPU-second of the benchmark thread: on a machine shared with other
         * builds the wall-clock figure understates what one core does; CPU time does not.
         */
        @TearDown(Level.Iteration)
        public void report() {
            double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            if (cpuSeconds > 0) {
                System.out.printf("  [MB of text per CPU-second: %.3f]%n", counted / cpuSeconds);
            }
        }
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private SpeakerEnricher enricher;
    private List<SourceDocument> documents;
    private double corpusMegabytes;

    @Setup
    public void setUp() {
        // No alias learning: every iteration sees the same registry, so runs are comparable.
        enricher = new SpeakerEnricher(SpeakerRegistry.defaults(), false);
        List<BenchCorpus.Text> texts = new ArrayList<>(BenchCorpus.seeds());
        texts.addAll(BenchCorpus.goldTexts("speakers/polnear-dev.jsonl"));
        documents = texts.stream().map(t -> SourceDocument.ofText(t.text(), t.publishedAt())).toList();
        corpusMegabytes = BenchCorpus.utf8Bytes(texts) / 1e6;
        System.out.printf("%ncorpus: %d documents, %.3f MB of UTF-8 text%n", documents.size(), corpusMegabytes);
    }

    @Benchmark
    public void enrichCorpus(TextCounter counter, Blackhole sink) {
        for (SourceDocument d : documents) {
            Annotations a = new Annotations(d.publishedAt().orElse(null));
            enricher.enrich(d, a);
            sink.consume(a);
        }
        counter.megabytesOfText += corpusMegabytes;
        counter.counted += corpusMegabytes;
    }
}
