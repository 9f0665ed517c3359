package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.geo.TransliterationKey;
import org.sitrep.model.Article;
import org.sitrep.model.DateEvidence;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Origin;
import org.sitrep.model.Problems;
import org.sitrep.model.Published;
import org.sitrep.model.SourceFormat;

/**
 * Each field of a {@link Selection} on articles, search, events and stories, over a small store whose annotations,
 * events, types and claim summaries are written as rows (the passes that write them are tested elsewhere):
 * <pre>
 *  a1 2024-03-05 Eastwire en  Kupiansk            E1 (S1) shelling   E1 disputed
 *  a2 2024-03-06 Westpost uk  Kupiansk, Zelensky  E1 (S1) shelling
 *  a3 2023-05-01 Eastwire en  Kharkiv             E2 (S2) agreement
 *  a4 2022-02-25 Eastwire en  Kyiv                E3 (S2) reports 2022-02-24
 * </pre>
 */
class FilteredReadsIT {
    @TempDir
    static Path data;

    static final long KUPIANSK = 1, KHARKIV = 2, ZELENSKY = 3, KYIV = 4;

    static Article article(String id, String outlet, String language, String day, String title, String text) {
        return new Article(id, new Origin("in/" + id + ".txt", "line 1", SourceFormat.JSON), outlet, "https://e.example/" + id, title,
                new Published(Instant.parse(day + "T09:00:00Z"), DatePrecision.DAY, DateEvidence.TEXT), Instant.parse("2026-01-01T10:00:00Z"),
                language, 0.97, title + "\n" + text, text, List.of(), Map.of(), Problems.none());
    }

    /** The database of this class's fixture: null for SQLite in {@link #data}; {@link FilteredReadsPgIT} sets PostgreSQL. */
    static String db;

    @BeforeAll
    static void fill() throws Exception {
        db = null;
        fill(data, db);
    }

    /** Writes the fixture above into a new store in {@code data}. */
    static void fill(Path data, String db) throws Exception {
        try (SitrepStore s = SitrepStore.open(data, db, null, java.time.InstantSource.system())) {
            StoreIT.put(s, article("a1", "Eastwire", "en", "2024-03-05", "Kupiansk shelled overnight", "Artillery hit Kupiansk overnight."));
            StoreIT.put(s, article("a2", "Westpost", "uk", "2024-03-06", "Strike on Kupiansk", "Zelensky spoke after the strike on Kupiansk."));
            StoreIT.put(s, article("a3", "Eastwire", "en", "2023-05-01", "Talks in Kharkiv", "Officials met in Kharkiv for talks."));
            StoreIT.put(s, article("a4", "Eastwire", "en", "2022-02-25", "Kyiv wakes to sirens", "Sirens sounded across Kyiv."));
            s.commit();
        }
        try (Connection c = OnDatabase.connect(data, db); Statement st = c.createStatement()) {
            // The outlet keys the outlet pass gives (the application's; a filter's outlet is resolved to its key).
            st.execute("UPDATE articles SET outlet_key = CASE id WHEN 'a2' THEN 'westpost' ELSE 'eastwire' END");
            entity(st, KUPIANSK, "PLACE", "Kupiansk", 704147L, 49.71, 37.61, "UA", "Kharkiv", "PPLA2");
            entity(st, KHARKIV, "PLACE", "Kharkiv", 706483L, 50.0, 36.25, "UA", "Kharkiv", "PPLA");
            entity(st, ZELENSKY, "PERSON", "Volodymyr Zelensky", null, null, null, null, null, null);
            entity(st, KYIV, "PLACE", "Kyiv", 703448L, 50.45, 30.52, "UA", "Kyiv", "PPLC");
            mention(st, "a1", KUPIANSK);
            mention(st, "a2", KUPIANSK);
            mention(st, "a2", ZELENSKY);
            mention(st, "a3", KHARKIV);
            mention(st, "a4", KYIV);
            st.execute("INSERT INTO stories (id, created, first_day, last_day, event_count, last_join) VALUES "
                    + "('S1', 1, '2024-03-05', '2024-03-06', 1, 2), ('S2', 3, '2022-02-24', '2023-05-01', 2, 4)");
            st.execute("INSERT INTO events (id, created, story_id, title, first_day, last_day, article_count, last_join) VALUES "
                    + "('E1', 1, 'S1', 'Kupiansk shelled', '2024-03-05', '2024-03-06', 2, 2), "
                    + "('E2', 3, 'S2', 'Talks in Kharkiv', '2023-05-01', '2023-05-01', 1, 3), "
                    + "('E3', 4, 'S2', 'Kyiv sirens', '2022-02-24', '2022-02-24', 1, 4)");
            st.execute("INSERT INTO article_events (article_id, seq, event_id, reason, similarity, day) VALUES "
                    + "('a1', 1, 'E1', 'new', 1, '2024-03-05'), ('a2', 2, 'E1', 'joined', 0.8, '2024-03-06'), "
                    + "('a3', 3, 'E2', 'new', 1, '2023-05-01'), ('a4', 4, 'E3', 'new', 1, '2022-02-24')");
            st.execute("INSERT INTO article_types (article_id, sub_type, confidence, basis) VALUES ('a1', 'SHELLING_ARTILLERY_MISSILE_ATTACK', 0.9, 't'), "
                    + "('a2', 'SHELLING_ARTILLERY_MISSILE_ATTACK', 0.8, 't'), ('a3', 'AGREEMENT', 0.7, 't')");
            st.execute("INSERT INTO event_claims (event_id, signature, claims, groups, corroborated, disputes, questions_json) VALUES "
                    + "('E1', 'x', 3, 2, 0, 1, '[]'), ('E2', 'y', 1, 1, 0, 0, '[]')");
        }
    }

    static void entity(Statement st, long id, String type, String name, Long geonameId, Double lat, Double lon, String country, String admin1,
                       String feature) throws Exception {
        st.execute("INSERT INTO entities (id, type, name, key, geoname_id, latitude, longitude, country, admin1, feature_code) VALUES (" + id
                + ", '" + type + "', '" + name + "', '" + TransliterationKey.of(name) + "', " + geonameId + ", " + lat + ", " + lon + ", "
                + q(country) + ", " + q(admin1) + ", " + q(feature) + ")");
    }

    static String q(String s) {
        return s == null ? "NULL" : "'" + s + "'";
    }

    static void mention(Statement st, String article, long entity) throws Exception {
        st.execute("INSERT INTO mentions (article_id, start, end, text, ner_type, kind, sentence, entity_id) VALUES ('" + article
                + "', 0, 1, 'x', 'X', 'NAME', 0, " + entity + ")");
    }

    static Selection sel(String from, String to, boolean eventDate, Set<Long> places, Set<Long> entities, String outlet, String language,
                         Set<String> types, Boolean disputed, String text, Selection.Order order) {
        return new Selection(from, to, eventDate, places, entities, outlet, language, types, disputed, text, order);
    }

    static List<String> articles(Selection s) {
        try (SitrepStore store = SitrepStore.openReadOnly(data, db)) {
            EventReads.Page<Article> page = store.filtered().articles(s, 50, 0);
            assertThat(page.total()).as("total").isEqualTo(page.items().size());
            assertThat(store.filtered().articleIds(s, 50)).isEqualTo(page.items().stream().map(Article::id).toList());
            return page.items().stream().map(Article::id).toList();
        }
    }

    static List<String> events(Selection s) {
        try (SitrepStore store = SitrepStore.openReadOnly(data, db)) {
            EventReads.Page<EventReads.EventSummary> page = store.filtered().events(s, 1, 50, 0);
            assertThat(page.total()).as("total").isEqualTo(page.items().size());
            assertThat(store.filtered().eventIds(s, 1, 50)).isEqualTo(page.items().stream().map(EventReads.EventSummary::id).toList());
            return page.items().stream().map(EventReads.EventSummary::id).toList();
        }
    }

    static List<String> stories(Selection s) {
        try (SitrepStore store = SitrepStore.openReadOnly(data, db)) {
            return store.filtered().stories(s, 1, 50, 0).items().stream().map(EventReads.StorySummary::id).toList();
        }
    }

    static final Selection.Order NEWEST = Selection.Order.NEWEST;

    @Test
    void aSizeFloorGoesWithTheFiltersAndPagesKeepTheTotal() {
        Selection english = sel(null, null, false, null, null, null, "en", null, null, null, NEWEST);
        try (SitrepStore store = SitrepStore.openReadOnly(data, db)) {
            var page = store.filtered().events(english, 2, 50, 0);
            assertThat(page.items()).extracting(EventReads.EventSummary::id).containsExactly("E1");
            assertThat(page.total()).isEqualTo(1);
            assertThat(store.filtered().eventIds(english, 2, 50)).containsExactly("E1");
            var second = store.filtered().events(english, 1, 1, 1);
            assertThat(second.total()).isEqualTo(3);
            assertThat(second.items()).extracting(EventReads.EventSummary::id).containsExactly("E2");
            assertThat(store.filtered().stories(english, 2, 50, 0).items()).extracting(EventReads.StorySummary::id).containsExactly("S2");
        }
    }

    @Test
    void noFilterListsEverythingNewestFirstAndEventsLargestFirst() {
        assertThat(articles(Selection.all(NEWEST))).containsExactly("a2", "a1", "a3", "a4");
        assertThat(articles(Selection.all(Selection.Order.OLDEST))).containsExactly("a4", "a3", "a1", "a2");
        assertThat(events(Selection.all(Selection.Order.LARGEST)).getFirst()).isEqualTo("E1");
        assertThat(events(Selection.all(NEWEST))).containsExactly("E1", "E2", "E3");
        assertThat(events(Selection.all(Selection.Order.OLDEST))).containsExactly("E3", "E2", "E1");
    }

    @Test
    void publishedDatesBoundTheDayOfPublication() {
        Selection y2024 = sel("2024-01-01", "2024-12-31", false, null, null, null, null, null, null, null, NEWEST);
        assertThat(articles(y2024)).containsExactly("a2", "a1");
        assertThat(events(y2024)).containsExactly("E1");
        assertThat(stories(y2024)).containsExactly("S1");
        // The last day is inclusive: published 2024-03-05T09:00Z is on 2024-03-05.
        assertThat(articles(sel(null, "2024-03-05", false, null, null, null, null, null, null, null, NEWEST))).containsExactly("a1", "a3", "a4");
    }

    @Test
    void eventDatesBoundTheDayReportedNotPublished() {
        Selection day = sel("2022-02-24", "2022-02-24", true, null, null, null, null, null, null, null, NEWEST);
        assertThat(articles(day)).containsExactly("a4");
        assertThat(events(day)).containsExactly("E3");
        assertThat(articles(sel("2022-02-24", "2022-02-24", false, null, null, null, null, null, null, null, NEWEST))).isEmpty();
    }

    @Test
    void placesEntitiesOutletAndLanguage() {
        assertThat(articles(sel(null, null, false, Set.of(KUPIANSK), null, null, null, null, null, null, NEWEST))).containsExactly("a2", "a1");
        assertThat(events(sel(null, null, false, Set.of(KHARKIV, KUPIANSK), null, null, null, null, null, null, NEWEST))).containsExactly("E1", "E2");
        assertThat(articles(sel(null, null, false, null, Set.of(ZELENSKY), null, null, null, null, null, NEWEST))).containsExactly("a2");
        assertThat(articles(sel(null, null, false, null, null, "westpost", null, null, null, null, NEWEST))).containsExactly("a2");
        assertThat(articles(sel(null, null, false, null, null, null, "uk", null, null, null, NEWEST))).containsExactly("a2");
        assertThat(events(sel(null, null, false, null, null, null, "uk", null, null, null, NEWEST))).containsExactly("E1");
        assertThat(articles(sel(null, null, false, Set.of(), null, null, null, null, null, null, NEWEST))).isEmpty();
        try (SitrepStore store = SitrepStore.openReadOnly(data, db)) {
            assertThat(store.filtered().placesWithin("UA", "Kharkiv")).containsExactlyInAnyOrder(KUPIANSK, KHARKIV);
            assertThat(store.filtered().placesWithin("UA", null)).containsExactlyInAnyOrder(KUPIANSK, KHARKIV, KYIV);
            assertThat(store.filtered().entitiesByKey("PLACE", TransliterationKey.of("Kupiansk"))).extracting(FilteredReads.Named::id)
                    .containsExactly(KUPIANSK);
        }
    }

    @Test
    void typesAreTheArticlesOwnAndTheEventsMostCommon() {
        Set<String> shelling = Set.of("SHELLING_ARTILLERY_MISSILE_ATTACK");
        assertThat(articles(sel(null, null, false, null, null, null, null, shelling, null, null, NEWEST))).containsExactly("a2", "a1");
        assertThat(events(sel(null, null, false, null, null, null, null, shelling, null, null, NEWEST))).containsExactly("E1");
        assertThat(events(sel(null, null, false, null, null, null, null, Set.of("AGREEMENT"), null, null, NEWEST))).containsExactly("E2");
        assertThat(stories(sel(null, null, false, null, null, null, null, Set.of("AGREEMENT"), null, null, NEWEST))).containsExactly("S2");
    }

    @Test
    void disputedFollowsTheEventsClaims() {
        assertThat(articles(sel(null, null, false, null, null, null, null, null, true, null, NEWEST))).containsExactly("a2", "a1");
        assertThat(events(sel(null, null, false, null, null, null, null, null, true, null, NEWEST))).containsExactly("E1");
        assertThat(events(sel(null, null, false, null, null, null, null, null, false, null, NEWEST))).containsExactly("E2", "E3");
    }

    @Test
    void freeTextGoesThroughTheSearchIndexAndRanksByRelevance() {
        Selection kupiansk = sel(null, null, false, null, null, null, null, null, null, "kupiansk", Selection.Order.RELEVANCE);
        assertThat(articles(kupiansk)).containsExactlyInAnyOrder("a1", "a2");
        assertThat(events(kupiansk)).containsExactly("E1");
        try (SitrepStore store = SitrepStore.openReadOnly(data, db)) {
            SitrepStore.SearchResult r = store.filtered().search(kupiansk, 10, 0);
            assertThat(r.total()).isEqualTo(2);
            assertThat(r.hits().get(0).score()).isGreaterThanOrEqualTo(r.hits().get(1).score());
            SitrepStore.SearchResult uk = store.filtered().search(sel(null, null, false, null, null, null, "uk", null, null, "kupiansk",
                    Selection.Order.RELEVANCE), 10, 0);
            assertThat(uk.total()).isEqualTo(1);
            assertThat(uk.hits()).singleElement().satisfies(h -> assertThat(h.article().id()).isEqualTo("a2"));
            assertThat(store.filtered().search(sel(null, null, false, null, null, null, null, null, null, "kharkiv OR kupiansk", NEWEST), 10, 1)
                    .hits()).extracting(h -> h.article().id()).containsExactly("a1", "a3");
        }
    }

    @Test
    void theSeqsOfHitsAreThoseOfTheIdsWhetherAllMatchesOrTheBestAreTaken() throws Exception {
        try (SearchIndex index = SearchIndex.openReader(data.resolve("index"));
             Connection c = OnDatabase.connect(data, db)) {
            for (String q : List.of("kupiansk", "kharkiv OR kupiansk OR kyiv", "nothing-like-it")) {
                for (int limit : new int[] {1, 2, 10}) {
                    List<String> ids = index.search(q, limit).ids();
                    List<Long> expected = new ArrayList<>();
                    for (String id : ids) {
                        try (var r = c.createStatement().executeQuery("SELECT seq FROM articles WHERE id = " + q(id))) {
                            r.next();
                            expected.add(r.getLong(1));
                        }
                    }
                    expected.sort(null);
                    assertThat(index.seqs(q, limit)).as(q + " at most " + limit).containsExactly(expected.stream().mapToLong(Long::longValue).toArray());
                }
            }
        }
    }

    @Test
    void traitsGiveTypeDisputeAndMainPlace() {
        try (SitrepStore store = SitrepStore.openReadOnly(data, db)) {
            Map<String, FilteredReads.EventTraits> t = store.filtered().traits(List.of("E1", "E3"));
            assertThat(t.get("E1").subType()).isEqualTo("SHELLING_ARTILLERY_MISSILE_ATTACK");
            assertThat(t.get("E1").disputed()).isTrue();
            assertThat(t.get("E1").mainPlace().name()).isEqualTo("Kupiansk");
            assertThat(t.get("E1").mainPlace().geonameId()).isEqualTo(704147L);
            assertThat(t.get("E3").subType()).isNull();
            assertThat(t.get("E3").disputed()).isFalse();
        }
    }
}
