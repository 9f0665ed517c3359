package org.sitrep.store;

import org.sitrep.pipeline.Cpu;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.sitrep.copies.CopyJudge;
import org.sitrep.copies.CopyKind;
import org.sitrep.copies.CopyRelation;
import org.sitrep.copies.CopySketch;
import org.sitrep.copies.Fingerprint;
import org.sitrep.model.Article;

/**
 * Copy detection inside the store. After each commit, every new article is compared with the articles stored
 * before it that the search index offers as candidates: the same text hash, the most shared MinHash LSH bands,
 * the most shared rare names and numbers, and the nearest lead embeddings. Candidates are found and judged on all
 * cores ({@link CopyJudge} is pure, the index's searchers are thread-safe); SQLite is touched only by the calling
 * thread, to load the candidates not at hand (one query per batch; recent articles are kept) and to save relations.
 * {@code copy_progress} records the highest seq compared, in the same transaction as the relations, so a crash
 * only delays the comparison to the next open. Package-private; {@link SitrepStore} synchronizes all calls.
 */
final class CopyIndex {
    /** At most this many candidates from the search index per article. */
    static final int FACT_CANDIDATES = 8;
    /** At most this many near-duplicate candidates (those sharing the most LSH bands). */
    static final int MAX_CANDIDATES = 20;
    /**
     * Band matches whose estimated Jaccard is below this are not judged: no near-duplicate rule can fire for them
     * (a title-only copy comes through its headline, a rewrite through names, numbers and embeddings).
     */
    static final double MIN_ESTIMATE = 0.15;
    /** Nearest neighbours by lead embedding, and the cosine below which they are not worth judging. */
    static final int NEIGHBOURS = 10;
    static final double MIN_COSINE = 0.6;
    /** Articles kept at hand: copies are mostly published within days of their original. */
    static final int RECENT = 4096;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Connection db;
    private final SearchIndex index;
    private final CopyJudge judge = new CopyJudge();
    /** Prepared once: preparing is a large share of SQLite's time at this call rate (profiled with JFR). */
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private final LongAdder candidateNanos = new LongAdder();
    private final LongAdder loadNanos = new LongAdder();
    private final LongAdder judgeNanos = new LongAdder();
    private final LongAdder judgeWallNanos = new LongAdder();
    private final LongAdder saveNanos = new LongAdder();
    private final LongAdder pairs = new LongAdder();
    private final Map<String, Pending> recent = new LinkedHashMap<>(RECENT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Pending> eldest) {
            return size() > RECENT;
        }
    };

    /** An article as copy detection sees it: with its place in arrival order and its fingerprint. */
    record Pending(Article article, long seq, Fingerprint fingerprint) {
    }

    /** Reads stored articles with their fingerprints for the detector. */
    interface Loader {
        Map<String, Pending> byIds(Collection<String> ids) throws SQLException;

        List<Pending> after(long seq, int limit) throws SQLException;
    }

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

    /** Compares every stored article not yet compared (after a crash, or a store from an older version). */
    int detectUnchecked(Loader load) throws SQLException, IOException {
        long mark;
        try (PreparedStatement ps = db.prepareStatement("SELECT coalesce(max(checked_seq), 0) FROM copy_progress"); ResultSet r = ps.executeQuery()) {
            mark = r.next() ? r.getLong(1) : 0;
        }
        int found = 0;
        for (List<Pending> batch = load.after(mark, 500); !batch.isEmpty(); batch = load.after(mark, 500)) {
            found += detect(batch, load);
            mark = batch.get(batch.size() - 1).seq();
            db.commit();
        }
        return found;
    }

    /** Compares each article of the batch (in seq order, already searchable) with its earlier candidates. */
    int detect(List<Pending> batch, Loader load) throws SQLException, IOException {
        List<List<String>> candidates;
        long c0 = Cpu.now();
        List<SearchIndex.Asker> askers = new ArrayList<>();
        for (Pending p : batch) {
            askers.add(p.fingerprint() == null ? new SearchIndex.Asker(CopySketch.of(""), null, List.of(), List.of(), p.seq())
                    : new SearchIndex.Asker(p.fingerprint().sketch(), CopyJudge.titleKey(p.article().title()),
                            CopyJudge.titlePairTerms(p.article().title()), CopyJudge.leadKeys(p.article().text()), p.seq()));
        }
        List<List<String>> near = index.nearDuplicates(askers, MAX_CANDIDATES, 3, 5, MIN_ESTIMATE);
        candidateNanos.add(Cpu.now() - c0);
        try {
            candidates = IntStream.range(0, batch.size()).parallel().mapToObj(i -> {
                List<String> c = new ArrayList<>(near.get(i));
                for (String id : candidates(batch.get(i))) if (!c.contains(id)) c.add(id);
                return c;
            }).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Map<String, Pending> atHand = new HashMap<>();
        for (Pending p : batch) if (p.fingerprint() != null) atHand.put(p.article().id(), p);
        Set<String> missing = new HashSet<>();
        for (List<String> ids : candidates) {
            for (String id : ids) {
                if (atHand.containsKey(id)) continue;
                Pending r = recent.get(id);
                if (r != null) atHand.put(id, r);
                else missing.add(id);
            }
        }
        long t0 = System.nanoTime();
        if (!missing.isEmpty()) atHand.putAll(load.byIds(missing));
        long t1 = System.nanoTime();
        List<CopyRelation> found = IntStream.range(0, batch.size()).parallel().boxed()
                .flatMap(i -> candidates.get(i).stream().map(atHand::get).filter(Objects::nonNull)
                        .map(earlier -> judged(earlier, batch.get(i)))
                        .flatMap(Optional::stream))
                .toList();
        long t2 = System.nanoTime();
        for (CopyRelation rel : found) save(rel);
        loadNanos.add(t1 - t0);
        judgeWallNanos.add(t2 - t1);
        saveNanos.add(System.nanoTime() - t2);
        PreparedStatement ps = sql("UPDATE copy_progress SET checked_seq = ?");
        ps.setLong(1, batch.get(batch.size() - 1).seq());
        ps.executeUpdate();
        for (Pending p : batch) if (p.fingerprint() != null) recent.put(p.article().id(), p);
        return found.size();
    }

    private Optional<CopyRelation> judged(Pending earlier, Pending later) {
        long t0 = Cpu.now();
        try {
            return judge.judge(earlier.article(), earlier.fingerprint(), later.article(), later.fingerprint(), earlier.article().id());
        } finally {
            judgeNanos.add(Cpu.now() - t0);
            pairs.increment();
        }
    }

    /** Time spent so far, by part: for {@code sitrep bench} and the benchmarks. */
    Map<String, Double> timings() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("candidates_cpu_s", candidateNanos.sum() / 1e9);
        m.put("load_s", loadNanos.sum() / 1e9);
        m.put("judge_cpu_s", judgeNanos.sum() / 1e9);
        m.put("judge_wall_s", judgeWallNanos.sum() / 1e9);
        m.put("save_s", saveNanos.sum() / 1e9);
        m.put("pairs_judged", (double) pairs.sum());
        return m;
    }

    /** Earlier articles worth judging for a rewrite: shared rare names and numbers, nearest lead embeddings. */
    private List<String> candidates(Pending p) {
        if (p.fingerprint() == null) return List.of();
        long t0 = Cpu.now();
        try {
            return candidatesOf(p);
        } finally {
            candidateNanos.add(Cpu.now() - t0);
        }
    }

    private List<String> candidatesOf(Pending p) {
        CopySketch s = p.fingerprint().sketch();
        Set<String> out = new LinkedHashSet<>();
        try {
            // Same text, headline and LSH bands come from the batch search in detect(); here the wider net.
            if (!s.comparable()) return new ArrayList<>(out);
            // Rewrites share few shingles; they share names and numbers, and their leads embed close together.
            // Only texts the judge could call a rewrite (two sentences or more) are worth this query, its most
            // expensive one: a one-sentence feed teaser never is.
            CopyJudge.View view = p.fingerprint().view();
            if (p.article().text().length() > 300 && (view == null || view.sentenceCount() >= CopyJudge.MIN_ALIGNED)) {
                out.addAll(index.sharing(CopyJudge.factTerms(p.article().text()), p.seq(), FACT_CANDIDATES));
            }
            if (p.fingerprint().hasVector()) out.addAll(index.nearest(p.fingerprint().vector(), p.seq(), NEIGHBOURS, MIN_COSINE));
        } catch (IOException e) {
            throw new StoreException("read the search index", e);
        }
        return new ArrayList<>(out);
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

    /** Relations in which the article is the copy ({@code copyOf}) or the original ({@code copiedBy}). */
    Provenance provenance(String id) throws SQLException {
        return new Provenance(id, relations("copy_id = ?", id), relations("original_id = ?", id));
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

    /** Articles, outlets and independent sources among {@code ids}: copies collapse into their originals. */
    SourceCounts count(Collection<String> ids) throws SQLException {
        List<String> all = new ArrayList<>(new LinkedHashSet<>(ids));
        Map<String, String> parent = new HashMap<>();
        for (String id : all) parent.put(id, id);
        Set<Long> outlets = new HashSet<>();
        // Two queries per 500 ids instead of two per article: a search result can hold thousands.
        for (int from = 0; from < all.size(); from += 500) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
            String in = "?" + ",?".repeat(chunk.size() - 1);
            try (PreparedStatement ps = db.prepareStatement("SELECT DISTINCT outlet_id FROM articles WHERE outlet_id IS NOT NULL AND id IN (" + in + ")")) {
                for (int i = 0; i < chunk.size(); i++) ps.setString(i + 1, chunk.get(i));
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) outlets.add(r.getLong(1));
                }
            }
            try (PreparedStatement ps = db.prepareStatement("SELECT original_id, copy_id FROM copies WHERE copy_id IN (" + in + ")")) {
                for (int i = 0; i < chunk.size(); i++) ps.setString(i + 1, chunk.get(i));
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) union(parent, r.getString(1), r.getString(2));
                }
            }
        }
        Set<String> roots = new HashSet<>();
        for (String id : all) roots.add(find(parent, id));
        return new SourceCounts(all.size(), outlets.size(), roots.size());
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
}
