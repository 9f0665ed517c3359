package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.store.EventReads;
import org.sitrep.json.EventJson;
import org.sitrep.app.Sitrep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep story ID}: a story's events on a timeline in the terminal. */
@Command(name = "story", description = {"Show one story as a timeline: its events in date order with their articles,",
        "then its main places and entities and the merges that concern it. --json lists event and article ids."})
final class StoryCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "A story id (S…).")
    String id;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Sitrep sitrep = main.read()) {
            Optional<EventReads.StoryDetail> d = sitrep.story(id);
            if (d.isEmpty()) {
                spec.commandLine().getErr().println("sitrep: no story with id " + id + " in " + main.dataDir());
                return ExitCodes.NOT_FOUND;
            }
            if (json) {
                Output.json(out, EventJson.story(d.get()));
                return ExitCodes.OK;
            }
            EventReads.StorySummary s = d.get().story();
            out.printf("Story %s — %s%n", s.id(), s.title());
            out.printf("%s · %d events · %d articles · %d outlets · %d independent sources%n", EventsCommand.days(s.first(), s.last()),
                    s.events(), s.articles(), s.outlets(), s.independentSources());
            StoriesCommand.printNamed(out, d.get().places(), d.get().entities());
            out.println();
            int i = 0;
            for (EventReads.EventSummary e : d.get().events()) {
                boolean lastEvent = ++i == d.get().events().size();
                out.printf("%-23s ● %s  %s%n", EventsCommand.days(e.first(), e.last()), e.id(), Output.cell(e.title(), 70).strip());
                String bar = lastEvent ? " " : "│";
                out.printf("%-23s %s   %d article%s, %d outlet%s, %d independent source%s%n", "", bar, e.articles(), e.articles() == 1 ? "" : "s",
                        e.outlets(), e.outlets() == 1 ? "" : "s", e.independentSources(), e.independentSources() == 1 ? "" : "s");
                sitrep.event(e.id()).ifPresent(detail -> {
                    int shown = 0;
                    for (EventReads.Member m : detail.articles()) {
                        if (shown++ == 5) {
                            out.printf("%-23s %s   … and %d more%n", "", bar, detail.articles().size() - 5);
                            break;
                        }
                        out.printf("%-23s %s   %s  %s  %s%n", "", bar, m.id(), Output.cell(m.outlet(), 16), Output.cell(m.title(), 60).strip());
                    }
                });
                if (!lastEvent) out.printf("%-23s │%n", "");
            }
            StoriesCommand.printChanges(out, d.get().changes());
            out.flush();
        }
        return ExitCodes.OK;
    }
}
