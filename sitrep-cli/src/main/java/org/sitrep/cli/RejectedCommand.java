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
        "--json prints {total, limit, offset, items[{id, input, reason, message, at}]}."})
final class RejectedCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--limit", defaultValue = "100", description = "At most this many (default 100).")
    int limit;

    @Option(names = "--offset", defaultValue = "0", description = "Skip this many.")
    int offset;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        if (limit < 1 || offset < 0) throw new IllegalArgumentException("--limit must be at least 1 and --offset at least 0");
        PrintWriter out = spec.commandLine().getOut();
        try (Sitrep sitrep = main.read()) {
            var page = sitrep.rejected(limit, offset);
            if (json) {
                List<Map<String, Object>> items = new ArrayList<>();
                for (SitrepStore.QuarantineEntry e : page.items()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", e.id());
                    m.put("input", e.input());
                    m.put("reason", e.reason());
                    m.put("message", e.message());
                    m.put("at", e.at().toString());
                    items.add(m);
                }
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("total", page.total());
                m.put("limit", limit);
                m.put("offset", offset);
                m.put("items", items);
                Output.json(out, m);
                return ExitCodes.OK;
            }
            for (SitrepStore.QuarantineEntry e : page.items()) {
                out.printf("%s  %-15s %s — %s%n", e.at(), e.reason(), e.input(), e.message());
            }
            out.printf("%d of %d quarantined input%s shown%n", page.items().size(), page.total(), page.total() == 1 ? "" : "s");
            out.flush();
        }
        return ExitCodes.OK;
    }
}
