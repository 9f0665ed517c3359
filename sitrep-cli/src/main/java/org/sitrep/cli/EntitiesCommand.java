package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.geo.GeoNames;
import org.sitrep.store.EntityReads;
import org.sitrep.json.EntityJson;
import org.sitrep.app.Sitrep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep entities}: people, organisations and places across all articles, with every spelling seen. */
@Command(name = "entities", description = {"List entities, most mentioned first, with every spelling and its count;",
        "places with their GeoNames id and coordinates. --json: {total, limit, offset, attribution, items[]}."})
final class EntitiesCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--type", paramLabel = "T", description = "Only person, organization or place.")
    String type;

    @Option(names = {"--name", "-q"}, paramLabel = "NAME", description = "Only entities with this name in any spelling or script.")
    String name;

    @Option(names = "--limit", defaultValue = "50", description = "At most this many (default 50).")
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
            EntityReads.EntityPage page = sitrep.entities(type, name, limit, offset);
            if (json) {
                Output.json(out, EntityJson.page(page, limit, offset));
                return ExitCodes.OK;
            }
            if (page.total() == 0) {
                long pending = sitrep.pendingAnnotation();
                out.println(pending > 0 ? "No entities yet: " + pending + " articles are not annotated; run `sitrep annotate`."
                        : "No entities match.");
                out.flush();
                return ExitCodes.OK;
            }
            out.printf("%-7s %-13s %-28s %8s %8s  %s%n", "ID", "TYPE", "NAME", "MENTIONS", "ARTICLES", "SPELLINGS / PLACE");
            boolean geo = false;
            for (EntityReads.Entity e : page.items()) {
                StringBuilder spellings = new StringBuilder();
                for (EntityReads.Spelling s : e.spellings()) {
                    if (!spellings.isEmpty()) spellings.append(", ");
                    spellings.append(s.text()).append(" (").append(s.count()).append(')');
                }
                if (e.latitude() != null) {
                    geo = true;
                    spellings.append(String.format(Locale.ROOT, "  [%s%.4f, %.4f%s]",
                            e.geonameId() != null && e.geonameId() > 0 ? "GeoNames " + e.geonameId() + ", " : "",
                            e.latitude(), e.longitude(), e.country() == null ? "" : ", " + e.country()));
                }
                out.printf("%-7d %-13s %s %8d %8d  %s%n", e.id(), e.type().toLowerCase(Locale.ROOT), Output.cell(e.name(), 28),
                        e.mentions(), e.articles(), spellings);
            }
            out.printf("%d–%d of %d%n", offset + 1, offset + page.items().size(), page.total());
            if (geo) out.println(GeoNames.ATTRIBUTION);
            out.flush();
        }
        return ExitCodes.OK;
    }
}
