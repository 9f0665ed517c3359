package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sitrep.ingest.DocumentSink;
import org.sitrep.copies.Fingerprinter;
import org.sitrep.embed.SentenceEmbedder;
import org.sitrep.ingest.FieldMapping;
import org.sitrep.ingest.ReaderOptions;
import org.sitrep.ingest.Readers;
import org.sitrep.ingest.Source;
import org.sitrep.ingest.Sources;
import org.sitrep.model.Article;
import org.sitrep.model.RawDocument;
import org.sitrep.model.Rejection;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.chain.Pipelines;
import org.sitrep.pipeline.Stage;
import org.sitrep.pipeline.StageContext;
import org.sitrep.app.Ingestion;
import org.sitrep.app.Sitrep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep bench ingest PATH…}: the throughput of ingest+clean+store beside merely reading and parsing the same
 * inputs, in the same process, alternating the two so that machine noise hits both; then where the time goes, stage
 * by stage. Writes to a temporary data directory that it deletes.
 */
@Command(name = "bench", description = {"Measure ingest throughput against a read+parse baseline in the same run, and time each stage.",
        "Usage: sitrep bench PATH… (files or folders); --json for machine-readable figures."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH")
    List<String> inputs;

    @Option(names = "--rounds", defaultValue = "3", description = "Rounds of (baseline, full); the median is reported (default 3).")
    int rounds;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<RawDocument> docs = readAll();
        int items = docs.size();
        double[] base = new double[rounds];
        double[] noCopies = new double[rounds];
        double[] full = new double[rounds];
        double[] noCopiesCpu = new double[rounds];
        double[] fullCpu = new double[rounds];
        Map<String, Double> parts = new LinkedHashMap<>();
        long[] disk = new long[2];
        long[] heap = new long[2];
        readAll(); // warm the readers
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            readAll();
            base[r] = (System.nanoTime() - t0) / 1e9;
            double c0 = processCpu();
            noCopies[r] = ingest(null, null);
            disk[0] = lastDiskBytes;
            heap[0] = lastHeapBytes;
            double c1 = processCpu();
            parts.clear();
            double e0 = SentenceEmbedder.cpuSeconds();
            full[r] = ingest(new Fingerprinter(SentenceEmbedder.standard()), parts);
            parts.put("embedding_cpu_s", SentenceEmbedder.cpuSeconds() - e0);
            disk[1] = lastDiskBytes;
            heap[1] = lastHeapBytes;
            noCopiesCpu[r] = c1 - c0;
            fullCpu[r] = processCpu() - c1;
        }
        double b = median(base);
        double n = median(noCopies);
        double f = median(full);
        double nc = median(noCopiesCpu);
        double fc = median(fullCpu);
        Map<String, Double> stages = stageTimes(docs);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("items", items);
        m.put("rounds", rounds);
        m.put("read_parse_seconds", round(b));
        m.put("without_copies_seconds", round(n));
        m.put("ingest_clean_store_seconds", round(f));
        m.put("read_parse_items_per_s", round(items / b));
        m.put("without_copies_items_per_s", round(items / n));
        m.put("ingest_clean_store_items_per_s", round(items / f));
        m.put("ratio_full_to_baseline", round(f / b));
        m.put("copy_share_of_full", round((f - n) / f));
        m.put("without_copies_cpu_seconds", round(nc));
        m.put("with_copies_cpu_seconds", round(fc));
        m.put("copy_share_of_full_cpu", round((fc - nc) / fc));
        m.put("disk_bytes_without_copies", disk[0]);
        m.put("disk_bytes_with_copies", disk[1]);
        m.put("copy_index_bytes_per_article", items == 0 ? 0 : (disk[1] - disk[0]) / items);
        m.put("heap_after_gc_bytes_without_copies", heap[0]);
        m.put("heap_after_gc_bytes_with_copies", heap[1]);
        Map<String, Double> rounded = new LinkedHashMap<>();
        parts.forEach((k, v) -> rounded.put(k, round(v)));
        m.put("last_full_round_parts", rounded);
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("stage_ms_per_item_single_thread", stages);
        if (json) {
            Output.json(out, m);
        } else {
            out.printf("%d items, median of %d rounds, %d cores%n", items, rounds, Runtime.getRuntime().availableProcessors());
            out.printf("  read+parse only         %8.2f s  %8.0f items/s%n", b, items / b);
            out.printf("  ingest, no copies       %8.2f s  %8.0f items/s%n", n, items / n);
            out.printf("  ingest+clean+store      %8.2f s  %8.0f items/s  (with copy detection)%n", f, items / f);
            out.printf("  ratio (full/baseline)   %8.2f%n", f / b);
            out.printf("  copy detection's share  %8.1f %% of the full run's time%n", 100 * (f - n) / f);
            out.printf("  process CPU: no copies %8.2f s, with copies %8.2f s: copy share %.1f %%%n", nc, fc, 100 * (fc - nc) / fc);
            out.printf("  data directory: %.1f MB without copies, %.1f MB with: %d bytes per item for copy detection%n",
                    disk[0] / 1e6, disk[1] / 1e6, items == 0 ? 0 : (disk[1] - disk[0]) / items);
            out.printf("  heap after GC, store still open: %.0f MB without copies, %.0f MB with%n", heap[0] / 1e6, heap[1] / 1e6);
            out.println("  last full round, by part (cpu_s summed over threads; others wall):");
            parts.forEach((k, v) -> out.printf("    %-22s %10.3f%n", k, v));
            out.println("  time per item by stage, one thread (ms):");
            stages.forEach((k, v) -> out.printf("    %-22s %8.3f%n", k, v));
            out.flush();
        }
        return ExitCodes.OK;
    }

    private long lastDiskBytes;
    private long lastHeapBytes;

    private static long size(Path p) throws IOException {
        if (!Files.exists(p)) return 0;
        try (Stream<Path> files = Files.walk(p)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    /** CPU seconds this process has used, all threads (JIT and GC included). */
    private static double processCpu() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1e9 : Double.NaN;
    }

    /** Seconds to ingest the inputs into a fresh data directory; {@code fingerprinter} null means no copy detection. */
    private double ingest(Fingerprinter fingerprinter, Map<String, Double> parts) throws IOException {
        Path tmp = Files.createTempDirectory("sitrep-bench");
        try {
            long t0 = System.nanoTime();
            try (Sitrep s = Sitrep.open(tmp, FieldMapping.standard(), fingerprinter)) {
                s.ingestion().run(inputs, new Ingestion.Listener() {
                });
                if (parts != null) {
                    parts.putAll(s.ingestion().timings());
                }
                System.gc();
                lastHeapBytes = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            lastDiskBytes = size(tmp.resolve("index")) + size(tmp.resolve("sitrep.db"));
            return seconds;
        } finally {
            delete(tmp);
        }
    }

    private List<RawDocument> readAll() {
        List<RawDocument> docs = new ArrayList<>();
        DocumentSink sink = new DocumentSink() {
            @Override
            public void accept(RawDocument d) {
                docs.add(d);
            }

            @Override
            public void reject(Rejection r, byte[] sample) {
            }
        };
        Readers readers = new Readers(ReaderOptions.defaults());
        for (Source s : Sources.expand(inputs, sink)) readers.read(s, Instant.EPOCH, sink, x -> { });
        return docs;
    }

    /** Milliseconds per item spent in each stage, run one document at a time on one thread. */
    private static Map<String, Double> stageTimes(List<RawDocument> docs) {
        Pipeline p = Pipelines.standard(StageContext.DEFAULT);
        Map<String, Double> ms = new LinkedHashMap<>();
        long[] ns = new long[p.stages().size() + 1];
        for (RawDocument d : docs) {
            long t = System.nanoTime();
            Article a = new org.sitrep.clean.HtmlExtractor().extract(d, StageContext.DEFAULT);
            ns[0] += System.nanoTime() - t;
            for (int i = 0; i < p.stages().size(); i++) {
                Stage s = p.stages().get(i);
                t = System.nanoTime();
                a = s.apply(a, StageContext.DEFAULT);
                ns[i + 1] += System.nanoTime() - t;
            }
        }
        ms.put("extract", round(ns[0] / 1e6 / docs.size()));
        for (int i = 0; i < p.stages().size(); i++) ms.put(p.stages().get(i).name(), round(ns[i + 1] / 1e6 / docs.size()));
        return ms;
    }

    private static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
