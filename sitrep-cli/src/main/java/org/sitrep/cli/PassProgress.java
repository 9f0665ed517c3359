package org.sitrep.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.sitrep.app.AnnotationPass;
import org.sitrep.app.ClaimPass;
import org.sitrep.app.EventPass;
import org.sitrep.app.Sitrep;

/**
 * Progress bars on stderr for the passes after storing (annotation, events, claims), shown only for long runs and never when
 * quiet; shared by {@code ingest}, {@code annotate}, {@code events} and {@code stories}. Close it to close the bars.
 */
final class PassProgress implements Sitrep.CatchUpListener, AutoCloseable {
    private final boolean quiet;
    private final PrintWriter err;
    private ProgressBar annotating;
    private ProgressBar placing;
    private ProgressBar claiming;

    PassProgress(boolean quiet, PrintWriter err) {
        this.quiet = quiet;
        this.err = err;
    }

    private static ProgressBar bar(String task, long max) {
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(max).setUnit(" articles", 1)
                .showSpeed().setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
    }

    @Override
    public AnnotationPass.Listener annotation() {
        return new AnnotationPass.Listener() {
            @Override
            public void planned(long articles) {
                if (!quiet && articles >= 20) annotating = bar("Annotate", articles);
            }

            @Override
            public void progress(long done, long tokens) {
                if (annotating == null) return;
                annotating.stepTo(done);
                annotating.setExtraMessage(String.format("%,d tokens", tokens));
            }
        };
    }

    @Override
    public EventPass.Listener events() {
        return new EventPass.Listener() {
            @Override
            public void planned(long articles) {
                if (annotating != null) {
                    annotating.close();
                    annotating = null;
                }
                if (!quiet && articles >= 500) placing = bar("Events", articles);
            }

            @Override
            public void progress(long done) {
                if (placing != null) placing.stepTo(done);
            }
        };
    }

    @Override
    public ClaimPass.Listener claims() {
        return new ClaimPass.Listener() {
            @Override
            public void planned(long articles) {
                if (placing != null) {
                    placing.close();
                    placing = null;
                }
                if (!quiet && articles >= 500) claiming = bar("Claims", articles);
            }

            @Override
            public void progress(long done) {
                if (claiming != null) claiming.stepTo(done);
            }
        };
    }

    @Override
    public void close() {
        if (annotating != null) annotating.close();
        if (placing != null) placing.close();
        if (claiming != null) claiming.close();
        annotating = placing = claiming = null;
        err.flush();
    }
}
