package org.sitrep.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.ingest.FeedWatcher;
import org.sitrep.ingest.ReaderOptions;
import org.sitrep.model.RawDocument;
import org.sitrep.app.Ingestion;
import org.sitrep.app.Sitrep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep watch FEED…}: polls RSS/Atom feeds on an interval and ingests only items not seen before. */
@Command(name = "watch", description = {"Poll RSS/Atom feeds (URLs or files) every --interval and ingest only new items.",
        "What was seen is remembered in DATA/watch-state.json, so a restart does not re-read old items."})
final class WatchCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FEED", description = "Feed URLs or files.")
    List<String> feeds;

    @Option(names = "--interval", defaultValue = "PT5M", description = "Time between polls, ISO-8601 (default PT5M).")
    Duration interval;

    @Option(names = "--once", description = "Poll once and exit.")
    boolean once;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        try (Sitrep sitrep = main.open()) {
            FeedWatcher watcher = new FeedWatcher(feeds, main.dataDir().resolve("watch-state.json"), ReaderOptions.defaults());
            while (true) {
                Instant now = Instant.now();
                List<RawDocument> fresh = watcher.poll(now);
                Ingestion.Report r = sitrep.ingestion().submit(fresh);
                out.printf("%s  polled %d feed%s: %d new item%s, %d accepted, %d already known, %d rejected%n", now,
                        feeds.size(), feeds.size() == 1 ? "" : "s", fresh.size(), fresh.size() == 1 ? "" : "s",
                        r.count(Ingestion.Status.ADDED), r.count(Ingestion.Status.KNOWN), r.count(Ingestion.Status.REJECTED));
                out.flush();
                if (once) return ExitCodes.OK;
                Thread.sleep(interval.toMillis());
            }
        }
    }
}
