package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.app.AnnotationPass;
import org.sitrep.app.Sitrep;
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
        try (Sitrep sitrep = main.open()) {
            if (all) {
                sitrep.forgetAnnotations();
            }
            Sitrep.CatchUp done;
            try (PassProgress progress = new PassProgress(noProgress || json, spec.commandLine().getErr())) {
                done = sitrep.catchUp(progress);
            }
            AnnotationPass.Report r = done.annotation().orElseThrow();
            org.sitrep.app.EventPass.Report placed = done.events();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> m = toJson(r);
                m.put("events", EventsCommand.toJson(placed));
                m.put("event_places", done.eventPlaces().map(EventsCommand::toJson).orElse(null));
                m.put("claims", done.claims().map(ClaimsCommand::toJson).orElse(null));
                m.put("types", done.types().map(RecordsCommand::toJson).orElse(null));
                Output.json(out, m);
            } else {
                print(out, r);
                EventsCommand.print(out, placed);
                done.eventPlaces().ifPresent(p -> EventsCommand.print(out, p));
                done.claims().ifPresent(c -> ClaimsCommand.print(out, c));
                done.types().ifPresent(t -> RecordsCommand.print(out, t));
            }
        }
        return ExitCodes.OK;
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
        m.put("outlet_home_lookups", r.homeLookups());
        m.put("outlet_home_seconds", Math.round(r.homeSeconds() * 1000) / 1000.0);
        return m;
    }

    static void print(PrintWriter out, AnnotationPass.Report r) {
        if (r.annotated() + r.skipped() == 0) {
            out.println("Nothing to annotate: every article is annotated.");
        } else {
            out.printf("Annotated %d article%s (%,d tokens) in %.1f s (%,.0f tokens/s); %d skipped (no annotator for the language, or no text).%n",
                    r.annotated(), r.annotated() == 1 ? "" : "s", r.tokens(), r.seconds(), r.tokens() / Math.max(r.seconds(), 1e-3), r.skipped());
        }
        if (r.homeLookups() > 0) {
            out.printf("Outlets' homes (the prior for their places) decided %d time%s, %.2f s.%n", r.homeLookups(), r.homeLookups() == 1 ? "" : "s",
                    r.homeSeconds());
        }
        r.placesNote().ifPresent(n -> out.println("Places left unresolved: " + n));
        out.flush();
    }
}
