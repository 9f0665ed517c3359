package org.sitrep.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.events.ClusterChange;
import org.sitrep.events.EventClusterer;
import org.sitrep.events.EventMember;
import org.sitrep.events.EventState;
import org.sitrep.events.EventVectors;
import org.sitrep.events.Placement;
import org.sitrep.events.StoryState;

/**
 * Events and stories in the store (schema 5): the clusterer's state, each article's event, the log of merges, the
 * document frequencies the vectors are weighted with, and the reading side (lists, details, timelines). Shares the
 * store's connection and lock.
 */
public final class EventIndex {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final SitrepStore store;
    private final Connection db;

    EventIndex(SitrepStore store, Connection db) {
        this.store = store;
        this.db = db;
    }

    // ---------------------------------------------------------------- progress

    /** The seq of the last article placed; 0 before the first. */
    public long placedSeq() {
        synchronized (store) {
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT coalesce(max(placed_seq), 0) FROM events_progress")) {
                return r.next() ? r.getLong(1) : 0;
            } catch (SQLException e) {
                throw new StoreException("read the events mark", e);
            }
        }
    }

    /** The seq of the last article counted into the document frequencies. */
    public long countedSeq() {
        synchronized (store) {
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT coalesce(max(counted_seq), 0) FROM events_progress")) {
                return r.next() ? r.getLong(1) : 0;
            } catch (SQLException e) {
                throw new StoreException("read the events mark", e);
            }
        }
    }

    /** Saves the frequencies counted so far and the counting mark, in one transaction. */
    public void saveCounts(Frequencies df, long countedSeq) {
        synchronized (store) {
            try {
                writeCounts(df);
                try (PreparedStatement ps = db.prepareStatement("UPDATE events_progress SET counted_seq = ?, documents = ?")) {
                    ps.setLong(1, countedSeq);
                    ps.setLong(2, df.ownDocuments());
                    ps.executeUpdate();
                }
                db.commit();
                df.unsaved.clear();
            } catch (SQLException e) {
                rollback();
                throw new StoreException("store the document frequencies", e);
            }
        }
    }

    private void writeCounts(Frequencies df) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO term_df (key, df) VALUES (?, ?) "
                + "ON CONFLICT (key) DO UPDATE SET df = df + excluded.df")) {
            for (Map.Entry<String, Integer> e : df.unsaved.entrySet()) {
                ps.setString(1, e.getKey());
                ps.setInt(2, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Articles stored after the events mark, up to {@code upTo} (inclusive). */
    public long pending(long upTo) {
        synchronized (store) {
            try (PreparedStatement ps = db.prepareStatement("SELECT count(*) FROM articles WHERE seq > ? AND seq <= ?")) {
                ps.setLong(1, placedSeq());
                ps.setLong(2, upTo);
                try (ResultSet r = ps.executeQuery()) {
                    return r.next() ? r.getLong(1) : 0;
                }
            } catch (SQLException e) {
                throw new StoreException("count articles to place", e);
            }
        }
    }

    /** Forgets every event, story and frequency, so the next pass places everything again. */
    public void reset() {
        synchronized (store) {
            try (Statement s = db.createStatement()) {
                for (String t : List.of("events", "stories", "event_state", "story_state", "article_events", "cluster_log", "term_df",
                        "event_digest", "story_digest", "event_stale", "story_stale")) {
                    s.executeUpdate("DELETE FROM " + t);
                }
                s.executeUpdate("UPDATE events_progress SET placed_seq = 0, counted_seq = 0, documents = 0");
                s.executeUpdate("UPDATE place_settle_progress SET settled_seq = 0");
                db.commit();
            } catch (SQLException e) {
                rollback();
                throw new StoreException("reset the events", e);
            }
        }
    }

    // ---------------------------------------------------------------- the clusterer's state

    /**
     * The clusterer's stored state, oldest first: the {@code window} most recently joined events and stories, and the
     * headlines of the {@code headlines} most recent placements (an outlet's serial pages are recognised across runs
     * from them; the clusterer keeps them in memory only).
     */
    public ClusterState state(int window, int headlines) {
        synchronized (store) {
            try {
                List<EventState> events = new ArrayList<>();
                try (PreparedStatement ps = db.prepareStatement("SELECT e.id, e.created, e.story_id, e.title, e.title_article, e.first_day, e.last_day, "
                        + "e.article_count, e.last_join, s.state_json FROM events e JOIN event_state s ON s.id = e.id ORDER BY e.last_join DESC LIMIT ?")) {
                    ps.setInt(1, window);
                    try (ResultSet r = ps.executeQuery()) {
                        while (r.next()) events.add(eventState(r));
                    }
                }
                List<StoryState> stories = new ArrayList<>();
                try (PreparedStatement ps = db.prepareStatement("SELECT st.id, st.created, st.first_day, st.last_day, st.event_count, st.last_join, s.state_json, "
                        + "st.anchor FROM stories st JOIN story_state s ON s.id = st.id ORDER BY st.last_join DESC LIMIT ?")) {
                    ps.setInt(1, window);
                    try (ResultSet r = ps.executeQuery()) {
                        while (r.next()) {
                            StoredStory s = JSON.readValue(r.getString(7), StoredStory.class);
                            stories.add(new StoryState(r.getString(1), r.getLong(2), r.getString(8), day(r.getString(3)), day(r.getString(4)), r.getInt(5),
                                    s.names(), r.getLong(6)));
                        }
                    }
                }
                Collections.reverse(events);
                Collections.reverse(stories);
                List<Headline> recent = new ArrayList<>();
                try (PreparedStatement ps = db.prepareStatement("SELECT o.name, a.title, ae.day FROM article_events ae "
                        + "JOIN articles a ON a.id = ae.article_id LEFT JOIN outlets o ON o.id = a.outlet_id "
                        + "WHERE ae.day IS NOT NULL AND a.title IS NOT NULL AND o.name IS NOT NULL ORDER BY ae.seq DESC LIMIT ?")) {
                    ps.setInt(1, headlines);
                    try (ResultSet r = ps.executeQuery()) {
                        while (r.next()) recent.add(new Headline(r.getString(1), r.getString(2), day(r.getString(3))));
                    }
                }
                Collections.reverse(recent);
                return new ClusterState(events, stories, recent);
            } catch (SQLException e) {
                throw new StoreException("load the events", e);
            } catch (IOException e) {
                throw new StoreException("read a stored event state", e);
            }
        }
    }

    /** What {@link #state} loads, oldest first. */
    public record ClusterState(List<EventState> events, List<StoryState> stories, List<Headline> headlines) {
    }

    /** The headline of a placed article, with its outlet and the day its event is dated. */
    public record Headline(String outlet, String title, LocalDate day) {
    }

    private static EventState eventState(ResultSet r) throws SQLException, JsonProcessingException {
        StoredEvent s = JSON.readValue(r.getString(10), StoredEvent.class);
        float[] emb = s.embedding() == null ? null : Vectors.toFloats(Base64.getDecoder().decode(s.embedding()));
        return new EventState(r.getString(1), r.getLong(2), r.getString(3), r.getString(4), r.getString(5), s.titleScore(),
                day(r.getString(6)), day(r.getString(7)), r.getInt(8), s.terms(), s.termMembers(), s.names(), s.nameMembers(),
                emb, s.embeddedMembers(), s.storyNames(), s.places() == null ? Map.of() : s.places(), r.getLong(9),
                s.namesInformation(), s.serial(), s.members() == null ? null : s.members().stream().map(StoredMember::member).toList(),
                s.languages());
    }

    /** An event's member as stored (see {@link EventMember}); an event stored before members were kept has none. */
    private record StoredMember(String id, String title, String day, Map<String, Float> terms, Map<String, Float> names,
                                String embedding, double termsInformation, double namesInformation,
                                Map<String, Integer> places, List<String> copies, String language) {
        static StoredMember of(EventMember m) {
            return new StoredMember(m.articleId(), m.title(), m.date() == null ? null : m.date().toString(), m.terms(), m.names(),
                    m.embedding() == null ? null : Base64.getEncoder().encodeToString(Vectors.toBytes(m.embedding())),
                    m.termsInformation(), m.namesInformation(), m.places(), m.copies(), m.language());
        }

        EventMember member() {
            return new EventMember(id, title, EventIndex.day(day), terms == null ? Map.of() : terms, names == null ? Map.of() : names,
                    embedding == null ? null : Vectors.toFloats(Base64.getDecoder().decode(embedding)), termsInformation,
                    namesInformation, places, copies, language);
        }
    }

    private record StoredEvent(Map<String, Float> terms, int termMembers, Map<String, Float> names, int nameMembers,
                               String embedding, int embeddedMembers, Map<String, Float> storyNames, double titleScore,
                               Map<String, int[]> places, double namesInformation, boolean serial, List<StoredMember> members,
                               Map<String, Integer> languages) {
    }

    private record StoredStory(Map<String, Float> names) {
    }

    /**
     * The document frequencies of everything placed so far plus {@code background} (the frequencies a new store starts
     * from, not saved), to go on counting in memory.
     */
    public Frequencies frequencies(Frequencies background) {
        synchronized (store) {
            Map<String, Integer> df = new HashMap<>();
            long docs = 0;
            try (Statement s = db.createStatement()) {
                try (ResultSet r = s.executeQuery("SELECT key, df FROM term_df")) {
                    while (r.next()) df.put(r.getString(1), r.getInt(2));
                }
                try (ResultSet r = s.executeQuery("SELECT coalesce(max(documents), 0) FROM events_progress")) {
                    if (r.next()) docs = r.getLong(1);
                }
            } catch (SQLException e) {
                throw new StoreException("load the document frequencies", e);
            }
            background.dfMap().forEach((k, v) -> df.merge(k, v, Integer::sum));
            return new Frequencies(df, docs + background.documents(), background);
        }
    }

    /** Document frequencies counted as articles are placed (each article counts once its vectors are made). */
    public static final class Frequencies implements EventVectors.Frequencies {
        private final Map<String, Integer> df;
        private long documents;
        private final Map<String, Integer> unsaved = new HashMap<>();

        public Frequencies(Map<String, Integer> df, long documents) {
            this(df, documents, null);
        }

        /** With {@code background} already added into {@code df} and {@code documents}; only the rest is saved. */
        Frequencies(Map<String, Integer> df, long documents, Frequencies background) {
            this.df = df;
            this.documents = documents;
            this.backgroundDocuments = background == null ? 0 : background.documents();
        }

        private final long backgroundDocuments;

        /** Documents counted in this store (without the shipped background). */
        long ownDocuments() {
            return documents - backgroundDocuments;
        }

        @Override
        public long documents() {
            return documents;
        }

        @Override
        public long df(String key) {
            return df.getOrDefault(key, 0);
        }

        public Map<String, Integer> dfMap() {
            return df;
        }

        public void count(Iterable<String> keys) {
            documents++;
            for (String k : keys) {
                df.merge(k, 1, Integer::sum);
                unsaved.merge(k, 1, Integer::sum);
            }
        }
    }

    // ---------------------------------------------------------------- features

    /** Up to {@code limit} (seq, id) pairs after {@code seq} and up to {@code upTo}, in seq order. */
    public List<Map.Entry<Long, String>> after(long seq, long upTo, int limit) {
        synchronized (store) {
            List<Map.Entry<Long, String>> out = new ArrayList<>();
            try (PreparedStatement ps = db.prepareStatement("SELECT seq, id FROM articles WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?")) {
                ps.setLong(1, seq);
                ps.setLong(2, upTo);
                ps.setInt(3, limit);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) out.add(Map.entry(r.getLong(1), r.getString(2)));
                }
            } catch (SQLException e) {
                throw new StoreException("list articles to place", e);
            }
            return out;
        }
    }

    // ---------------------------------------------------------------- writing

    /** One placed article, for {@link #store}. */
    public record Placed(long seq, Placement placement, LocalDate day) {
    }

    /**
     * Writes a batch of placements, the clusterer's changed state, the merges (articles and events re-pointed), the
     * frequencies counted, and the mark; one transaction, committed here.
     */
    public void store(List<Placed> batch, long mark, EventClusterer.Changes changes, Frequencies df) {
        synchronized (store) {
            try {
                try (PreparedStatement ps = db.prepareStatement("INSERT OR REPLACE INTO article_events (article_id, seq, event_id, reason, "
                        + "similarity, day) VALUES (?,?,?,?,?,?)")) {
                    for (Placed p : batch) {
                        ps.setString(1, p.placement().articleId());
                        ps.setLong(2, p.seq());
                        ps.setString(3, p.placement().eventId());
                        ps.setString(4, p.placement().reason().wire());
                        ps.setDouble(5, p.placement().similarity());
                        ps.setString(6, p.day() == null ? null : p.day().toString());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                Set<String> touched = storiesOf(changes);
                for (Placed p : batch) {
                    for (ClusterChange c : p.placement().changes()) applyChange(p.seq(), c);
                }
                writeEvents(changes.events());
                writeStories(changes.stories());
                try (PreparedStatement del = db.prepareStatement("DELETE FROM events WHERE id = ?");
                     PreparedStatement state = db.prepareStatement("DELETE FROM event_state WHERE id = ?")) {
                    for (String id : changes.goneEvents()) {
                        del.setString(1, id);
                        del.addBatch();
                        state.setString(1, id);
                        state.addBatch();
                    }
                    del.executeBatch();
                    state.executeBatch();
                }
                try (PreparedStatement del = db.prepareStatement("DELETE FROM stories WHERE id = ?");
                     PreparedStatement state = db.prepareStatement("DELETE FROM story_state WHERE id = ?")) {
                    for (String id : changes.goneStories()) {
                        del.setString(1, id);
                        del.addBatch();
                        state.setString(1, id);
                        state.addBatch();
                    }
                    del.executeBatch();
                    state.executeBatch();
                }
                touched.addAll(storiesOf(changes));
                coverEvents(touched);
                writeCounts(df);
                try (PreparedStatement ps = db.prepareStatement("UPDATE events_progress SET placed_seq = ?")) {
                    ps.setLong(1, mark);
                    ps.executeUpdate();
                }
                db.commit();
                df.unsaved.clear();
            } catch (SQLException | JsonProcessingException e) {
                rollback();
                throw new StoreException("store the events of " + batch.size() + " articles", e);
            }
        }
    }

    /** The stories written and the stories that the written or gone events are stored in (before or after the write). */
    private Set<String> storiesOf(EventClusterer.Changes changes) throws SQLException {
        Set<String> out = new HashSet<>();
        for (StoryState s : changes.stories()) out.add(s.id());
        try (PreparedStatement ps = db.prepareStatement("SELECT story_id FROM events WHERE id = ?")) {
            List<String> ids = new ArrayList<>(changes.goneEvents());
            for (EventState e : changes.events()) ids.add(e.id());
            for (String id : ids) {
                ps.setString(1, id);
                try (ResultSet r = ps.executeQuery()) {
                    if (r.next() && r.getString(1) != null) out.add(r.getString(1));
                }
            }
        }
        return out;
    }

    /**
     * Sets each story's days to those its stored events cover. The clusterer only widens a story's days (it holds
     * the story's recent events, not all of them), so a story whose events moved out, were folded into another
     * story's event or split off kept days it no longer reports; the store holds every event and recomputes them.
     */
    private void coverEvents(Set<String> stories) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("UPDATE stories SET first_day = (SELECT min(first_day) FROM events WHERE story_id = ?1), "
                + "last_day = (SELECT max(last_day) FROM events WHERE story_id = ?1) WHERE id = ?1")) {
            for (String id : stories) {
                ps.setString(1, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void applyChange(long seq, ClusterChange c) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO cluster_log (at_seq, kind, from_id, into_id, detail) VALUES (?,?,?,?,?)")) {
            ps.setLong(1, seq);
            ps.setString(2, c.kind().wire());
            ps.setString(3, c.from());
            ps.setString(4, c.into());
            ps.setString(5, c.detail());
            ps.executeUpdate();
        }
        if (c.kind() == ClusterChange.Kind.EVENT_SPLIT) {
            try (PreparedStatement ps = db.prepareStatement("UPDATE article_events SET event_id = ? WHERE article_id = ? AND event_id = ?")) {
                for (String article : c.articles()) {
                    ps.setString(1, c.into());
                    ps.setString(2, article);
                    ps.setString(3, c.from());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return;
        }
        String sql = switch (c.kind()) {
            case EVENT_MERGED -> "UPDATE article_events SET event_id = ? WHERE event_id = ?";
            case STORY_MERGED -> "UPDATE events SET story_id = ? WHERE story_id = ?";
            default -> null;
        };
        if (sql == null) return;
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            ps.setString(1, c.into());
            ps.setString(2, c.from());
            ps.executeUpdate();
        }
    }

    private void writeEvents(List<EventState> events) throws SQLException, JsonProcessingException {
        try (PreparedStatement ps = db.prepareStatement("INSERT OR REPLACE INTO events (id, created, story_id, title, title_article, first_day, "
                + "last_day, article_count, last_join) VALUES (?,?,?,?,?,?,?,?,?)");
             PreparedStatement state = db.prepareStatement("INSERT OR REPLACE INTO event_state (id, state_json) VALUES (?,?)")) {
            for (EventState e : events) {
                String emb = e.embedding() == null ? null : Base64.getEncoder().encodeToString(Vectors.toBytes(e.embedding()));
                ps.setString(1, e.id());
                ps.setLong(2, e.created());
                ps.setString(3, e.storyId());
                ps.setString(4, e.title());
                ps.setString(5, e.titleArticle());
                ps.setString(6, e.first() == null ? null : e.first().toString());
                ps.setString(7, e.last() == null ? null : e.last().toString());
                ps.setInt(8, e.articles());
                ps.setLong(9, e.lastJoin());
                ps.addBatch();
                state.setString(1, e.id());
                state.setString(2, JSON.writeValueAsString(new StoredEvent(e.terms(), e.termMembers(), e.names(), e.nameMembers(), emb,
                        e.embeddedMembers(), e.storyNames(), e.titleScore(), e.places(), e.namesInformation(), e.serial(),
                        e.members() == null ? null : e.members().stream().map(StoredMember::of).toList(), e.languages())));
                state.addBatch();
            }
            ps.executeBatch();
            state.executeBatch();
        }
    }

    private void writeStories(List<StoryState> stories) throws SQLException, JsonProcessingException {
        try (PreparedStatement ps = db.prepareStatement("INSERT OR REPLACE INTO stories (id, created, first_day, last_day, event_count, "
                + "last_join, anchor) VALUES (?,?,?,?,?,?,?)");
             PreparedStatement state = db.prepareStatement("INSERT OR REPLACE INTO story_state (id, state_json) VALUES (?,?)")) {
            for (StoryState s : stories) {
                ps.setString(1, s.id());
                ps.setLong(2, s.created());
                ps.setString(3, s.first() == null ? null : s.first().toString());
                ps.setString(4, s.last() == null ? null : s.last().toString());
                ps.setInt(5, s.events());
                ps.setLong(6, s.lastJoin());
                ps.setString(7, s.anchor());
                ps.addBatch();
                state.setString(1, s.id());
                state.setString(2, JSON.writeValueAsString(new StoredStory(s.names())));
                state.addBatch();
            }
            ps.executeBatch();
            state.executeBatch();
        }
    }

    private void rollback() {
        try {
            db.rollback();
        } catch (SQLException ignored) {
            // the original failure is the one to report
        }
    }

    private static LocalDate day(String s) {
        return s == null ? null : LocalDate.parse(s);
    }


}
