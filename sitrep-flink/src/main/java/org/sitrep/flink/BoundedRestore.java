package org.sitrep.flink;

import java.io.IOException;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.source.Boundedness;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.api.connector.source.SourceEvent;
import org.apache.flink.api.connector.source.SourceReader;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.api.connector.source.SourceSplit;
import org.apache.flink.api.connector.source.SplitEnumerator;
import org.apache.flink.api.connector.source.SplitEnumeratorContext;
import org.apache.flink.api.java.typeutils.ResultTypeQueryable;
import org.apache.flink.core.io.SimpleVersionedSerializer;

/**
 * A bounded source that also ends when restored from a checkpoint. The Kafka connector's enumerator, restored with
 * every partition already assigned, never tells its readers that no more splits will come (FLINK-31006; fix open as
 * apache/flink-connector-kafka#318), so a restored bounded job reads up to its stopping offsets and then waits for
 * ever. This wrapper delegates everything and, for a restored bounded source only, tells each reader that registers
 * that no more splits will come: its splits (with their stopping offsets) come back from its own state. A partition
 * added to the topic between the checkpoint and the restore is therefore not read by a restored bounded run.
 */
final class BoundedRestore<T, S extends SourceSplit, E> implements Source<T, S, E>, ResultTypeQueryable<T> {
    private final Source<T, S, E> source;
    private final TypeInformation<T> type;

    BoundedRestore(Source<T, S, E> source, TypeInformation<T> type) {
        this.source = source;
        this.type = type;
    }

    @Override
    public Boundedness getBoundedness() {
        return source.getBoundedness();
    }

    @Override
    public SourceReader<T, S> createReader(SourceReaderContext context) throws Exception {
        return source.createReader(context);
    }

    @Override
    public SplitEnumerator<S, E> createEnumerator(SplitEnumeratorContext<S> context) throws Exception {
        return source.createEnumerator(context);
    }

    @Override
    public SplitEnumerator<S, E> restoreEnumerator(SplitEnumeratorContext<S> context, E checkpoint) throws Exception {
        SplitEnumerator<S, E> restored = source.restoreEnumerator(context, checkpoint);
        if (source.getBoundedness() != Boundedness.BOUNDED) return restored;
        return new SplitEnumerator<>() {
            @Override
            public void start() {
                restored.start();
            }

            @Override
            public void handleSplitRequest(int subtask, String host) {
                restored.handleSplitRequest(subtask, host);
            }

            @Override
            public void addSplitsBack(List<S> splits, int subtask) {
                restored.addSplitsBack(splits, subtask);
            }

            @Override
            public void addReader(int subtask) {
                restored.addReader(subtask);
                context.signalNoMoreSplits(subtask);
            }

            @Override
            public E snapshotState(long checkpointId) throws Exception {
                return restored.snapshotState(checkpointId);
            }

            @Override
            public void close() throws IOException {
                restored.close();
            }

            @Override
            public void notifyCheckpointComplete(long checkpointId) throws Exception {
                restored.notifyCheckpointComplete(checkpointId);
            }

            @Override
            public void handleSourceEvent(int subtask, SourceEvent event) {
                restored.handleSourceEvent(subtask, event);
            }
        };
    }

    @Override
    public SimpleVersionedSerializer<S> getSplitSerializer() {
        return source.getSplitSerializer();
    }

    @Override
    public SimpleVersionedSerializer<E> getEnumeratorCheckpointSerializer() {
        return source.getEnumeratorCheckpointSerializer();
    }

    @Override
    public TypeInformation<T> getProducedType() {
        return type;
    }
}
