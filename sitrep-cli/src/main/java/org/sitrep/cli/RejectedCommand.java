package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.app.Sitrep;
import org.sitrep.store.SitrepStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep rejected}: the quarantine of inputs that could not be read, with their reasons. */
@Command(name = "rejected", description = {"List quarantined inputs with the reason each was rejected, newest first.",
        "--json prints an array of {id, input, reason, message, at}."})
final class RejectedCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--limit", defaultValue = "100", description = "At most this many (default 100).")
    int limit;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Sitrep sitrep = main.read()) {
            List<SitrepStore.QuarantineEntry> entries = sitrep.rejected(limit);
            if (json) {
                List<Map<String, Object>> items = new ArrayList<>();
                for (SitrepStore.QuarantineEntry e : entries) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", e.id());
                    m.put("input", e.input());
                    m.put("reason", e.reason());
                    m.put("message", e.message());
                    m.put("at", e.at().toString());
                    items.add(m);
                }
                Output.json(out, items);
                return ExitCodes.OK;
            }
            for (SitrepStore.QuarantineEntry e : entries) {
                out.printf("%s  %-15s %s — %s%n", e.at(), e.reason(), e.input(), e.message());
            }
            out.printf("%d quarantined input%s shown%n", entries.size(), entries.size() == 1 ? "" : "s");
            out.flush();
        }
        return ExitCodes.OK;
    }
}
