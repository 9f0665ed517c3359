package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
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
import org.sitrep.geo.imports.DefaultGazetteer;
import org.sitrep.geo.imports.GazetteerImport;
import org.sitrep.geo.imports.GeoNamesDownload;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep gazetteer download --countries UA,RU | --all}: fetches the GeoNames dumps into the gazetteer cache
 * and imports them. The logic lives in {@link GeoNamesDownload} and {@link DefaultGazetteer}; this only translates.
 */
@Command(name = "download", description = {
        "Fetch the official GeoNames dumps (per country CC.zip and alternatenames/CC.zip, or allCountries.zip and",
        "alternateNamesV2.zip; admin1CodesASCII.txt, admin2Codes.txt, countryInfo.txt) into CACHE/geonames and import",
        "them. Interrupted downloads resume; files already complete (manifest.tsv: size and SHA-256) are not fetched",
        "or imported again. Exit 74 when a file cannot be fetched (the URL and the reason are printed), 3 when some",
        "lines were skipped."})
final class GazetteerDownloadCommand implements Callable<Integer> {
    @ParentCommand
    GazetteerCommand parent;

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    /** Either some countries or all of them. */
    static final class Which {
        @Option(names = "--countries", split = ",", paramLabel = "CC", description = "Two-letter country codes: UA,RU,PL.")
        List<String> countries;

        @Option(names = "--all", description = "The whole world (allCountries.zip, ~400 MB; see README for disk and memory).")
        boolean all;
    }

    @Option(names = "--base-url", paramLabel = "URL", description = "The dump folder (default: ${DEFAULT-VALUE}).")
    URI baseUrl = GeoNamesDownload.DEFAULT_BASE;

    @Option(names = "--no-default", description = "Do not build the default gazetteer (npm packages) first.")
    boolean noDefault;

    @Option(names = "--no-progress", description = "Do not draw progress bars.")
    boolean noProgress;

    @Option(names = "--json", description = "Print the summary as JSON: an array of {url, file, outcome, bytes, sha256,"
            + " error, imported: {places, names, admin1, skipped, problems[], seconds}}.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = parent.cacheDir();
        List<GeoNamesDownload.Source> plan;
        try {
            plan = GeoNamesDownload.plan(which.countries == null ? List.of() : which.countries, which.all);
        } catch (IllegalArgumentException e) {
            err.println("sitrep: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (!noDefault) {
            try (Gazetteer g = DefaultGazetteer.ensure(dir)) {
                if (!json) out.printf("Default gazetteer ready: %,d places in %s%n", g.size(), g.file());
            } catch (IllegalStateException | IOException e) {
                err.println("sitrep: the default gazetteer is not available (" + e.getMessage() + "); going on without it.");
            }
        }
        GeoNamesDownload download = new GeoNamesDownload(dir, GeoNamesDownload.Params.defaults().withBaseUrl(baseUrl));
        int exit = ExitCodes.OK;
        List<Map<String, Object>> summaries = new ArrayList<>();
        List<GeoNamesDownload.FileResult> fetched = new ArrayList<>();
        for (GeoNamesDownload.Source source : plan) {
            GeoNamesDownload.FileResult r;
            try (Progress bar = new Progress(noProgress || json, source.local())) {
                r = download.fetch(source, bar::update);
            } catch (IOException e) {
                err.println("sitrep: cannot write " + GeoNamesDownload.directory(dir) + ": " + e.getMessage());
                return ExitCodes.IO;
            }
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("url", r.url());
            s.put("file", r.file() == null ? null : r.file().toString());
            s.put("outcome", r.outcome().name().toLowerCase(java.util.Locale.ROOT));
            s.put("bytes", r.size());
            s.put("sha256", r.sha256());
            s.put("error", r.error().isEmpty() ? null : r.error());
            summaries.add(s);
            if (!r.ok()) {
                err.println("sitrep: cannot download " + r.error());
                exit = ExitCodes.IO;
                continue;
            }
            fetched.add(r);
            if (!json) {
                out.printf("%s: %s, %,d bytes, sha256 %s%n", r.url(), switch (r.outcome()) {
                    case DOWNLOADED -> "downloaded";
                    case RESUMED -> "downloaded (resumed)";
                    default -> "already complete";
                }, r.size(), r.sha256());
            }
        }
        for (int i = 0, j = 0; i < summaries.size(); i++) {
            Map<String, Object> s = summaries.get(i);
            if (s.get("error") != null) continue;
            GeoNamesDownload.FileResult r = fetched.get(j++);
            if (!GeoNamesDownload.needsImport(dir, r)) {
                s.put("imported", "before");
                if (!json) out.println(r.file().getFileName() + ": imported before, unchanged");
                continue;
            }
            GazetteerImport.Report rep;
            try (GazetteerCommand.Bar bar = new GazetteerCommand.Bar(noProgress || json, r.file())) {
                rep = DefaultGazetteer.importInto(dir, r.file(), bar::update);
                GeoNamesDownload.markImported(dir, r);
            } catch (IOException e) {
                err.println("sitrep: cannot import " + r.file() + ": " + e.getMessage());
                s.put("error", e.getMessage());
                exit = ExitCodes.IO;
                continue;
            }
            Map<String, Object> imported = new LinkedHashMap<>();
            imported.put("places", rep.places());
            imported.put("names", rep.names());
            imported.put("admin1", rep.admin1());
            imported.put("skipped", rep.skipped());
            imported.put("problems", rep.problems());
            imported.put("seconds", rep.millis() / 1000.0);
            s.put("imported", imported);
            if (rep.skipped() > 0 && exit == ExitCodes.OK) exit = ExitCodes.SOME_REJECTED;
            if (!json) {
                out.printf("%s: %,d places, %,d names, %,d region names added; %,d lines skipped; %.1f s%n",
                        r.file().getFileName(), rep.places(), rep.names(), rep.admin1(), rep.skipped(),
                        rep.millis() / 1000.0);
                for (String p : rep.problems()) out.println("  skipped: " + p);
            }
        }
        if (json) Output.json(out, summaries);
        out.flush();
        return exit;
    }

    /** A byte counter for one download, of unknown length, drawn on a terminal's stderr. */
    private static final class Progress implements AutoCloseable {
        private final ProgressBar bar;

        Progress(boolean disabled, String name) {
            bar = disabled ? null : new ProgressBarBuilder().setTaskName("Download " + name).setInitialMax(-1)
                    .setUnit(" MB", 1L << 20).showSpeed().setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(500).setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
        }

        void update(long bytes) {
            if (bar != null) bar.stepTo(bytes);
        }

        @Override
        public void close() {
            if (bar != null) bar.close();
        }
    }
}
