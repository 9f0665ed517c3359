package org.sitrep.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.Ingestion;
import org.sitrep.app.Sitrep;
import org.sitrep.app.SitrepConfig;
import org.sitrep.ingest.FieldMapping;

/**
 * The measurement of BENCHMARKS.md (issue 18), run on demand only ({@code -Dsitrep.flink.bench=FOLDER}, minutes):
 * the embedded runner on the folder (ingest, then one catch-up on all cores; it also loads CoreNLP and the gazetteer
 * before the timed Flink runs), then the same input through Kafka and the job at parallelism 1 and then 2, each into
 * its own data directory, timed from the job's start to its end (global passes at the end of the input). Prints
 * the times, the ratio, and each run's event-set B-cubed F1 against the embedded runner's, which must be at least 0.99;
 * and, as the machine's own ceiling for the ratio, the embedded annotation pass's time on one thread and on two.
 */
class FlinkThroughputIT {
    @TempDir
    Path tmp;

    @Test
    void throughputAtParallelismOneAndTwo() throws Exception {
        String folder = System.getProperty("sitrep.flink.bench");
        Assumptions.assumeTrue(folder != null && !folder.isBlank(), "set -Dsitrep.flink.bench=FOLDER to measure");
        List<String> inputs = List.of(folder);

        long t0 = System.nanoTime();
        StoreSnapshot embedded;
        try (Sitrep s = Sitrep.open(SitrepConfig.fromEnvironment(tmp.resolve("embedded"), System.getenv(), System.getProperties()))) {
            s.ingestion().run(inputs, new Ingestion.Listener() {
            });
            s.catchUp(new Sitrep.CatchUpListener() {
            });
            embedded = StoreSnapshot.of(s);
        }
        double embeddedSeconds = (System.nanoTime() - t0) / 1e9;
        // The machine's own ceiling, same run: the embedded annotation pass (the bulk of the job's parallel part) on one
        // thread and on two, each on a fresh store of the same input, CoreNLP already loaded.
        double[] annotation = new double[3];
        for (int threads = 1; threads <= 2; threads++) annotation[threads] = annotationSeconds(inputs, tmp.resolve("annotation" + threads), threads);

        try (KafkaBroker kafka = new KafkaBroker(tmp.resolve("kafka"))) {
            kafka.createTopic("bench", 1);
            Submit.Report sent = Submit.run(kafka.bootstrap(), "bench", inputs, FieldMapping.standard(), InstantSource.system(), System.err);
            double[] seconds = new double[3];
            StoreSnapshot[] runs = new StoreSnapshot[3];
            for (int p = 1; p <= 2; p++) {
                Path data = tmp.resolve("p" + p);
                JobSettings settings = JobSettings.of(data, System.getenv(), System.getProperties(), Duration.ofHours(1).toMillis());
                StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(p,
                        FlinkMain.configuration(tmp.resolve("ck" + p), SitrepJob.CHECKPOINTS, null));
                new SitrepJob(kafka.bootstrap(), "bench", "bench-p" + p, p, true, settings).addTo(env);
                long s0 = System.nanoTime();
                env.execute("bench p" + p);
                seconds[p] = (System.nanoTime() - s0) / 1e9;
                try (Sitrep s = Sitrep.openReadOnly(SitrepConfig.fromEnvironment(data, System.getenv(), System.getProperties()))) {
                    runs[p] = StoreSnapshot.of(s);
                }
            }
            int n = embedded.articles().size();
            System.out.printf("FLINK-BENCH sent=%d articles=%d events=%d embedded=%.1fs (%.2f art/s)%n", sent.sent(), n, embedded.events().size(),
                    embeddedSeconds, n / embeddedSeconds);
            for (int p = 1; p <= 2; p++) {
                System.out.printf("FLINK-BENCH p=%d %.1fs (%.2f art/s) articles=%d events=%d sameArticles=%b sameEvents=%b bcubedF1=%.4f%n", p,
                        seconds[p], n / seconds[p], runs[p].articles().size(), runs[p].events().size(),
                        runs[p].articles().equals(embedded.articles()), runs[p].events().equals(embedded.events()), runs[p].bcubedF1(embedded));
            }
            System.out.printf("FLINK-BENCH p2/p1 = %.2f%n", seconds[1] / seconds[2]);
            System.out.printf("FLINK-BENCH ceiling: embedded annotation pass 1 thread %.1fs, 2 threads %.1fs: %.2f%n", annotation[1], annotation[2],
                    annotation[1] / annotation[2]);
            assertThat(runs[1].bcubedF1(embedded)).isGreaterThanOrEqualTo(0.99);
            assertThat(runs[2].bcubedF1(embedded)).isGreaterThanOrEqualTo(0.99);
        }
    }

    /** Seconds of the embedded annotation pass on {@code threads} threads over the input, stored first into {@code data}. */
    private static double annotationSeconds(List<String> inputs, Path data, int threads) {
        try (Sitrep s = Sitrep.open(SitrepConfig.fromEnvironment(data, System.getenv(), System.getProperties()))) {
            s.ingestion().run(inputs, new Ingestion.Listener() {
            });
            return s.catchUp(new Sitrep.CatchUpListener() {
            }, threads).annotation().orElseThrow().seconds();
        }
    }
}
