package org.sitrep.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.sitrep.claims.Claim;
import org.sitrep.claims.ClaimKind;
import org.sitrep.claims.Side;

/**
 * The claims of articles (written by the claims pass with its mark, one batch per transaction), the sides earlier
 * articles' words gave each speaking entity, and each event's claim summary with the members it was computed from.
 * Stores and queries; the claims and their comparison are decided by the library.
 *
 * <p>Thread-safety: every method locks the {@link SitrepStore} it belongs to, whose connection it shares.
 */
public final class ClaimIndex {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "c.article_id, c.ordinal, c.kind, c.speaker, c.speaker_entity_id, c.speaker_kind, c.side, "
            + "c.side_basis, c.actor, c.denies, c.place, c.place_entity_id, c.geoname_id, c.latitude, c.longitude, c.time_value, "
            + "c.time_precision, c.time_begin, c.time_until, c.time_from_publication, c.quantity, c.counted, c.start, c.end, c.text, "
            + "c.sentence, c.hedged, c.other_places_json";

    private final SitrepStore store;
    private final Connection db;

    ClaimIndex(SitrepStore store, Connection db) {
        this.store = store;
        this.db = db;
    }

    /** The claims found in one article, in order. */
    public record ArticleClaims(String articleId, List<Claim> claims) {
        public ArticleClaims {
            claims = List.copyOf(claims);
        }
    }

    /**
     * A filter over stored claims; every field null (or false) matches all.
     *
     * @param articles only claims of these articles
     * @param kind     only this kind
     * @param side     only speakers of this side
     * @param place    only claims whose place is written so, in any case
     * @param text     only claims whose sentence, speaker or place contains these words, in any case
     */
    public record Query(Collection<String> articles, ClaimKind kind, Side side, String place, String text, int limit, int offset) {
    }

    /** One event's claim summary as last computed. */
    public record EventSummary(String eventId, int claims, int groups, int corroborated, int disputes, List<String> questions) {
    }

    // ---------------------------------------------------------------- the pass over articles

    /** The seq of the last article the claims pass has read; 0 before the first. */
    public long claimedSeq() {
        synchronized (store) {
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT coalesce(max(claimed_seq), 0) FROM claims_progress")) {
                return r.next() ? r.getLong(1) : 0;
            } catch (SQLException e) {
                throw new StoreException("read the claims mark", e);
            }
        }
    }

    /** Up to {@code limit} (seq, id) pairs of articles after {@code seq} and at most {@code upTo}, in seq order. */
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
                throw new StoreException("list articles to read claims from", e);
            }
            return out;
        }
    }

    /** Articles after the mark, at most {@code upTo}. */
    public long pending(long upTo) {
        synchronized (store) {
            try (PreparedStatement ps = db.prepareStatement("SELECT count(*) FROM articles WHERE seq > ? AND seq <= ?")) {
                ps.setLong(1, claimedSeq());
                ps.setLong(2, upTo);
                try (ResultSet r = ps.executeQuery()) {
                    return r.next() ? r.getLong(1) : 0;
                }
            } catch (SQLException e) {
                throw new StoreException("count articles to read claims from", e);
            }
        }
    }

    /**
     * Stores a batch of articles' claims (replacing any stored for them), counts the side each named speaker's own
     * description gave it (for later articles that name it bare), and moves the mark to {@code mark}: one transaction.
     */
    public void store(List<ArticleClaims> batch, long mark) {
        synchronized (store) {
            try (PreparedStatement del = db.prepareStatement("DELETE FROM claims WHERE article_id = ?");
                 PreparedStatement ins = db.prepareStatement("INSERT INTO claims (article_id, ordinal, kind, speaker, speaker_entity_id, "
                         + "speaker_kind, side, side_basis, actor, denies, place, place_entity_id, geoname_id, latitude, longitude, "
                         + "time_value, time_precision, time_begin, time_until, time_from_publication, quantity, counted, start, end, "
                         + "text, sentence, hedged, other_places_json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
                 PreparedStatement side = db.prepareStatement("INSERT INTO entity_sides (entity_id, side, count) VALUES (?,?,1) "
                         + "ON CONFLICT (entity_id, side) DO UPDATE SET count = count + 1");
                 PreparedStatement progress = db.prepareStatement("UPDATE claims_progress SET claimed_seq = ?")) {
                for (ArticleClaims a : batch) {
                    del.setString(1, a.articleId());
                    del.executeUpdate();
                    Map<Long, Side> spoke = new HashMap<>();
                    for (Claim c : a.claims()) {
                        bind(ins, c);
                        ins.executeUpdate();
                        if (c.speaker().entityId() != null && c.sideBasis().startsWith("text:") && c.side() != Side.UNKNOWN) {
                            spoke.putIfAbsent(c.speaker().entityId(), c.side());
                        }
                    }
                    for (var e : spoke.entrySet()) {
                        side.setLong(1, e.getKey());
                        side.setString(2, e.getValue().name());
                        side.executeUpdate();
                    }
                }
                progress.setLong(1, mark);
                progress.executeUpdate();
                db.commit();
            } catch (SQLException e) {
                rollback();
                throw new StoreException("store claims", e);
            }
        }
    }

    private static void bind(PreparedStatement ps, Claim c) throws SQLException {
        ps.setString(1, c.articleId());
        ps.setInt(2, c.ordinal());
        ps.setString(3, c.kind().name());
        ps.setString(4, c.speaker().name());
        setLong(ps, 5, c.speaker().entityId());
        ps.setString(6, c.speaker().kind().name());
        ps.setString(7, c.side().name());
        ps.setString(8, c.sideBasis());
        ps.setString(9, c.actor().name());
        ps.setString(10, c.denies() == null ? null : c.denies().name());
        Claim.Place p = c.place();
        ps.setString(11, p == null ? null : p.name());
        setLong(ps, 12, p == null ? null : p.entityId());
        setLong(ps, 13, p == null ? null : p.geonameId());
        setDouble(ps, 14, p == null ? null : p.latitude());
        setDouble(ps, 15, p == null ? null : p.longitude());
        Claim.When w = c.time();
        ps.setString(16, w == null ? null : w.value());
        ps.setString(17, w == null ? null : w.precision());
        ps.setString(18, w == null ? null : w.begin().toString());
        ps.setString(19, w == null ? null : w.until().toString());
        if (w == null) ps.setNull(20, Types.INTEGER);
        else ps.setInt(20, w.fromPublication() ? 1 : 0);
        setDouble(ps, 21, c.quantity() == null ? null : c.quantity().value());
        ps.setString(22, c.quantity() == null ? null : c.quantity().counted());
        ps.setInt(23, c.start());
        ps.setInt(24, c.end());
        ps.setString(25, c.text());
        ps.setInt(26, c.sentence());
        ps.setInt(27, c.hedged() ? 1 : 0);
        List<Map<String, Object>> others = new ArrayList<>();
        for (Claim.Place o : c.otherPlaces()) {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("name", o.name());
            m.put("entity", o.entityId());
            m.put("geonameid", o.geonameId());
            m.put("lat", o.latitude());
            m.put("lon", o.longitude());
            others.add(m);
        }
        try {
            ps.setString(28, JSON.writeValueAsString(others));
        } catch (JsonProcessingException e) {
            throw new SQLException(e);
        }
    }

    /** The side most of the entity's earlier self-describing claims gave it; null when none did. */
    public Side knownSide(long entityId) {
        synchronized (store) {
            try (PreparedStatement ps = db.prepareStatement("SELECT side FROM entity_sides WHERE entity_id = ? ORDER BY count DESC, side LIMIT 1")) {
                ps.setLong(1, entityId);
                try (ResultSet r = ps.executeQuery()) {
                    return r.next() ? Side.valueOf(r.getString(1)) : null;
                }
            } catch (SQLException e) {
                throw new StoreException("read the side of entity " + entityId, e);
            }
        }
    }

    /** Forgets every claim and summary and puts the mark back to the start (after annotations were forgotten). */
    public void reset() {
        synchronized (store) {
            try (Statement s = db.createStatement()) {
                for (String t : List.of("claims", "entity_sides", "event_claims")) s.executeUpdate("DELETE FROM " + t);
                s.executeUpdate("UPDATE claims_progress SET claimed_seq = 0");
                db.commit();
            } catch (SQLException e) {
                rollback();
                throw new StoreException("reset the claims", e);
            }
        }
    }

    // ---------------------------------------------------------------- per event

    /**
     * The events whose members changed since their summary was stored (or that have none), with the signature of
     * their members now; and the summaries of events that no longer exist are dropped.
     */
    public Map<String, String> changedEvents() {
        synchronized (store) {
            Map<String, String> now = new HashMap<>();
            try (Statement s = db.createStatement()) {
                // Claims per article counted once, joined to the members: one pass over each table.
                try (ResultSet r = s.executeQuery("SELECT ae.event_id, count(*), sum(ae.seq), total(ae.seq * ae.seq), coalesce(sum(cc.n), 0) "
                        + "FROM article_events ae LEFT JOIN (SELECT article_id, count(*) AS n FROM claims GROUP BY article_id) cc "
                        + "ON cc.article_id = ae.article_id GROUP BY ae.event_id")) {
                    while (r.next()) now.put(r.getString(1), r.getLong(2) + ":" + r.getLong(3) + ":" + (long) r.getDouble(4) + ":" + r.getLong(5));
                }
                Map<String, String> stored = new HashMap<>();
                try (ResultSet r = s.executeQuery("SELECT event_id, signature FROM event_claims")) {
                    while (r.next()) stored.put(r.getString(1), r.getString(2));
                }
                List<String> gone = new ArrayList<>();
                for (String id : stored.keySet()) if (!now.containsKey(id)) gone.add(id);
                if (!gone.isEmpty()) {
                    try (PreparedStatement del = db.prepareStatement("DELETE FROM event_claims WHERE event_id = ?")) {
                        for (String id : gone) {
                            del.setString(1, id);
                            del.executeUpdate();
                        }
                    }
                    db.commit();
                }
                now.entrySet().removeIf(e -> e.getValue().equals(stored.get(e.getKey())));
                return now;
            } catch (SQLException e) {
                rollback();
                throw new StoreException("find events whose claims changed", e);
            }
        }
    }

    /** Stores event summaries with the signatures they were computed from: one transaction. */
    public void storeSummaries(List<EventSummary> summaries, Map<String, String> signatures) {
        synchronized (store) {
            try (PreparedStatement ps = db.prepareStatement("INSERT OR REPLACE INTO event_claims (event_id, signature, claims, groups, "
                    + "corroborated, disputes, questions_json) VALUES (?,?,?,?,?,?,?)")) {
                for (EventSummary s : summaries) {
                    ps.setString(1, s.eventId());
                    ps.setString(2, signatures.get(s.eventId()));
                    ps.setInt(3, s.claims());
                    ps.setInt(4, s.groups());
                    ps.setInt(5, s.corroborated());
                    ps.setInt(6, s.disputes());
                    ps.setString(7, JSON.writeValueAsString(s.questions()));
                    ps.executeUpdate();
                }
                db.commit();
            } catch (SQLException | JsonProcessingException e) {
                rollback();
                throw new StoreException("store event claim summaries", e);
            }
        }
    }

    /** Summaries of events with at least one dispute, most disputes first, then by event id. */
    public List<EventSummary> disputedEvents(int limit, int offset) {
        synchronized (store) {
            List<EventSummary> out = new ArrayList<>();
            try (PreparedStatement ps = db.prepareStatement("SELECT event_id, claims, groups, corroborated, disputes, questions_json "
                    + "FROM event_claims WHERE disputes > 0 ORDER BY disputes DESC, event_id LIMIT ? OFFSET ?")) {
                ps.setInt(1, limit);
                ps.setInt(2, offset);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) out.add(summary(r));
                }
                return out;
            } catch (SQLException | JsonProcessingException e) {
                throw new StoreException("list disputed events", e);
            }
        }
    }

    /** The stored summary of one event, or null when none. */
    public EventSummary summary(String eventId) {
        synchronized (store) {
            try (PreparedStatement ps = db.prepareStatement("SELECT event_id, claims, groups, corroborated, disputes, questions_json "
                    + "FROM event_claims WHERE event_id = ?")) {
                ps.setString(1, eventId);
                try (ResultSet r = ps.executeQuery()) {
                    return r.next() ? summary(r) : null;
                }
            } catch (SQLException | JsonProcessingException e) {
                throw new StoreException("read the claim summary of event " + eventId, e);
            }
        }
    }

    private static EventSummary summary(ResultSet r) throws SQLException, JsonProcessingException {
        List<String> q = List.of(JSON.readValue(r.getString(6), String[].class));
        return new EventSummary(r.getString(1), r.getInt(2), r.getInt(3), r.getInt(4), r.getInt(5), q);
    }

    // ---------------------------------------------------------------- reading

    /** The claims of these articles, in article seq order and then in text order. */
    public List<Claim> of(Collection<String> articleIds) {
        return find(new Query(articleIds, null, null, null, null, Integer.MAX_VALUE, 0));
    }

    /** The claims matching a query, newest article first unless articles are given (then in their seq order). */
    public List<Claim> find(Query q) {
        synchronized (store) {
            List<Claim> out = new ArrayList<>();
            List<String> ids = q.articles() == null ? null : new ArrayList<>(new LinkedHashSet<>(q.articles()));
            try {
                if (ids != null) {
                    for (int from = 0; from < ids.size(); from += 500) {
                        List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
                        run(q, chunk, out);
                    }
                    return out.subList(Math.min(q.offset(), out.size()), Math.min(out.size(), (int) Math.min(Integer.MAX_VALUE, (long) q.offset() + q.limit())));
                }
                run(q, null, out);
                return out;
            } catch (SQLException e) {
                throw new StoreException("read claims", e);
            }
        }
    }

    private void run(Query q, List<String> chunk, List<Claim> out) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM claims c JOIN articles a ON a.id = c.article_id WHERE 1=1");
        List<Object> args = new ArrayList<>();
        if (chunk != null) {
            sql.append(" AND c.article_id IN (").append("?,".repeat(chunk.size() - 1)).append("?)");
            args.addAll(chunk);
        }
        if (q.kind() != null) {
            sql.append(" AND c.kind = ?");
            args.add(q.kind().name());
        }
        if (q.side() != null) {
            sql.append(" AND c.side = ?");
            args.add(q.side().name());
        }
        if (q.place() != null) {
            sql.append(" AND lower(c.place) = lower(?)");
            args.add(q.place());
        }
        if (q.text() != null) {
            for (String w : q.text().strip().split("\\s+")) {
                sql.append(" AND (c.text LIKE ? OR c.speaker LIKE ? OR c.place LIKE ?)");
                String like = "%" + w.replace("%", "").replace("_", "") + "%";
                args.add(like);
                args.add(like);
                args.add(like);
            }
        }
        sql.append(chunk != null ? " ORDER BY a.seq, c.ordinal" : " ORDER BY a.seq DESC, c.ordinal LIMIT ? OFFSET ?");
        if (chunk == null) {
            args.add(q.limit());
            args.add(q.offset());
        }
        try (PreparedStatement ps = db.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) out.add(claim(r));
            }
        }
    }

    private static Claim claim(ResultSet r) throws SQLException {
        Claim.Place place = r.getString(11) == null ? null
                : new Claim.Place(r.getString(11), longOrNull(r, 12), longOrNull(r, 13), doubleOrNull(r, 14), doubleOrNull(r, 15));
        Claim.When when = r.getString(16) == null ? null
                : new Claim.When(r.getString(16), r.getString(17), Instant.parse(r.getString(18)), Instant.parse(r.getString(19)), r.getInt(20) == 1);
        Double q = doubleOrNull(r, 21);
        List<Claim.Place> others = new ArrayList<>();
        try {
            for (var o : JSON.readTree(r.getString(28))) {
                others.add(new Claim.Place(o.get("name").asText(), o.get("entity").isNull() ? null : o.get("entity").asLong(),
                        o.get("geonameid").isNull() ? null : o.get("geonameid").asLong(), o.get("lat").isNull() ? null : o.get("lat").asDouble(),
                        o.get("lon").isNull() ? null : o.get("lon").asDouble()));
            }
        } catch (JsonProcessingException e) {
            throw new SQLException(e);
        }
        return new Claim(r.getString(1), r.getInt(2), ClaimKind.valueOf(r.getString(3)),
                new Claim.Speaker(r.getString(4), longOrNull(r, 5), Claim.SpeakerKind.valueOf(r.getString(6))),
                Side.valueOf(r.getString(7)), r.getString(8), Side.valueOf(r.getString(9)),
                r.getString(10) == null ? null : ClaimKind.valueOf(r.getString(10)), place, others, when,
                q == null ? null : new Claim.Amount(q, r.getString(22)), r.getInt(23), r.getInt(24), r.getString(25), r.getInt(26),
                r.getInt(27) == 1);
    }

    private static Long longOrNull(ResultSet r, int i) throws SQLException {
        long v = r.getLong(i);
        return r.wasNull() ? null : v;
    }

    private static Double doubleOrNull(ResultSet r, int i) throws SQLException {
        double v = r.getDouble(i);
        return r.wasNull() ? null : v;
    }

    private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) ps.setNull(i, Types.INTEGER);
        else ps.setLong(i, v);
    }

    private static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
        if (v == null) ps.setNull(i, Types.REAL);
        else ps.setDouble(i, v);
    }

    private void rollback() {
        try {
            db.rollback();
        } catch (SQLException ignored) {
            // the failure being reported says what went wrong
        }
    }
}
