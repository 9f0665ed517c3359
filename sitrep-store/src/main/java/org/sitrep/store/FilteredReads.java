package org.sitrep.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Article;

/**
 * Lists under a {@link Selection}: articles, search hits, events and stories, each page with the total of what
 * matches, and the ids of every matching article (for claims and exports). Each filter field becomes one SQL
 * condition ({@link SelectionSql}); free text is looked up in the search index once and handed to SQL as a JSON array
 * of ids (in rank order, so relevance is that array's order).
 *
 * <p>Thread-safety: every method locks the {@link SitrepStore} it belongs to, whose connection it shares.
 */
public final class FilteredReads {
    /** At most this many search hits take part in a filtered list (as the unfiltered search's counts). */
    public static final int MAX_HITS = 10_000;

    private final SitrepStore store;
    private final Connection db;
    private final SearchIndex index;

    /** Lists by day, language, outlet, text, place and entity are worked out from these (read again whenever the store changed). */
    private EventColumns columns;
    private boolean inMemory = true;
    /** Whether columns are read again in the background (SQL answering meanwhile) rather than by the list that found them old. */
    private boolean background = true;
    /** The columns being read in the background, at most one reading at a time, on a connection of its own. */
    private java.util.concurrent.Future<EventColumns> reading;
    private java.util.concurrent.ExecutorService reader;
    /** Commits of the writer connection so far (a commit makes what the columns may lack visible to a snapshot); -1: none counted. */
    private final java.util.concurrent.atomic.AtomicLong commits = new java.util.concurrent.atomic.AtomicLong(-1);
    /** How many times the columns were read (for tests). */
    int readings;

    FilteredReads(SitrepStore store, Connection db, SearchIndex index) {
        this.store = store;
        this.db = db;
        this.index = index;
        try {
            db.unwrap(org.sqlite.SQLiteConnection.class).addCommitListener(new org.sqlite.SQLiteCommitListener() {
                @Override
                public void onCommit() {
                    commits.incrementAndGet();
                }

                @Override
                public void onRollback() {
                }
            });
            commits.set(0);
        } catch (SQLException e) {
            // not SQLite's connection: columns are read by the list that finds them old
        }
    }

    /** Whether lists the columns can work out are worked out there (else every list is SQL's; for tests comparing the two). */
    void inMemory(boolean on) {
        inMemory = on;
    }

    /**
     * Whether columns found old are read again in the background (the default: the list that found them old, and those
     * after it until they are read, are SQL's, ~0.1-0.2 s at 100k articles instead of the ~2 s a reading takes) or by
     * that list itself (for tests that compare the two).
     */
    void background(boolean on) {
        background = on;
    }

    /** Whether this selection's lists would be worked out in memory now (for tests). */
    boolean listsInMemory(Selection s) throws SQLException {
        synchronized (store) {
            return columnsFor(s) != null;
        }
    }

    /** Waits for the columns being read in the background, if any (for tests). */
    void awaitColumns() throws Exception {
        java.util.concurrent.Future<EventColumns> f;
        synchronized (store) {
            f = reading;
        }
        if (f != null) f.get();
    }

    /**
     * The columns when they can work out this selection's lists (it has a condition they hold) and are those of the
     * store as it is, else null (SQL's lists). Old columns are read again: in the background on a read-only connection
     * of their own whose snapshot is taken here, under the store's lock, so that they are the store at this version.
     */
    private EventColumns columnsFor(Selection s) throws SQLException {
        if (!inMemory || !EventColumns.handles(s)) return null;
        boolean any = s.fromDay() != null || s.toDay() != null || s.language() != null || s.outlet() != null || s.text() != null
                || s.placeIds() != null || s.entityIds() != null || s.subTypes() != null || s.disputed() != null;
        if (!any) return null; // nothing to match: SQL walks the size index for a page
        long[] tv = EventColumns.version(db);
        // A snapshot sees only what is committed: the writer's commits are part of the version, so that columns read
        // while it had changes in hand are read again once it commits them.
        long[] version = {tv[0], tv[1], commits.get()};
        if (reading != null && reading.isDone()) {
            try {
                columns = reading.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException e) {
                System.getLogger("sitrep.store").log(System.Logger.Level.WARNING, "reading the list columns failed: " + e.getCause());
            }
            reading = null;
        }
        if (columns == null || !columns.isAt(version)) {
            if (!background || commits.get() < 0) {
                readings++;
                columns = EventColumns.read(db, version);
            } else {
                if (reading == null) reading = readInBackground(version);
                if (reading != null) return null;
                readings++;
                columns = EventColumns.read(db, version); // no second connection to be had: read here
            }
        }
        if (s.placeIds() != null || s.entityIds() != null) columns.withMentions(db);
        if (s.subTypes() != null || s.disputed() != null) columns.withTraits(db);
        return columns;
    }

    /** Starts reading the columns at this version on a read-only connection of their own; null when none opens. */
    private java.util.concurrent.Future<EventColumns> readInBackground(long[] version) {
        Connection snapshot;
        try {
            snapshot = StoreSchema.readOnlyConnection(store.dataDir().resolve("sitrep.db"));
            snapshot.setAutoCommit(false);
            try (java.sql.Statement st = snapshot.createStatement(); ResultSet r = st.executeQuery("SELECT count(*) FROM schema_version")) {
                r.next(); // the read transaction, and so the snapshot, starts here, while the writer waits for the lock
            }
        } catch (SQLException e) {
            return null;
        }
        if (reader == null) {
            reader = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "sitrep-list-columns");
                t.setDaemon(true);
                return t;
            });
        }
        readings++;
        return reader.submit(() -> {
            try (snapshot) {
                EventColumns c = EventColumns.read(snapshot, version);
                snapshot.rollback();
                return c;
            }
        });
    }

    /** Stops a background reading (the store is closing). */
    void close() {
        if (reader != null) reader.shutdownNow();
    }

    /** A place or entity that a name stands for, with the gazetteer's country code and admin1 name the store keeps for places. */
    public record Named(long id, String type, String name, String country, String admin1, String featureCode) {
    }

    /** What an events list shows beside the counts: the most common type of its articles, whether disputed, its main place. */
    public record EventTraits(String subType, boolean disputed, EventReads.Named mainPlace) {
    }

    /** Entities whose name or one of whose spellings has this transliteration key; of this type ("PLACE"…) unless null. */
    public List<Named> entitiesByKey(String type, String key) {
        return named("SELECT id, type, name, country, admin1, feature_code FROM entities WHERE (key = ? OR id IN "
                + "(SELECT entity_id FROM entity_spellings WHERE key = ?))" + (type == null ? "" : " AND type = ?") + " ORDER BY mention_count DESC, id",
                type == null ? List.of(key, key) : List.of(key, key, type));
    }

    /** An entity by id, or an empty list. */
    public List<Named> entityById(long id) {
        return named("SELECT id, type, name, country, admin1, feature_code FROM entities WHERE id = ?", List.of(id));
    }

    /**
     * The ids of the places in a country ({@code admin1} null) or in one of its first-order areas, named as the
     * gazetteer names it (the store keeps each place's admin1 name: "Kharkiv" for Kharkiv Oblast).
     */
    public Set<Long> placesWithin(String country, String admin1) {
        List<Object> args = new ArrayList<>(List.of(country));
        if (admin1 != null) args.add(admin1);
        Set<Long> out = new LinkedHashSet<>();
        for (Named n : named("SELECT id, type, name, country, admin1, feature_code FROM entities WHERE type = 'PLACE' AND country = ?"
                + (admin1 == null ? "" : " AND admin1 = ?"), args)) out.add(n.id());
        return out;
    }

    private List<Named> named(String sql, List<?> args) {
        synchronized (store) {
            List<Named> out = new ArrayList<>();
            try (PreparedStatement ps = prepare(sql, args); ResultSet r = ps.executeQuery()) {
                while (r.next()) out.add(new Named(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6)));
            } catch (SQLException e) {
                throw new StoreException("look up entities", e);
            }
            return out;
        }
    }

    /** A page of articles (without source texts) matching the selection, in its order, and how many match. */
    public EventReads.Page<Article> articles(Selection s, int limit, int offset) {
        synchronized (store) {
            try {
                List<String> hits = hits(s);
                SelectionSql sql = new SelectionSql(s, hits);
                List<Object> args = new ArrayList<>();
                String where = sql.articleWhere("a", args);
                if (s.order() == Selection.Order.RELEVANCE) {
                    List<String> ranked = ranked(hits, strings("SELECT a.id FROM articles a WHERE " + where, args));
                    List<String> page = page(ranked, offset, limit);
                    Map<String, Article> found = ArticleRows.summaries(db, page);
                    return new EventReads.Page<>(ranked.size(), page.stream().map(found::get).filter(java.util.Objects::nonNull).toList());
                }
                long total = count("SELECT count(*) FROM articles a WHERE " + where, args);
                List<Object> page = new ArrayList<>(args);
                String order = sql.articleOrder("a", page);
                page.add(limit);
                page.add(offset);
                List<Article> items = ArticleRows.query(db, ArticleRows.SUMMARY_COLUMNS, "WHERE " + where + " ORDER BY " + order + " LIMIT ? OFFSET ?",
                        page, Integer.MAX_VALUE);
                return new EventReads.Page<>(total, items);
            } catch (SQLException | IOException e) {
                throw new StoreException("list filtered articles", e);
            }
        }
    }

    /** The ids of every article matching the selection, in its order, at most {@code max}. */
    public List<String> articleIds(Selection s, int max) {
        synchronized (store) {
            try {
                List<String> hits = hits(s);
                SelectionSql sql = new SelectionSql(s, hits);
                List<Object> args = new ArrayList<>();
                String where = sql.articleWhere("a", args);
                if (s.order() == Selection.Order.RELEVANCE) {
                    List<String> ranked = ranked(hits, strings("SELECT a.id FROM articles a WHERE " + where, args));
                    return List.copyOf(page(ranked, 0, max));
                }
                String order = sql.articleOrder("a", args);
                args.add(max);
                return strings("SELECT a.id FROM articles a WHERE " + where + " ORDER BY " + order + " LIMIT ?", args);
            } catch (SQLException | IOException e) {
                throw new StoreException("list filtered article ids", e);
            }
        }
    }

    /** The hits (in rank order) that are among the matching ids. */
    private static List<String> ranked(List<String> hits, List<String> matching) {
        Set<String> in = new java.util.HashSet<>(matching);
        List<String> out = new ArrayList<>();
        for (String id : hits) if (in.contains(id)) out.add(id);
        return out;
    }

    /** Search hits matching the rest of the selection, ranked by relevance unless the selection orders otherwise. */
    public SitrepStore.SearchResult search(Selection s, int limit, int offset) {
        if (s.text() == null) throw new IllegalArgumentException("a search needs free text");
        synchronized (store) {
            try {
                SearchIndex.Hits hits = index.search(s.text(), MAX_HITS);
                SelectionSql sql = new SelectionSql(s, hits.ids());
                List<Object> args = new ArrayList<>();
                String where = sql.articleWhere("a", args);
                List<String> ids;
                if (s.order() == Selection.Order.RELEVANCE) {
                    ids = ranked(hits.ids(), strings("SELECT a.id FROM articles a WHERE " + where, args));
                } else {
                    String order = sql.articleOrder("a", args);
                    ids = strings("SELECT a.id FROM articles a WHERE " + where + " ORDER BY " + order, args);
                }
                Map<String, Float> scores = new HashMap<>();
                for (int i = 0; i < hits.ids().size(); i++) scores.put(hits.ids().get(i), hits.scores().get(i));
                List<String> page = page(ids, offset, limit);
                Map<String, Article> found = ArticleRows.summaries(db, page);
                List<SitrepStore.SearchHit> out = new ArrayList<>();
                for (String id : page) {
                    Article a = found.get(id);
                    if (a != null) out.add(new SitrepStore.SearchHit(a, scores.getOrDefault(id, 0f), Snippets.around(a.text(), hits.terms())));
                }
                return new SitrepStore.SearchResult(ids.size(), out);
            } catch (SQLException | IOException e) {
                throw new StoreException("filtered search", e);
            }
        }
    }

    /**
     * A page of events of at least {@code minArticles} articles matching the selection, in its order (relevance: by
     * the best rank of an article of theirs among the search hits), with the total.
     */
    public EventReads.Page<EventReads.EventSummary> events(Selection s, int minArticles, int limit, int offset) {
        synchronized (store) {
            try {
                EventColumns in = columnsFor(s);
                if (in != null) {
                    List<String> all = in.events(s, hitSeqs(s), minArticles);
                    return new EventReads.Page<>(all.size(), store.eventReads().summaries(page(all, offset, limit)));
                }
                List<String> hits = hits(s);
                SelectionSql sql = new SelectionSql(s, hits);
                List<Object> args = new ArrayList<>();
                String size = sizeAtLeast("e.article_count", minArticles, args);
                String conditions = sql.eventWhere("e", args);
                String where = size + conditions;
                List<String> ids;
                long total;
                if (s.order() == Selection.Order.RELEVANCE) {
                    Set<String> matching = new java.util.HashSet<>(strings("SELECT e.id FROM events e WHERE " + where, args));
                    List<String> ranked = new ArrayList<>(new LinkedHashSet<>(strings("SELECT x.event_id FROM json_each(?) j "
                            + "JOIN article_events x ON x.article_id = j.value ORDER BY j.key", List.of(SelectionSql.jsonArray(hits)))));
                    ranked.retainAll(matching);
                    total = ranked.size();
                    ids = page(ranked, offset, limit);
                } else if (conditions.equals("1=1")) {
                    // Nothing to match: the count is the table's, the page a walk of the size index.
                    total = count("SELECT count(*) FROM events e WHERE " + where, args);
                    String order = sql.eventOrder("e", args);
                    args.add(limit);
                    args.add(offset);
                    ids = strings("SELECT e.id FROM events e WHERE " + where + " ORDER BY " + order + " LIMIT ? OFFSET ?", args);
                } else {
                    // One query for the page and the total: the matching set is found once, not once to count and once to page.
                    String order = sql.eventOrder("e", args);
                    List<String> all = strings("SELECT e.id FROM events e WHERE " + where + " ORDER BY " + order, args);
                    total = all.size();
                    ids = page(all, offset, limit);
                }
                return new EventReads.Page<>(total, store.eventReads().summaries(ids));
            } catch (SQLException | IOException e) {
                throw new StoreException("list filtered events", e);
            }
        }
    }

    /** The ids of every event of at least {@code minArticles} articles matching the selection, in its order, at most {@code max}. */
    public List<String> eventIds(Selection s, int minArticles, int max) {
        synchronized (store) {
            try {
                if (s.order() == Selection.Order.RELEVANCE) return events(s, minArticles, max, 0).items().stream().map(EventReads.EventSummary::id).toList();
                EventColumns in = columnsFor(s);
                if (in != null) return List.copyOf(page(in.events(s, hitSeqs(s), minArticles), 0, max));
                SelectionSql sql = new SelectionSql(s, hits(s));
                List<Object> args = new ArrayList<>();
                String where = sizeAtLeast("e.article_count", minArticles, args) + sql.eventWhere("e", args);
                String order = sql.eventOrder("e", args);
                args.add(max);
                return strings("SELECT e.id FROM events e WHERE " + where + " ORDER BY " + order + " LIMIT ?", args);
            } catch (SQLException | IOException e) {
                throw new StoreException("list filtered event ids", e);
            }
        }
    }

    /**
     * A page of stories of at least {@code minEvents} events with an event matching the selection, with the total;
     * relevance orders as largest.
     */
    public EventReads.Page<EventReads.StorySummary> stories(Selection s, int minEvents, int limit, int offset) {
        synchronized (store) {
            try {
                EventColumns in = columnsFor(s);
                if (in != null) {
                    List<String> all = in.stories(s, hitSeqs(s), minEvents);
                    return new EventReads.Page<>(all.size(), store.eventReads().storySummaries(page(all, offset, limit)));
                }
                SelectionSql sql = new SelectionSql(s, hits(s));
                List<Object> args = new ArrayList<>();
                String size = sizeAtLeast("st.event_count", minEvents, args);
                String events = sql.eventWhere("e", args);
                // The stories of the matching events, found once (not the events of every story tried in turn).
                String where = size + (events.equals("1=1") ? "1=1" : "st.id IN (SELECT e.story_id FROM events e WHERE " + events + ")");
                String order = sql.storyOrder("st", args);
                List<String> all = strings("SELECT st.id FROM stories st WHERE " + where + " ORDER BY " + order, args);
                return new EventReads.Page<>(all.size(), store.eventReads().storySummaries(page(all, offset, limit)));
            } catch (SQLException | IOException e) {
                throw new StoreException("list filtered stories", e);
            }
        }
    }

    /**
     * For each of these events: its articles' most common stored sub-type, whether its claims are disputed, and its main
     * place: the place most of its articles name, a country or continent only when they name nothing smaller ("Russian
     * forces" names Russia in every report of the war).
     */
    public Map<String, EventTraits> traits(Collection<String> eventIds) {
        synchronized (store) {
            Map<String, EventTraits> out = new LinkedHashMap<>();
            List<String> live = new ArrayList<>();
            try (PreparedStatement ps = db.prepareStatement("SELECT d.sub_type, d.disputed, d.place_id, en.type, en.name, en.geoname_id, "
                    + "en.latitude, en.longitude, d.place_n FROM event_digest d LEFT JOIN entities en ON en.id = d.place_id "
                    + "WHERE d.event_id = ? AND NOT EXISTS (SELECT 1 FROM event_stale s WHERE s.event_id = d.event_id)")) {
                for (String id : eventIds) {
                    ps.setString(1, id);
                    try (ResultSet r = ps.executeQuery()) {
                        if (!r.next()) {
                            live.add(id);
                            out.put(id, null);
                            continue;
                        }
                        EventReads.Named main = r.getObject(3) == null || r.getString(5) == null ? null
                                : new EventReads.Named(r.getLong(3), r.getString(4), r.getString(5), r.getObject(6) == null ? null : r.getLong(6),
                                r.getObject(7) == null ? null : r.getDouble(7), r.getObject(8) == null ? null : r.getDouble(8), r.getLong(9));
                        out.put(id, new EventTraits(r.getString(1), r.getBoolean(2), main));
                    }
                }
            } catch (SQLException e) {
                throw new StoreException("read the digests of " + eventIds.size() + " events", e);
            }
            if (!live.isEmpty()) out.putAll(liveTraits(live));
            return out;
        }
    }

    /** The traits of these events worked out from their articles (what their digests keep). */
    Map<String, EventTraits> liveTraits(Collection<String> eventIds) {
        synchronized (store) {
            Map<String, EventTraits> out = new LinkedHashMap<>();
            try (PreparedStatement type = db.prepareStatement("SELECT " + SelectionSql.dominantType("?") + ", "
                    + "EXISTS (SELECT 1 FROM event_claims c WHERE c.event_id = ? AND c.disputes > 0)");
                 PreparedStatement place = db.prepareStatement("SELECT en.id, en.type, en.name, en.geoname_id, en.latitude, en.longitude, "
                         + "count(DISTINCT m.article_id) n FROM article_events ae JOIN mentions m ON m.article_id = ae.article_id "
                         + "JOIN entities en ON en.id = m.entity_id WHERE ae.event_id = ? AND en.type = 'PLACE' AND m.ner_type NOT IN " + MentionTypes.NOT_WHERE + " "
                         + "GROUP BY en.id ORDER BY coalesce(en.feature_code LIKE 'PCL%' OR en.feature_code = 'CONT', 0), n DESC, en.id LIMIT 1")) {
                for (String id : eventIds) {
                    type.setString(1, id);
                    type.setString(2, id);
                    String subType;
                    boolean disputed;
                    try (ResultSet r = type.executeQuery()) {
                        r.next();
                        subType = r.getString(1);
                        disputed = r.getBoolean(2);
                    }
                    place.setString(1, id);
                    EventReads.Named main = null;
                    try (ResultSet r = place.executeQuery()) {
                        if (r.next()) {
                            main = new EventReads.Named(r.getLong(1), r.getString(2), r.getString(3), r.getObject(4) == null ? null : r.getLong(4),
                                    r.getObject(5) == null ? null : r.getDouble(5), r.getObject(6) == null ? null : r.getDouble(6), r.getLong(7));
                        }
                    }
                    out.put(id, new EventTraits(subType, disputed, main));
                }
                return out;
            } catch (SQLException e) {
                throw new StoreException("read the traits of " + eventIds.size() + " events", e);
            }
        }
    }

    /**
     * "column >= min AND " with its argument, or nothing where every row qualifies (an event has an article, a story an
     * event): the condition would lead SQLite to walk the size index over every row.
     */
    private static String sizeAtLeast(String column, int min, List<Object> args) {
        if (min <= 1) return "";
        args.add(min);
        return column + " >= ? AND ";
    }

    /** The ids of the search hits of the selection's free text, in rank order; null without free text. */
    private List<String> hits(Selection s) throws IOException {
        return s.text() == null ? null : index.search(s.text(), MAX_HITS).ids();
    }

    /** The seqs of the same hits as {@link #hits}, ascending, for the columns (no stored document read). */
    private long[] hitSeqs(Selection s) throws IOException {
        return s.text() == null ? null : index.seqs(s.text(), MAX_HITS);
    }

    /** The part of a whole ordered list that a page shows. */
    private static <T> List<T> page(List<T> all, int offset, int limit) {
        return all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit));
    }

    private PreparedStatement prepare(String sql, List<?> args) throws SQLException {
        PreparedStatement ps = db.prepareStatement(sql);
        for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
        return ps;
    }

    private long count(String sql, List<?> args) throws SQLException {
        try (PreparedStatement ps = prepare(sql, args); ResultSet r = ps.executeQuery()) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    private List<String> strings(String sql, List<?> args) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(sql, args); ResultSet r = ps.executeQuery()) {
            while (r.next()) out.add(r.getString(1));
        }
        return out;
    }

    /** The epoch second at the start of an ISO day (UTC). */
    static long startOf(String day) {
        return LocalDate.parse(day).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    }
}
