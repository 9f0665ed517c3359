package org.sitrep.flink;

import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.sitrep.ingest.FieldMapping;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitrep-flink run} runs the job (in a local MiniCluster when started as a plain program; on a cluster when
 * submitted with Flink's client); {@code sitrep-flink submit} produces articles into the topic. Kept out of
 * {@code sitrep-cli} so that the one-machine tool carries neither Kafka's client nor Flink.
 */
@Command(name = "sitrep-flink", mixinStandardHelpOptions = true, subcommands = {FlinkMain.Run.class, FlinkMain.SubmitCommand.class},
        description = "Sitrep on Apache Flink, fed by Kafka.")
public final class FlinkMain implements Callable<Integer> {
    @Override
    public Integer call() {
        CommandLine.usage(this, System.out);
        return 2;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new FlinkMain()).execute(args));
    }

    @Command(name = "run", description = "Run the job: Kafka -> prepare (parallel) -> store (one writer) into a data directory.")
    static final class Run implements Callable<Integer> {
        @Option(names = "--bootstrap", required = true, description = "Kafka bootstrap servers, HOST:PORT") String bootstrap;
        @Option(names = "--topic", required = true) String topic;
        @Option(names = "--data", required = true, description = "the data directory the job stores into") Path data;
        @Option(names = "--db", description = "the database the job stores into: postgresql://user:password@host:port/db "
                + "(default: $SITREP_DB, else SQLite in --data, which otherwise holds the sink's search index only)") String db;
        @Option(names = "--parallelism", defaultValue = "2", description = "of the per-document part (default ${DEFAULT-VALUE})") int parallelism;
        @Option(names = "--group", defaultValue = "sitrep-flink", description = "Kafka consumer group (default ${DEFAULT-VALUE})") String group;
        @Option(names = "--bounded", description = "stop at the offsets latest at start (a batch run)") boolean bounded;
        @Option(names = "--checkpoint-every", defaultValue = "PT5S", description = "checkpoint interval, ISO-8601 (default ${DEFAULT-VALUE})") Duration checkpoints;
        @Option(names = "--passes-every", defaultValue = "PT1M", description = "least time between runs of the global passes (default ${DEFAULT-VALUE})") Duration passes;
        @Option(names = "--checkpoints", description = "where checkpoints are kept (default: DATA/flink-checkpoints)") Path checkpointDir;
        @Option(names = "--from-checkpoint", description = "restore from this checkpoint (a chk-N folder)") Path restore;

        @Override
        public Integer call() throws Exception {
            String url = db != null && !db.isBlank() ? db : System.getenv("SITREP_DB");
            JobSettings settings = JobSettings.of(data.toAbsolutePath(), System.getenv(), System.getProperties(), passes.toMillis())
                    .withDb(url == null || url.isBlank() ? null : url);
            Path dir = checkpointDir != null ? checkpointDir : data.resolve("flink-checkpoints");
            Configuration conf = configuration(dir.toAbsolutePath(), checkpoints, restore);
            StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
            new SitrepJob(bootstrap, topic, group, parallelism, bounded, settings).addTo(env);
            env.execute("sitrep " + topic + " -> " + data);
            return 0;
        }
    }

    /** Exactly-once checkpoints into {@code dir}, kept when the job is cancelled; restored from {@code restore} when given. */
    public static Configuration configuration(Path dir, Duration every, Path restore) {
        Configuration conf = new Configuration();
        conf.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, every);
        conf.set(CheckpointingOptions.CHECKPOINTING_CONSISTENCY_MODE, CheckpointingMode.EXACTLY_ONCE);
        conf.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
        conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, dir.toUri().toString());
        conf.set(CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION, ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
        if (restore != null) conf.set(StateRecoveryOptions.SAVEPOINT_PATH, restore.toAbsolutePath().toString());
        return conf;
    }

    @Command(name = "submit", description = "Produce articles into a topic from the inputs `sitrep ingest` reads.")
    static final class SubmitCommand implements Callable<Integer> {
        @Option(names = "--bootstrap", required = true, description = "Kafka bootstrap servers, HOST:PORT") String bootstrap;
        @Option(names = "--topic", required = true) String topic;
        @Option(names = "--map", description = "JSON field mapping, as for ingest: text=body_text,published=ts") String map;
        @Parameters(arity = "1..*", paramLabel = "INPUT") List<String> inputs;

        @Override
        public Integer call() {
            FieldMapping m = map == null ? FieldMapping.standard() : FieldMapping.parse(map);
            Submit.Report r;
            try {
                r = Submit.run(bootstrap, topic, inputs, m, InstantSource.system(), System.err);
            } catch (IllegalStateException e) {
                System.err.println("sitrep-flink submit: " + e.getMessage());
                return 1;
            }
            System.out.println("sent " + r.sent() + " articles to " + topic + (r.rejected() > 0 ? "; rejected " + r.rejected() : ""));
            return 0;
        }
    }
}
