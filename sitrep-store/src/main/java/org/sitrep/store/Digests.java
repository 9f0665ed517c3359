package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What lists show of each event and story (counts, an event's traits, a story's title), kept in {@code event_digest}
 * and {@code story_digest} so that a page of 50 does not count the sources of 50 events again (schema 12). Triggers
 * mark an event or story stale when anything its digest reads changes; {@link #refresh} writes the stale ones again
 * from the same reads the lists used before (so a digest and a live count are the same figure), and readers take a
 * digest only when its row is not marked.
 *
 * <p>Thread-safety: every method locks the {@link SitrepStore} it belongs to, whose connection it shares.
 */
public final class Digests {
    /** Events (or stories) written again per transaction. */
    static final int BATCH = 500;

    private final SitrepStore store;
    private final Connection db;

    Digests(SitrepStore store, Connection db) {
        this.store = store;
        this.db = db;
    }

    /** What a refresh did. */
    public record Refreshed(long events, long stories) {
    }

    /** How many events and stories are marked stale. */
    public Refreshed stale() {
        synchronized (store) {
            try (Statement s = db.createStatement();
                 ResultSet r = s.executeQuery("SELECT (SELECT count(*) FROM event_stale), (SELECT count(*) FROM story_stale)")) {
                r.next();
                return new Refreshed(r.getLong(1), r.getLong(2));
            } catch (SQLException e) {
                throw new StoreException("count stale digests", e);
            }
        }
    }

    /**
     * Writes the digest of every stale event, then of every stale story (an event's new counts make its story stale),
     * and clears their marks; a batch per transaction, so a crash keeps what was written and the marks of the rest.
     */
    public Refreshed refresh() {
        store.requireWritableFor("refresh the event digests");
        synchronized (store) {
            try {
                long events = 0, stories = 0;
                for (List<String> ids; !(ids = marked("SELECT event_id FROM event_stale LIMIT " + BATCH)).isEmpty(); events += ids.size()) {
                    writeEvents(ids);
                }
                for (List<String> ids; !(ids = marked("SELECT story_id FROM story_stale LIMIT " + BATCH)).isEmpty(); stories += ids.size()) {
                    writeStories(ids);
                }
                return new Refreshed(events, stories);
            } catch (SQLException e) {
                rollback();
                throw new StoreException("refresh the event digests", e);
            }
        }
    }

    private void writeEvents(List<String> ids) throws SQLException {
        EventReads reads = store.eventReads();
        var traits = store.filtered().liveTraits(ids);
        try (PreparedStatement put = db.prepareStatement("INSERT OR REPLACE INTO event_digest (event_id, articles, outlets, independent, "
                + "sub_type, disputed, place_id, place_n) VALUES (?,?,?,?,?,?,?,?)");
             PreparedStatement gone = db.prepareStatement("DELETE FROM event_digest WHERE event_id = ?");
             PreparedStatement clear = db.prepareStatement("DELETE FROM event_stale WHERE event_id = ?");
             PreparedStatement story = db.prepareStatement("INSERT OR IGNORE INTO story_stale SELECT story_id FROM events WHERE id = ? AND story_id IS NOT NULL")) {
            for (String id : ids) {
                var summary = reads.liveSummary(id);
                if (summary.isEmpty()) {
                    gone.setString(1, id);
                    gone.addBatch();
                } else {
                    var s = summary.get();
                    var t = traits.get(id);
                    put.setString(1, id);
                    put.setLong(2, s.articles());
                    put.setLong(3, s.outlets());
                    put.setLong(4, s.independentSources());
                    put.setString(5, t.subType());
                    put.setBoolean(6, t.disputed());
                    put.setObject(7, t.mainPlace() == null ? null : t.mainPlace().entityId());
                    put.setObject(8, t.mainPlace() == null ? null : t.mainPlace().articles());
                    put.addBatch();
                    story.setString(1, id);
                    story.addBatch();
                }
                clear.setString(1, id);
                clear.addBatch();
            }
            put.executeBatch();
            gone.executeBatch();
            story.executeBatch();
            clear.executeBatch();
        }
        db.commit();
    }

    private void writeStories(List<String> ids) throws SQLException {
        EventReads reads = store.eventReads();
        try (PreparedStatement put = db.prepareStatement("INSERT OR REPLACE INTO story_digest (story_id, title, articles, outlets, independent) "
                + "VALUES (?,?,?,?,?)");
             PreparedStatement gone = db.prepareStatement("DELETE FROM story_digest WHERE story_id = ?");
             PreparedStatement clear = db.prepareStatement("DELETE FROM story_stale WHERE story_id = ?")) {
            for (String id : ids) {
                var summary = reads.liveStorySummary(id);
                if (summary.isEmpty()) {
                    gone.setString(1, id);
                    gone.addBatch();
                } else {
                    var s = summary.get();
                    put.setString(1, id);
                    put.setString(2, s.title());
                    put.setLong(3, s.articles());
                    put.setLong(4, s.outlets());
                    put.setLong(5, s.independentSources());
                    put.addBatch();
                }
                clear.setString(1, id);
                clear.addBatch();
            }
            put.executeBatch();
            gone.executeBatch();
            clear.executeBatch();
        }
        db.commit();
    }

    private List<String> marked(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) out.add(r.getString(1));
        }
        return out;
    }

    private void rollback() {
        try {
            db.rollback();
        } catch (SQLException ignored) {
            // the refresh's own error is the one to report
        }
    }
}
