package org.sitrep.store;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;

/**
 * Opening the store's PostgreSQL database (issue 18): the URL the user gives ({@code postgresql://user:password@host:port/db},
 * also with {@code jdbc:} before it or query parameters after), the schema by Flyway from {@code org/sitrep/store/pg}
 * (V13 is SQLite's schema 1..13 at once; later versions come as both a {@code schema-N.sql} and a {@code VN__*.sql}),
 * and the one-writer rule that the search index's lock keeps for a data directory, kept for the database by an
 * advisory lock held as long as the writing connection.
 */
final class PgDatabase {
    /** The advisory lock key the one writing store holds (arbitrary, fixed: "sitrep" in ASCII, in a long). */
    private static final long WRITER_LOCK = 0x736974726570L;
    private static final Pattern URL = Pattern.compile("^(?:jdbc:)?postgres(?:ql)?://(?:([^:@/]*)(?::([^@/]*))?@)?([^/?]*)(/[^?]*)?(\\?.*)?$");

    private PgDatabase() {
    }

    /** The JDBC URL and credentials of a {@code postgresql://} URL. */
    record Target(String jdbcUrl, Properties credentials) {
        static Target of(String url) {
            Matcher m = URL.matcher(url.strip());
            if (!m.matches() || m.group(3).isEmpty()) {
                throw new IllegalArgumentException("the database '" + redact(url) + "' is not a PostgreSQL URL: give postgresql://user:password@host:port/database");
            }
            Properties p = new Properties();
            if (m.group(1) != null && !m.group(1).isEmpty()) p.setProperty("user", decode(m.group(1)));
            if (m.group(2) != null) p.setProperty("password", decode(m.group(2)));
            String jdbc = "jdbc:postgresql://" + m.group(3) + (m.group(4) == null ? "/" : m.group(4)) + (m.group(5) == null ? "" : m.group(5));
            return new Target(jdbc, p);
        }
    }

    /** Connects, as the store uses a connection: wrapped to read SQLite's statements. */
    static Connection connect(String url) throws SQLException {
        Target t = Target.of(url);
        return PgConnection.wrap(DriverManager.getConnection(t.jdbcUrl(), t.credentials()));
    }

    /** Brings the database's schema to this version of Sitrep's (creating it in an empty database). */
    static void migrate(String url) {
        Target t = Target.of(url);
        Flyway.configure().dataSource(t.jdbcUrl(), t.credentials().getProperty("user"), t.credentials().getProperty("password"))
                .locations("classpath:org/sitrep/store/pg").load().migrate();
    }

    /** The schema version Flyway has applied (0 when none). */
    static int schemaVersion(Connection db) throws SQLException {
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT to_regclass('flyway_schema_history') IS NOT NULL")) {
            r.next();
            if (!r.getBoolean(1)) return 0;
        }
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT max(version::int) FROM flyway_schema_history WHERE success")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    /**
     * The database's identity, made once by its schema (a random UUID): the search index in a data directory records
     * it, so that an index derived from another database is rebuilt rather than trusted.
     */
    static String identity(Connection db) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT id FROM store_identity")) {
            if (!r.next()) throw new SQLException("the database has no store identity (store_identity is empty)");
            return "postgresql:" + r.getString(1);
        }
    }

    /** Takes the one-writer lock on this connection's session, or says that another writer holds it. */
    static boolean lockWriter(Connection db) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT pg_try_advisory_lock(" + WRITER_LOCK + ")")) {
            r.next();
            return r.getBoolean(1);
        }
    }

    /** The URL without its password, for messages. */
    static String redact(String url) {
        return url == null ? null : url.replaceFirst("(//[^:@/]*):[^@/]*@", "$1:***@");
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
