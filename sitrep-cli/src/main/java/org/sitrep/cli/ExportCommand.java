package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.app.Filter;
import org.sitrep.app.Sitrep;
import org.sitrep.export.ExportFormat;
import org.sitrep.export.Exporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep export}: what the filter options match, as a file (the API's {@code /api/export}, the same bytes). */
@Command(name = "export", description = {"Export what the filter options match: --format acled-csv (one row per event record,",
        "ACLED's column names and order, then independent_sources, disputed, sitrep_event_id,",
        "sitrep_story_id), geojson (a FeatureCollection of located events, RFC 7946, GeoNames",
        "coordinates) or jsonl (--what articles|events|claims, one JSON object a line).",
        "Written to -o FILE, or standard output."})
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    FilterOptions filters;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "acled-csv, geojson or jsonl.")
    String format;

    @Option(names = "--what", defaultValue = "events", paramLabel = "WHAT", description = "For jsonl: articles, events (default) or claims.")
    String what;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        ExportFormat f = ExportFormat.parse(format);
        ExportFormat.What w = ExportFormat.What.parse(what);
        Filter filter = filters.filter();
        try (Sitrep sitrep = main.read()) {
            if (output == null) {
                PrintWriter out = spec.commandLine().getOut();
                new Exporter(sitrep).write(filter, f, w, out);
                out.flush();
            } else {
                try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                    new Exporter(sitrep).write(filter, f, w, out);
                }
                spec.commandLine().getErr().println("Wrote " + output + " (" + Files.size(output) + " bytes).");
            }
        }
        return ExitCodes.OK;
    }
}
