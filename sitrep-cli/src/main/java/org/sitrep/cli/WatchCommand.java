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
@Command(name = "watch", description = {"Poll RSS/Atom feeds (URLs or files) every --interval and ingest only new items; after a poll that",
        "added any, the passes run (annotation, events, claims, types) and the alerts they raise are printed.",
        "What was seen is remembered in DATA/watch-state.json, so a restart does not re-read old items.",
        "With filter options it also watches for you: `sitrep watch FEED --place Kupiansk` adds (or reuses) the",
        "watchlist \"watch place=Kupiansk\" and prints each alert it raises as it comes."})
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

    @picocli.CommandLine.Mixin
    FilterOptions filter;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        try (Sitrep sitrep = main.open()) {
            String query = filter.filter().toQueryString();
            if (!query.isEmpty()) {
                String name = "watch " + query;
                if (sitrep.watches().find(name).isEmpty()) sitrep.watches().add(name, query, null, null);
                out.printf("watching for: %s (watchlist \"%s\"; `sitrep alerts --watchlist \"%s\"` lists its alerts)%n", query, name, name);
            }
            FeedWatcher watcher = new FeedWatcher(feeds, main.dataDir().resolve("watch-state.json"), ReaderOptions.defaults());
            while (true) {
                Instant now = Instant.now();
                List<RawDocument> fresh = watcher.poll(now);
                Ingestion.Report r = sitrep.ingestion().submit(fresh);
                out.printf("%s  polled %d feed%s: %d new item%s, %d accepted, %d already known, %d rejected%n", now,
                        feeds.size(), feeds.size() == 1 ? "" : "s", fresh.size(), fresh.size() == 1 ? "" : "s",
                        r.count(Ingestion.Status.ADDED), r.count(Ingestion.Status.KNOWN), r.count(Ingestion.Status.REJECTED));
                out.flush();
                if (r.count(Ingestion.Status.ADDED) > 0) {
                    Sitrep.CatchUp done = sitrep.catchUp(new Sitrep.CatchUpListener() {
                    });
                    for (org.sitrep.alerts.Alert a : done.alerts().raised()) {
                        out.printf("ALERT [%s] %s — %s (sitrep event %s)%n", a.watchlist(), a.title() == null ? "event " + a.eventId() : a.title(),
                                a.describe(), a.eventId());
                    }
                } else {
                    sitrep.watches().deliver(); // webhooks waiting to be tried again
                }
                out.flush();
                if (once) return ExitCodes.OK;
                Thread.sleep(interval.toMillis());
            }
        }
    }
}
