package dev.sayline.enrich.bench;

import dev.sayline.enrich.pipeline.Annotations;
import dev.sayline.enrich.pipeline.SourceDocument;
import dev.sayline.enrich.tags.TagEnricher;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Tagging throughput with the default taxonomy (topics + keyphrases), single-threaded, so
 * the figure is per core. One operation = tagging all five seed documents; MB/s = ops/s x the
 * bytes printed at set-up. Because the build machine is shared (2 cores, often loaded), each
 * iteration also prints MB per CPU-second of the benchmark thread: the per-core figure that
 * other processes' load does not deflate.
 *
 * <pre>enrich-service/bench.sh TagEnricherBenchmark -f 1 -wi 3 -i 5</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class TagEnricherBenchmark {

    private TagEnricher enricher;
    private TagEnricher topicsOnly;
    private List<BenchCorpus.Text> seeds;
    private long bytes;
    private long cpuAtStart;
    private long opsInIteration;
    private final java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();

    @Setup(Level.Trial)
    public void setUp() {
        enricher = TagEnricher.withDefaultTaxonomy();
        topicsOnly = TagEnricher.withDefaultTaxonomy(0);
        seeds = BenchCorpus.seeds();
        bytes = BenchCorpus.utf8Bytes(seeds);
        System.out.printf("%n[tags] one op = %d seed documents, %d UTF-8 bytes; MB/s = ops/s x %.6f%n",
                seeds.size(), bytes, bytes / 1_000_000.0);
    }

    @Setup(Level.Iteration)
    public void startIteration() {
        opsInIteration = 0;
        cpuAtStart = threads.getCurrentThreadCpuTime();
    }

    @TearDown(Level.Iteration)
    public void endIteration() {
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuAtStart) / 1e9;
        System.out.printf(" [tags] %.2f MB per CPU-second (%d ops)", opsInIteration * bytes / 1e6 / cpuSeconds, opsInIteration);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        enricher.close();
        topicsOnly.close();
    }

    @Benchmark
    public void tagSeeds(Blackhole bh) {
        run(enricher, bh);
    }

    @Benchmark
    public void topicsOnlySeeds(Blackhole bh) {
        run(topicsOnly, bh);
    }

    private void run(TagEnricher e, Blackhole bh) {
        opsInIteration++;
        for (BenchCorpus.Text t : seeds) {
            Annotations a = new Annotations(t.publishedAt());
            e.enrich(SourceDocument.ofText(t.text(), t.publishedAt()), a);
            bh.consume(a.tags());
        }
    }
}
