package org.sitrep.store;

import org.sitrep.copies.Lookalike;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.copies.CopyGroups;
import org.sitrep.copies.CopyKind;
import org.sitrep.copies.CopyRelation;
import org.sitrep.copies.CopyStore;
import org.sitrep.copies.StoredArticle;

/**
 * The copy relations in SQLite: saved with the {@code copy_progress} mark (the highest seq compared) in one
 * transaction, so a crash only delays a comparison to the next catch-up; read back as an article's provenance and
 * as independent-source counts. Which pairs are copies is decided in the library ({@code org.sitrep.copies}); this
 * class only stores and reads. Package-private; {@link SitrepStore} synchronizes its calls, and the {@link CopyStore} methods lock the store themselves.
 */
final class CopyIndex implements CopyStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Object lock;
    private final Connection db;
    /** Prepared once: preparing is a large share of SQLite's time at this call rate (profiled with JFR). */
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    private PreparedStatement sql(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = db.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    void close() throws SQLException {
        for (PreparedStatement ps : statements.values()) ps.close();
        statements.clear();
    }

    /** Over {@code db}, every {@link CopyStore} call under {@code lock} (the store's). */
    CopyIndex(Object lock, Connection db) {
        this.lock = lock;
        this.db = db;
    }

    // ---------------------------------------------------------------- CopyStore, for the copy-detection pass

    @Override
    public long checkedSeq() {
        synchronized (lock) {
            try {
                return mark();
            } catch (SQLException e) {
                throw new StoreException("read the copy-detection mark", e);
            }
        }
    }

    @Override
    public Map<String, StoredArticle> byIds(Collection<String> ids) {
        synchronized (lock) {
            try {
                return ArticleRows.byIds(db, ids);
            } catch (SQLException e) {
                throw new StoreException("load copy candidates", e);
            }
        }
    }

    @Override
    public List<StoredArticle> after(long seq, int limit) {
        synchronized (lock) {
            try {
                return ArticleRows.after(db, seq, limit);
            } catch (SQLException e) {
                throw new StoreException("load articles not compared for copies", e);
            }
        }
    }

    @Override
    public void save(List<CopyRelation> relations, List<Lookalike> lookalikes, long checkedSeq) {
        synchronized (lock) {
            try {
                for (Lookalike l : lookalikes) save(l);
                write(relations, checkedSeq);
                db.commit();
            } catch (SQLException e) {
                throw new StoreException("save copies", e);
            }
        }
    }

    /** The highest seq compared so far (0 for none). */
    private long mark() throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT coalesce(max(checked_seq), 0) FROM copy_progress"); ResultSet r = ps.executeQuery()) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    /** Writes the relations and moves the mark to {@code checkedSeq}, in the open transaction (the caller commits). */
    private void write(List<CopyRelation> relations, long checkedSeq) throws SQLException {
        for (CopyRelation rel : relations) save(rel);
        PreparedStatement ps = sql("UPDATE copy_progress SET checked_seq = ?");
        ps.setLong(1, checkedSeq);
        ps.executeUpdate();
    }

    private void save(CopyRelation rel) throws SQLException {
        try {
            PreparedStatement ps = sql("INSERT OR REPLACE INTO copies (original_id, copy_id, kind, score, jaccard, direction, credited, evidence_json) VALUES (?,?,?,?,?,?,?,?)");
            ps.setString(1, rel.originalId());
            ps.setString(2, rel.copyId());
            ps.setString(3, rel.kind().name());
            ps.setDouble(4, rel.score());
            ps.setDouble(5, rel.jaccard());
            ps.setString(6, rel.direction());
            ps.setString(7, rel.credited());
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("aligned", rel.aligned());
            evidence.put("shared_facts", rel.sharedFacts());
            if (!Double.isNaN(rel.similarity())) evidence.put("embedding_similarity", rel.similarity());
            ps.setString(8, JSON.writeValueAsString(evidence));
            ps.executeUpdate();
        } catch (JsonProcessingException e) {
            throw new SQLException(e);
        }
    }

    private void save(Lookalike l) throws SQLException {
        try {
            PreparedStatement ps = sql("INSERT OR REPLACE INTO lookalikes (earlier_id, later_id, differs_json) VALUES (?,?,?)");
            ps.setString(1, l.earlierId());
            ps.setString(2, l.laterId());
            List<List<String>> differs = new ArrayList<>();
            for (Lookalike.Slot s : l.differs()) differs.add(List.of(s.a(), s.b()));
            ps.setString(3, JSON.writeValueAsString(differs));
            ps.executeUpdate();
        } catch (JsonProcessingException e) {
            throw new SQLException(e);
        }
    }

    /**
     * Relations in which the article is the copy ({@code copyOf}) or the original ({@code copiedBy}), and the
     * articles alike in wording that are other reports.
     */
    Provenance provenance(String id) throws SQLException {
        return new Provenance(id, relations("copy_id = ?", id), relations("original_id = ?", id), lookalikes(id));
    }

    private List<Lookalike> lookalikes(String id) throws SQLException {
        return lookalikes(db, id, 50);
    }

    /** The look-alikes an article is in (as the earlier or the later one), at most {@code limit}. */
    static List<Lookalike> lookalikes(Connection db, String id, int limit) throws SQLException {
        List<Lookalike> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT earlier_id, later_id, differs_json FROM lookalikes WHERE earlier_id = ? "
                + "UNION ALL SELECT earlier_id, later_id, differs_json FROM lookalikes WHERE later_id = ? LIMIT ?")) {
            ps.setString(1, id);
            ps.setString(2, id);
            ps.setInt(3, limit);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    List<Lookalike.Slot> differs = new ArrayList<>();
                    for (var d : JSON.readTree(r.getString(3))) differs.add(new Lookalike.Slot(d.get(0).asText(), d.get(1).asText()));
                    out.add(new Lookalike(r.getString(1), r.getString(2), differs));
                }
            }
        } catch (JsonProcessingException e) {
            throw new SQLException(e);
        }
        return out;
    }

    private List<CopyRelation> relations(String where, String id) throws SQLException {
        List<CopyRelation> out = new ArrayList<>();
        try {
            PreparedStatement ps = sql("SELECT original_id, copy_id, kind, score, jaccard, direction, credited, evidence_json FROM copies WHERE " + where + " ORDER BY score DESC");
            ps.setString(1, id);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    var ev = JSON.readTree(r.getString(8));
                    List<CopyRelation.AlignedPair> aligned = new ArrayList<>();
                    for (var p : ev.path("aligned")) aligned.add(new CopyRelation.AlignedPair(p.get("original").asText(), p.get("copy").asText(), p.get("similarity").asDouble()));
                    List<String> facts = new ArrayList<>();
                    for (var f : ev.path("shared_facts")) facts.add(f.asText());
                    double similarity = ev.has("embedding_similarity") ? ev.get("embedding_similarity").asDouble() : Double.NaN;
                    out.add(new CopyRelation(r.getString(1), r.getString(2), CopyKind.valueOf(r.getString(3)), r.getDouble(4), r.getDouble(5),
                            similarity, r.getString(6), r.getString(7), aligned, facts));
                }
            }
        } catch (JsonProcessingException e) {
            throw new SQLException(e);
        }
        return out;
    }

    /** For each id, the id standing for its copy group among {@code ids} and their originals. */
    Map<String, String> roots(Collection<String> ids) throws SQLException {
        List<String> all = new ArrayList<>(new LinkedHashSet<>(ids));
        CopyGroups groups = new CopyGroups();
        for (String id : all) groups.add(id);
        for (int from = 0; from < all.size(); from += 500) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
            String in = "?" + ",?".repeat(chunk.size() - 1);
            try (PreparedStatement ps = db.prepareStatement("SELECT original_id, copy_id FROM copies WHERE copy_id IN (" + in + ") OR original_id IN (" + in + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(i + 1, chunk.get(i));
                    ps.setString(chunk.size() + i + 1, chunk.get(i));
                }
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) groups.link(r.getString(1), r.getString(2));
                }
            }
        }
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (String id : all) out.put(id, groups.root(id));
        return out;
    }

    /** Articles, outlets and independent sources among {@code ids}: copies collapse into their originals. */
    SourceCounts count(Collection<String> ids) throws SQLException {
        List<String> all = new ArrayList<>(new LinkedHashSet<>(ids));
        CopyGroups groups = new CopyGroups();
        for (String id : all) groups.add(id);
        // An outlet is its key ("Kyiv Post" and kyivpost.com are one), or its spelling's row before the outlet pass keyed it.
        Set<String> outlets = new HashSet<>();
        // Two queries per 500 ids instead of two per article: a search result can hold thousands.
        for (int from = 0; from < all.size(); from += 500) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
            String in = "?" + ",?".repeat(chunk.size() - 1);
            try (PreparedStatement ps = db.prepareStatement("SELECT DISTINCT coalesce(outlet_key, '#' || outlet_id) FROM articles "
                    + "WHERE (outlet_key IS NOT NULL OR outlet_id IS NOT NULL) AND id IN (" + in + ")")) {
                for (int i = 0; i < chunk.size(); i++) ps.setString(i + 1, chunk.get(i));
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) outlets.add(r.getString(1));
                }
            }
            try (PreparedStatement ps = db.prepareStatement("SELECT original_id, copy_id FROM copies WHERE copy_id IN (" + in + ")")) {
                for (int i = 0; i < chunk.size(); i++) ps.setString(i + 1, chunk.get(i));
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) groups.link(r.getString(1), r.getString(2));
                }
            }
        }
        return new SourceCounts(all.size(), outlets.size(), groups.count(all));
    }
}
