package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.store.EventReads;
import org.sitrep.json.EventJson;
import org.sitrep.app.Sitrep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep stories}: long-running stories, the ones with most events first. */
@Command(name = "stories", description = {"List stories (events linked by the places, people and organisations they share),",
        "most events first, with dates and counts. --json: {total, limit, offset, items[{…, event_ids, article_ids}]}."})
final class StoriesCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--min", defaultValue = "1", paramLabel = "N", description = "Only stories of at least N events.")
    int min;

    @Option(names = "--limit", defaultValue = "50", description = "At most this many (default 50).")
    int limit;

    @Option(names = "--offset", defaultValue = "0", description = "Skip this many.")
    int offset;

    @picocli.CommandLine.Mixin
    FilterOptions filters;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        if (limit < 1 || offset < 0 || min < 1) throw new IllegalArgumentException("--limit and --min must be at least 1 and --offset at least 0");
        PrintWriter out = spec.commandLine().getOut();
        try (Sitrep sitrep = main.openOrRead()) {
            if (!sitrep.readOnly()) EventsCommand.run(sitrep, true, true, spec.commandLine().getErr());
            EventReads.Page<EventReads.StorySummary> page = sitrep.desk().stories(filters.filter(), min, limit, offset);
            if (json) {
                Output.json(out, EventJson.page(page, limit, offset, EventJson::story));
                return ExitCodes.OK;
            }
            if (page.total() == 0) {
                out.println("No stories yet: `sitrep ingest` builds them as it places articles into events.");
            } else {
                out.printf("%-17s %-23s %6s %8s %7s %7s  %s%n", "STORY", "DAYS", "EVENTS", "ARTICLES", "OUTLETS", "SOURCES", "TITLE");
                for (EventReads.StorySummary s : page.items()) {
                    out.printf("%-17s %-23s %6d %8d %7d %7d  %s%n", s.id(), EventsCommand.days(s.first(), s.last()), s.events(), s.articles(),
                            s.outlets(), s.independentSources(), Output.cell(s.title(), 70).strip());
                }
                if (page.total() > offset + page.items().size()) {
                    out.printf("… %d of %d shown; --offset %d for more.%n", page.items().size(), page.total(), offset + page.items().size());
                }
            }
            out.flush();
        }
        return ExitCodes.OK;
    }

    static void printNamed(PrintWriter out, List<EventReads.Named> places, List<EventReads.Named> entities) {
        if (!places.isEmpty()) {
            out.print("Places:");
            for (EventReads.Named n : places) {
                out.printf(" %s (%d%s)", n.name(), n.articles(), n.geonameId() == null ? "" : ", GeoNames " + n.geonameId());
            }
            out.println();
        }
        if (!entities.isEmpty()) {
            out.print("Named:");
            for (EventReads.Named n : entities) out.printf(" %s (%d)", n.name(), n.articles());
            out.println();
        }
        if (places.stream().anyMatch(n -> n.geonameId() != null)) out.println("Place data: GeoNames (CC-BY 4.0), geonames.org.");
    }

    static void printChanges(PrintWriter out, List<EventReads.Change> changes) {
        if (changes.isEmpty()) return;
        out.println();
        out.println("Changes:");
        for (EventReads.Change c : changes) out.printf("  %s: %s → %s — %s%n", c.kind(), c.from(), c.into(), c.detail());
    }
}
