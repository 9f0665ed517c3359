package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.testkit.Repository;

/**
 * Issue 15's load test, short enough for CI: 4 readers and 4 writers against {@code serve} on loopback, the server
 * killed with SIGKILL halfway and restarted (see {@link LoadRun}). System properties: {@code load.seconds} (20),
 * {@code load.readers} (4), {@code load.writers} (4), {@code load.baseline} (5), {@code load.think} (0 ms between a
 * reader's requests), {@code load.nokill}, {@code load.p95} (the bound asserted, 250 ms), {@code load.jvm} (options of
 * the server's JVM, e.g. a flight recording). Figures and commands: BENCHMARKS.md.
 * Before, with 4 writers, list reads took p50 1.1 s and p95 3.5 s.
 */
class LoadIT {
    @TempDir
    Path data;

    @Test
    void readsStayFastUnderWritesAndNoAcknowledgedWriteIsLostOrDoubledByAKill() throws Exception {
        Cli.Result ingest = Cli.run("--data", data.toString(), "ingest", "--no-progress", "--no-nlp",
                Repository.root().resolve("samples/corpus").toString());
        assertThat(ingest.exit()).as(ingest.out() + ingest.err()).isEqualTo(ExitCodes.SOME_REJECTED);
        int seconds = Integer.getInteger("load.seconds", 20);
        LoadRun.Result r = new LoadRun(new LoadRun.Config(data, Integer.getInteger("load.readers", 4), Integer.getInteger("load.writers", 4),
                Integer.getInteger("load.baseline", 5), seconds, !Boolean.getBoolean("load.nokill"), Integer.getInteger("load.think", 0))).run();
        System.out.print(r.table());
        assertThat(r.acknowledged()).as("writes acknowledged").isGreaterThan(20);
        assertThat(r.acknowledgedMissing()).as("acknowledged writes missing after kill -9 and restart").isZero();
        assertThat(r.duplicated()).as("articles stored twice").isZero();
        assertThat(r.serverErrors()).as("5xx answers").isZero();
        assertThat(r.reads("load").percentile(95)).as("read p95 (ms) with 4 writers").isLessThanOrEqualTo(Double.parseDouble(System.getProperty("load.p95", "250")));
    }
}
