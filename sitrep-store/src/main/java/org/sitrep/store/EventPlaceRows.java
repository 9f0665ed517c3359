package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The place mentions of an event's articles as the event-places pass reads them, and the mentions it settles: a place
 * an article left doubtful (ambiguous, or a guess among namesakes) that the places other reports of its event named
 * decide (schema 14). Which mentions are settled, and as what, is decided by the caller
 * ({@code org.sitrep.understand.EventPlaces}); this class reads and writes. The pass keeps its own mark (the seq of the
 * last placed article whose event it looked at), moved in the transaction that writes what it settled, so a kill loses
 * at most the batch in hand.
 *
 * <p>Thread-safety: every method locks the {@link SitrepStore} it belongs to, whose connection it shares.
 */
public final class EventPlaceRows {
    private final SitrepStore store;
    private final Connection db;

    EventPlaceRows(SitrepStore store, Connection db) {
        this.store = store;
        this.db = db;
    }

    /** A placed article after the mark: its seq, id and event. */
    public record Placed(long seq, String articleId, String eventId) {
    }

    /**
     * One place mention of an article of the event, as stored.
     *
     * @param status     the mention's place status ({@code resolved}, {@code guessed}, {@code ambiguous}, ...)
     * @param confidence the resolver's confidence in a chosen place; null for others
     * @param geonameId  the GeoNames id of the place's entity; null when it has none (doubtful or unresolved)
     */
    public record PlaceRow(String articleId, int start, int end, String text, String nerType, int sentence, String status,
                           Double confidence, Long geonameId) {
    }

    /** An article's text, its sentences' spans and its language (null when unknown), for reading a mention in its sentence again. */
    public record ArticleText(String text, List<int[]> sentences, String language) {
    }

    /**
     * A doubtful mention settled: the place it is now, how sure and why.
     *
     * @param status   {@code resolved}, or {@code guessed} for an ambiguous mention the event made a guess of (a guess
     *                 gets no entity, as at annotation)
     * @param spelling the name as written, cleaned, counted as a spelling of the place's entity
     */
    public record Settled(String articleId, int start, int end, EntityWrites.NewPlace place, String status, double confidence,
                          String evidence, String detail, String spelling, String spellingKey) {
    }

    /** The seq of the last placed article whose event the pass has looked at; 0 before the first. */
    public long settledSeq() {
        synchronized (store) {
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT coalesce(max(settled_seq), 0) FROM place_settle_progress")) {
                return r.next() ? r.getLong(1) : 0;
            } catch (SQLException e) {
                throw new StoreException("read the event-places mark", e);
            }
        }
    }

    /** Up to {@code limit} placed articles after {@code seq} and at most {@code upTo}, in seq order, with their event. */
    public List<Placed> placedAfter(long seq, long upTo, int limit) {
        synchronized (store) {
            List<Placed> out = new ArrayList<>();
            try (PreparedStatement ps = db.prepareStatement("SELECT seq, article_id, event_id FROM article_events WHERE seq > ? AND seq <= ? "
                    + "ORDER BY seq LIMIT ?")) {
                ps.setLong(1, seq);
                ps.setLong(2, upTo);
                ps.setInt(3, limit);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) out.add(new Placed(r.getLong(1), r.getString(2), r.getString(3)));
                }
            } catch (SQLException e) {
                throw new StoreException("list the placed articles after " + seq, e);
            }
            return out;
        }
    }

    /** Every place mention of the articles now in this event, by article then position. */
    public List<PlaceRow> placeMentions(String eventId) {
        synchronized (store) {
            List<PlaceRow> out = new ArrayList<>();
            try (PreparedStatement ps = db.prepareStatement("SELECT m.article_id, m.start, m.end, m.text, m.ner_type, m.sentence, "
                    + "m.place_status, m.place_confidence, e.geoname_id FROM article_events ae JOIN mentions m ON m.article_id = ae.article_id "
                    + "LEFT JOIN entities e ON e.id = m.entity_id WHERE ae.event_id = ? AND m.kind = 'PLACE' "
                    + "ORDER BY m.article_id, m.start, m.end DESC")) {
                ps.setString(1, eventId);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        double c = r.getDouble(8);
                        Double confidence = r.wasNull() ? null : c;
                        long g = r.getLong(9);
                        Long geonameId = r.wasNull() ? null : g;
                        out.add(new PlaceRow(r.getString(1), r.getInt(2), r.getInt(3), r.getString(4), r.getString(5), r.getInt(6),
                                r.getString(7), confidence, geonameId));
                    }
                }
            } catch (SQLException e) {
                throw new StoreException("read the place mentions of event " + eventId, e);
            }
            return out;
        }
    }

    /** The text and sentence spans of these annotated articles, by id (an article not annotated is left out). */
    public Map<String, ArticleText> texts(List<String> articleIds) {
        synchronized (store) {
            Map<String, ArticleText> out = new HashMap<>();
            try (PreparedStatement ps = db.prepareStatement("SELECT a.text, an.sentences_json, a.language FROM articles a JOIN annotated an "
                    + "ON an.article_id = a.id WHERE a.id = ?")) {
                for (String id : articleIds) {
                    ps.setString(1, id);
                    try (ResultSet r = ps.executeQuery()) {
                        if (!r.next()) continue;
                        out.put(id, new ArticleText(r.getString(1), EntityIndex.sentenceSpans(r.getString(2)), r.getString(3)));
                    }
                }
            } catch (SQLException e) {
                throw new StoreException("read the texts of " + articleIds.size() + " articles", e);
            }
            return out;
        }
    }

    /**
     * Writes what a batch settled and moves the mark to {@code mark}, in one transaction, committed here. A resolved
     * mention is linked to its place's entity (made when there is none), its spelling counted, and the entity's counts
     * raised; a mention no longer doubtful (settled by an earlier write) is left as it is.
     *
     * @return how many mentions were written
     */
    public int settle(List<Settled> settled, long mark) {
        synchronized (store) {
            int written = 0;
            try {
                EntityWrites writes = store.entities().writes();
                for (Settled s : settled) {
                    Long entity = null;
                    if ("resolved".equals(s.status())) {
                        entity = writes.placeByGeonameId(s.place().geonameId()).orElse(null);
                        if (entity == null) entity = writes.createPlace(s.place());
                    }
                    boolean named = entity != null && names(s.articleId(), entity);
                    try (PreparedStatement ps = db.prepareStatement("UPDATE mentions SET entity_id = ?, place_status = ?, place_detail = ?, "
                            + "place_confidence = ?, place_evidence = ? WHERE article_id = ? AND start = ? AND end = ? AND kind = 'PLACE' "
                            + "AND entity_id IS NULL AND place_status IN ('ambiguous', 'guessed')")) {
                        if (entity == null) ps.setNull(1, Types.INTEGER);
                        else ps.setLong(1, entity);
                        ps.setString(2, s.status());
                        ps.setString(3, s.detail());
                        ps.setDouble(4, s.confidence());
                        ps.setString(5, s.evidence());
                        ps.setString(6, s.articleId());
                        ps.setInt(7, s.start());
                        ps.setInt(8, s.end());
                        if (ps.executeUpdate() == 0) continue;
                    }
                    written++;
                    if (entity != null) store.entities().countMention(entity, s.spelling(), s.spellingKey(), !named);
                }
                try (PreparedStatement ps = db.prepareStatement("UPDATE place_settle_progress SET settled_seq = ?")) {
                    ps.setLong(1, mark);
                    ps.executeUpdate();
                }
            } catch (SQLException | StoreException e) {
                try {
                    db.rollback();
                } catch (SQLException ignored) {
                    // the original failure is the one to report
                }
                if (e instanceof StoreException se) throw se;
                throw new StoreException("store the places settled by their events", (SQLException) e);
            }
            store.commit();
            return written;
        }
    }

    /** Whether the article already has a mention linked to this entity. */
    private boolean names(String articleId, long entity) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT 1 FROM mentions WHERE article_id = ? AND entity_id = ? LIMIT 1")) {
            ps.setString(1, articleId);
            ps.setLong(2, entity);
            try (ResultSet r = ps.executeQuery()) {
                return r.next();
            }
        }
    }
}
