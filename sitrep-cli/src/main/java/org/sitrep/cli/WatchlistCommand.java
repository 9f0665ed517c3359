package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.app.Sitrep;
import org.sitrep.json.AlertJson;
import org.sitrep.store.WatchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep watchlist add|list|remove}: saved filters that raise alerts. */
@Command(name = "watchlist", description = {"Saved filters that raise an alert when a new event, a new article in a watched event or",
        "a new dispute matches them (see `sitrep alerts`; each watchlist is also an Atom feed at /api/watchlists/NAME/atom",
        "and, with --webhook, a signed JSON POST per alert)."},
        subcommands = {WatchlistCommand.Add.class, WatchlistCommand.ListAll.class, WatchlistCommand.Remove.class})
final class WatchlistCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.USAGE;
    }

    @Command(name = "add", description = {"Add a watchlist: a name and the same filter options as the lists take. What matches now",
            "is taken as known: alerts come for what is new after this. Example:",
            "  sitrep watchlist add Kupiansk --place Kupiansk",
            "  sitrep watchlist add kupiansk-disputes --place Kupiansk --disputed --webhook https://example.org/hook --secret S"})
    static final class Add implements Callable<Integer> {
        @ParentCommand
        WatchlistCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", description = "Its name (not only digits).")
        String name;

        @Mixin
        FilterOptions filter;

        @Option(names = "--webhook", paramLabel = "URL", description = "POST each alert here as JSON (http or https).")
        String webhook;

        @Option(names = "--secret", paramLabel = "SECRET", description = "Sign each POST with HMAC-SHA256 of the body under this secret "
                + "(header X-Sitrep-Signature: sha256=HEX).")
        String secret;

        @Option(names = "--json", description = "Print the watchlist as JSON.")
        boolean json;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Sitrep sitrep = parent.main.open()) {
                WatchIndex.Watchlist w = sitrep.watches().add(name, filter.filter().toQueryString(), webhook, secret);
                if (json) {
                    Output.json(out, AlertJson.watchlist(w, 0, 0));
                } else {
                    out.printf("watchlist %s added (id %d): %s%s%n", w.name(), w.id(), w.filter().isEmpty() ? "everything" : w.filter(),
                            w.webhookUrl() == null ? "" : "; webhook " + w.webhookUrl() + (w.webhookSecret() == null ? " (unsigned)" : " (signed)"));
                    out.flush();
                }
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", description = "List the watchlists with their filters and alert counts. --json prints an array.")
    static final class ListAll implements Callable<Integer> {
        @ParentCommand
        WatchlistCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Sitrep sitrep = parent.main.read()) {
                List<Map<String, Object>> items = new ArrayList<>();
                for (WatchIndex.Watchlist w : sitrep.watches().list()) {
                    long all = sitrep.watches().count(w.name(), false), unread = sitrep.watches().count(w.name(), true);
                    items.add(AlertJson.watchlist(w, all, unread));
                    if (!json) {
                        out.printf("%-4d %s  %s  (%d alert%s, %d unread)%s%n", w.id(), Output.cell(w.name(), 24),
                                w.filter().isEmpty() ? "everything" : w.filter(), all, all == 1 ? "" : "s", unread,
                                w.webhookUrl() == null ? "" : "  → " + w.webhookUrl());
                    }
                }
                if (json) Output.json(out, items);
                else if (items.isEmpty()) out.println("No watchlists: `sitrep watchlist add NAME --place PLACE` adds one.");
                out.flush();
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "remove", description = "Remove a watchlist (by name or id) with its alerts.")
    static final class Remove implements Callable<Integer> {
        @ParentCommand
        WatchlistCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME|ID")
        String which;

        @Override
        public Integer call() {
            try (Sitrep sitrep = parent.main.open()) {
                if (!sitrep.watches().remove(which)) {
                    spec.commandLine().getErr().println("sitrep: no watchlist named " + which + " in " + parent.main.dataDir());
                    return ExitCodes.NOT_FOUND;
                }
                spec.commandLine().getOut().println("watchlist " + which + " removed");
                spec.commandLine().getOut().flush();
            }
            return ExitCodes.OK;
        }
    }
}
