package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.store.EventReads;
import org.sitrep.json.EventJson;
import org.sitrep.app.EventPass;
import org.sitrep.app.EventPlacesPass;
import org.sitrep.app.Sitrep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep events}: what happened, as groups of articles, largest first. */
@Command(name = "events", description = {"List events (articles grouped by what they report), largest first, with their",
        "dates, counts of articles, outlets and independent sources, and story. Articles annotated but not yet",
        "placed are placed first. --json: {total, limit, offset, items[{…, article_ids}]}."})
final class EventsCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--min", defaultValue = "1", paramLabel = "N", description = "Only events of at least N articles.")
    int min;

    @Option(names = "--limit", defaultValue = "50", description = "At most this many (default 50).")
    int limit;

    @Option(names = "--offset", defaultValue = "0", description = "Skip this many.")
    int offset;

    @picocli.CommandLine.Mixin
    FilterOptions filters;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = "--rebuild", description = "Forget every event and story and place all annotated articles again, in "
            + "arrival order (after an upgrade that changed how events are built). Ids stay the same for the same input. "
            + "In a store no article of which is annotated (ingested with --no-nlp), every article is placed by its words, "
            + "as that ingest placed them.")
    boolean rebuild;

    @Override
    public Integer call() {
        if (limit < 1 || offset < 0 || min < 1) throw new IllegalArgumentException("--limit and --min must be at least 1 and --offset at least 0");
        PrintWriter out = spec.commandLine().getOut();
        try (Sitrep sitrep = rebuild ? main.open() : main.openOrRead()) {
            if (rebuild) sitrep.forgetEvents();
            if (!sitrep.readOnly()) {
                // Rebuilt, a store never annotated is placed as `ingest --no-nlp` placed it: by words, not waiting for names.
                boolean afterAnnotation = !rebuild || sitrep.annotatedAny();
                EventPass.Report placed = run(sitrep, afterAnnotation, json, spec.commandLine().getErr());
                if (rebuild && !json) print(out, placed);
            }
            EventReads.Page<EventReads.EventSummary> page = sitrep.desk().events(filters.filter(), min, limit, offset);
            var traits = sitrep.desk().traits(page.items().stream().map(EventReads.EventSummary::id).toList());
            if (json) {
                Output.json(out, EventJson.page(page, limit, offset, e -> EventJson.event(e, traits.get(e.id()))));
                return ExitCodes.OK;
            }
            if (page.total() == 0 && !filters.filter().isEmpty()) {
                out.println("No events match.");
            } else if (page.total() == 0) {
                out.println("No events yet: `sitrep ingest` places articles into events once they are annotated.");
            } else {
                out.printf("%-17s %-23s %8s %7s %7s %-3s %-16s %-20s %s%n", "EVENT", "DAYS", "ARTICLES", "OUTLETS", "SOURCES", "D", "PLACE", "TYPE", "TITLE");
                for (EventReads.EventSummary e : page.items()) {
                    var t = traits.get(e.id());
                    var sub = t == null || t.subType() == null ? null : EventJson.subType(t.subType());
                    out.printf("%-17s %-23s %8d %7d %7d %-3s %s %s %s%n", e.id(), days(e.first(), e.last()), e.articles(), e.outlets(),
                            e.independentSources(), t != null && t.disputed() ? "yes" : "", Output.cell(t == null || t.mainPlace() == null ? null
                            : t.mainPlace().name(), 16), Output.cell(sub == null ? null : sub.label(), 20), Output.cell(e.title(), 70).strip());
                }
                if (page.total() > offset + page.items().size()) {
                    out.printf("… %d of %d shown; --offset %d for more.%n", page.items().size(), page.total(), offset + page.items().size());
                }
            }
            out.flush();
        }
        return ExitCodes.OK;
    }

    static String days(String first, String last) {
        if (first == null) return "undated";
        return first.equals(last) ? first : first + ".." + last;
    }

    /** Places what is pending, with a progress bar on stderr for long runs; shared with {@code ingest} and {@code annotate}. */
    static EventPass.Report run(Sitrep sitrep, boolean afterAnnotation, boolean quiet, PrintWriter err) {
        try (PassProgress progress = new PassProgress(quiet, err)) {
            EventPass.Report placed = sitrep.placeEvents(afterAnnotation, progress.events());
            if (afterAnnotation) sitrep.settleEventPlaces(progress.eventPlaces());
            return placed;
        }
    }

    static Map<String, Object> toJson(EventPass.Report r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("placed", r.placed());
        m.put("events_started", r.created());
        m.put("merges", r.merges());
        m.put("seconds", Math.round(r.seconds() * 1000) / 1000.0);
        return m;
    }

    static Map<String, Object> toJson(EventPlacesPass.Report r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("articles", r.articles());
        m.put("reread", r.reread());
        m.put("settled", r.settled());
        m.put("guessed", r.guessed());
        m.put("seconds", Math.round(r.seconds() * 1000) / 1000.0);
        m.put("note", r.note().orElse(null));
        return m;
    }

    static void print(PrintWriter out, EventPlacesPass.Report r) {
        if (r.settled() + r.guessed() == 0) return;
        out.printf("Settled %d doubtful place mention%s with the places other reports of their events named (%d more made a guess), "
                        + "reading %d article%s again in %.1f s.%n", r.settled(), r.settled() == 1 ? "" : "s", r.guessed(), r.reread(),
                r.reread() == 1 ? "" : "s", r.seconds());
        out.flush();
    }

    static void print(PrintWriter out, EventPass.Report r) {
        if (r.placed() == 0) return;
        out.printf("Placed %d article%s into events in %.1f s: %d new event%s, %d merge%s (see `sitrep events`, `sitrep stories`).%n",
                r.placed(), r.placed() == 1 ? "" : "s", r.seconds(), r.created(), r.created() == 1 ? "" : "s", r.merges(),
                r.merges() == 1 ? "" : "s");
        out.flush();
    }
}
