package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import org.sitrep.claims.ClaimReport;
import org.sitrep.json.ClaimJson;
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

/** {@code sitrep event ID}: one event with its articles, places, entities and changes. */
@Command(name = "event", description = {"Show one event: its articles (how each joined), main places and entities,",
        "counts, the merges that concern it, and its claims and disputes (see `sitrep claims`).",
        "An id merged away leads to the event that holds it now."})
final class EventCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "An event id (E…).")
    String id;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Sitrep sitrep = main.read()) {
            Optional<EventReads.EventDetail> d = sitrep.event(id);
            if (d.isEmpty()) {
                spec.commandLine().getErr().println("sitrep: no event with id " + id + " in " + main.dataDir());
                return ExitCodes.NOT_FOUND;
            }
            ClaimReport claims = sitrep.eventClaims(d.get().event().id());
            java.util.List<org.sitrep.records.EventRecord> records = sitrep.eventRecords(d.get().event().id());
            org.sitrep.app.FollowUpReads.EventFollowUps followUps = sitrep.followUps(d.get());
            if (json) {
                Map<String, Object> m = EventJson.event(d.get());
                m.put("follow_ups", EventJson.followUps(followUps));
                m.put("records", org.sitrep.json.RecordJson.records(records));
                m.put("claims", ClaimJson.report(claims));
                Output.json(out, m);
                return ExitCodes.OK;
            }
            EventReads.EventSummary e = d.get().event();
            out.printf("Event %s — %s%n", e.id(), e.title());
            out.printf("%s · %d articles · %d outlets · %d independent sources · story %s%n", EventsCommand.days(e.first(), e.last()),
                    e.articles(), e.outlets(), e.independentSources(), e.storyId());
            StoriesCommand.printNamed(out, d.get().places(), d.get().entities());
            out.println();
            for (EventReads.Member m : d.get().articles()) {
                out.printf("  %-10s %-16s %-18s %-8s %s%n", m.day() == null ? "undated" : m.day(), m.id(), Output.cell(m.outlet(), 18),
                        m.reason(), Output.cell(m.title(), 70).strip());
            }
            StoriesCommand.printChanges(out, d.get().changes());
            printFollowUps(out, "This event follows up:", followUps.follows());
            printFollowUps(out, "Followed up by (separate events of the same story):", followUps.followedBy());
            out.println();
            for (org.sitrep.records.EventRecord r : records) RecordsCommand.printOne(out, r);
            out.println();
            ClaimsCommand.print(out, claims, false);
            out.flush();
        }
        return ExitCodes.OK;
    }

    private static void printFollowUps(java.io.PrintWriter out, String heading, java.util.List<org.sitrep.events.FollowUps.FollowUp> fs) {
        if (fs.isEmpty()) return;
        out.println();
        out.println(heading);
        for (org.sitrep.events.FollowUps.FollowUp f : fs) {
            out.printf("  %-23s %-18s %-13s %s%s%n", EventsCommand.days(f.first() == null ? null : f.first().toString(), f.last() == null ? null : f.last().toString()),
                    f.eventId(), f.kind(), Output.cell(f.title(), 60).strip(), f.shared().isEmpty() ? "" : "  (shares " + String.join(", ", f.shared()) + ")");
        }
    }
}
