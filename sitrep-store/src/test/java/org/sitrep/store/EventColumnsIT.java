package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Event and story lists worked out in memory ({@link EventColumns}) are SQL's, list for list: the same ids in the same
 * order with the same totals, over a store of 400 articles in 80 events and 20 stories written at random (undated
 * articles and events, unplaced articles, three languages, five outlets, two search words, types and disputes, some
 * events' digests stale) and 300 random selections of days (published or event), language, outlet, text, places,
 * entities, types, dispute, order and size floor. Then the columns follow a change.
 */
class EventColumnsIT extends OnDatabase {
    @TempDir
    Path data;

    static final List<String> LANGUAGES = List.of("en", "uk", "ru");
    static final List<String> OUTLETS = List.of("eastwire", "westpost", "kyivdaily", "mirror", "wire");
    static final List<String> TYPES = List.of("ARMED_CLASH", "AIR_DRONE_STRIKE", "AGREEMENT");

    static String day(Random r) {
        return LocalDate.of(2022, 1, 1).plusDays(r.nextInt(900)).toString();
    }

    private void fill(Random r) throws Exception {
        List<String> ids = new ArrayList<>();
        try (SitrepStore s = open(data)) {
            for (int i = 0; i < 400; i++) {
                String id = String.format("%016x", 0x1000L + i);
                String words = (r.nextInt(4) == 0 ? "drone " : "") + (r.nextInt(5) == 0 ? "Kupiansk " : "") + "report number " + i;
                StoreIT.put(s, FilteredReadsIT.article(id, "Outlet " + r.nextInt(5), LANGUAGES.get(r.nextInt(3)), day(r), words, words + " in full."));
                ids.add(id);
            }
            s.commit();
        }
        try (Connection c = connect(data); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("UPDATE articles SET outlet_key = ?, published_epoch = CASE WHEN ? THEN NULL ELSE published_epoch END WHERE id = ?")) {
                for (String id : ids) {
                    ps.setString(1, r.nextInt(10) == 0 ? null : OUTLETS.get(r.nextInt(OUTLETS.size())));
                    ps.setBoolean(2, r.nextInt(12) == 0);
                    ps.setString(3, id);
                    ps.executeUpdate();
                }
            }
            int[] members = new int[80];
            int[] storyEvents = new int[20];
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO article_events (article_id, seq, event_id, reason, similarity, day) VALUES (?,?,?,?,?,?)")) {
                int seq = 0;
                for (String id : ids) {
                    if (r.nextInt(10) == 0) continue; // not placed
                    int e = r.nextInt(80);
                    members[e]++;
                    ps.setString(1, id);
                    ps.setLong(2, ++seq);
                    ps.setString(3, "E" + e);
                    ps.setString(4, "joined");
                    ps.setDouble(5, 0.5);
                    ps.setString(6, null);
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO events (id, created, story_id, title, first_day, last_day, article_count, last_join) VALUES (?,?,?,?,?,?,?,?)")) {
                for (int e = 0; e < 80; e++) {
                    if (members[e] == 0) continue;
                    int story = r.nextInt(20);
                    storyEvents[story]++;
                    boolean dated = r.nextInt(8) != 0;
                    String first = day(r);
                    String last = LocalDate.parse(first).plusDays(r.nextInt(3) == 0 ? 0 : r.nextInt(40)).toString();
                    ps.setString(1, "E" + e);
                    ps.setLong(2, 1000 - e); // creation order unlike the ids'
                    ps.setString(3, "S" + story);
                    ps.setString(4, "Event " + e);
                    ps.setString(5, dated ? first : null);
                    ps.setString(6, dated ? last : null);
                    ps.setInt(7, members[e]);
                    ps.setLong(8, e);
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO stories (id, created, first_day, last_day, event_count, last_join) VALUES (?,?,?,?,?,?)")) {
                for (int st2 = 0; st2 < 20; st2++) {
                    if (storyEvents[st2] == 0) continue;
                    boolean dated = r.nextInt(6) != 0;
                    String first = day(r);
                    ps.setString(1, "S" + st2);
                    ps.setLong(2, st2 * 7 % 20);
                    ps.setString(3, dated ? first : null);
                    ps.setString(4, dated ? LocalDate.parse(first).plusDays(r.nextInt(60)).toString() : null);
                    ps.setInt(5, storyEvents[st2]);
                    ps.setLong(6, st2);
                    ps.executeUpdate();
                }
            }
            // Places and people named: entities 1-6, none to two mentions an article (some naming one twice).
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO mentions (article_id, start, end, text, ner_type, kind, sentence, entity_id) "
                    + "VALUES (?, 0, 1, 'x', 'LOCATION', 'PLACE', 0, ?)")) {
                for (String id : ids) {
                    for (int k = r.nextInt(3); k > 0; k--) {
                        ps.setString(1, id);
                        ps.setObject(2, r.nextInt(15) == 0 ? null : (long) 1 + r.nextInt(6));
                        ps.executeUpdate();
                    }
                }
            }
            // Types read in two articles of three (a quarter of them none), claims' summaries of two events of three
            // (a third of them disputed).
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO article_types (article_id, sub_type, confidence, basis) VALUES (?, ?, 0.9, 't')")) {
                for (String id : ids) {
                    if (r.nextInt(3) == 0) continue;
                    ps.setString(1, id);
                    ps.setString(2, r.nextInt(4) == 0 ? null : TYPES.get(r.nextInt(3)));
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO event_claims (event_id, signature, claims, groups, corroborated, disputes, questions_json) "
                    + "VALUES (?, 's', 1, 1, 0, ?, '[]')")) {
                for (int e = 0; e < 80; e++) {
                    if (members[e] == 0 || r.nextInt(3) == 0) continue;
                    ps.setString(1, "E" + e);
                    ps.setInt(2, r.nextInt(3) == 0 ? 1 : 0);
                    ps.executeUpdate();
                }
            }
            c.commit();
        }
        // Digests written, then some events changed: type and dispute filters read fresh digests and stale events' members.
        try (SitrepStore s = open(data)) {
            s.digests().refresh();
        }
        try (Connection c = connect(data); Statement st = c.createStatement()) {
            st.execute("UPDATE article_types SET sub_type = 'AGREEMENT' WHERE article_id IN (SELECT id FROM articles ORDER BY id LIMIT 40)");
            st.execute("UPDATE event_claims SET disputes = 1 - disputes WHERE event_id IN ('E1', 'E2', 'E3', 'E4')");
        }
    }

    @Test
    void columnsFoundOldAreReadInTheBackgroundWhileSqlAnswers() throws Exception {
        fill(new Random(7));
        Selection en = new Selection(null, null, false, null, null, null, "en", null, null, null, Selection.Order.LARGEST);
        try (SitrepStore s = open(data)) {
            FilteredReads f = s.filtered();
            f.inMemory(false);
            long sql = f.events(en, 1, 100, 0).total();
            f.inMemory(true);
            assertThat(f.events(en, 1, 100, 0).total()).as("SQL's while the columns are read").isEqualTo(sql);
            f.awaitColumns();
            assertThat(f.listsInMemory(en)).isTrue();
            assertThat(f.events(en, 1, 100, 0).total()).as("the columns'").isEqualTo(sql);
            int readings = f.readings;
            s.commit();
            assertThat(f.listsInMemory(en)).as("a commit with nothing in hand changes nothing").isTrue();
            assertThat(f.readings).isEqualTo(readings);

            // The writer's own change in hand: the snapshot cannot see it, so the columns are read again at its commit.
            StoreIT.put(s, FilteredReadsIT.article("ffff000000000001", "Outlet 1", "en", "2023-01-01", "A late report", "A late report in full."));
            if (db == null) {
                assertThat(f.listsInMemory(en)).isFalse();
                f.awaitColumns();
                assertThat(f.listsInMemory(en)).isTrue();
                s.commit();
                assertThat(f.listsInMemory(en)).as("its commit").isFalse();
                f.awaitColumns();
                assertThat(f.listsInMemory(en)).isTrue();
            } else {
                // PostgreSQL: no commit listener, so no background reading; the list that finds the columns old reads them
                // on the writer's connection, which sees its change in hand.
                f.inMemory(false);
                long sqlAfter = f.events(en, 1, 100, 0).total();
                f.inMemory(true);
                assertThat(f.events(en, 1, 100, 0).total()).isEqualTo(sqlAfter);
                assertThat(f.listsInMemory(en)).isTrue();
                s.commit();
                assertThat(f.listsInMemory(en)).isTrue();
            }

        }
        // A store read while another process writes (serve --read-only beside an ingest): another connection's commit.
        try (SitrepStore s = openReadOnly(data)) {
            FilteredReads f = s.filtered();
            Selection pl = new Selection(null, null, false, null, null, null, "pl", null, null, null, Selection.Order.LARGEST);
            assertThat(f.events(pl, 1, 100, 0).total()).isZero();
            try (Connection c = connect(data); Statement st = c.createStatement()) {
                st.execute("UPDATE articles SET language = 'pl'");
            }
            f.inMemory(false);
            long all = f.events(pl, 1, 100, 0).total();
            f.inMemory(true);
            assertThat(all).isGreaterThan(50);
            // Read in the background on SQLite; on PostgreSQL (no commit listener) by this list, at once.
            assertThat(f.listsInMemory(pl)).isEqualTo(db != null);
            assertThat(f.events(pl, 1, 100, 0).total()).isEqualTo(all);
            f.awaitColumns();
            assertThat(f.listsInMemory(pl)).isTrue();
            assertThat(f.events(pl, 1, 100, 0).total()).isEqualTo(all);
        }
    }

    static Set<Long> someEntities(Random r) {
        Set<Long> out = new java.util.TreeSet<>();
        for (int k = 1 + r.nextInt(2); k > 0; k--) out.add((long) 1 + r.nextInt(7)); // 7: named by no article
        return out;
    }

    static Selection randomSelection(Random r) {
        String from = r.nextInt(3) == 0 ? null : day(r);
        String to = r.nextInt(3) == 0 ? null : (from == null ? day(r) : LocalDate.parse(from).plusDays(r.nextInt(200)).toString());
        String language = r.nextInt(3) == 0 ? List.of("en", "uk", "ru", "pl").get(r.nextInt(4)) : null;
        String outlet = r.nextInt(3) == 0 ? List.of("eastwire", "westpost", "kyivdaily", "mirror", "wire", "nobody").get(r.nextInt(6)) : null;
        String text = r.nextInt(4) == 0 ? List.of("drone", "Kupiansk", "drone Kupiansk").get(r.nextInt(3)) : null;
        Selection.Order order = List.of(Selection.Order.NEWEST, Selection.Order.OLDEST, Selection.Order.LARGEST).get(r.nextInt(3));
        Set<Long> places = r.nextInt(3) == 0 ? someEntities(r) : null;
        Set<Long> entities = r.nextInt(5) == 0 ? someEntities(r) : null;
        Set<String> types = null;
        if (r.nextInt(4) == 0) {
            types = new java.util.TreeSet<>();
            for (int k = 1 + r.nextInt(2); k > 0; k--) types.add(List.of("ARMED_CLASH", "AIR_DRONE_STRIKE", "AGREEMENT", "PEACEFUL_PROTEST").get(r.nextInt(4)));
        }
        Boolean disputed = r.nextInt(5) == 0 ? r.nextBoolean() : null;
        return new Selection(from, to, r.nextBoolean(), places, entities, outlet, language, types, disputed, text, order);
    }

    record Lists(long events, List<String> eventPage, List<String> eventIds, long stories, List<String> storyPage) {
    }

    static Lists lists(FilteredReads f, Selection s, int min) {
        var events = f.events(s, min, 7, 3);
        var stories = f.stories(s, min, 5, 1);
        return new Lists(events.total(), events.items().stream().map(EventReads.EventSummary::id).toList(), f.eventIds(s, min, 1000),
                stories.total(), stories.items().stream().map(EventReads.StorySummary::id).toList());
    }

    @Test
    void everyListWorkedOutInMemoryIsSqlsListAndFollowsAChange() throws Exception {
        Random r = new Random(20261207);
        fill(r);
        try (SitrepStore s = open(data)) {
            FilteredReads f = s.filtered();
            f.background(false); // each list that finds the columns old reads them: every comparison is with the columns
            int nonEmpty = 0;
            for (int i = 0; i < 300; i++) {
                Selection sel = randomSelection(r);
                int min = 1 + r.nextInt(3);
                f.inMemory(false);
                Lists sql = lists(f, sel, min);
                f.inMemory(true);
                Lists memory = lists(f, sel, min);
                assertThat(memory).as(sel + " min " + min).isEqualTo(sql);
                if (sql.events() > 0) nonEmpty++;
            }
            assertThat(nonEmpty).as("selections that match something").isGreaterThan(100);
        }
        // A store read while another process writes (serve --read-only beside an ingest) sees each commit at its next list.
        try (SitrepStore s = openReadOnly(data)) {
            FilteredReads f = s.filtered();
            f.background(false); // each list that finds the columns old reads them: every comparison is with the columns
            Selection pl = new Selection(null, null, false, null, null, null, "pl", null, null, null, Selection.Order.LARGEST);
            assertThat(f.events(pl, 1, 100, 0).total()).isZero();
            try (Connection c = connect(data); Statement st = c.createStatement()) {
                st.execute("UPDATE articles SET language = 'pl'");
            }
            f.inMemory(false);
            long sqlAfter = f.events(pl, 1, 100, 0).total();
            f.inMemory(true);
            assertThat(f.events(pl, 1, 100, 0).total()).isEqualTo(sqlAfter).isGreaterThan(50);
            // The mentions too, once read for a place filter.
            Selection seven = new Selection(null, null, false, Set.of(7L), null, null, null, null, null, null, Selection.Order.LARGEST);
            assertThat(f.events(seven, 1, 100, 0).total()).isZero();
            try (Connection c = connect(data); Statement st = c.createStatement()) {
                st.execute("INSERT INTO mentions (article_id, start, end, text, ner_type, kind, sentence, entity_id) "
                        + "SELECT article_id, 0, 1, 'x', 'LOCATION', 'PLACE', 0, 7 FROM article_events WHERE event_id IN ('E3', 'E5')");
            }
            f.inMemory(false);
            long namingSeven = f.events(seven, 1, 100, 0).total();
            f.inMemory(true);
            assertThat(f.events(seven, 1, 100, 0).total()).isEqualTo(namingSeven).isGreaterThan(0);
        }
    }
}
