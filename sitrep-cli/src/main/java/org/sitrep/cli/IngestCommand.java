package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.sitrep.ingest.FieldMapping;
import org.sitrep.model.Rejection;
import org.sitrep.app.Ingestion;
import org.sitrep.app.Sitrep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sitrep ingest PATH|URL…}: reads, cleans and stores; prints a summary; exit 3 when something was rejected. */
@Command(name = "ingest", description = {
        "Read files, folders (recursively) and URLs: .txt, .html, .json/.jsonl, RSS/Atom, WARC, each also gzipped.",
        "Each article is cleaned and stored once; ingesting the same thing again adds nothing and says so."})
final class IngestCommand implements Callable<Integer> {
    /** A run is long enough for a progress bar when its inputs are this big, or this many files. */
    private static final long PROGRESS_MIN_BYTES = 2L << 20;
    private static final int PROGRESS_MIN_SOURCES = 100;

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH|URL", description = "Files, folders or http(s) URLs.")
    List<String> inputs;

    @Option(names = "--map", paramLabel = "FIELD=NAME,…",
            description = "Map JSON fields: e.g. text=body_text,published=ts (targets: title, text, html, url, published, outlet, language).")
    String map;

    @Option(names = "--no-progress", description = "Do not draw a progress bar.")
    boolean noProgress;

    @Option(names = "--json", description = "Print the summary as JSON: accepted, known, rejected, seconds, rejections[], annotation.")
    boolean json;

    @Option(names = "--no-nlp", description = "Do not annotate after reading (names, places, dates…); `sitrep annotate` catches up later. "
            + "Articles are then placed into events at once, with capitalised words standing in for names.")
    boolean noNlp;

    private org.sitrep.app.EventPass.Report placement;
    private org.sitrep.app.EventPlacesPass.Report eventPlaces;
    private org.sitrep.app.ClaimPass.Report claims;
    private org.sitrep.app.TypePass.Report types;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FieldMapping mapping = map == null ? FieldMapping.standard() : FieldMapping.parse(map);
        long t0 = System.nanoTime();
        List<Rejection> rejections = new ArrayList<>();
        Ingestion.Report report;
        org.sitrep.app.AnnotationPass.Report annotation = null;
        long t1;
        try (Sitrep sitrep = Sitrep.open(main.config().withMapping(mapping).withAnnotation(!noNlp)); Progress progress = new Progress(noProgress || json, err)) {
            report = sitrep.ingestion().run(inputs, new Ingestion.Listener() {
                @Override
                public void planned(int sources, long totalBytes) {
                    progress.planned(sources, totalBytes);
                }

                @Override
                public void progress(long bytesDone, long added, long known, long rejected) {
                    progress.update(bytesDone, added + known + rejected);
                }

                @Override
                public void rejected(Rejection r) {
                    rejections.add(r);
                }
            });
            t1 = System.nanoTime();
            progress.close();
            try (PassProgress passes = new PassProgress(noProgress || json, err)) {
                Sitrep.CatchUp done = sitrep.catchUp(passes);
                annotation = done.annotation().orElse(null);
                placement = done.events();
                eventPlaces = done.eventPlaces().orElse(null);
                claims = done.claims().orElse(null);
                types = done.types().orElse(null);
            }
        }
        double seconds = (t1 - t0) / 1e9;
        long added = report.count(Ingestion.Status.ADDED);
        long known = report.count(Ingestion.Status.KNOWN);
        long rejected = report.count(Ingestion.Status.REJECTED);
        List<Ingestion.Item> none = report.items().stream().filter(i -> i.status() == Ingestion.Status.ADDED && i.reason() != null).toList();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("accepted", added);
            m.put("known", known);
            m.put("rejected", rejected);
            m.put("seconds", Math.round(seconds * 1000) / 1000.0);
            List<Map<String, String>> rs = new ArrayList<>();
            for (Rejection r : rejections) rs.add(Map.of("input", r.input(), "reason", r.reason(), "message", r.message()));
            m.put("rejections", rs);
            List<Map<String, String>> noText = new ArrayList<>();
            for (Ingestion.Item i : none) noText.add(Map.of("input", i.input(), "id", i.id(), "reason", i.reason(), "message", i.message()));
            m.put("no_article_text", noText);
            m.put("annotation", annotation == null ? null : AnnotateCommand.toJson(annotation));
            m.put("events", placement == null ? null : EventsCommand.toJson(placement));
            m.put("event_places", eventPlaces == null ? null : EventsCommand.toJson(eventPlaces));
            m.put("claims", claims == null ? null : ClaimsCommand.toJson(claims));
            m.put("types", types == null ? null : RecordsCommand.toJson(types));
            Output.json(out, m);
        } else {
            long items = added + known + rejected;
            out.printf("Ingested %d item%s in %.1f s (%.0f items/s): %d accepted, %d already known, %d rejected.%n",
                    items, items == 1 ? "" : "s", seconds, items / Math.max(seconds, 1e-3), added, known, rejected);
            if (added == 0 && known > 0 && rejected == 0) out.println("Nothing new: every article was already in " + main.dataDir() + ".");
            if (!none.isEmpty()) {
                out.printf("%d page%s without article text (stored and flagged; not compared for copies, not placed in events):%n", none.size(),
                        none.size() == 1 ? "" : "s");
                none.stream().limit(10).forEach(i -> out.printf("  %s: %s%n", i.input(), i.message()));
                if (none.size() > 10) out.printf("  … and %d more (`sitrep articles --json` shows no_article)%n", none.size() - 10);
            }
            if (annotation != null) AnnotateCommand.print(out, annotation);
            if (placement != null) EventsCommand.print(out, placement);
            if (eventPlaces != null) EventsCommand.print(out, eventPlaces);
            if (claims != null) ClaimsCommand.print(out, claims);
            if (types != null) RecordsCommand.print(out, types);
            if (!rejections.isEmpty()) {
                out.println("Rejected (quarantined; see `sitrep rejected`):");
                int shown = 0;
                for (Rejection r : rejections) {
                    if (shown++ == 20) {
                        out.printf("  … and %d more%n", rejections.size() - 20);
                        break;
                    }
                    out.printf("  %s: %s — %s%n", r.input(), r.reason(), r.message());
                }
            }
            out.flush();
        }
        return rejected > 0 ? ExitCodes.SOME_REJECTED : ExitCodes.OK;
    }

    /** A progress bar over the bytes of the inputs, shown only for long runs. */
    private static final class Progress implements AutoCloseable {
        private final boolean disabled;
        private final PrintWriter err;
        private ProgressBar bar;
        private long lastItems;

        Progress(boolean disabled, PrintWriter err) {
            this.disabled = disabled;
            this.err = err;
        }

        void planned(int sources, long totalBytes) {
            if (disabled || (totalBytes < PROGRESS_MIN_BYTES && sources < PROGRESS_MIN_SOURCES)) return;
            bar = new ProgressBarBuilder()
                    .setTaskName("Ingest")
                    .setInitialMax(totalBytes)
                    .setUnit(" MB", 1L << 20)
                    .showSpeed()
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(500)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .build();
        }

        void update(long bytes, long items) {
            if (bar == null) return;
            bar.stepTo(Math.min(bytes, bar.getMax()));
            if (items != lastItems) {
                lastItems = items;
                double s = bar.getTotalElapsed().toMillis() / 1000.0;
                bar.setExtraMessage(String.format("%,d items, %,.0f items/s", items, items / Math.max(s, 1e-3)));
            }
        }

        @Override
        public void close() {
            if (bar != null) bar.close();
            bar = null;
            err.flush();
        }
    }
}
