package org.sitrep.flink;

import java.time.Duration;
import java.util.function.UnaryOperator;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

/**
 * The job's graph: Kafka source (parallelism 1, every partition) → rebalance → {@link
 * PrepareFunction} at the job's parallelism → {@link StoreSink} at parallelism 1. Each has a fixed uid, so that a
 * checkpoint restores into a job whose graph changed elsewhere (another parallelism, an operator added).
 *
 * @param bootstrap   Kafka's bootstrap servers
 * @param topic       the topic of article messages
 * @param group       the consumer group (offsets are committed to it at each checkpoint, for a fresh start)
 * @param parallelism of the per-document part
 * @param bounded     stop at the offsets that were the latest when the job started (a batch run), instead of running
 *                    on
 */
public record SitrepJob(String bootstrap, String topic, String group, int parallelism, boolean bounded, JobSettings settings) {
    public SitrepJob {
        if (parallelism < 1) throw new IllegalArgumentException("parallelism must be at least 1, not " + parallelism);
    }

    /** Adds the job to the environment; execute it there. */
    public void addTo(StreamExecutionEnvironment env) {
        addTo(env, UnaryOperator.identity());
    }

    /** As {@link #addTo(StreamExecutionEnvironment)}, with {@code tap} applied to the source's messages (a test's kill switch). */
    void addTo(StreamExecutionEnvironment env, UnaryOperator<DataStream<Envelope>> tap) {
        KafkaSourceBuilder<Envelope> b = KafkaSource.<Envelope>builder()
                .setBootstrapServers(bootstrap)
                .setTopics(topic)
                .setGroupId(group)
                .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
                .setDeserializer(new EnvelopeSchema())
                .setProperty("commit.offsets.on.checkpoint", "true");
        if (bounded) b.setBounded(OffsetsInitializer.latest());
        KafkaSource<Envelope> kafka = b.build();
        DataStream<Envelope> messages = env.fromSource(new BoundedRestore<>(kafka, kafka.getProducedType()),
                WatermarkStrategy.noWatermarks(), "kafka:" + topic).uid("source").setParallelism(1);
        tap.apply(messages)
                .rebalance()
                .flatMap(new PrepareFunction(settings)).name("prepare (clean, identify, fingerprint, annotate)").uid("prepare").setParallelism(parallelism)
                .sinkTo(new StoreSink(settings)).name("store (facade; copies, events, claims)").uid("store").setParallelism(1);
    }

    /** How often the job checkpoints by default: each checkpoint stores what arrived since the last one. */
    public static final Duration CHECKPOINTS = Duration.ofSeconds(5);
}
