package org.sitrep.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL database under the store (issue 18): SQLite in the data directory (the default), or a PostgreSQL server.
 * The store's classes are written once, in SQLite's SQL; {@link #sql} rewrites a statement for PostgreSQL where the two
 * differ, and {@link PgConnection} applies it to every statement a PostgreSQL connection prepares, so that no store
 * class is forked. SQLite's statements go through unchanged. What is rewritten:
 *
 * <ul>
 * <li>{@code INSERT OR IGNORE} → {@code INSERT ... ON CONFLICT DO NOTHING}; an article's insert first checks its id, so
 *     that a known article takes no number from the {@code seq} sequence (SQLite's AUTOINCREMENT takes none);</li>
 * <li>{@code INSERT OR REPLACE INTO t} → {@code ... ON CONFLICT (t's key) DO UPDATE} every other named column (the keys
 *     in {@link #REPLACE_KEYS}; a table missing there fails loudly);</li>
 * <li>{@code last_insert_rowid()} → {@code lastval()} (the rowid keys are identity columns);</li>
 * <li>change detection: {@code PRAGMA data_version} (moves when another connection commits) → the WAL insert position
 *     (moves on every write by anyone, this connection's included), and {@code total_changes()} → 0;</li>
 * <li>an upsert's {@code SET} names the row's columns with their table (PostgreSQL finds a bare name ambiguous);</li>
 * <li>{@code INDEXED BY} hints dropped (PostgreSQL's planner chooses);</li>
 * <li>{@code json_each(?)} over a JSON array → {@code json_array_elements_text(?::json)} (ids compared as text);</li>
 * <li>the column {@code end}, a reserved word in PostgreSQL, quoted; {@code ?N} parameters numbered apart (by
 *     {@link PgConnection}); {@code LIKE} (case-blind in SQLite) → {@code ILIKE}; {@code DESC} → {@code DESC NULLS
 *     LAST} (SQLite sorts NULL lowest).</li>
 * </ul>
 * SQLite's {@code total()} aggregate and the schema-12 triggers exist in PostgreSQL's schema itself ({@code pg/V13__sitrep.sql}).
 * A statement this does not know how to rewrite fails when prepared, naming it, rather than running differently.
 * Thread-safe: the rewrites are pure, cached in a concurrent map.
 */
public enum Dialect {
    SQLITE, POSTGRES;

    /** The key each table's {@code INSERT OR REPLACE} replaces on; the other named columns are updated. */
    static final Map<String, String> REPLACE_KEYS = Map.ofEntries(
            Map.entry("article_types", "article_id"), Map.entry("vectors", "id"), Map.entry("quarantine", "input, reason"),
            Map.entry("event_digest", "event_id"), Map.entry("story_digest", "story_id"), Map.entry("event_claims", "event_id"),
            Map.entry("annotated", "article_id"), Map.entry("copies", "original_id, copy_id"),
            Map.entry("lookalikes", "earlier_id, later_id"), Map.entry("article_events", "article_id"), Map.entry("events", "id"),
            Map.entry("event_state", "id"), Map.entry("stories", "id"), Map.entry("story_state", "id"),
            Map.entry("outlet_keys", "raw_key"), Map.entry("outlet_sites", "key"), Map.entry("watch_seen", "watchlist_id, event_id"));

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
    private static final Pattern REPLACE = Pattern.compile("^(\\s*)INSERT OR REPLACE INTO (\\w+) \\(([^)]*)\\)(.*)$", Pattern.DOTALL);
    private static final Pattern UPSERT = Pattern.compile("^\\s*INSERT INTO (\\w+) \\(([^)]*)\\)(.*) DO UPDATE SET (.*)$", Pattern.DOTALL);
    private static final Pattern IGNORE = Pattern.compile("^(\\s*)INSERT OR IGNORE INTO (.*)$", Pattern.DOTALL);
    private static final Pattern ARTICLE_INSERT = Pattern.compile("^INSERT INTO articles \\(([^)]*)\\) VALUES \\(([?,]*)\\)$", Pattern.DOTALL);

    /** Whether a database URL names PostgreSQL ({@code postgresql://...} or {@code jdbc:postgresql://...}); null is SQLite. */
    public static Dialect of(String dbUrl) {
        if (dbUrl == null || dbUrl.isBlank()) return SQLITE;
        if (dbUrl.startsWith("postgresql://") || dbUrl.startsWith("postgres://") || dbUrl.startsWith("jdbc:postgresql://")) return POSTGRES;
        throw new IllegalArgumentException("the database '" + dbUrl + "' is not one Sitrep opens: give postgresql://user:password@host:port/database,"
                + " or nothing for SQLite in the data directory");
    }

    /** The statement, written in SQLite's SQL, as this dialect reads it. */
    public String sql(String sqlite) {
        if (this == SQLITE) return sqlite;
        return CACHE.computeIfAbsent(sqlite, Dialect::postgres);
    }

    private static String postgres(String s) {
        String t = s.strip();
        if (t.equals("PRAGMA data_version")) return "SELECT (pg_current_wal_insert_lsn() - '0/0'::pg_lsn)::bigint";
        if (t.equals("SELECT total_changes()")) return "SELECT 0";
        if (t.startsWith("PRAGMA")) throw new IllegalArgumentException("a SQLite pragma has no PostgreSQL form: " + t);
        s = s.replace("last_insert_rowid()", "lastval()");
        Matcher m = REPLACE.matcher(s);
        if (m.matches()) {
            String table = m.group(2);
            String key = REPLACE_KEYS.get(table);
            if (key == null) throw new IllegalArgumentException("no conflict key known for INSERT OR REPLACE INTO " + table);
            List<String> keys = List.of(key.split(",\\s*"));
            List<String> sets = new ArrayList<>();
            for (String c : m.group(3).split(",")) {
                String col = c.strip();
                if (!keys.contains(col)) sets.add(col + " = excluded." + col);
            }
            // SQLite's REPLACE gives the new row a new rowid; the quarantine lists newest first by it.
            if (table.equals("quarantine")) sets.add("id = DEFAULT");
            s = m.group(1) + "INSERT INTO " + table + " (" + m.group(3) + ")" + m.group(4) + " ON CONFLICT (" + key + ") "
                    + (sets.isEmpty() ? "DO NOTHING" : "DO UPDATE SET " + String.join(", ", sets));
        }
        m = UPSERT.matcher(s);
        if (m.matches()) {
            // PostgreSQL sees the row's columns and excluded's in an upsert's SET: a bare name there is ambiguous.
            String set = m.group(4);
            for (String c : m.group(2).split(",")) {
                String col = c.strip();
                set = set.replaceAll("(?<![.\\w\"])" + col + "(?![\\w\"])(?!\\s*=[^=])", m.group(1) + "." + col);
            }
            s = s.substring(0, m.start(4)) + set;
        }
        m = IGNORE.matcher(s);
        if (m.matches()) {
            String rest = m.group(2);
            Matcher a = ARTICLE_INSERT.matcher("INSERT INTO " + rest.strip());
            if (a.matches() && a.group(1).strip().startsWith("id,")) {
                rest = "articles (" + a.group(1) + ") SELECT " + a.group(2) + " WHERE NOT EXISTS (SELECT 1 FROM articles WHERE id = ?1)";
            }
            s = m.group(1) + "INSERT INTO " + rest + " ON CONFLICT DO NOTHING";
        }
        s = s.replace("entity_id IN (SELECT value FROM json_each(?))", "entity_id IN (SELECT value::bigint FROM json_array_elements_text(?::json))");
        s = s.replace("IN (SELECT value FROM json_each(?))", "IN (SELECT value FROM json_array_elements_text(?::json))");
        s = s.replace("json_each(?) j ", "json_array_elements_text(?::json) WITH ORDINALITY j(value, key) ");
        if (s.contains("json_each")) throw new IllegalArgumentException("json_each in a form not rewritten for PostgreSQL: " + s);
        // A truth value where SQLite takes a number.
        s = s.replace("coalesce(en.feature_code LIKE 'PCL%' OR en.feature_code = 'CONT', 0)",
                "coalesce((en.feature_code LIKE 'PCL%' OR en.feature_code = 'CONT')::int, 0)");
        s = s.replaceAll("\\bend\\b", "\"end\"");
        s = s.replaceAll(" LIKE ", " ILIKE ");
        s = s.replaceAll(" INDEXED BY \\w+", "");
        s = s.replaceAll("\\bDESC\\b(?! NULLS)", "DESC NULLS LAST");
        return s;
    }
}
