package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.copies.Fingerprinter;
import org.sitrep.model.Article;
import org.sitrep.model.DateEvidence;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Origin;
import org.sitrep.model.Problems;
import org.sitrep.model.Published;
import org.sitrep.model.Rejection;
import org.sitrep.model.RemovedSpan;
import org.sitrep.model.SourceFormat;

class StoreIT extends OnDatabase {
    static final Fingerprinter FP = Fingerprinter.sketchesOnly();

    static SitrepStore.PutOutcome put(SitrepStore s, Article a) {
        return s.put(a, FP.of(a));
    }

    @TempDir
    Path data;

    static Article article(String id, String title, String text) {
        String source = title + "\n" + text + "\nComments (1)";
        return new Article(id, new Origin("in/" + id + ".txt", "line 3", SourceFormat.JSON), "Eastwire", "https://e.example/" + id, title,
                new Published(Instant.parse("2023-11-26T00:00:00Z"), DatePrecision.DAY, DateEvidence.TEXT), Instant.parse("2026-01-01T10:00:00Z"),
                "en", 0.97, source, text, List.of(new RemovedSpan(source.length() - 12, source.length(), "comments")),
                Map.of("credited", "Ukrinform"), Problems.none().add("metadata", "timezone-assumed", "read as UTC"));
    }

    @Test
    void roundTripsEveryFieldAndCountsKnownOnce() {
        Article a = article("00aa11bb22cc33dd", "Attacks near Kupiansk repelled", "Ukrainian defenders repelled four attacks near Synkivka.");
        try (SitrepStore s = open(data)) {
            assertThat(put(s, a)).isEqualTo(SitrepStore.PutOutcome.ADDED);
            assertThat(put(s, a)).isEqualTo(SitrepStore.PutOutcome.KNOWN);
            s.commit();
            assertThat(s.article("00aa11bb22cc33dd")).contains(a);
        }
        try (SitrepStore s = open(data)) {
            assertThat(s.article("00aa")).contains(a);
            assertThat(s.countArticles()).isEqualTo(1);
            assertThat(s.search("synkivka", 10).hits()).singleElement().satisfies(h -> assertThat(h.snippet()).contains("Synkivka"));
        }
    }

    @Test
    void ambiguousPrefixNamesTheCandidates() {
        try (SitrepStore s = open(data)) {
            put(s, article("abcd000000000001", "One", "First text."));
            put(s, article("abcd000000000002", "Two", "Second text."));
            s.commit();
            assertThatThrownBy(() -> s.article("abcd")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("abcd000000000001").hasMessageContaining("abcd000000000002");
            assertThat(s.article("ffff")).isEmpty();
        }
    }

    @Test
    void rebuildsALostIndexFromSqlite() throws Exception {
        try (SitrepStore s = open(data)) {
            for (int i = 0; i < 30; i++) put(s, article(String.format("%016x", i), "Report " + i, "Shelling in Kharkiv, report number " + i + "."));
            s.commit();
        }
        try (Stream<Path> files = Files.walk(data.resolve("index"))) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        assertThatThrownBy(() -> open(data)).as("without the library's fingerprints the index cannot be rebuilt")
                .hasMessageContaining("search index lags");
        try (SitrepStore s = SitrepStore.open(data, db, FP::restore, java.time.InstantSource.system())) {
            assertThat(s.countIndexed()).isEqualTo(30);
            assertThat(s.search("kharkiv", 50).total()).isEqualTo(30);
        }
    }

    @Test
    void quarantineKeepsReasonAndSample() {
        try (SitrepStore s = open(data)) {
            s.quarantine(new Rejection("bad/x.bin", "binary", "binary data, not text"), new byte[] {0, 1, 2});
            assertThat(s.quarantined(10)).singleElement().satisfies(q -> {
                assertThat(q.reason()).isEqualTo("binary");
                assertThat(q.input()).isEqualTo("bad/x.bin");
                assertThat(q.sample()).containsExactly(0, 1, 2);
            });
        }
    }

    /** Issue 15: a re-run of the same bad input updated its entry instead of listing it once more. */
    @Test
    void quarantineHoldsOneEntryPerInputAndReasonAcrossRuns() {
        try (SitrepStore s = open(data)) {
            s.quarantine(new Rejection("bad/x.bin", "binary", "binary data, not text"), new byte[] {0, 1});
            s.quarantine(new Rejection("bad/y.html", "truncated-html", "cut off"), null);
        }
        try (SitrepStore s = open(data)) {
            s.quarantine(new Rejection("bad/x.bin", "binary", "binary data, not text (again)"), new byte[] {0, 1, 2});
            s.quarantine(new Rejection("bad/x.bin", "too-large", "over the limit"), null);
            assertThat(s.quarantined(10)).extracting(q -> q.input() + " " + q.reason())
                    .containsExactly("bad/x.bin too-large", "bad/x.bin binary", "bad/y.html truncated-html");
            assertThat(s.quarantined(10).get(1).message()).endsWith("(again)");
            assertThat(s.quarantined(10).get(1).sample()).containsExactly(0, 1, 2);
        }
    }

    /** Issue 15: a data directory written before schema 9 keeps the latest of its duplicate quarantine entries. */
    @Test
    void migrationFoldsDuplicateQuarantineEntries() throws Exception {
        sqliteOnly("a data directory of an earlier schema; PostgreSQL starts at schema 13 (Flyway)");
        try (SitrepStore s = open(data)) {
            s.quarantine(new Rejection("bad/x.bin", "binary", "first"), null);
        }
        String url = "jdbc:sqlite:" + data.resolve("sitrep.db");
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(url); java.sql.Statement st = db.createStatement()) {
            // Back to schema 8, where each run added a row.
            OutletIndexIT.backToSchema9(st);
            st.execute("DROP INDEX quarantine_input_reason");
            st.execute("DELETE FROM schema_version WHERE version = 9");
            st.execute("INSERT INTO quarantine (input, reason, message, at) VALUES ('bad/x.bin', 'binary', 'second', '2026-01-02T00:00:00Z')");
            st.execute("INSERT INTO quarantine (input, reason, message, at) VALUES ('bad/x.bin', 'binary', 'third', '2026-01-03T00:00:00Z')");
        }
        try (SitrepStore s = open(data)) {
            assertThat(s.quarantined(10)).singleElement().satisfies(q -> assertThat(q.message()).isEqualTo("third"));
        }
    }

    private static org.sitrep.events.EventState event(String id, String story, String day) {
        java.time.LocalDate d = java.time.LocalDate.parse(day);
        return new org.sitrep.events.EventState(id, 1, story, "Event " + id, null, 0, d, d, 1, Map.of(), 0, Map.of(), 0, null, 0,
                Map.of(), Map.of(), 1, 0, false, null);
    }

    private static org.sitrep.events.StoryState story(String id, String first, String last, int events) {
        return new org.sitrep.events.StoryState(id, 1, null, java.time.LocalDate.parse(first), java.time.LocalDate.parse(last), events,
                Map.of(), 1);
    }

    /**
     * Issue 15: when events move out of a story, its days are those of the events it still holds. The clusterer only
     * ever widens a story's days in memory; the store, which holds all of a story's events, recomputes them.
     */
    @Test
    void storyDaysShrinkWhenItsEventsMoveOut() {
        try (SitrepStore s = open(data)) {
            EventIndex ix = s.events();
            EventIndex.Frequencies df = new EventIndex.Frequencies(new java.util.HashMap<>(), 0);
            ix.store(List.of(), 0, new org.sitrep.events.EventClusterer.Changes(
                    List.of(event("E1", "S1", "2024-01-01"), event("E2", "S1", "2024-01-10"), event("E3", "S1", "2024-01-20")),
                    List.of(story("S1", "2024-01-01", "2024-01-20", 3)), List.of(), List.of()), df);
            // E2 and E3 move to a story of their own; the clusterer reports S1 with the days it once covered, and
            // S2 wider than its events (as when it was restored from an older store).
            ix.store(List.of(), 0, new org.sitrep.events.EventClusterer.Changes(
                    List.of(event("E2", "S2", "2024-01-10"), event("E3", "S2", "2024-01-20")),
                    List.of(story("S1", "2024-01-01", "2024-01-20", 1), story("S2", "2024-01-05", "2024-01-20", 2)), List.of(), List.of()), df);
            assertThat(ix.state(10, 0).stories()).extracting(st -> st.id() + " " + st.first() + ".." + st.last())
                    .containsExactlyInAnyOrder("S1 2024-01-01..2024-01-01", "S2 2024-01-10..2024-01-20");
            // An event deleted (folded into another) leaves its story too.
            ix.store(List.of(), 0, new org.sitrep.events.EventClusterer.Changes(
                    List.of(event("E2", "S2", "2024-01-10")), List.of(), List.of("E3"), List.of()), df);
            assertThat(ix.state(10, 0).stories()).extracting(st -> st.id() + " " + st.first() + ".." + st.last())
                    .containsExactlyInAnyOrder("S1 2024-01-01..2024-01-01", "S2 2024-01-10..2024-01-10");
        }
    }
}
