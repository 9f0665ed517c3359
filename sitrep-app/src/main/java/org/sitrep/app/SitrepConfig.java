package org.sitrep.app;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.sitrep.claims.ClaimParams;
import org.sitrep.copies.CopyParams;
import org.sitrep.events.EventParams;
import org.sitrep.geo.PlaceParams;
import org.sitrep.ingest.FieldMapping;
import org.sitrep.understand.PlaceLookup;

/**
 * Everything the library is configured with, built once at the edge (the CLI, the server, a test) and passed to
 * {@link Sitrep#open(SitrepConfig)}: the library itself reads no environment variable and no system property.
 *
 * @param dataDir        the data directory (SQLite, Lucene index)
 * @param mapping        how JSON input fields map to article fields
 * @param embeddings     whether copy detection computes lead embeddings (all-MiniLM-L6-v2); off: sketches, shared
 *                       names and numbers only (faster)
 * @param gazetteerCache where the default place gazetteer is kept (fetched there once with npm)
 * @param annotate       whether {@link Sitrep#catchUp} annotates (CoreNLP, places, entities) before placing articles
 *                       into events; off: events are placed at once with capitalised words for names
 * @param copies         copy detection's knobs (candidates and the pair judge)
 * @param places         place resolution's knobs
 * @param events         the event clusterer's knobs
 * @param claims         the claim comparison's knobs
 * @param db             the database: null for SQLite in the data directory, or {@code postgresql://user:password@host:port/db}
 *                       (issue 18; the data directory then holds only the search index, derived from the database)
 */
public record SitrepConfig(Path dataDir, FieldMapping mapping, boolean embeddings, Path gazetteerCache, boolean annotate,
                           CopyParams copies, PlaceParams places, EventParams events, ClaimParams claims, String db) {
    public SitrepConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(gazetteerCache, "gazetteerCache");
        Objects.requireNonNull(copies, "copies");
        Objects.requireNonNull(places, "places");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(claims, "claims");
        if (db != null && db.isBlank()) db = null;
    }

    /** On SQLite in the data directory. */
    public SitrepConfig(Path dataDir, FieldMapping mapping, boolean embeddings, Path gazetteerCache, boolean annotate,
                        CopyParams copies, PlaceParams places, EventParams events, ClaimParams claims) {
        this(dataDir, mapping, embeddings, gazetteerCache, annotate, copies, places, events, claims, null);
    }

    /**
     * The configuration a user gets from the environment: {@code SITREP_EMBEDDINGS=off} turns embeddings off; the
     * gazetteer cache is the system property {@code sitrep.cache}, else {@code $SITREP_CACHE}, else
     * {@code ~/.cache/sitrep}. Called by the front ends with {@code System.getenv()} and {@code System.getProperties()}.
     */
    public static SitrepConfig fromEnvironment(Path dataDir, Map<String, String> env, Properties properties) {
        boolean embeddings = !"off".equalsIgnoreCase(env.get("SITREP_EMBEDDINGS"));
        return new SitrepConfig(dataDir, FieldMapping.standard(), embeddings, PlaceLookup.cacheDir(env, properties), true,
                CopyParams.defaults(), PlaceParams.defaults(), EventParams.defaults(), ClaimParams.defaults());
    }

    /** Defaults for a data directory, without looking at the environment: embeddings on, the default cache. */
    public static SitrepConfig defaults(Path dataDir) {
        return fromEnvironment(dataDir, Map.of(), new Properties());
    }

    public SitrepConfig withMapping(FieldMapping m) {
        return new SitrepConfig(dataDir, m, embeddings, gazetteerCache, annotate, copies, places, events, claims, db);
    }

    public SitrepConfig withEmbeddings(boolean on) {
        return new SitrepConfig(dataDir, mapping, on, gazetteerCache, annotate, copies, places, events, claims, db);
    }

    public SitrepConfig withAnnotation(boolean on) {
        return new SitrepConfig(dataDir, mapping, embeddings, gazetteerCache, on, copies, places, events, claims, db);
    }

    public SitrepConfig withGazetteerCache(Path dir) {
        return new SitrepConfig(dataDir, mapping, embeddings, dir, annotate, copies, places, events, claims, db);
    }

    /** The same on another database (null: SQLite in the data directory; else {@code postgresql://...}). */
    public SitrepConfig withDb(String url) {
        return new SitrepConfig(dataDir, mapping, embeddings, gazetteerCache, annotate, copies, places, events, claims, url);
    }

    /** The same with other stage parameters (a parameter search replays one configuration). */
    public SitrepConfig withParams(CopyParams c, PlaceParams p, EventParams e) {
        return new SitrepConfig(dataDir, mapping, embeddings, gazetteerCache, annotate, c, p, e, claims, db);
    }
}
