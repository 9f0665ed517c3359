package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.app.ClaimPass;
import org.sitrep.app.Sitrep;
import org.sitrep.claims.Claim;
import org.sitrep.claims.ClaimFilter;
import org.sitrep.claims.ClaimKind;
import org.sitrep.claims.ClaimReport;
import org.sitrep.claims.Side;
import org.sitrep.json.ClaimJson;
import org.sitrep.store.ClaimIndex;
import org.sitrep.store.EventReads;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep claims}: who says what, which claims independent sources share, and which contradict each other. */
@Command(name = "claims", description = {"Show claims (speaker, side, kind, place, time, number, sources) and disputes between them:",
        "of one event (--event), of a story (--story), or of every stored claim matching the filters (newest first).",
        "A claim carried by several articles is shown once with their independent sources (copies count once)."})
final class ClaimsCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--event", paramLabel = "ID", description = "The claims of this event (E…).")
    String event;

    @Option(names = "--story", paramLabel = "ID", description = "The claims of every event of this story (S…), compared together.")
    String story;

    @Option(names = "--place", paramLabel = "NAME", description = "Only claims about this place, as written (any case).")
    String place;

    @Option(names = "--kind", paramLabel = "KIND", description = "Only this kind: control, attack, killed, wounded, captured, "
            + "launched, shot_down, damage, evacuation, denial, other.")
    String kind;

    @Option(names = "--side", paramLabel = "SIDE", description = "Only speakers of this side: ukraine, russia, other_state, "
            + "international, media, unknown.")
    String side;

    @Option(names = "--search", paramLabel = "WORDS", description = "Only claims whose sentence, speaker or place contains every word.")
    String search;

    @Option(names = "--disputed", description = "Only disputes (without --event or --story: the disputes of every event, most first).")
    boolean disputed;

    @Option(names = "--limit", defaultValue = "200", description = "At most this many claims, or events with disputes (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--offset", defaultValue = "0", description = "Skip this many claims, or events with disputes.")
    int offset;

    @picocli.CommandLine.Mixin
    ArticleFilterOptions filters;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        if (limit < 1 || offset < 0) throw new IllegalArgumentException("--limit must be at least 1 and --offset at least 0");
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ClaimKind k;
        Side s;
        try {
            k = kind == null ? null : ClaimKind.parse(kind);
            s = side == null ? null : Side.parse(side);
        } catch (IllegalArgumentException e) {
            err.println("sitrep: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        try (Sitrep sitrep = main.read()) {
            if (event != null || story != null) {
                String title;
                ClaimReport r;
                if (event != null) {
                    Optional<EventReads.EventDetail> d = sitrep.event(event);
                    if (d.isEmpty()) {
                        err.println("sitrep: no event with id " + event + " in " + main.dataDir());
                        return ExitCodes.NOT_FOUND;
                    }
                    title = "Event " + d.get().event().id() + " — " + d.get().event().title();
                    r = sitrep.eventClaims(d.get().event().id());
                } else {
                    Optional<EventReads.StoryDetail> d = sitrep.story(story);
                    if (d.isEmpty()) {
                        err.println("sitrep: no story with id " + story + " in " + main.dataDir());
                        return ExitCodes.NOT_FOUND;
                    }
                    title = "Story " + d.get().story().id() + " — " + d.get().story().title();
                    r = sitrep.storyClaims(d.get().story().id());
                }
                r = new ClaimFilter(k, s, place, search, disputed).apply(r);
                if (json) Output.json(out, ClaimJson.report(r, sitrep::eventIdOf));
                else {
                    out.println(title);
                    print(out, r, disputed);
                }
            } else if (disputed) {
                ClaimReport r = sitrep.disputes(new ClaimFilter(k, s, place, search, true), limit, offset);
                if (json) Output.json(out, ClaimJson.report(r, sitrep::eventIdOf));
                else if (r.disputes().isEmpty()) out.println("No disputes found.");
                else {
                    // One heading per event, its disputes under it.
                    String shown = null;
                    for (ClaimReport.Dispute d : r.disputes()) {
                        String event = sitrep.eventIdOf(r.groups().get(d.positions().get(0).groups().get(0)).claim().articleId());
                        if (!java.util.Objects.equals(event, shown)) {
                            out.printf("%nEvent %s — %s%n", event, event == null ? "" : sitrep.event(event).map(e -> e.event().title()).orElse(""));
                            shown = event;
                        }
                        printDisputes(out, new ClaimReport(r.groups(), List.of(d), List.of()), false);
                    }
                }
            } else {
                ClaimReport r = sitrep.desk().claims(filters.filter(), new ClaimIndex.Query(null, k, s, place, search, limit, offset));
                if (json) Output.json(out, ClaimJson.report(r, sitrep::eventIdOf));
                else print(out, r, false);
            }
            out.flush();
        }
        return ExitCodes.OK;
    }

    /** The claims table, then the disputes and updates. */
    static void print(PrintWriter out, ClaimReport r, boolean disputesOnly) {
        if (!disputesOnly) {
            long corroborated = r.groups().stream().filter(ClaimReport.Group::corroborated).count();
            out.printf("Claims: %d (%d corroborated by independent sources)%n", r.groups().size(), corroborated);
            if (!r.groups().isEmpty()) {
                out.printf("  %-8s %-24s %-10s %-14s %-16s %-10s %-7s %s%n", "SIDE", "SPEAKER", "KIND", "PLACE", "NUMBER", "DATE", "SOURCES", "TEXT");
            }
            for (ClaimReport.Group g : r.groups()) {
                Claim c = g.claim();
                out.printf("  %-8s %-24s %-10s %-14s %-16s %-10s %-7s %s%n", Output.cell(c.side().wire(), 8), Output.cell(c.speaker().name(), 24),
                        Output.cell(c.kind() == ClaimKind.DENIAL ? "denial" : c.kind().wire(), 10),
                        Output.cell(c.place() == null ? "-" : c.place().name(), 14), Output.cell(number(c), 16),
                        Output.cell(c.time() == null ? "-" : c.time().value(), 10),
                        g.independentSources() + (g.articles().size() > g.independentSources() ? "/" + g.articles().size() + "a" : "")
                                + (g.corroborated() ? " ✓" : ""),
                        Output.cell(c.text().replaceAll("\\s+", " "), 80).strip());
            }
        }
        printDisputes(out, r);
        for (ClaimReport.Update u : r.updates()) {
            out.printf("Update: %s's figure for %s %s in %s went from %s to %s%n", u.side().wire(), u.counted(), u.kind().label(),
                    u.place() == null ? "-" : u.place().name(), number(r.groups().get(u.earlier()).claim()), number(r.groups().get(u.later()).claim()));
        }
    }

    static void printDisputes(PrintWriter out, ClaimReport r) {
        printDisputes(out, r, true);
    }

    private static void printDisputes(PrintWriter out, ClaimReport r, boolean count) {
        if (count) out.printf("Disputes: %d%n", r.disputes().size());
        for (ClaimReport.Dispute d : r.disputes()) {
            out.printf("  ! %s — %s%n", d.question(), d.why());
            for (ClaimReport.Position p : d.positions()) {
                out.printf("      %s:%n", p.answer());
                for (int id : p.groups()) {
                    ClaimReport.Group g = r.groups().get(id);
                    Claim c = g.claim();
                    out.printf("        [%s] %s (%s%s): %s%n", c.side().wire(), c.speaker().name(), String.join(", ", shortIds(g.articles())),
                            g.independentSources() > 1 ? "; " + g.independentSources() + " sources" : "",
                            Output.cell(c.text().replaceAll("\\s+", " "), 110).strip());
                }
            }
        }
    }

    private static List<String> shortIds(List<String> ids) {
        return ids.stream().map(i -> i.length() > 8 ? i.substring(0, 8) : i).toList();
    }

    private static String number(Claim c) {
        if (c.quantity() == null) return "-";
        double v = c.quantity().value();
        String n = v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
        return c.quantity().counted() == null ? n : n + " " + c.quantity().counted();
    }

    static Map<String, Object> toJson(ClaimPass.Report r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("articles", r.articles());
        m.put("claims", r.claims());
        m.put("failed", r.failed());
        m.put("events_compared", r.events());
        m.put("disputes", r.disputes());
        m.put("seconds", Math.round(r.seconds() * 1000) / 1000.0);
        return m;
    }

    static void print(PrintWriter out, ClaimPass.Report r) {
        out.printf("Found %d claim%s in %d article%s in %.1f s; compared the claims of %d event%s: %d dispute%s (see `sitrep claims --disputed`).%n",
                r.claims(), r.claims() == 1 ? "" : "s", r.articles(), r.articles() == 1 ? "" : "s", r.seconds(), r.events(),
                r.events() == 1 ? "" : "s", r.disputes(), r.disputes() == 1 ? "" : "s");
        if (r.failed() > 0) out.printf("  %d article%s gave no claims because a rule failed on them (see the log).%n", r.failed(), r.failed() == 1 ? "" : "s");
    }
}
