package org.sitrep.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.InstantSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;

/**
 * What a store test opens, so that one test class runs on both databases (issue 18): SQLite in the data directory as
 * written, and PostgreSQL in the {@code *PgIT} subclasses, which give each test a fresh database
 * ({@link org.sitrep.testkit.TestPostgres}). {@link #connect} is a plain connection for a test's own statements,
 * written in SQLite's SQL (on PostgreSQL through the store's dialect).
 */
abstract class OnDatabase {
    /** This test's database: null for SQLite in the data directory, else a {@code postgresql://} URL. */
    String db;

    /** The database each test of this class runs on (the PostgreSQL subclasses override this). */
    String database() {
        return null;
    }

    @BeforeEach
    final void chooseDatabase() {
        db = database();
    }

    SitrepStore open(Path dir) {
        return SitrepStore.open(dir, db, null, InstantSource.system());
    }

    SitrepStore openReadOnly(Path dir) {
        return SitrepStore.openReadOnly(dir, db);
    }

    Connection connect(Path dir) throws SQLException {
        return connect(dir, db);
    }

    static Connection connect(Path dir, String db) throws SQLException {
        return db == null ? DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("sitrep.db")) : PgDatabase.connect(db);
    }

    /** Skips a test of what only SQLite has (its own migrations from older data directories). */
    void sqliteOnly(String why) {
        Assumptions.assumeTrue(db == null, "SQLite only: " + why);
    }
}
