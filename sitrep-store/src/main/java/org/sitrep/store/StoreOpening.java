package org.sitrep.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.InstantSource;
import java.util.function.Function;
import org.sitrep.copies.Fingerprint;
import org.sitrep.copies.StoredArticle;

/**
 * {@link SitrepStore}'s three ways of opening, on either database: the writer (migrated, locked, its search index caught
 * up), read-only beside a writer, and a follower of a PostgreSQL database with a search index of its own. Each lets go
 * of what it opened when it fails, so that the directory and database can be opened again; the public entry points
 * and what they promise are {@link SitrepStore}'s.
 */
final class StoreOpening {
    private StoreOpening() {
    }

    /** {@link SitrepStore#open(Path, String, Function, InstantSource)}. */
    static SitrepStore writer(Path dataDir, String dbUrl, Function<StoredArticle, Fingerprint> fingerprints, InstantSource clock) {
        Dialect dialect = Dialect.of(dbUrl);
        String where = dialect == Dialect.SQLITE ? dataDir.toString() : PgDatabase.redact(dbUrl) + " (index in " + dataDir + ")";
        try {
            Files.createDirectories(dataDir);
            Connection db;
            String source = null;
            if (dialect == Dialect.SQLITE) {
                db = StoreSchema.openSqlite(dataDir.resolve("sitrep.db"));
            } else {
                PgDatabase.migrate(dbUrl);
                db = PgDatabase.connect(dbUrl);
                if (!PgDatabase.lockWriter(db)) {
                    db.close();
                    throw StoreException.busy("cannot open " + where + " for writing: another Sitrep process is writing that database. "
                            + "Read commands work beside it; send articles to the server (POST /api/articles) or wait for the other process to finish");
                }
                try {
                    source = PgDatabase.identity(db);
                } catch (SQLException e) {
                    db.close();
                    throw e;
                }
            }
            db.setAutoCommit(false);
            SearchIndex index;
            try {
                index = dialect == Dialect.SQLITE ? SearchIndex.open(dataDir.resolve("index")) : SearchIndex.open(dataDir.resolve("index"), source);
            } catch (org.apache.lucene.store.LockObtainFailedException e) {
                db.close();
                throw StoreException.busy("cannot open " + dataDir + " for writing: another Sitrep process (a running `sitrep serve`, an "
                        + "ingest, an annotate) is writing it. Read commands work beside it; send articles to the server "
                        + "(POST /api/articles) or wait for the other process to finish");
            }
            SitrepStore store = SitrepStore.create(dataDir, db, index, fingerprints, clock, false);
            try {
                store.catchUpIndex();
                db.commit();
            } catch (SQLException | IOException | RuntimeException e) {
                // Let go of the index's write lock and the database, so that the directory can be opened again.
                try (index; db) {
                    throw e;
                }
            }
            return store;
        } catch (SQLException e) {
            throw new StoreException("open the store in " + where, e);
        } catch (IOException e) {
            throw new StoreException("open the store in " + where, e);
        } catch (org.flywaydb.core.api.FlywayException e) {
            throw new StoreException("bring the schema of " + where + " up to date", e);
        }
    }

    /** {@link SitrepStore#openReadOnly(Path, String)}. */
    static SitrepStore readOnly(Path dataDir, String dbUrl) {
        if (Dialect.of(dbUrl) == Dialect.POSTGRES) return readOnlyPg(dataDir, dbUrl);
        Path file = dataDir.resolve("sitrep.db");
        if (!Files.isRegularFile(file)) throw new StoreException("no Sitrep data in " + dataDir + " (no sitrep.db)");
        try {
            Connection db = StoreSchema.readOnlyConnection(file);
            try {
                try (Statement s = db.createStatement()) {
                    s.execute("PRAGMA cache_size=-16384");
                }
                int version = StoreSchema.version(db);
                if (version != SitrepStore.SCHEMA_VERSION) {
                    throw new SQLException("the data directory has schema " + version + ", this Sitrep reads " + SitrepStore.SCHEMA_VERSION
                            + "; run a command that writes (sitrep ingest, sitrep annotate) once to bring it up to date");
                }
                db.setAutoCommit(true);
                return SitrepStore.create(dataDir, db, SearchIndex.openReader(dataDir.resolve("index")), null, InstantSource.system(), true);
            } catch (SQLException | IOException | RuntimeException e) {
                try (db) {
                    throw e;
                }
            }
        } catch (SQLException | IOException e) {
            throw new StoreException("open the store in " + dataDir + " for reading", e);
        }
    }

    /** {@link SitrepStore#openFollower}. */
    static SitrepStore follower(Path dataDir, String dbUrl, Function<StoredArticle, Fingerprint> fingerprints) {
        if (Dialect.of(dbUrl) != Dialect.POSTGRES) {
            throw new IllegalArgumentException("a store follows a database only on PostgreSQL; beside a writer of a data directory open it read-only");
        }
        String where = PgDatabase.redact(dbUrl) + " (index in " + dataDir + ")";
        try {
            Files.createDirectories(dataDir);
            Connection db = PgDatabase.connect(dbUrl);
            SearchIndex index = null;
            try {
                StoreSchema.requirePg(db);
                String source = PgDatabase.identity(db);
                db.setAutoCommit(true);
                db.setReadOnly(true);
                index = SearchIndex.open(dataDir.resolve("index"), source);
                SitrepStore store = SitrepStore.create(dataDir, db, index, fingerprints, InstantSource.system(), true);
                store.follower = true;
                store.catchUpIndex();
                return store;
            } catch (org.apache.lucene.store.LockObtainFailedException e) {
                db.close();
                throw StoreException.busy("cannot follow " + where + ": another Sitrep process keeps its search index in " + dataDir
                        + "; give this one a data directory of its own (--data)");
            } catch (SQLException | IOException | RuntimeException e) {
                try (db) {
                    if (index != null) index.close();
                    throw e;
                }
            }
        } catch (SQLException | IOException e) {
            throw new StoreException("follow " + where, e);
        }
    }

    private static SitrepStore readOnlyPg(Path dataDir, String dbUrl) {
        String where = PgDatabase.redact(dbUrl);
        try {
            Connection db = PgDatabase.connect(dbUrl);
            try {
                StoreSchema.requirePg(db);
                db.setAutoCommit(true);
                db.setReadOnly(true);
                return SitrepStore.create(dataDir, db, SearchIndex.openReader(dataDir.resolve("index")), null, InstantSource.system(), true);
            } catch (SQLException | IOException | RuntimeException e) {
                try (db) {
                    throw e;
                }
            }
        } catch (SQLException | IOException e) {
            throw new StoreException("open the store in " + where + " for reading", e);
        }
    }
}
