package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.app.Sitrep;
import org.sitrep.json.OutletJson;
import org.sitrep.outlets.Outlet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep outlets}: one line per outlet, whatever its spellings in the feeds. */
@Command(name = "outlets", description = {"List outlets, most articles first: one per site, whatever its spelling in the",
        "feeds (\"Kyiv Post\", \"kyivpost.com\", \"KyivPost\"), with its country (from a country-code domain) and language",
        "(of most of its articles) where known. Filter articles by any spelling: sitrep articles --outlet \"Kyiv Post\".",
        "--json prints an array of objects: key, name, country, language, articles, first_seen, last_seen, spellings,",
        "aliases."})
final class OutletsCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;

    @Option(names = "--rebuild", description = "Forget the outlet keys and key every stored article again (after an upgrade).")
    boolean rebuild;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Sitrep sitrep = rebuild ? main.open() : main.read()) {
            if (rebuild) sitrep.rebuildOutlets();
            List<Outlet> outlets = sitrep.outlets();
            if (json) {
                List<Map<String, Object>> items = new ArrayList<>();
                for (Outlet o : outlets) items.add(OutletJson.of(o));
                Output.json(out, items);
                return ExitCodes.OK;
            }
            out.println(Output.cell("NAME", 28) + "  " + Output.cell("KEY", 24) + "  " + Output.cell("CC", 2) + "  " + Output.cell("LANG", 4)
                    + "  " + String.format("%8s", "ARTICLES") + "  SPELLINGS");
            for (Outlet o : outlets) {
                out.println(Output.cell(o.name(), 28) + "  " + Output.cell(o.key(), 24) + "  " + Output.cell(o.country(), 2) + "  "
                        + Output.cell(o.language(), 4) + "  " + String.format("%8d", o.articles()) + "  " + String.join(" | ", o.spellings()));
            }
            out.printf("%d outlets in %s%n", outlets.size(), main.dataDir());
            out.flush();
        }
        return ExitCodes.OK;
    }
}
