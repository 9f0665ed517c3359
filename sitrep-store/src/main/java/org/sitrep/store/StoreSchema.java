package org.sitrep.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The database's schema and connections, for {@link SitrepStore}'s ways of opening: a SQLite connection with the
 * store's settings, migrated to {@link SitrepStore#SCHEMA_VERSION} from the {@code schema-N.sql} files; a read-only
 * SQLite connection; the version a database is at, on either dialect (PostgreSQL's own migrations are Flyway's, in
 * {@link PgDatabase}); whether a data directory or database can be read as it is.
 */
final class StoreSchema {
    private static final int SCHEMA_VERSION = SitrepStore.SCHEMA_VERSION;

    private StoreSchema() {
    }

    /**
     * The writer's SQLite connection to {@code file}: WAL (readers neither wait for it nor make it wait), synchronous
     * NORMAL (a committed transaction survives a process crash), foreign keys, a 10 s busy timeout, a 64 MB page cache;
     * migrated.
     */
    static Connection openSqlite(Path file) throws SQLException, IOException {
        Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
        try {
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=NORMAL");
                s.execute("PRAGMA foreign_keys=ON");
                s.execute("PRAGMA busy_timeout=10000");
                s.execute("PRAGMA cache_size=-65536");
            }
            migrate(db);
            return db;
        } catch (SQLException | IOException | RuntimeException e) {
            try (db) {
                throw e;
            }
        }
    }

    /** A PostgreSQL database opened without migrating it must already be at this version's schema. */
    static void requirePg(Connection db) throws SQLException {
        int version = PgDatabase.schemaVersion(db);
        if (version != SCHEMA_VERSION) {
            throw new SQLException("the database has schema " + version + ", this Sitrep reads " + SCHEMA_VERSION
                    + "; run a command that writes (sitrep ingest, sitrep annotate) once to bring it up to date");
        }
    }

    /** As {@link #readable(Path)}, on the database {@code dbUrl} names (null: SQLite in {@code dataDir}). */
    static boolean readable(Path dataDir, String dbUrl) {
        if (Dialect.of(dbUrl) == Dialect.SQLITE) return readable(dataDir);
        if (!Files.isDirectory(dataDir.resolve("index"))) return false;
        try (Connection db = PgDatabase.connect(dbUrl)) {
            return PgDatabase.schemaVersion(db) == SCHEMA_VERSION;
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Whether {@code dataDir} holds a store this version reads as it is (it exists and needs no migration), so that
     * {@link SitrepStore#openReadOnly} can open it.
     */
    static boolean readable(Path dataDir) {
        Path file = dataDir.resolve("sitrep.db");
        if (!Files.isRegularFile(file)) return false;
        try (Connection db = readOnlyConnection(file)) {
            return version(db) == SCHEMA_VERSION;
        } catch (SQLException e) {
            return false;
        }
    }

    static Connection readOnlyConnection(Path file) throws SQLException {
        org.sqlite.SQLiteConfig cfg = new org.sqlite.SQLiteConfig();
        cfg.setReadOnly(true);
        cfg.setBusyTimeout(10000);
        return cfg.createConnection("jdbc:sqlite:" + file);
    }

    static int version(Connection db) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT max(version) FROM schema_version")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    private static void migrate(Connection db) throws SQLException, IOException {
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
            int version = 0;
            try (ResultSet r = s.executeQuery("SELECT max(version) FROM schema_version")) {
                if (r.next()) version = r.getInt(1);
            }
            if (version > SCHEMA_VERSION) {
                throw new SQLException("the data directory was written by a newer Sitrep (schema " + version + ")");
            }
            for (int v = version + 1; v <= SCHEMA_VERSION; v++) {
                try (InputStream in = SitrepStore.class.getResourceAsStream("schema-" + v + ".sql")) {
                    String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
                    for (String stmt : statements(sql)) s.execute(stmt);
                }
                s.execute("INSERT INTO schema_version VALUES (" + v + ")");
            }
        }
    }

    /**
     * A schema file's statements, split at semicolons except inside a trigger's body (a {@code CREATE TRIGGER} runs to
     * its {@code END}). Comments are already gone.
     */
    static List<String> statements(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String piece : sql.split(";")) {
            pending.append(piece);
            String stmt = pending.toString().strip();
            boolean trigger = stmt.regionMatches(true, 0, "CREATE TRIGGER", 0, 14);
            if (trigger && !stmt.regionMatches(true, stmt.length() - 3, "END", 0, 3)) {
                pending.append(';');
                continue;
            }
            if (!stmt.isEmpty()) out.add(stmt);
            pending.setLength(0);
        }
        if (!pending.toString().isBlank()) throw new IllegalArgumentException("a trigger without its END: " + pending.toString().strip());
        return out;
    }
}
