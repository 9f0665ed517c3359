package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.nlp.Quantity;
import org.sitrep.nlp.Quote;
import org.sitrep.nlp.TimeMention;
import org.sitrep.nlp.TimePrecision;

/**
 * The reading side of annotations and entities (written by {@link EntityIndex}): an article's stored annotations,
 * pages of entities by type and name in any spelling or script, one entity with the articles naming it.
 *
 * <p>Thread-safety: every method locks the {@link SitrepStore} it belongs to, whose connection it shares.
 */
public final class EntityReads {
    private static final Set<String> TYPES = Set.of("PERSON", "ORGANIZATION", "PLACE");

    private final SitrepStore store;
    private final Connection db;

    EntityReads(SitrepStore store, Connection db) {
        this.store = store;
        this.db = db;
    }

    /** An entity with its spellings (most used first) and counts; GeoNames fields are null unless a resolved place. */
    public record Entity(long id, String type, String name, Long geonameId, Double latitude, Double longitude,
                         String country, String admin1, String featureCode, long mentions, long articles,
                         List<Spelling> spellings) {
    }

    public record Spelling(String text, long count) {
    }

    /** An article that names an entity, with how many times. */
    public record EntityArticle(String id, String title, String published, String outlet, long mentions) {
    }

    public record EntityDetail(Entity entity, List<EntityArticle> articles) {
    }

    /**
     * @param type   PERSON, ORGANIZATION or PLACE (any case), or null for all
     * @param q      a name in any spelling or script, or part of the main name; or null
     * @param qKey   the transliteration key of {@code q} (how spellings are matched), from the caller
     */
    public record EntityQuery(String type, String q, String qKey, int limit, int offset) {
    }

    public record EntityPage(long total, List<Entity> items) {
    }

    /**
     * A stored name with what it was classified as and, for places, the resolution.
     *
     * @param placeConfidence the resolver's confidence in a resolved place, in [0, 1]; null when not recorded
     * @param placeEvidence   the kinds of evidence that chose it, comma separated; null when not recorded
     */
    public record StoredMention(int start, int end, String text, String nerType, String kind, int sentence, Long entityId,
                                String placeStatus, String placeDetail, Long geonameId, Double latitude, Double longitude,
                                String featureCode, Double placeConfidence, String placeEvidence) {
        /** A mention without a resolver's confidence. */
        public StoredMention(int start, int end, String text, String nerType, String kind, int sentence, Long entityId,
                             String placeStatus, String placeDetail, Long geonameId, Double latitude, Double longitude,
                             String featureCode) {
            this(start, end, text, nerType, kind, sentence, entityId, placeStatus, placeDetail, geonameId, latitude, longitude,
                    featureCode, null, null);
        }
    }

    public record StoredQuote(Quote quote, Long speakerEntityId) {
    }

    /**
     * What the pass stored for one article. {@code status} is annotated, skipped (with {@code reason}) or pending
     * (not reached yet); {@code sentences} are [start, end) offsets into the article's text.
     */
    public record StoredAnnotations(String articleId, String status, String reason, Instant reference,
                                    boolean referenceIsFetchTime, int tokens, String placesNote, List<int[]> sentences,
                                    List<StoredMention> mentions, List<TimeMention> times, List<Quantity> quantities,
                                    List<StoredQuote> quotes) {
    }

    /** The annotations of an article (by full id); status pending when the pass has not reached it. */
    public StoredAnnotations annotations(String articleId) {
        synchronized (store) {
            try {
                return readAnnotations(articleId);
            } catch (SQLException e) {
                throw new StoreException("read the annotations of " + articleId, e);
            }
        }
    }

    private StoredAnnotations readAnnotations(String id) throws SQLException {
        String status = "pending", reason = null, note = null;
        Instant reference = null;
        boolean fetch = false;
        int tokens = 0;
        List<int[]> sentences = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT status, reason, reference, reference_fetch, tokens, sentences_json, places_note "
                + "FROM annotated WHERE article_id = ?")) {
            ps.setString(1, id);
            try (ResultSet r = ps.executeQuery()) {
                if (r.next()) {
                    status = r.getString(1);
                    reason = r.getString(2);
                    reference = r.getString(3) == null ? null : Instant.parse(r.getString(3));
                    fetch = r.getInt(4) == 1;
                    tokens = r.getInt(5);
                    sentences.addAll(EntityIndex.sentenceSpans(r.getString(6)));
                    note = r.getString(7);
                }
            }
        }
        List<StoredMention> mentions = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT m.start, m.end, m.text, m.ner_type, m.kind, m.sentence, m.entity_id, "
                + "m.place_status, m.place_detail, e.geoname_id, e.latitude, e.longitude, e.feature_code, m.place_confidence, "
                + "m.place_evidence FROM mentions m "
                + "LEFT JOIN entities e ON e.id = m.entity_id WHERE m.article_id = ? ORDER BY m.start, m.end DESC")) {
            ps.setString(1, id);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    mentions.add(new StoredMention(r.getInt(1), r.getInt(2), r.getString(3), r.getString(4), r.getString(5), r.getInt(6),
                            longOrNull(r, 7), r.getString(8), r.getString(9), longOrNull(r, 10), doubleOrNull(r, 11), doubleOrNull(r, 12),
                            r.getString(13), doubleOrNull(r, 14), r.getString(15)));
                }
            }
        }
        List<TimeMention> times = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT text, start, end, value, precision, begin_at, until_at, relative, "
                + "against_fetch_time, own_date, sentence FROM times WHERE article_id = ? ORDER BY start")) {
            ps.setString(1, id);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    times.add(new TimeMention(r.getString(1), r.getInt(2), r.getInt(3), r.getString(4), TimePrecision.valueOf(r.getString(5)),
                            Instant.parse(r.getString(6)), Instant.parse(r.getString(7)), r.getInt(8) == 1, r.getInt(9) == 1, r.getInt(10) == 1, r.getInt(11)));
                }
            }
        }
        List<Quantity> quantities = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT value, text, counted, start, end, sentence FROM quantities WHERE article_id = ? ORDER BY start")) {
            ps.setString(1, id);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) quantities.add(new Quantity(r.getDouble(1), r.getString(2), r.getString(3), r.getInt(4), r.getInt(5), r.getInt(6)));
            }
        }
        List<StoredQuote> quotes = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT text, speaker, start, end, sentence, speaker_entity_id FROM quotes WHERE article_id = ? ORDER BY start")) {
            ps.setString(1, id);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    quotes.add(new StoredQuote(new Quote(r.getString(1), r.getString(2), r.getInt(3), r.getInt(4), r.getInt(5)), longOrNull(r, 6)));
                }
            }
        }
        return new StoredAnnotations(id, status, reason, reference, fetch, tokens, note, sentences, mentions, times, quantities, quotes);
    }

    /** A page of entities, most mentioned first. */
    public EntityPage entities(EntityQuery q) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE 1=1");
        if (q.type() != null) {
            String t = q.type().strip().toUpperCase(Locale.ROOT);
            if (t.equals("ORGANISATION")) t = "ORGANIZATION";
            if (!TYPES.contains(t)) {
                throw new IllegalArgumentException("unknown entity type '" + q.type() + "': use person, organization or place");
            }
            where.append(" AND e.type = ?");
            args.add(t);
        }
        if (q.q() != null && !q.q().isBlank()) {
            where.append(" AND (e.id IN (SELECT entity_id FROM entity_spellings WHERE key = ?) OR e.name LIKE ? ESCAPE '\\')");
            args.add(q.qKey());
            args.add("%" + q.q().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        synchronized (store) {
            try {
                long total;
                try (PreparedStatement ps = db.prepareStatement("SELECT count(*) FROM entities e" + where)) {
                    bind(ps, args);
                    try (ResultSet r = ps.executeQuery()) {
                        r.next();
                        total = r.getLong(1);
                    }
                }
                List<Entity> items = new ArrayList<>();
                List<Object> page = new ArrayList<>(args);
                page.add(q.limit());
                page.add(q.offset());
                try (PreparedStatement ps = db.prepareStatement(ENTITY_SELECT + where + " ORDER BY e.mention_count DESC, e.id LIMIT ? OFFSET ?")) {
                    bind(ps, page);
                    try (ResultSet r = ps.executeQuery()) {
                        while (r.next()) items.add(entity(r));
                    }
                }
                return new EntityPage(total, items);
            } catch (SQLException e) {
                throw new StoreException("list entities", e);
            }
        }
    }

    /**
     * Every spelling of the entities that have a spelling of this transliteration key (Kupyansk → Kupiansk,
     * Купʼянськ, Kupiańsk…), most used first, at most {@code max}; the entities' own names are among them. Empty for
     * an empty key. Search reads this to look for a name in all its spellings.
     */
    public List<String> spellingsSharingKey(String key, int max) {
        if (key == null || key.isEmpty()) return List.of();
        synchronized (store) {
            try (PreparedStatement ps = db.prepareStatement("""
                    SELECT spelling FROM (
                      SELECT s.spelling AS spelling, sum(s.count) AS n FROM entity_spellings s
                      WHERE s.entity_id IN (SELECT entity_id FROM entity_spellings WHERE key = ?)
                      GROUP BY s.spelling
                      UNION ALL
                      SELECT e.name, 0 FROM entities e WHERE e.id IN (SELECT entity_id FROM entity_spellings WHERE key = ?)) AS named
                    GROUP BY spelling ORDER BY sum(n) DESC, spelling LIMIT ?""")) {
                ps.setString(1, key);
                ps.setString(2, key);
                ps.setInt(3, max);
                List<String> out = new ArrayList<>();
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) out.add(r.getString(1));
                }
                return out;
            } catch (SQLException e) {
                throw new StoreException("read the spellings of key " + key, e);
            }
        }
    }

    /** One entity with its spellings and the articles naming it (newest first, at most 500). */
    public Optional<EntityDetail> entity(long id) {
        synchronized (store) {
            try {
                Entity e;
                try (PreparedStatement ps = db.prepareStatement(ENTITY_SELECT + " WHERE e.id = ?")) {
                    ps.setLong(1, id);
                    try (ResultSet r = ps.executeQuery()) {
                        if (!r.next()) return Optional.empty();
                        e = entity(r);
                    }
                }
                List<EntityArticle> articles = new ArrayList<>();
                try (PreparedStatement ps = db.prepareStatement("SELECT a.id, a.title, a.published, o.name, count(*) FROM mentions m "
                        + "JOIN articles a ON a.id = m.article_id LEFT JOIN outlets o ON o.id = a.outlet_id WHERE m.entity_id = ? "
                        + "GROUP BY a.seq, o.id ORDER BY a.published_epoch DESC, a.seq DESC LIMIT 500")) {
                    ps.setLong(1, id);
                    try (ResultSet r = ps.executeQuery()) {
                        while (r.next()) articles.add(new EntityArticle(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getLong(5)));
                    }
                }
                return Optional.of(new EntityDetail(e, articles));
            } catch (SQLException ex) {
                throw new StoreException("read entity " + id, ex);
            }
        }
    }

    /** These entities without their spellings (GeoNames fields for places), by id; unknown ids are absent. */
    public Map<Long, Entity> byIds(java.util.Collection<Long> ids) {
        synchronized (store) {
            Map<Long, Entity> out = new java.util.HashMap<>();
            List<Long> all = new ArrayList<>(new java.util.LinkedHashSet<>(ids));
            try {
                for (int from = 0; from < all.size(); from += 500) {
                    List<Long> chunk = all.subList(from, Math.min(all.size(), from + 500));
                    String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
                    try (PreparedStatement ps = db.prepareStatement(ENTITY_SELECT + " WHERE e.id IN (" + marks + ")")) {
                        for (int i = 0; i < chunk.size(); i++) ps.setLong(i + 1, chunk.get(i));
                        try (ResultSet r = ps.executeQuery()) {
                            while (r.next()) {
                                out.put(r.getLong(1), new Entity(r.getLong(1), r.getString(2), r.getString(3), longOrNull(r, 4), doubleOrNull(r, 5),
                                        doubleOrNull(r, 6), r.getString(7), r.getString(8), r.getString(9), r.getLong(10), r.getLong(11), List.of()));
                            }
                        }
                    }
                }
            } catch (SQLException e) {
                throw new StoreException("read entities by id", e);
            }
            return out;
        }
    }

    private static final String ENTITY_SELECT = "SELECT e.id, e.type, e.name, e.geoname_id, e.latitude, e.longitude, e.country, "
            + "e.admin1, e.feature_code, e.mention_count, e.article_count FROM entities e";

    private Entity entity(ResultSet r) throws SQLException {
        long id = r.getLong(1);
        List<Spelling> spellings = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT spelling, count FROM entity_spellings WHERE entity_id = ? ORDER BY count DESC, spelling")) {
            ps.setLong(1, id);
            try (ResultSet s = ps.executeQuery()) {
                while (s.next()) spellings.add(new Spelling(s.getString(1), s.getLong(2)));
            }
        }
        return new Entity(id, r.getString(2), r.getString(3), longOrNull(r, 4), doubleOrNull(r, 5), doubleOrNull(r, 6),
                r.getString(7), r.getString(8), r.getString(9), r.getLong(10), r.getLong(11), spellings);
    }

    private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
    }

    private static Long longOrNull(ResultSet r, int i) throws SQLException {
        long v = r.getLong(i);
        return r.wasNull() ? null : v;
    }

    private static Double doubleOrNull(ResultSet r, int i) throws SQLException {
        double v = r.getDouble(i);
        return r.wasNull() ? null : v;
    }

}
