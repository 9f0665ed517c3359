package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.outlets.Outlet;
import org.sitrep.outlets.OutletDirectory;
import org.sitrep.outlets.Sighting;

/** Outlets in the store (issue 17): the schema 11 migration, the pass's reads and writes, and counting by outlet key. */
class OutletIndexIT extends OnDatabase {
    @TempDir
    Path data;

    /** A store written before schema 11: its articles wait for the outlet pass from the start, keyed by nothing yet. */
    @Test
    void migrationToSchema11LeavesEveryArticleForTheOutletPass() throws Exception {
        sqliteOnly("a data directory of an earlier schema; PostgreSQL starts at schema 13 (Flyway)");
        try (SitrepStore s = open(data)) {
            StoreIT.put(s, StoreIT.article("00aa11bb22cc33dd", "Attacks near Kupiansk repelled", "Four attacks were repelled."));
        }
        try (Connection db = connect(data); Statement st = db.createStatement()) {
            backToSchema10(st);
        }
        try (SitrepStore s = open(data)) {
            assertThat(s.outlets().keyedSeq()).isZero();
            assertThat(s.outlets().after(0, 10)).singleElement().satisfies(p -> {
                assertThat(p.articleId()).isEqualTo("00aa11bb22cc33dd");
                assertThat(p.outlet()).isEqualTo("Eastwire");
                assertThat(p.url()).isEqualTo("https://e.example/00aa11bb22cc33dd");
                assertThat(p.language()).isEqualTo("en");
                assertThat(p.day()).isEqualTo("2023-11-26");
            });
            assertThat(s.outlets().list()).isEmpty();
        }
        try (Connection db = connect(data); Statement st = db.createStatement();
             ResultSet r = st.executeQuery("SELECT max(version), (SELECT count(*) FROM articles WHERE outlet_key IS NULL) FROM schema_version")) {
            r.next();
            assertThat(r.getInt(1)).isEqualTo(SitrepStore.SCHEMA_VERSION);
            assertThat(r.getInt(2)).isEqualTo(1);
        }
    }

    /** Undoes schema 14 in a store: no event-places mark (for migration tests). */
    static void backToSchema13(Statement st) throws java.sql.SQLException {
        st.execute("DROP TABLE place_settle_progress");
        st.execute("DELETE FROM schema_version WHERE version = 14");
    }

    /** Undoes schemas 14 and 13 in a store: no place confidence on mentions (for migration tests). */
    static void backToSchema12(Statement st) throws java.sql.SQLException {
        backToSchema13(st);
        st.execute("ALTER TABLE mentions DROP COLUMN place_confidence");
        st.execute("ALTER TABLE mentions DROP COLUMN place_evidence");
        st.execute("DELETE FROM schema_version WHERE version = 13");
    }

    /** Undoes schemas 13 and 12 in a store: no digests, no triggers marking them stale (for migration tests). */
    static void backToSchema11(Statement st) throws java.sql.SQLException {
        backToSchema12(st);
        List<String> triggers = new java.util.ArrayList<>();
        try (ResultSet r = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'stale_%'")) {
            while (r.next()) triggers.add(r.getString(1));
        }
        for (String t : triggers) st.execute("DROP TRIGGER " + t);
        for (String t : List.of("event", "story")) {
            String table = t.equals("event") ? "events" : "stories";
            st.execute("ALTER TABLE " + table + " ADD COLUMN state_json TEXT NOT NULL DEFAULT '{}'");
            st.execute("UPDATE " + table + " SET state_json = coalesce((SELECT s.state_json FROM " + t + "_state s WHERE s.id = " + table + ".id), '{}')");
        }
        for (String i : List.of("events_last_day", "events_first_day", "stories_size", "articles_language_day", "articles_outlet_day", "articles_day_id")) {
            st.execute("DROP INDEX " + i);
        }
        for (String t : List.of("event_digest", "story_digest", "event_stale", "story_stale", "event_state", "story_state")) st.execute("DROP TABLE " + t);
        st.execute("DELETE FROM schema_version WHERE version = 12");
    }

    /** Undoes schemas 13 to 11 in a store: no outlet keys, no outlet tables (for migration tests). */
    static void backToSchema10(Statement st) throws java.sql.SQLException {
        backToSchema11(st);
        for (String t : List.of("outlet_sightings", "outlet_keys", "outlet_sites", "outlet_progress")) st.execute("DROP TABLE " + t);
        st.execute("DROP INDEX articles_outlet_raw_key");
        st.execute("DROP INDEX articles_outlet_key");
        st.execute("ALTER TABLE articles DROP COLUMN outlet_raw_key");
        st.execute("ALTER TABLE articles DROP COLUMN outlet_key");
        st.execute("DELETE FROM schema_version WHERE version = 11");
    }

    /** Undoes schemas 11 and 10 (watchlists and alerts) in a store (for migration tests of older schemas). */
    static void backToSchema9(Statement st) throws java.sql.SQLException {
        backToSchema10(st);
        for (String t : List.of("alerts", "watch_seen", "watchlists")) st.execute("DROP TABLE " + t);
        st.execute("DELETE FROM schema_version WHERE version = 10");
    }

    /** Three spellings of one outlet, keyed alike by the pass, count as one outlet; before the pass, as three. */
    @Test
    void articlesOfOneOutletKeyCountAsOneOutletWhateverTheirSpelling() {
        try (SitrepStore s = open(data)) {
            String[] spellings = {"Kyiv Post", "kyivpost.com", "KyivPost"};
            for (int i = 0; i < 3; i++) {
                var a = StoreIT.article("0" + i + "aa11bb22cc33dd", "Report " + i, "Report number " + i + " from Kupiansk.");
                StoreIT.put(s, a.withOutlet(spellings[i]));
            }
            StoreIT.put(s, StoreIT.article("09aa11bb22cc33dd", "Other", "Another outlet's report."));
            s.commit();
            List<String> ids = List.of("00aa11bb22cc33dd", "01aa11bb22cc33dd", "02aa11bb22cc33dd", "09aa11bb22cc33dd");
            assertThat(s.sourceCounts(ids).outlets()).as("by spelling, before keys").isEqualTo(4);

            OutletIndex ix = s.outlets();
            List<Sighting> first = List.of(new Sighting("kyivpost", "KyivPost", "en", 1, "2023-11-26", "2023-11-26"),
                    new Sighting("e.example", "Eastwire", "en", 1, "2023-11-26", "2023-11-26"));
            OutletDirectory d1 = OutletDirectory.of(first);
            ix.addSightings(first);
            ix.store(List.of(new OutletIndex.Keyed("02aa11bb22cc33dd", "kyivpost", "kyivpost"),
                    new OutletIndex.Keyed("09aa11bb22cc33dd", "e.example", "e.example")), d1.changesSince(OutletDirectory.empty()), 2);
            assertThat(ix.list()).extracting(Outlet::key).containsExactlyInAnyOrder("kyivpost", "e.example");
            assertThat(s.sourceCounts(ids).outlets()).as("two keyed, two by spelling").isEqualTo(4);

            // A later batch shows "Kyiv Post" on kyivpost.com: the name joins the domain, its articles are re-keyed.
            List<Sighting> second = List.of(new Sighting("kyivpost.com", "Kyiv Post", "en", 1, "2023-11-26", "2023-11-26"),
                    new Sighting("kyivpost.com", "kyivpost.com", "en", 1, "2023-11-26", "2023-11-26"));
            ix.addSightings(second);
            OutletDirectory d2 = OutletDirectory.of(ix.sightings());
            ix.store(List.of(new OutletIndex.Keyed("00aa11bb22cc33dd", "kyivpost.com", "kyivpost.com"),
                    new OutletIndex.Keyed("01aa11bb22cc33dd", "kyivpost.com", "kyivpost.com")), d2.changesSince(d1), 4);
            assertThat(s.sourceCounts(ids).outlets()).isEqualTo(2);
            assertThat(s.countArticles(new SitrepStore.ArticleQuery(10, 0, "kyivpost.com", null))).isEqualTo(3);
            assertThat(ix.keyOf("kyivpost")).contains("kyivpost.com");
            assertThat(ix.list()).as("the name's own outlet is gone").isEqualTo(d2.outlets());
            assertThat(ix.get("kyivpost.com")).hasValueSatisfying(o -> assertThat(o.spellings()).containsExactlyInAnyOrder("Kyiv Post", "kyivpost.com", "KyivPost"));
            assertThat(ix.sightings()).hasSize(4);
            assertThat(ix.keyedSeq()).isEqualTo(4);
        }
    }
}
