package org.sitrep.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.outlets.Outlet;
import org.sitrep.outlets.OutletDirectory;
import org.sitrep.outlets.Sighting;

/**
 * Outlets in the store (schema 10): each article's raw key and outlet key, the sightings the outlet pass sums, and the
 * outlets and keys the library decided from them ({@link OutletDirectory}; what changed of them, written with the
 * pass's mark in one transaction). Stores and queries; which spellings are one outlet is decided by the library.
 *
 * <p>Thread-safety: every method locks the {@link SitrepStore} it belongs to, whose connection it shares.
 */
public final class OutletIndex {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final SitrepStore store;
    private final Connection db;

    OutletIndex(SitrepStore store, Connection db) {
        this.store = store;
        this.db = db;
    }

    /** An article after the mark, as the pass reads it: its outlet spelling and URL, language and day (ISO date), each possibly null. */
    public record Pending(long seq, String articleId, String outlet, String url, String language, String day) {
    }

    /** An article's raw key and outlet key, as the pass decided them. */
    public record Keyed(String articleId, String rawKey, String key) {
    }

    /** The seq of the last article the outlet pass has keyed; 0 before the first. */
    public long keyedSeq() {
        synchronized (store) {
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT coalesce(max(keyed_seq), 0) FROM outlet_progress")) {
                return r.next() ? r.getLong(1) : 0;
            } catch (SQLException e) {
                throw new StoreException("read the outlets mark", e);
            }
        }
    }

    /** Up to {@code limit} articles after {@code seq}, in seq order. */
    public List<Pending> after(long seq, int limit) {
        synchronized (store) {
            List<Pending> out = new ArrayList<>();
            try (PreparedStatement ps = db.prepareStatement("SELECT a.seq, a.id, o.name, a.url, a.language, coalesce(a.published, a.fetched) "
                    + "FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id WHERE a.seq > ? ORDER BY a.seq LIMIT ?")) {
                ps.setLong(1, seq);
                ps.setInt(2, limit);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        String day = r.getString(6);
                        out.add(new Pending(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                                day == null || day.length() < 10 ? null : day.substring(0, 10)));
                    }
                }
            } catch (SQLException e) {
                throw new StoreException("list articles to key by outlet", e);
            }
            return out;
        }
    }

    /** Every sighting stored, the new ones of an unfinished {@link #store} call included. */
    public List<Sighting> sightings() {
        synchronized (store) {
            List<Sighting> out = new ArrayList<>();
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT raw_key, spelling, language, articles, first_seen, last_seen FROM outlet_sightings")) {
                while (r.next()) out.add(new Sighting(r.getString(1), r.getString(2), r.getString(3), r.getLong(4), r.getString(5), r.getString(6)));
            } catch (SQLException e) {
                throw new StoreException("read outlet sightings", e);
            }
            return out;
        }
    }

    /** Each raw key with its outlet key, as last stored. */
    public Map<String, String> keys() {
        synchronized (store) {
            Map<String, String> out = new HashMap<>();
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT raw_key, key FROM outlet_keys")) {
                while (r.next()) out.put(r.getString(1), r.getString(2));
            } catch (SQLException e) {
                throw new StoreException("read outlet keys", e);
            }
            return out;
        }
    }

    /** The outlet key stored for a raw key (or a name learned beside a domain), if any. */
    public Optional<String> keyOf(String rawKey) {
        synchronized (store) {
            try (PreparedStatement ps = db.prepareStatement("SELECT key FROM outlet_keys WHERE raw_key = ?")) {
                ps.setString(1, rawKey);
                try (ResultSet r = ps.executeQuery()) {
                    return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
                }
            } catch (SQLException e) {
                throw new StoreException("read an outlet key", e);
            }
        }
    }

    /**
     * A place an article named with confidence, as its entity is stored.
     *
     * @param admin1 the place's first-level region by name; null when unknown
     */
    public record PlaceNamed(String articleId, String country, String admin1, String featureCode) {
    }

    /** The outlet key stored with an article by the outlet pass; empty before the pass has keyed it. */
    public Optional<String> keyOfArticle(String articleId) {
        return Optional.ofNullable(keysOfArticles(List.of(articleId)).get(articleId));
    }

    /** The outlet keys of these articles, by article id, in one query; an article with no key (or none stored) is absent. */
    public Map<String, String> keysOfArticles(java.util.Collection<String> articleIds) {
        Map<String, String> out = new HashMap<>();
        if (articleIds.isEmpty()) return out;
        String marks = String.join(",", java.util.Collections.nCopies(articleIds.size(), "?"));
        synchronized (store) {
            try (PreparedStatement ps = db.prepareStatement("SELECT id, outlet_key FROM articles WHERE id IN (" + marks + ")")) {
                int i = 1;
                for (String id : articleIds) ps.setString(i++, id);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        if (r.getString(2) != null) out.put(r.getString(1), r.getString(2));
                    }
                }
            } catch (SQLException e) {
                throw new StoreException("read articles' outlet keys", e);
            }
        }
        return out;
    }

    /**
     * The places the outlet's last {@code lastArticles} articles (by seq) named: each article's distinct places of its
     * mentions resolved with at least {@code minConfidence}, demonyms and places inside names left out ({@link
     * MentionTypes#NOT_WHERE}); what the outlet's home is learned from (sitrep-geo's {@code OutletHomes}). Decides nothing.
     */
    public List<PlaceNamed> placesNamed(String key, double minConfidence, int lastArticles) {
        synchronized (store) {
            List<PlaceNamed> out = new ArrayList<>();
            try (PreparedStatement ps = db.prepareStatement("SELECT DISTINCT m.article_id, e.country, e.admin1, e.feature_code "
                    + "FROM (SELECT id FROM articles WHERE outlet_key = ? ORDER BY seq DESC LIMIT ?) a "
                    + "JOIN mentions m ON m.article_id = a.id JOIN entities e ON e.id = m.entity_id "
                    + "WHERE m.kind = 'PLACE' AND m.place_status = 'resolved' AND m.place_confidence >= ? "
                    + "AND m.ner_type NOT IN " + MentionTypes.NOT_WHERE + " AND e.country IS NOT NULL")) {
                ps.setString(1, key);
                ps.setInt(2, lastArticles);
                ps.setDouble(3, minConfidence);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) out.add(new PlaceNamed(r.getString(1), r.getString(2), r.getString(3), r.getString(4)));
                }
            } catch (SQLException e) {
                throw new StoreException("read the places outlet " + key + " named", e);
            }
            return out;
        }
    }

    /** Adds a batch's sightings to the stored sums; not committed: {@link #store} commits them with the rest. */
    public void addSightings(List<Sighting> added) {
        synchronized (store) {
            try (PreparedStatement ps = db.prepareStatement("INSERT INTO outlet_sightings (raw_key, spelling, language, articles, first_seen, last_seen) "
                    + "VALUES (?,?,?,?,?,?) ON CONFLICT (raw_key, spelling, language) DO UPDATE SET articles = articles + excluded.articles, "
                    + "first_seen = CASE WHEN first_seen IS NULL OR excluded.first_seen < first_seen THEN coalesce(excluded.first_seen, first_seen) ELSE first_seen END, "
                    + "last_seen = CASE WHEN last_seen IS NULL OR excluded.last_seen > last_seen THEN coalesce(excluded.last_seen, last_seen) ELSE last_seen END")) {
                for (Sighting s : added) {
                    ps.setString(1, s.rawKey());
                    ps.setString(2, s.spelling());
                    ps.setString(3, s.language());
                    ps.setLong(4, s.articles());
                    ps.setString(5, s.firstSeen());
                    ps.setString(6, s.lastSeen());
                    ps.executeUpdate();
                }
            } catch (SQLException e) {
                rollback();
                throw new StoreException("add outlet sightings", e);
            }
        }
    }

    /**
     * Stores a batch's keys and what the outlets and keys decided from all sightings changed (outlets written or
     * removed, raw keys keyed anew; the articles of a raw key whose outlet key changed are re-keyed) and moves the
     * mark: one transaction with {@link #addSightings}.
     */
    public void store(List<Keyed> batch, OutletDirectory.Changes changes, long mark) {
        synchronized (store) {
            try {
                try (PreparedStatement ps = db.prepareStatement("UPDATE articles SET outlet_raw_key = ?, outlet_key = ? WHERE id = ?")) {
                    for (Keyed k : batch) {
                        ps.setString(1, k.rawKey());
                        ps.setString(2, k.key());
                        ps.setString(3, k.articleId());
                        ps.executeUpdate();
                    }
                }
                try (PreparedStatement ps = db.prepareStatement("UPDATE articles SET outlet_key = ? WHERE outlet_raw_key = ?")) {
                    for (Map.Entry<String, String> e : changes.rekeyed().entrySet()) {
                        ps.setString(1, e.getValue());
                        ps.setString(2, e.getKey());
                        ps.executeUpdate();
                    }
                }
                try (PreparedStatement ps = db.prepareStatement("INSERT OR REPLACE INTO outlet_keys (raw_key, key) VALUES (?,?)")) {
                    for (Map.Entry<String, String> e : changes.keys().entrySet()) {
                        ps.setString(1, e.getKey());
                        ps.setString(2, e.getValue());
                        ps.executeUpdate();
                    }
                }
                try (PreparedStatement put = db.prepareStatement("INSERT OR REPLACE INTO outlet_sites (key, name, spellings_json, aliases_json, "
                        + "country, language, article_count, first_seen, last_seen) VALUES (?,?,?,?,?,?,?,?,?)");
                     PreparedStatement drop = db.prepareStatement("DELETE FROM outlet_sites WHERE key = ?")) {
                    for (Outlet o : changes.outlets()) {
                        put.setString(1, o.key());
                        put.setString(2, o.name());
                        put.setString(3, JSON.writeValueAsString(o.spellings()));
                        put.setString(4, JSON.writeValueAsString(o.aliases()));
                        put.setString(5, o.country());
                        put.setString(6, o.language());
                        put.setLong(7, o.articles());
                        put.setString(8, o.firstSeen());
                        put.setString(9, o.lastSeen());
                        put.executeUpdate();
                    }
                    for (String gone : changes.removed()) {
                        drop.setString(1, gone);
                        drop.executeUpdate();
                    }
                }
                try (PreparedStatement ps = db.prepareStatement("UPDATE outlet_progress SET keyed_seq = ?")) {
                    ps.setLong(1, mark);
                    ps.executeUpdate();
                }
                db.commit();
            } catch (SQLException | JsonProcessingException e) {
                rollback();
                throw new StoreException("store outlets", e);
            }
        }
    }

    /** Every outlet, most articles first. */
    public List<Outlet> list() {
        return query("ORDER BY article_count DESC, key", List.of());
    }

    /** The outlet with this key. */
    public Optional<Outlet> get(String key) {
        return query("WHERE key = ?", List.of(key)).stream().findFirst();
    }

    private List<Outlet> query(String where, List<Object> args) {
        synchronized (store) {
            List<Outlet> out = new ArrayList<>();
            try (PreparedStatement ps = db.prepareStatement("SELECT key, name, spellings_json, aliases_json, country, language, article_count, "
                    + "first_seen, last_seen FROM outlet_sites " + where)) {
                for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        out.add(new Outlet(r.getString(1), r.getString(2), strings(r.getString(3)), strings(r.getString(4)), r.getString(5),
                                r.getString(6), r.getLong(7), r.getString(8), r.getString(9)));
                    }
                }
            } catch (SQLException | JsonProcessingException e) {
                throw new StoreException("read outlets", e);
            }
            return out;
        }
    }

    private static List<String> strings(String json) throws JsonProcessingException {
        return JSON.readValue(json, new TypeReference<List<String>>() {
        });
    }

    /** Forgets every key, sighting and outlet and puts the mark back to the start, for a rebuild. */
    public void reset() {
        synchronized (store) {
            try (Statement s = db.createStatement()) {
                s.executeUpdate("UPDATE articles SET outlet_raw_key = NULL, outlet_key = NULL WHERE outlet_raw_key IS NOT NULL OR outlet_key IS NOT NULL");
                s.executeUpdate("DELETE FROM outlet_sightings");
                s.executeUpdate("DELETE FROM outlet_keys");
                s.executeUpdate("DELETE FROM outlet_sites");
                s.executeUpdate("UPDATE outlet_progress SET keyed_seq = 0");
                db.commit();
            } catch (SQLException e) {
                rollback();
                throw new StoreException("forget outlets", e);
            }
        }
    }

    private void rollback() {
        try {
            db.rollback();
        } catch (SQLException ignored) {
            // The original failure is the one to report.
        }
    }
}
