package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The digests lists read: after a refresh every event's and story's summary and traits are what reading its members
 * gives, nothing is left stale, and each kind of change that a digest reads (a copy, an outlet key, a claim's
 * dispute, a type, a place named, a member moved) marks just the events it touches, whose summaries are right at
 * once (read live) and again after the next refresh. The store is the rows of {@link FilteredReadsIT}'s fixture:
 * <pre>
 *  a1 Eastwire Kupiansk E1 (S1) shelling E1 disputed;  a2 Westpost Kupiansk, Zelensky E1 (S1) shelling
 *  a3 Eastwire Kharkiv  E2 (S2) agreement;             a4 Eastwire Kyiv E3 (S2)
 * </pre>
 */
class DigestsIT extends OnDatabase {
    @TempDir
    Path data;

    private void fill() throws Exception {
        FilteredReadsIT.fill(data, db);
    }

    private void sql(String statement) throws Exception {
        try (Connection c = connect(data); Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }

    record Shown(Map<String, EventReads.EventSummary> events, Map<String, FilteredReads.EventTraits> traits, Map<String, EventReads.StorySummary> stories) {
    }

    private Shown shown(SitrepStore s) {
        var events = new java.util.LinkedHashMap<String, EventReads.EventSummary>();
        for (var e : s.eventReads().events(1, 50, 0).items()) events.put(e.id(), e);
        var stories = new java.util.LinkedHashMap<String, EventReads.StorySummary>();
        for (var st : s.eventReads().stories(1, 50, 0).items()) stories.put(st.id(), st);
        return new Shown(events, s.filtered().traits(List.copyOf(events.keySet())), stories);
    }

    private Shown live(SitrepStore s) throws Exception {
        var events = new java.util.LinkedHashMap<String, EventReads.EventSummary>();
        for (String id : List.of("E1", "E2", "E3")) s.eventReads().liveSummary(id).ifPresent(e -> events.put(id, e));
        var stories = new java.util.LinkedHashMap<String, EventReads.StorySummary>();
        for (String id : List.of("S1", "S2")) s.eventReads().liveStorySummary(id).ifPresent(st -> stories.put(id, st));
        return new Shown(events, s.filtered().liveTraits(List.copyOf(events.keySet())), stories);
    }

    private void sameAsLive(SitrepStore s) throws Exception {
        Shown shown = shown(s), live = live(s);
        assertThat(shown.events()).isEqualTo(live.events());
        assertThat(shown.traits()).isEqualTo(live.traits());
        assertThat(shown.stories()).isEqualTo(live.stories());
        // Type and dispute filters read the digests where fresh, the members where stale: either way what the traits say.
        for (String type : List.of("SHELLING_ARTILLERY_MISSILE_ATTACK", "AGREEMENT", "PEACEFUL_PROTEST")) {
            assertThat(filtered(s, Set.of(type), null)).as("events of type " + type)
                    .containsExactlyInAnyOrderElementsOf(live.traits().entrySet().stream().filter(e -> type.equals(e.getValue().subType())).map(Map.Entry::getKey).toList());
        }
        for (boolean disputed : List.of(true, false)) {
            assertThat(filtered(s, null, disputed)).as("events disputed " + disputed)
                    .containsExactlyInAnyOrderElementsOf(live.traits().entrySet().stream().filter(e -> e.getValue().disputed() == disputed).map(Map.Entry::getKey).toList());
        }
    }

    private static List<String> filtered(SitrepStore s, Set<String> types, Boolean disputed) {
        return s.filtered().events(new Selection(null, null, false, null, null, null, null, types, disputed, null, Selection.Order.NEWEST), 1, 50, 0)
                .items().stream().map(EventReads.EventSummary::id).toList();
    }

    @Test
    void aRefreshWritesWhatReadingTheMembersGivesAndLeavesNothingStale() throws Exception {
        fill();
        try (SitrepStore s = open(data)) {
            assertThat(s.digests().stale()).as("rows written before any refresh are stale").isEqualTo(new Digests.Refreshed(3, 2));
            Shown before = shown(s);
            assertThat(s.digests().refresh()).isEqualTo(new Digests.Refreshed(3, 2));
            assertThat(s.digests().stale()).isEqualTo(new Digests.Refreshed(0, 0));
            Shown after = shown(s);
            assertThat(after).isEqualTo(before);
            sameAsLive(s);
            var e1 = after.events().get("E1");
            assertThat(List.of(e1.articles(), e1.outlets(), e1.independentSources())).containsExactly(2L, 2L, 2L);
            assertThat(after.traits().get("E1").disputed()).isTrue();
            assertThat(after.traits().get("E1").subType()).isEqualTo("SHELLING_ARTILLERY_MISSILE_ATTACK");
            assertThat(after.traits().get("E1").mainPlace().name()).isEqualTo("Kupiansk");
            assertThat(after.stories().get("S2").articles()).isEqualTo(2);
        }
        try (SitrepStore s = openReadOnly(data)) {
            sameAsLive(s);
        }
    }

    /** One change, the events it must mark, and what it changes in what lists show. */
    private void change(String statement, List<String> marked, Consumer<Shown> expect) throws Exception {
        fill();
        try (SitrepStore s = open(data)) {
            s.digests().refresh();
        }
        sql(statement);
        try (SitrepStore s = open(data)) {
            var stale = new java.util.ArrayList<String>();
            try (Connection c = connect(data);
                 var r = c.createStatement().executeQuery("SELECT event_id FROM event_stale ORDER BY event_id")) {
                while (r.next()) stale.add(r.getString(1));
            }
            assertThat(stale).as("stale after: " + statement).containsExactlyElementsOf(marked);
            sameAsLive(s);
            expect.accept(shown(s));
            s.digests().refresh();
            sameAsLive(s);
            expect.accept(shown(s));
        }
    }

    @Test
    void aCopyMarksTheEventsOfBothArticles() throws Exception {
        change("INSERT INTO copies (original_id, copy_id, kind, score, jaccard, direction, evidence_json) VALUES ('a1', 'a2', 'REWRITE', 0.9, 0.8, 'x', '{}')",
                List.of("E1"), s -> assertThat(s.events().get("E1").independentSources()).isEqualTo(1));
    }

    @Test
    void anOutletJoinedMarksTheEventsOfItsArticles() throws Exception {
        change("UPDATE articles SET outlet_key = 'eastwire' WHERE id = 'a2'", List.of("E1"),
                s -> assertThat(s.events().get("E1").outlets()).isEqualTo(1));
    }

    @Test
    void anOutletKeyWrittenAgainUnchangedMarksNothing() throws Exception {
        change("UPDATE articles SET outlet_key = outlet_key", List.of(), s -> assertThat(s.events().get("E1").outlets()).isEqualTo(2));
    }

    @Test
    void aDisputeSettledMarksItsEvent() throws Exception {
        change("UPDATE event_claims SET disputes = 0 WHERE event_id = 'E1'", List.of("E1"), s -> assertThat(s.traits().get("E1").disputed()).isFalse());
    }

    @Test
    void aTypeReadMarksTheEventOfItsArticle() throws Exception {
        change("INSERT INTO article_types (article_id, sub_type, confidence, basis) VALUES ('a4', 'PEACEFUL_PROTEST', 0.9, 't')", List.of("E3"),
                s -> assertThat(s.traits().get("E3").subType()).isEqualTo("PEACEFUL_PROTEST"));
    }

    @Test
    void aPlaceNamedMarksTheEventOfItsArticle() throws Exception {
        change("INSERT INTO mentions (article_id, start, end, text, ner_type, kind, sentence, entity_id) VALUES ('a3', 5, 9, 'Kyiv', 'X', 'NAME', 0, "
                + FilteredReadsIT.KYIV + "), ('a3', 9, 12, 'Kyiv', 'X', 'NAME', 1, " + FilteredReadsIT.KYIV + ")", List.of("E2"),
                s -> assertThat(s.traits().get("E2").mainPlace()).isNotNull());
    }

    @Test
    void aMemberMovedMarksBothEventsAndTheirStories() throws Exception {
        change("UPDATE article_events SET event_id = 'E3' WHERE article_id = 'a3'", List.of("E2", "E3"), s -> {
            assertThat(s.events().get("E3").articles()).isEqualTo(2);
            assertThat(s.stories().get("S2").articles()).isEqualTo(2);
        });
    }

    @Test
    void anEventGoneLosesItsDigest() throws Exception {
        change("DELETE FROM events WHERE id = 'E3'", List.of("E3"), s -> assertThat(s.events()).doesNotContainKey("E3"));
        try (Connection c = connect(data);
             var r = c.createStatement().executeQuery("SELECT count(*) FROM event_digest WHERE event_id = 'E3'")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getLong(1)).isZero();
        }
    }

    @Test
    void aStoreOfTheSchemaBeforeHasEveryEventAndStoryStaleAndListsThemAsBefore() throws Exception {
        sqliteOnly("a data directory of an earlier schema; PostgreSQL starts at schema 13 (Flyway)");
        fill();
        try (SitrepStore s = open(data)) {
            s.digests().refresh();
        }
        try (Connection c = connect(data); Statement st = c.createStatement()) {
            OutletIndexIT.backToSchema11(st);
        }
        try (SitrepStore s = open(data)) {
            assertThat(s.digests().stale()).isEqualTo(new Digests.Refreshed(3, 2));
            sameAsLive(s);
            s.digests().refresh();
            sameAsLive(s);
        }
    }

    @Test
    void schemaStatementsKeepATriggersBodyWhole() {
        assertThat(StoreSchema.statements("CREATE TABLE t (x);\nCREATE TRIGGER g AFTER INSERT ON t BEGIN\n  INSERT INTO u VALUES (1);\n"
                + "  INSERT INTO u VALUES (2);\nEND;\nINSERT INTO t VALUES (3);\n")).containsExactly("CREATE TABLE t (x)",
                "CREATE TRIGGER g AFTER INSERT ON t BEGIN\n  INSERT INTO u VALUES (1);\n  INSERT INTO u VALUES (2);\nEND", "INSERT INTO t VALUES (3)");
    }
}
