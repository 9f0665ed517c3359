package org.sitrep.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.Sitrep;
import org.sitrep.app.SitrepConfig;
import org.sitrep.ingest.FieldMapping;
import org.sitrep.testkit.Repository;
import org.sitrep.testkit.SharedData;
import org.sitrep.testkit.TestPostgres;

/**
 * Kafka (a real broker in this JVM) → Flink (MiniCluster) → store gives what the embedded runner gives on the same
 * input (the seeds and the sample corpus): the same articles, copies and events, ids and members alike; and a job
 * killed mid-run and restarted from its last checkpoint leaves each article once and the same events.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FlinkJobIT {
    /** Global passes at the end of the input only, as the embedded runner's one catch-up after its ingest. */
    private static final long PASSES_AT_END = Duration.ofHours(1).toMillis();

    @TempDir
    static Path tmp;
    private KafkaBroker kafka;
    private List<String> inputs;
    private StoreSnapshot embedded;

    @BeforeAll
    void start() throws Exception {
        inputs = List.of(SharedData.require("seeds").toString(), Repository.file("samples/corpus").toString());
        kafka = new KafkaBroker(tmp.resolve("kafka"));
        Path dir = tmp.resolve("embedded");
        try (Sitrep s = Sitrep.open(SitrepConfig.fromEnvironment(dir, System.getenv(), System.getProperties()))) {
            s.ingestion().run(inputs, new org.sitrep.app.Ingestion.Listener() {
            });
            s.catchUp(new Sitrep.CatchUpListener() {
            });
            embedded = StoreSnapshot.of(s);
        }
        assertThat(embedded.articles()).hasSizeGreaterThan(20);
        assertThat(embedded.events()).isNotEmpty();
    }

    @AfterAll
    void stop() {
        if (kafka != null) kafka.close();
    }

    private String submit(String topic) throws Exception {
        kafka.createTopic(topic, 1);
        Submit.Report r = Submit.run(kafka.bootstrap(), topic, inputs, FieldMapping.standard(), InstantSource.system(), System.err);
        assertThat(r.sent()).isGreaterThan(20);
        return topic;
    }

    private SitrepJob job(String topic, Path data, int parallelism) {
        return job(topic, data, null, parallelism);
    }

    /** The job storing into {@code db} (null: SQLite in {@code data}; else PostgreSQL, {@code data} holding the index). */
    private SitrepJob job(String topic, Path data, String db, int parallelism) {
        JobSettings settings = JobSettings.of(data, System.getenv(), System.getProperties(), PASSES_AT_END).withDb(db);
        return new SitrepJob(kafka.bootstrap(), topic, "it-" + topic, parallelism, true, settings);
    }

    private static StoreSnapshot read(Path data) {
        return read(data, null);
    }

    private static StoreSnapshot read(Path data, String db) {
        try (Sitrep s = Sitrep.openReadOnly(SitrepConfig.fromEnvironment(data, System.getenv(), System.getProperties()).withDb(db))) {
            return StoreSnapshot.of(s);
        }
    }

    @Test
    void theJobStoresWhatTheEmbeddedRunnerStores() throws Exception {
        String topic = submit("same");
        Path data = tmp.resolve("flink");
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2,
                FlinkMain.configuration(tmp.resolve("ck-same"), Duration.ofSeconds(1), null));
        job(topic, data, 2).addTo(env);
        env.execute("same");

        StoreSnapshot flink = read(data);
        assertThat(flink.articles()).isEqualTo(embedded.articles());
        assertThat(flink.copies()).isEqualTo(embedded.copies());
        assertThat(flink.annotations()).isEqualTo(embedded.annotations());
        assertThat(flink.entities()).isEqualTo(embedded.entities());
        assertThat(flink.events()).isEqualTo(embedded.events());
        assertThat(flink.stories()).isEqualTo(embedded.stories());
    }

    @Test
    void aJobKilledMidRunAndRestoredFromItsCheckpointStoresEachArticleOnce() throws Exception {
        killAndRestore("killed", null);
    }

    /** Issue 18: the same into PostgreSQL (skipped without SITREP_TEST_PG, failing in CI). */
    @Test
    void aJobKilledMidRunAndRestoredStoresEachArticleOnceInPostgres() throws Exception {
        killAndRestore("killed-pg", TestPostgres.freshDatabase());
    }

    private void killAndRestore(String name, String db) throws Exception {
        // The kill comes from inside the job (KillSwitch): after a completed checkpoint, at the next message. Where it
        // comes does not depend on the machine's speed, as a cancel timed from outside did (a quiet machine could store
        // the whole small input before the test looked).
        String topic = submit(name);
        Path data = tmp.resolve(name);
        Path checkpoints = tmp.resolve("ck-" + name);
        Configuration conf = smallBuffers(FlinkMain.configuration(checkpoints, Duration.ofMillis(300), null));
        conf.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2, conf);
        job(topic, data, db, 2).addTo(env, messages -> messages.map(new KillSwitch(3)).uid("kill switch").name("kill switch").setParallelism(1));
        JobClient client = env.executeAsync(name);
        Throwable failure = null;
        try {
            client.getJobExecutionResult().get(5, java.util.concurrent.TimeUnit.MINUTES);
        } catch (java.util.concurrent.ExecutionException e) {
            failure = e;
        }
        assertThat(failure).as("the job ended without being killed").isNotNull();
        assertThat(org.apache.flink.util.ExceptionUtils.findThrowable(failure, KillSwitch.Killed.class))
                .as("the job failed, but not by the kill: %s", failure).isPresent();
        long storedAtKill = storedArticles(data, db);
        Path from = latest(checkpoints).orElseThrow();
        System.out.printf("killed with %d of %d articles stored; restoring from %s%n", storedAtKill, embedded.articles().size(), from);
        assertThat(storedAtKill).as("killed mid-run").isBetween(1L, (long) embedded.articles().size() - 1);

        StreamExecutionEnvironment again = StreamExecutionEnvironment.createLocalEnvironment(2,
                smallBuffers(FlinkMain.configuration(checkpoints, Duration.ofMillis(300), from)));
        job(topic, data, db, 2).addTo(again);
        again.execute(name + " restored");

        StoreSnapshot restored = read(data, db);
        assertThat(restored.articles()).doesNotHaveDuplicates().isEqualTo(embedded.articles());
        assertThat(restored.copies()).isEqualTo(embedded.copies());
        assertThat(restored.annotations()).isEqualTo(embedded.annotations());
        assertThat(restored.entities()).isEqualTo(embedded.entities());
        assertThat(restored.events()).isEqualTo(embedded.events());
    }

    /**
     * Network buffers of a few articles: the whole test input (under a megabyte) would otherwise sit in the buffers
     * before the first checkpoint, which would then hold every article, and a kill could not come between two.
     * With these the source is held back by the slow annotation, as it is on an input larger than the buffers.
     */
    private static Configuration smallBuffers(Configuration conf) {
        conf.addAll(Configuration.fromMap(Map.of(
                "taskmanager.memory.segment-size", "4kb",
                "taskmanager.network.memory.buffers-per-channel", "1",
                "taskmanager.network.memory.floating-buffers-per-gate", "1",
                "taskmanager.network.memory.max-buffers-per-channel", "1")));
        return conf;
    }

    private static long storedArticles(Path data, String db) {
        if (!Files.exists(data)) return 0;
        try (Sitrep s = Sitrep.openReadOnly(SitrepConfig.fromEnvironment(data, System.getenv(), System.getProperties()).withDb(db))) {
            return s.countArticles();
        } catch (RuntimeException notYet) {
            return 0;
        }
    }

    /** The newest completed checkpoint (a chk-N folder with its _metadata) under the checkpoint directory. */
    static Optional<Path> latest(Path checkpoints) throws java.io.IOException {
        if (!Files.isDirectory(checkpoints)) return Optional.empty();
        try (Stream<Path> s = Files.walk(checkpoints, 2)) {
            return s.filter(p -> p.getFileName().toString().startsWith("chk-") && Files.exists(p.resolve("_metadata")))
                    .max(java.util.Comparator.comparingLong(p -> Long.parseLong(p.getFileName().toString().substring(4))));
        }
    }
}
