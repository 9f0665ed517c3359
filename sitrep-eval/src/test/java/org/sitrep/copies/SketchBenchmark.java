package org.sitrep.copies;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * JMH: the cost of sketching one text (tokenize, hash, one-permutation MinHash, band keys) beside the classic
 * 128-hash MinHash it replaced, in the same run, for a feed item (40 words) and a full article (800 words).
 * Run: {@code ./run-tests --main org.sitrep.copies.SketchBenchmark} (BENCHMARKS.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class SketchBenchmark {
    @Param({"40", "800"})
    int words;

    String text;

    @Setup
    public void setUp() {
        String[] vocab = ("Russian forces shelled the town of Kupiansk in the Kharkiv region on Saturday killing two civilians and "
                + "wounding seven the regional governor Oleh Syniehubov said adding that drones struck a school 12 km from the front "
                + "while Ukrainian troops repelled 14 attacks near Synkivka and Ivanivka according to the General Staff").split(" ");
        StringBuilder sb = new StringBuilder();
        long x = 42;
        for (int i = 0; i < words; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
            sb.append(vocab[(int) Long.remainderUnsigned(x >>> 33, vocab.length)]).append(i % 17 == 16 ? ". " : " ");
        }
        text = sb.toString();
    }

    @Benchmark
    public long[] onePermutationSketchAndBands() {
        return CopySketch.of(text).bandKeys();
    }

    @Benchmark
    public long[] classic128HashMinHash() {
        List<String> tokens = Tokens.of(text);
        long[] min = new long[CopySketch.HASHES];
        Arrays.fill(min, Long.MAX_VALUE);
        for (int i = 0; i + 4 <= tokens.size(); i++) {
            long h = 0;
            for (int k = 0; k < 4; k++) h = h * 0x100000001B3L + CopySketch.fnv(tokens.get(i + k));
            for (int j = 0; j < CopySketch.HASHES; j++) {
                long v = CopySketch.mix(h ^ (0x9E3779B97F4A7C15L * (j + 1)));
                if (v < min[j]) min[j] = v;
            }
        }
        return min;
    }

    @Benchmark
    public List<String> tokenizeOnly() {
        return Tokens.of(text);
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(SketchBenchmark.class.getSimpleName()).build()).run();
    }
}
