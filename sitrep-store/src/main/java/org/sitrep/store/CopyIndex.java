package org.sitrep.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.sitrep.copies.CopyJudge;
import org.sitrep.copies.CopyKind;
import org.sitrep.copies.CopyRelation;
import org.sitrep.copies.CopySketch;
import org.sitrep.model.Article;

/**
 * Copy detection inside the store: sketches and LSH buckets written with each article, candidates found by exact
 * text hash, shared LSH bucket, or shared rare names and numbers (the search index), judged by {@link CopyJudge},
 * and relations kept in {@code copies}. Package-private; {@link SitrepStore} synchronizes all calls.
 */
final class CopyIndex {
    /** At most this many candidates from the search index per article. */
    static final int FACT_CANDIDATES = 8;
    /** At most this many near-duplicate candidates (those sharing the most LSH bands). */
    static final int MAX_CANDIDATES = 20;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Connection db;
    private final SearchIndex index;
    private final CopyJudge judge = new CopyJudge();
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

    CopyIndex(Connection db, SearchIndex index) {
        this.db = db;
        this.index = index;
    }

    /** Writes the article's sketch and band keys, in the caller's transaction; texts too short to compare get none. */
    void add(Article a) throws SQLException {
        CopySketch s = sketchOf(a);
        if (!s.comparable()) return;
        {
            PreparedStatement ps = sql("INSERT OR REPLACE INTO sketches (id, text_hash, minhash) VALUES (?,?,?)");
            ps.setString(1, a.id());
            ps.setString(2, s.textHash());
            ps.setBytes(3, toBytes(s.minHash()));
            ps.executeUpdate();
        }
        long[] keys = s.bandKeys();
        if (keys.length == 0) return;
        {
            PreparedStatement ps = sql("INSERT INTO lsh (key, id) VALUES (?,?)");
            for (long k : keys) {
                ps.setLong(1, k);
                ps.setString(2, a.id());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Title and text: a feed item's teaser alone is often too short, and an equal headline is part of a copy. */
    static CopySketch sketchOf(Article a) {
        return CopySketch.of((a.title() == null ? "" : a.title() + "\n") + (a.text() == null ? "" : a.text()));
    }

    /** Compares every article not yet compared with its candidates and stores the relations found; returns how many. */
    int detectPending(Function<String, Optional<Article>> load) throws SQLException, IOException {
        List<String> pending = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT a.id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM copy_checked c WHERE c.id = a.id) ORDER BY a.seq");
             ResultSet r = ps.executeQuery()) {
            while (r.next()) pending.add(r.getString(1));
        }
        int found = 0;
        for (String id : pending) {
            Optional<Article> a = load.apply(id);
            if (a.isEmpty()) continue;
            for (CopyRelation rel : relationsFor(a.get(), load)) {
                save(rel);
                found++;
            }
            {
            PreparedStatement ps = sql("INSERT OR IGNORE INTO copy_checked (id) VALUES (?)");
                ps.setString(1, id);
                ps.executeUpdate();
            }
        }
        return found;
    }

    private List<CopyRelation> relationsFor(Article a, Function<String, Optional<Article>> load) throws SQLException, IOException {
        CopySketch sa = sketch(a.id());
        if (sa == null) return List.of();
        Set<String> candidates = new LinkedHashSet<>();
        // An exact copy needs linking to one earlier holder of the text only: the rest are linked through it.
        {
            PreparedStatement ps = sql("SELECT id FROM sketches WHERE text_hash = ? AND id <> ? LIMIT 3");
            ps.setString(1, sa.textHash());
            ps.setString(2, a.id());
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) candidates.add(r.getString(1));
            }
        }
        long[] keys = sa.bandKeys();
        if (keys.length > 0) {
            StringBuilder in = new StringBuilder();
            for (int i = 0; i < keys.length; i++) in.append(i == 0 ? "?" : ",?");
            {
            PreparedStatement ps = sql("SELECT id, count(*) AS shared FROM lsh WHERE key IN (" + in + ") AND id <> ? "
                    + "GROUP BY id ORDER BY shared DESC LIMIT " + MAX_CANDIDATES);
                for (int i = 0; i < keys.length; i++) ps.setLong(i + 1, keys[i]);
                ps.setString(keys.length + 1, a.id());
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) candidates.add(r.getString(1));
                }
            }
        }
        // Rewrites share few shingles; they share names and numbers. Only texts of several sentences can be judged so.
        if (a.text().length() > 300) {
            Set<String> facts = CopyJudge.factTerms(a.text());
            candidates.addAll(index.sharing(facts, a.id(), FACT_CANDIDATES));
        }
        List<CopyRelation> out = new ArrayList<>();
        for (String id : candidates) {
            if (known(a.id(), id)) continue;
            Optional<Article> b = load.apply(id);
            CopySketch sb = sketch(id);
            if (b.isEmpty() || sb == null) continue;
            judge.judge(b.get(), sb, a, sa, b.get().id()).ifPresent(out::add);
        }
        return out;
    }

    private boolean known(String x, String y) throws SQLException {
        {
            PreparedStatement ps = sql("SELECT 1 FROM copies WHERE (original_id = ? AND copy_id = ?) OR (original_id = ? AND copy_id = ?)");
            ps.setString(1, x);
            ps.setString(2, y);
            ps.setString(3, y);
            ps.setString(4, x);
            try (ResultSet r = ps.executeQuery()) {
                return r.next();
            }
        }
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
            ps.setString(8, JSON.writeValueAsString(Map.of("aligned", rel.aligned(), "shared_facts", rel.sharedFacts())));
            ps.executeUpdate();
        } catch (JsonProcessingException e) {
            throw new SQLException(e);
        }
    }

    /** Relations in which the article is the copy ({@code copyOf}) or the original ({@code copiedBy}). */
    SitrepStore.Provenance provenance(String id) throws SQLException {
        return new SitrepStore.Provenance(id, relations("copy_id = ?", id), relations("original_id = ?", id));
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
                    out.add(new CopyRelation(r.getString(1), r.getString(2), CopyKind.valueOf(r.getString(3)), r.getDouble(4), r.getDouble(5),
                            r.getString(6), r.getString(7), aligned, facts));
                }
            }
        } catch (JsonProcessingException e) {
            throw new SQLException(e);
        }
        return out;
    }

    /** Articles, outlets and independent sources among {@code ids}: copies collapse into their originals. */
    SitrepStore.SourceCounts count(Collection<String> ids, Function<String, Optional<Article>> load) throws SQLException {
        Map<String, String> parent = new HashMap<>();
        for (String id : ids) parent.put(id, id);
        Set<String> outlets = new HashSet<>();
        for (String id : ids) {
            load.apply(id).map(Article::outlet).ifPresent(outlets::add);
            for (CopyRelation r : relations("copy_id = ?", id)) union(parent, r.originalId(), r.copyId());
        }
        Set<String> roots = new HashSet<>();
        for (String id : ids) roots.add(find(parent, id));
        return new SitrepStore.SourceCounts(ids.size(), outlets.size(), roots.size());
    }

    private static String find(Map<String, String> parent, String x) {
        parent.putIfAbsent(x, x);
        while (!parent.get(x).equals(x)) x = parent.get(x);
        return x;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) parent.put(rb, ra);
    }

    private CopySketch sketch(String id) throws SQLException {
        {
            PreparedStatement ps = sql("SELECT text_hash, minhash FROM sketches WHERE id = ?");
            ps.setString(1, id);
            try (ResultSet r = ps.executeQuery()) {
                return r.next() ? new CopySketch(r.getString(1), toLongs(r.getBytes(2)), CopySketch.MIN_TOKENS) : null;
            }
        }
    }

    private static byte[] toBytes(long[] v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * 8);
        for (long x : v) b.putLong(x);
        return b.array();
    }

    private static long[] toLongs(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        long[] out = new long[bytes.length / 8];
        for (int i = 0; i < out.length; i++) out[i] = b.getLong();
        return out;
    }
}
