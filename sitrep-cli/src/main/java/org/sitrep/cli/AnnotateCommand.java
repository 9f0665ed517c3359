package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.sitrep.store.AnnotationPass;
import org.sitrep.store.Sitrep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep annotate}: catches up the annotation pass (names, places, dates, quantities, quotes, entities). */
@Command(name = "annotate", description = {
        "Annotate every stored article not yet annotated: people, organisations and places (resolved with GeoNames),",
        "dates against the publication date, quantities, quotes; names merged into entities across spellings.",
        "`ingest` does this after reading unless given --no-nlp. Resumable: a killed run goes on where it stopped.",
        "The gazetteer is fetched once into $SITREP_CACHE (default ~/.cache/sitrep) with npm."})
final class AnnotateCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--no-progress", description = "Do not draw a progress bar.")
    boolean noProgress;

    @Option(names = "--json", description = "Print the summary as JSON.")
    boolean json;

    @Option(names = "--all", description = "Forget every annotation and entity and annotate everything again "
            + "(after `sitrep gazetteer import` of fuller place data, say); events and stories are rebuilt too.")
    boolean all;

    @Override
    public Integer call() {
        try (Sitrep sitrep = Sitrep.open(main.dataDir())) {
            if (all) {
                sitrep.store().entities().reset();
                sitrep.store().events().reset();
            }
            AnnotationPass.Report r = run(sitrep, noProgress || json, spec.commandLine().getErr());
            org.sitrep.store.EventPass.Report placed = EventsCommand.run(sitrep, true, noProgress || json, spec.commandLine().getErr());
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> m = toJson(r);
                m.put("events", EventsCommand.toJson(placed));
                Output.json(out, m);
            } else {
                print(out, r);
                EventsCommand.print(out, placed);
            }
        }
        return ExitCodes.OK;
    }

    /** Runs the pass with a progress bar on stderr for long runs; shared with {@code ingest}. */
    static AnnotationPass.Report run(Sitrep sitrep, boolean quiet, PrintWriter err) {
        ProgressBar[] bar = new ProgressBar[1];
        try {
            return sitrep.annotate(new AnnotationPass.Listener() {
                @Override
                public void planned(long articles) {
                    if (quiet || articles < 20) return;
                    bar[0] = new ProgressBarBuilder().setTaskName("Annotate").setInitialMax(articles).setUnit(" articles", 1)
                            .showSpeed().setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500)
                            .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
                }

                @Override
                public void progress(long done, long tokens) {
                    if (bar[0] == null) return;
                    bar[0].stepTo(done);
                    bar[0].setExtraMessage(String.format("%,d tokens", tokens));
                }
            });
        } finally {
            if (bar[0] != null) bar[0].close();
            err.flush();
        }
    }

    static Map<String, Object> toJson(AnnotationPass.Report r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("annotated", r.annotated());
        m.put("skipped", r.skipped());
        m.put("tokens", r.tokens());
        m.put("seconds", Math.round(r.seconds() * 1000) / 1000.0);
        m.put("nlp_cpu_seconds", Math.round(r.nlpCpuSeconds() * 1000) / 1000.0);
        m.put("own_cpu_seconds", Math.round(r.ownCpuSeconds() * 1000) / 1000.0);
        m.put("store_seconds", Math.round(r.storeSeconds() * 1000) / 1000.0);
        m.put("places_note", r.placesNote().orElse(null));
        return m;
    }

    static void print(PrintWriter out, AnnotationPass.Report r) {
        if (r.annotated() + r.skipped() == 0) {
            out.println("Nothing to annotate: every article is annotated.");
        } else {
            out.printf("Annotated %d article%s (%,d tokens) in %.1f s (%,.0f tokens/s); %d skipped (not English or no text).%n",
                    r.annotated(), r.annotated() == 1 ? "" : "s", r.tokens(), r.seconds(), r.tokens() / Math.max(r.seconds(), 1e-3), r.skipped());
        }
        r.placesNote().ifPresent(n -> out.println("Places left unresolved: " + n));
        out.flush();
    }
}
