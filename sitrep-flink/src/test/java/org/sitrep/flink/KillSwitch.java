package org.sitrep.flink;

import java.util.HashMap;
import java.util.Map;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.state.CheckpointListener;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;

/**
 * Kills a job mid-run at a point that does not depend on the machine's speed: after a completed checkpoint that came
 * after at least {@code before} messages, at the next message. Chained to the source (parallelism 1), it lets the first
 * {@code before} messages through at once, then holds each further one for up to a second until such a checkpoint has
 * completed, so that the input cannot all go by before the first checkpoint (the annotators' cold start can hold a
 * checkpoint for seconds). The job then fails with {@link Killed}; with restarts off, it stays failed, its checkpoints
 * kept.
 */
final class KillSwitch extends RichMapFunction<Envelope, Envelope> implements CheckpointedFunction, CheckpointListener {
    private final int before;
    private transient int passed;
    private transient Map<Long, Integer> passedAt;
    private transient volatile boolean armed;

    KillSwitch(int before) {
        this.before = before;
    }

    @Override
    public void initializeState(FunctionInitializationContext context) {
        passedAt = new HashMap<>();
    }

    @Override
    public void snapshotState(FunctionSnapshotContext context) {
        passedAt.put(context.getCheckpointId(), passed);
    }

    @Override
    public void notifyCheckpointComplete(long checkpointId) {
        if (passedAt.getOrDefault(checkpointId, 0) >= before) armed = true;
    }

    @Override
    public Envelope map(Envelope e) throws InterruptedException {
        if (armed) throw new Killed(passed);
        if (passed >= before) Thread.sleep(1000); // returns to the mailbox, which takes the checkpoint's notice
        passed++;
        return e;
    }

    /** The kill: thrown by the first message after the checkpoint that armed the switch. */
    static final class Killed extends RuntimeException {
        Killed(int passed) {
            super("killed by the test after " + passed + " messages and a completed checkpoint");
        }
    }
}
