package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.sitrep.nlp.Quantity;
import org.sitrep.nlp.Quote;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.TimeMention;

/**
 * The annotations of every article and the entities its names were merged into, in the store's SQLite file
 * (schema 4). One entity per real person, organisation or place across all articles, with every spelling seen. Which
 * entity a name is, is decided by the library's entity linker ({@code org.sitrep.understand.EntityLinker}) through
 * {@link EntityWrites}; this class only looks up and writes. The rules, for the reader:
 * <ul>
 *   <li>a place resolved to GeoNames is the entity of its GeoNames id, whatever the spelling or script;</li>
 *   <li>a place the gazetteer lacks is merged by transliteration key with other unresolved places of that key;
 *       a place with several same-named candidates (ambiguous, or guessed among them) gets no entity: a wrong village
 *       is worse than none;</li>
 *   <li>an organisation is merged by the key of its name;</li>
 *   <li>a person: within an article, a surname alone joins the one full name with that surname; across articles, the
 *       same given name and surname keys merge; a given name one edit apart (Oleksandr = Oleksandre) or a surname alone
 *       merges only into the one candidate that shares context with it (a town both articles name, or for full names
 *       also a role such as spokesman), so namesakes stay apart: a false merge is worse than a missed one.</li>
 * </ul>
 *
 * <p>Each article's rows, its entity updates and the progress mark are written in one transaction
 * ({@link #store(List, BiFunction)}), so a crash loses at most the batch in flight, which the next pass redoes.
 *
 * <p>Thread-safety: every method locks the {@link SitrepStore} it belongs to, whose connection it shares.
 */
public final class EntityIndex implements AutoCloseable {

    private final SitrepStore store;
    private final Connection db;
    private final PreparedStatement insertMention;
    private final PreparedStatement insertTime;
    private final PreparedStatement insertQuantity;
    private final PreparedStatement insertQuote;
    private final PreparedStatement upsertSpelling;
    private final PreparedStatement countEntity;

    EntityIndex(SitrepStore store, Connection db) throws SQLException {
        this.store = store;
        this.db = db;
        insertMention = db.prepareStatement("INSERT INTO mentions (article_id, start, end, text, ner_type, kind, sentence, entity_id, "
                + "place_status, place_detail, place_confidence, place_evidence) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
        insertTime = db.prepareStatement("INSERT INTO times (article_id, start, end, text, value, precision, begin_at, until_at, relative, "
                + "against_fetch_time, own_date, sentence) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
        insertQuantity = db.prepareStatement("INSERT INTO quantities (article_id, start, end, text, value, counted, sentence) VALUES (?,?,?,?,?,?,?)");
        insertQuote = db.prepareStatement("INSERT INTO quotes (article_id, start, end, text, speaker, speaker_entity_id, sentence) VALUES (?,?,?,?,?,?,?)");
        upsertSpelling = db.prepareStatement("INSERT INTO entity_spellings (entity_id, spelling, key, count) VALUES (?,?,?,?) "
                + "ON CONFLICT (entity_id, spelling) DO UPDATE SET count = count + excluded.count");
        countEntity = db.prepareStatement("UPDATE entities SET mention_count = mention_count + ?, article_count = article_count + 1 WHERE id = ?");
    }

    // ---------------------------------------------------------------- writing

    /** The seq of the last article the pass has dealt with (annotated or skipped); 0 before the first. */
    public long annotatedSeq() {
        synchronized (store) {
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT coalesce(max(annotated_seq), 0) FROM annotate_progress")) {
                return r.next() ? r.getLong(1) : 0;
            } catch (SQLException e) {
                throw new StoreException("read the annotation mark", e);
            }
        }
    }

    /** Up to {@code limit} (seq, id) pairs of articles stored after {@code seq}, in seq order. */
    public List<Map.Entry<Long, String>> after(long seq, int limit) {
        synchronized (store) {
            List<Map.Entry<Long, String>> out = new ArrayList<>();
            try (PreparedStatement ps = db.prepareStatement("SELECT seq, id FROM articles WHERE seq > ? ORDER BY seq LIMIT ?")) {
                ps.setLong(1, seq);
                ps.setInt(2, limit);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) out.add(Map.entry(r.getLong(1), r.getString(2)));
                }
            } catch (SQLException e) {
                throw new StoreException("list articles to annotate", e);
            }
            return out;
        }
    }

    /**
     * Forgets every annotation and entity and puts the mark back to the start, in one transaction, so the next pass
     * annotates everything again: after a fuller gazetteer was imported, or a better model installed.
     */
    public void reset() {
        synchronized (store) {
            try (Statement s = db.createStatement()) {
                for (String table : List.of("quotes", "quantities", "times", "mentions", "entity_spellings", "entities", "annotated")) {
                    s.executeUpdate("DELETE FROM " + table);
                }
                s.executeUpdate("UPDATE annotate_progress SET annotated_seq = 0");
                db.commit();
            } catch (SQLException e) {
                try {
                    db.rollback();
                } catch (SQLException ignored) {
                    // the failure below says what went wrong
                }
                throw new StoreException("reset the annotations", e);
            }
        }
    }

    /** Articles stored after the annotation mark. */
    public long pending() {
        synchronized (store) {
            try (PreparedStatement ps = db.prepareStatement("SELECT count(*) FROM articles WHERE seq > ?")) {
                ps.setLong(1, annotatedSeq());
                try (ResultSet r = ps.executeQuery()) {
                    return r.next() ? r.getLong(1) : 0;
                }
            } catch (SQLException e) {
                throw new StoreException("count articles to annotate", e);
            }
        }
    }

    /**
     * Stores a batch of articles' annotations, in the order given (seq order), and moves the mark to the last one's
     * seq; all in one transaction, committed here. {@code link} takes each item's decisions (which entity each name is)
     * through the lookups and creations of {@link EntityWrites}, inside that transaction, so an article sees the
     * entities the articles before it created; the store only carries them out.
     */
    public <T> void store(List<T> batch, BiFunction<T, EntityWrites, AnnotatedArticle> link) {
        if (batch.isEmpty()) return;
        synchronized (store) {
            long last = 0;
            String first = null;
            try {
                for (T item : batch) {
                    AnnotatedArticle a = link.apply(item, writes);
                    if (first == null) first = a.articleId();
                    write(a);
                    last = a.seq();
                }
                try (PreparedStatement ps = db.prepareStatement("UPDATE annotate_progress SET annotated_seq = ?")) {
                    ps.setLong(1, last);
                    ps.executeUpdate();
                }
            } catch (SQLException | StoreException e) {
                try {
                    db.rollback();
                } catch (SQLException ignored) {
                    // the original failure is the one to report
                }
                if (e instanceof StoreException se) throw se;
                throw new StoreException("store the annotations of " + (first == null ? "a batch" : first + "…"), (SQLException) e);
            }
            store.commit();
        }
    }

    private void write(AnnotatedArticle a) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("INSERT OR REPLACE INTO annotated (article_id, status, reason, reference, "
                + "reference_fetch, tokens, sentences_json, places_note) VALUES (?,?,?,?,?,?,?,?)")) {
            ps.setString(1, a.articleId());
            ps.setString(2, a.status());
            ps.setString(3, a.reason());
            boolean done = a.annotations() != null;
            ps.setString(4, done ? a.annotations().reference().toString() : null);
            ps.setInt(5, done && a.annotations().referenceIsFetchTime() ? 1 : 0);
            ps.setInt(6, done ? a.annotations().tokens() : 0);
            ps.setString(7, done ? sentencesJson(a.annotations().sentences()) : "[]");
            ps.setString(8, a.placesNote());
            ps.executeUpdate();
        }
        if (a.annotations() == null) return;
        String id = a.articleId();
        Map<Long, Integer> perEntity = new LinkedHashMap<>();
        for (AnnotatedArticle.LinkedMention f : a.mentions()) {
            Long e = f.entityId();
            insertMention.setString(1, id);
            insertMention.setInt(2, f.start());
            insertMention.setInt(3, f.end());
            insertMention.setString(4, f.text());
            insertMention.setString(5, f.nerType());
            insertMention.setString(6, f.kind());
            insertMention.setInt(7, f.sentence());
            if (e == null) insertMention.setNull(8, Types.INTEGER);
            else insertMention.setLong(8, e);
            insertMention.setString(9, f.placeStatus());
            insertMention.setString(10, f.placeDetail());
            if (f.placeConfidence() == null) insertMention.setNull(11, Types.REAL);
            else insertMention.setDouble(11, f.placeConfidence());
            insertMention.setString(12, f.placeEvidence());
            insertMention.addBatch();
            if (e != null) {
                perEntity.merge(e, 1, Integer::sum);
                upsertSpelling.setLong(1, e);
                upsertSpelling.setString(2, f.spelling());
                upsertSpelling.setString(3, f.spellingKey());
                upsertSpelling.setInt(4, 1);
                upsertSpelling.addBatch();
            }
        }
        insertMention.executeBatch();
        upsertSpelling.executeBatch();
        for (Map.Entry<Long, Integer> e : perEntity.entrySet()) {
            countEntity.setInt(1, e.getValue());
            countEntity.setLong(2, e.getKey());
            countEntity.addBatch();
        }
        countEntity.executeBatch();

        for (TimeMention t : a.annotations().times()) {
            insertTime.setString(1, id);
            insertTime.setInt(2, t.start());
            insertTime.setInt(3, t.end());
            insertTime.setString(4, t.text());
            insertTime.setString(5, t.value());
            insertTime.setString(6, t.precision().name());
            insertTime.setString(7, t.begin().toString());
            insertTime.setString(8, t.until().toString());
            insertTime.setInt(9, t.relative() ? 1 : 0);
            insertTime.setInt(10, t.againstFetchTime() ? 1 : 0);
            insertTime.setInt(11, t.ownDate() ? 1 : 0);
            insertTime.setInt(12, t.sentence());
            insertTime.addBatch();
        }
        insertTime.executeBatch();
        for (Quantity q : a.annotations().quantities()) {
            insertQuantity.setString(1, id);
            insertQuantity.setInt(2, q.start());
            insertQuantity.setInt(3, q.end());
            insertQuantity.setString(4, q.text());
            insertQuantity.setDouble(5, q.value());
            insertQuantity.setString(6, q.counted());
            insertQuantity.setInt(7, q.sentence());
            insertQuantity.addBatch();
        }
        insertQuantity.executeBatch();
        List<Quote> quotes = a.annotations().quotes();
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            insertQuote.setString(1, id);
            insertQuote.setInt(2, q.start());
            insertQuote.setInt(3, q.end());
            insertQuote.setString(4, q.text());
            insertQuote.setString(5, q.speaker());
            Long speaker = i < a.quoteSpeakers().size() ? a.quoteSpeakers().get(i) : null;
            if (speaker == null) insertQuote.setNull(6, Types.INTEGER);
            else insertQuote.setLong(6, speaker);
            insertQuote.setInt(7, q.sentence());
            insertQuote.addBatch();
        }
        insertQuote.executeBatch();
    }

    private static final java.util.regex.Pattern SENTENCE_SPAN = java.util.regex.Pattern.compile("\\[(\\d+),(\\d+)]");

    /** The sentence spans ({@code [start, end]}) of a stored {@code sentences_json}, as {@link #sentencesJson} wrote them. */
    static List<int[]> sentenceSpans(String json) {
        List<int[]> out = new ArrayList<>();
        var m = SENTENCE_SPAN.matcher(json);
        while (m.find()) out.add(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))});
        return out;
    }

    private static String sentencesJson(List<Sentence> sentences) {
        StringBuilder b = new StringBuilder("[");
        for (Sentence s : sentences) {
            if (b.length() > 1) b.append(',');
            b.append('[').append(s.start()).append(',').append(s.end()).append(']');
        }
        return b.append(']').toString();
    }

    /**
     * Counts one more mention of an entity, spelt so, inside the caller's transaction (a mention linked after its
     * article was stored); {@code newArticle} when the article named the entity nowhere before.
     */
    void countMention(long entity, String spelling, String spellingKey, boolean newArticle) throws SQLException {
        upsertSpelling.setLong(1, entity);
        upsertSpelling.setString(2, spelling);
        upsertSpelling.setString(3, spellingKey);
        upsertSpelling.setInt(4, 1);
        upsertSpelling.executeUpdate();
        try (PreparedStatement ps = db.prepareStatement("UPDATE entities SET mention_count = mention_count + 1, "
                + "article_count = article_count + ? WHERE id = ?")) {
            ps.setInt(1, newArticle ? 1 : 0);
            ps.setLong(2, entity);
            ps.executeUpdate();
        }
    }

    /** The lookups and creations of entities, for another writer of this store inside its own transaction. */
    EntityWrites writes() {
        return writes;
    }

    /** The lookups and creations of entities, on the store's connection, inside the transaction of {@link #store}. */
    private final EntityWrites writes = new EntityWrites() {
        @Override
        public Optional<Long> placeByGeonameId(long geonameId) {
            return sql(() -> {
                try (PreparedStatement ps = db.prepareStatement("SELECT id FROM entities WHERE geoname_id = ?")) {
                    ps.setLong(1, geonameId);
                    try (ResultSet r = ps.executeQuery()) {
                        return r.next() ? Optional.of(r.getLong(1)) : Optional.<Long>empty();
                    }
                }
            });
        }

        @Override
        public long createPlace(EntityWrites.NewPlace p) {
            return sql(() -> {
                try (PreparedStatement ps = db.prepareStatement("INSERT INTO entities (type, name, key, geoname_id, latitude, longitude, "
                        + "country, admin1, feature_code) VALUES ('PLACE',?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                    ps.setString(1, p.name());
                    ps.setString(2, p.key());
                    ps.setLong(3, p.geonameId());
                    ps.setDouble(4, p.latitude());
                    ps.setDouble(5, p.longitude());
                    ps.setString(6, p.country());
                    ps.setString(7, p.admin1());
                    ps.setString(8, p.featureCode());
                    ps.executeUpdate();
                    return generated(ps);
                }
            });
        }

        @Override
        public Optional<Long> keyed(String type, String key) {
            return sql(() -> {
                try (PreparedStatement ps = db.prepareStatement("SELECT id FROM entities WHERE type = ? AND key = ? AND geoname_id IS NULL "
                        + "ORDER BY id LIMIT 1")) {
                    ps.setString(1, type);
                    ps.setString(2, key);
                    try (ResultSet r = ps.executeQuery()) {
                        return r.next() ? Optional.of(r.getLong(1)) : Optional.<Long>empty();
                    }
                }
            });
        }

        @Override
        public long createKeyed(String type, String name, String key) {
            return sql(() -> {
                try (PreparedStatement ps = db.prepareStatement("INSERT INTO entities (type, name, key) VALUES (?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                    ps.setString(1, type);
                    ps.setString(2, name);
                    ps.setString(3, key);
                    ps.executeUpdate();
                    return generated(ps);
                }
            });
        }

        @Override
        public List<EntityWrites.PersonRow> peopleBySurname(String surnameKey) {
            return sql(() -> {
                List<EntityWrites.PersonRow> out = new ArrayList<>();
                try (PreparedStatement ps = db.prepareStatement("SELECT id, given_key, roles FROM entities WHERE type = 'PERSON' AND surname_key = ? ORDER BY id")) {
                    ps.setString(1, surnameKey);
                    try (ResultSet r = ps.executeQuery()) {
                        while (r.next()) {
                            String roles = r.getString(3);
                            out.add(new EntityWrites.PersonRow(r.getLong(1), r.getString(2),
                                    roles.isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(roles.split(",")))));
                        }
                    }
                }
                return out;
            });
        }

        @Override
        public boolean namedWithAny(long entity, Set<Long> places) {
            if (places.isEmpty()) return false;
            return sql(() -> {
                String in = "?" + ",?".repeat(places.size() - 1);
                try (PreparedStatement ps = db.prepareStatement("SELECT 1 FROM mentions a JOIN mentions b ON b.article_id = a.article_id "
                        + "WHERE a.entity_id = ? AND b.entity_id IN (" + in + ") AND b.ner_type <> '" + MentionTypes.NESTED + "' LIMIT 1")) {
                    ps.setLong(1, entity);
                    int i = 2;
                    for (long p : places) ps.setLong(i++, p);
                    try (ResultSet r = ps.executeQuery()) {
                        return r.next();
                    }
                }
            });
        }

        @Override
        public long createPerson(String name, String key, String givenKey, String surnameKey, Set<String> roles) {
            return sql(() -> {
                try (PreparedStatement ps = db.prepareStatement("INSERT INTO entities (type, name, key, given_key, surname_key, roles) "
                        + "VALUES ('PERSON',?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                    ps.setString(1, name);
                    ps.setString(2, key);
                    ps.setString(3, givenKey);
                    ps.setString(4, surnameKey);
                    ps.setString(5, String.join(",", roles));
                    ps.executeUpdate();
                    return generated(ps);
                }
            });
        }

        @Override
        public void namePerson(long id, String name, String key, String givenKey) {
            sql(() -> {
                try (PreparedStatement ps = db.prepareStatement("UPDATE entities SET name = ?, key = ?, given_key = ? WHERE id = ?")) {
                    ps.setString(1, name);
                    ps.setString(2, key);
                    ps.setString(3, givenKey);
                    ps.setLong(4, id);
                    return ps.executeUpdate();
                }
            });
        }

        @Override
        public void setRoles(long id, Set<String> roles) {
            sql(() -> {
                try (PreparedStatement ps = db.prepareStatement("UPDATE entities SET roles = ? WHERE id = ?")) {
                    ps.setString(1, String.join(",", roles));
                    ps.setLong(2, id);
                    return ps.executeUpdate();
                }
            });
        }
    };

    private interface Sql<V> {
        V run() throws SQLException;
    }

    private static <V> V sql(Sql<V> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new StoreException("write an entity", e);
        }
    }

    private static long generated(PreparedStatement ps) throws SQLException {
        try (ResultSet r = ps.getGeneratedKeys()) {
            r.next();
            return r.getLong(1);
        }
    }


    @Override
    public void close() {
        synchronized (store) {
            try {
                insertMention.close();
                insertTime.close();
                insertQuantity.close();
                insertQuote.close();
                upsertSpelling.close();
                countEntity.close();
            } catch (SQLException e) {
                throw new StoreException("close the entity index", e);
            }
        }
    }
}
