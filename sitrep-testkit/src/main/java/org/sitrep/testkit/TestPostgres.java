package org.sitrep.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server the tests that run on PostgreSQL use: the one {@code bin/test-postgres start} started (a
 * throwaway cluster from Debian's package; {@code run-tests} and {@code .ci/run} start it), named by the environment
 * variable {@value #ENV} or the system property {@value #PROPERTY} as {@code postgresql://user[:password]@host:port/db}.
 *
 * <p>Without it, {@link #freshDatabase} skips the calling test; when {@code CI=true} (or {@code -Dsitrep.requireShared=true},
 * as for the shared data) it fails it, so a green CI build means the PostgreSQL runs ran. Each call creates an empty
 * database (binary collation, as SQLite compares text) and returns its URL in the same form, for
 * {@code SitrepStore.open(dir, url, ...)}. The JDBC driver comes from the caller's test classpath. Thread-safe; the
 * databases are left on the throwaway server (names unique per process, time and call).
 */
public final class TestPostgres {
    public static final String ENV = "SITREP_TEST_PG";
    public static final String PROPERTY = "sitrep.test.pg";
    private static final AtomicInteger SERIAL = new AtomicInteger();

    private TestPostgres() {
    }

    /** The server's URL, or null when none is named. */
    public static String server() {
        String url = System.getProperty(PROPERTY);
        if (url == null || url.isBlank()) url = System.getenv(ENV);
        return url == null || url.isBlank() ? null : url.strip();
    }

    /** A new empty database on the test server, as a {@code postgresql://} URL; skips (or fails in CI) without a server. */
    public static String freshDatabase() {
        String server = server();
        if (server == null) {
            String message = "no PostgreSQL to test on: set " + ENV + " (bin/test-postgres start prints it)";
            if ("true".equals(System.getenv("CI")) || Boolean.getBoolean(SharedData.REQUIRE_PROPERTY)) {
                return Assertions.fail(message + ". Failing instead of skipping because CI=true.");
            }
            return Assumptions.abort(message + ". Skipped.");
        }
        int slash = server.lastIndexOf('/');
        String name = "sitrep_test_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 1_000_000 + "_" + SERIAL.incrementAndGet();
        String jdbc = "jdbc:" + server.replaceFirst("^(jdbc:)?postgresql://([^@/]*@)?", "postgresql://");
        java.util.Properties props = credentials(server);
        try (Connection c = DriverManager.getConnection(jdbc, props); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'");
        } catch (SQLException e) {
            return Assertions.fail("cannot create a test database on " + jdbc + ": " + e.getMessage(), e);
        }
        return server.substring(0, slash + 1) + name;
    }

    private static java.util.Properties credentials(String url) {
        java.util.Properties p = new java.util.Properties();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(?:jdbc:)?postgresql://([^:@/]*)(?::([^@/]*))?@").matcher(url);
        if (m.find()) {
            p.setProperty("user", m.group(1));
            if (m.group(2) != null) p.setProperty("password", m.group(2));
        }
        return p;
    }
}
