package org.sitrep.geo.imports;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * Fetches the official GeoNames dumps into the gazetteer cache ({@value #DIR}/ under it) for
 * {@code sitrep gazetteer download}: per country {@code CC.zip} and {@code alternatenames/CC.zip}, or
 * {@code allCountries.zip} and {@code alternateNamesV2.zip}; always {@code admin1CodesASCII.txt},
 * {@code admin2Codes.txt} and {@code countryInfo.txt}. Each file resumes, retries and is checked as
 * {@link ResumableFetch} says, and is recorded with its size and SHA-256 in the directory's
 * {@link DownloadManifest}, so a second run fetches only what is missing or changed on disk. {@link #plan} lists
 * the files in the order they must be imported (places before the names that attach to them); importing them
 * through {@link DefaultGazetteer#importInto} is the caller's next step, {@link #needsImport} and
 * {@link #markImported} keep a second run from importing a file again.
 *
 * <p>Not thread-safe; one download per cache directory at a time.
 */
public final class GeoNamesDownload {
    /** Where GeoNames publishes its dumps. */
    public static final URI DEFAULT_BASE = URI.create("https://download.geonames.org/export/dump/");
    /** The folder of the gazetteer cache that holds the downloads and their manifest. */
    public static final String DIR = "geonames";
    private static final String IMPORTED = "geonames.sha256.";

    /**
     * How to fetch.
     *
     * @param baseUrl      the dump folder (ends with '/')
     * @param attempts     tries per file, the first included
     * @param firstBackoff the wait before the second try; doubled before each next one
     * @param timeout      how long to wait for a server's answer to start
     */
    public record Params(URI baseUrl, int attempts, Duration firstBackoff, Duration timeout) {
        public Params {
            Objects.requireNonNull(baseUrl, "baseUrl");
            if (!baseUrl.toString().endsWith("/")) baseUrl = URI.create(baseUrl + "/");
            if (attempts < 1) throw new IllegalArgumentException("attempts must be at least 1: " + attempts);
        }

        /** GeoNames' server, 5 attempts from 2 s back-off (2+4+8+16 s), answers within 60 s. */
        public static Params defaults() {
            return new Params(DEFAULT_BASE, 5, Duration.ofSeconds(2), Duration.ofSeconds(60));
        }

        public Params withBaseUrl(URI url) {
            return new Params(url, attempts, firstBackoff, timeout);
        }
    }

    /** A file to fetch: its path under the dump folder and its name in the download directory. */
    public record Source(String remote, String local) {
    }

    /** What happened to one file. */
    public enum Outcome { DOWNLOADED, RESUMED, ALREADY_COMPLETE, FAILED }

    /**
     * One file's result.
     *
     * @param url     where it came from
     * @param file    where it is (absent when it failed)
     * @param outcome what happened
     * @param size    bytes on disk (0 when failed)
     * @param sha256  its digest (empty when failed)
     * @param error   why it failed, naming the URL (empty otherwise)
     */
    public record FileResult(String url, Path file, Outcome outcome, long size, String sha256, String error) {
        public boolean ok() {
            return outcome != Outcome.FAILED;
        }
    }

    private final Path cacheDir;
    private final Path dir;
    private final Params params;
    private final ResumableFetch fetch;

    /** Downloads into {@code cacheDir}/{@value #DIR} with a client of its own (HTTP/1.1, redirects followed). */
    public GeoNamesDownload(Path cacheDir, Params params) {
        this(cacheDir, params, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(params.timeout()).build());
    }

    GeoNamesDownload(Path cacheDir, Params params, HttpClient client) {
        this.cacheDir = cacheDir;
        this.dir = cacheDir.resolve(DIR);
        this.params = params;
        this.fetch = new ResumableFetch(client, params);
    }

    /**
     * The files for some countries (ISO 3166 alpha-2 codes, any case) or, with {@code all}, for the world, in the
     * order to import them: the places, then admin1 and admin2 names and country names, then alternate names.
     *
     * @throws IllegalArgumentException when a code is not two letters, or neither countries nor all are given
     */
    public static List<Source> plan(List<String> countries, boolean all) {
        Set<String> codes = new LinkedHashSet<>();
        for (String c : countries) {
            String cc = c.strip().toUpperCase(Locale.ROOT);
            if (!cc.matches("[A-Z]{2}")) throw new IllegalArgumentException("not a two-letter country code: '" + c + "'");
            codes.add(cc);
        }
        if (!all && codes.isEmpty()) throw new IllegalArgumentException("name some countries or ask for all of them");
        List<Source> out = new ArrayList<>();
        if (all) {
            out.add(new Source("allCountries.zip", "allCountries.zip"));
        } else {
            for (String cc : codes) out.add(new Source(cc + ".zip", cc + ".zip"));
        }
        for (String f : List.of("admin1CodesASCII.txt", "admin2Codes.txt", "countryInfo.txt")) out.add(new Source(f, f));
        if (all) {
            out.add(new Source("alternateNamesV2.zip", "alternateNamesV2.zip"));
        } else {
            // Same file name as the country's dump on the server: kept apart here by a prefix.
            for (String cc : codes) out.add(new Source("alternatenames/" + cc + ".zip", "alternatenames-" + cc + ".zip"));
        }
        return out;
    }

    /** The download directory of a gazetteer cache. */
    public static Path directory(Path cacheDir) {
        return cacheDir.resolve(DIR);
    }

    /**
     * Fetches one file unless the manifest says it is already here, complete. Never throws for the network: a
     * failure is a {@link Outcome#FAILED} result whose error names the URL and the reason.
     *
     * @param progress told the bytes of this file on disk so far
     * @throws IOException when the download directory cannot be written
     */
    public FileResult fetch(Source source, LongConsumer progress) throws IOException {
        Files.createDirectories(dir);
        URI url = params.baseUrl().resolve(source.remote());
        Path target = dir.resolve(source.local());
        DownloadManifest manifest = DownloadManifest.read(dir);
        if (manifest.isComplete(source.local())) {
            DownloadManifest.Entry e = manifest.get(source.local()).orElseThrow();
            return new FileResult(url.toString(), target, Outcome.ALREADY_COMPLETE, e.size(), e.sha256(), "");
        }
        ResumableFetch.Done done;
        try {
            done = fetch.fetch(url, target, progress);
        } catch (ResumableFetch.FetchFailed failed) {
            return new FileResult(url.toString(), null, Outcome.FAILED, 0, "", failed.getMessage());
        }
        DownloadManifest.Entry e = manifest.record(source.local(), url.toString());
        return new FileResult(url.toString(), target, done.resumed() ? Outcome.RESUMED : Outcome.DOWNLOADED, e.size(),
                e.sha256(), "");
    }

    /** True unless this very file (same SHA-256) was already imported into the cache's gazetteer. */
    public static boolean needsImport(Path cacheDir, FileResult r) {
        Path db = DefaultGazetteer.file(cacheDir);
        return !Files.isRegularFile(db) || !r.sha256().equals(GazetteerMeta.get(db, IMPORTED + r.file().getFileName()));
    }

    /** Notes in the gazetteer that this file was imported, for {@link #needsImport}. */
    public static void markImported(Path cacheDir, FileResult r) throws IOException {
        GazetteerMeta.set(DefaultGazetteer.file(cacheDir), IMPORTED + r.file().getFileName(), r.sha256());
    }

    @Override
    public String toString() {
        return "GeoNamesDownload[" + params.baseUrl() + " -> " + dir + ", cache " + cacheDir + "]";
    }
}
