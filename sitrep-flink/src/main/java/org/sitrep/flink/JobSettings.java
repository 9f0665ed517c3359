package org.sitrep.flink;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.sitrep.app.SitrepConfig;

/**
 * What the job's operators need to rebuild the facade's configuration on a task manager: plain values, since the
 * operators are shipped serialized.
 *
 * @param dataDir        the data directory the sink stores into
 * @param embeddings     whether fingerprints carry lead embeddings (as {@code SITREP_EMBEDDINGS})
 * @param gazetteerCache where the gazetteer is kept
 * @param annotate       whether the job annotates (and so places events with entities)
 * @param passesEveryMs  the global passes (events, claims, types, alerts) run at a checkpoint when at least this many
 *                       milliseconds passed since they last ran, and always at the end of a bounded input
 * @param db             the database the sink stores into: null for SQLite in the data directory, else
 *                       {@code postgresql://...} (issue 18; the data directory then holds the sink's search index only)
 */
public record JobSettings(String dataDir, boolean embeddings, String gazetteerCache, boolean annotate, long passesEveryMs, String db)
        implements Serializable {
    /** Storing into SQLite in the data directory. */
    public JobSettings(String dataDir, boolean embeddings, String gazetteerCache, boolean annotate, long passesEveryMs) {
        this(dataDir, embeddings, gazetteerCache, annotate, passesEveryMs, null);
    }

    /** From the environment as the CLI reads it ({@link SitrepConfig#fromEnvironment}). */
    public static JobSettings of(Path dataDir, Map<String, String> env, Properties properties, long passesEveryMs) {
        SitrepConfig c = SitrepConfig.fromEnvironment(dataDir, env, properties);
        return new JobSettings(dataDir.toString(), c.embeddings(), c.gazetteerCache().toString(), c.annotate(), passesEveryMs, null);
    }

    /** The same storing into the database {@code url} (null: SQLite in the data directory). */
    public JobSettings withDb(String url) {
        return new JobSettings(dataDir, embeddings, gazetteerCache, annotate, passesEveryMs, url);
    }

    public SitrepConfig config() {
        return SitrepConfig.defaults(Path.of(dataDir)).withEmbeddings(embeddings).withGazetteerCache(Path.of(gazetteerCache)).withAnnotation(annotate).withDb(db);
    }
}
