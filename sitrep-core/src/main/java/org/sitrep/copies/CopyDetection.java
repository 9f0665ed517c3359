package org.sitrep.copies;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
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
import java.util.stream.IntStream;
import org.sitrep.model.Article;

/**
 * The copy-detection pass: each new article is compared with the earlier articles that the candidate index offers
 * ({@link CopyCandidates}: the same text hash, headline or lead, the most shared MinHash LSH bands, the most shared
 * rare names and numbers, the nearest lead embeddings), and every pair is decided by the {@link CopyJudge}. It only
 * orchestrates: candidates are asked for and pairs judged on all cores; the {@link CopyStore} is touched only by the
 * calling thread, to load the candidates not at hand (one query per batch; recent articles are kept) and to save the
 * relations with the mark of how far the comparison got, in one transaction.
 *
 * <p>Whoever commits articles to a store runs {@link #compare} on each committed batch, in arrival order, once the
 * batch is searchable; after a crash, {@link #catchUp} compares what was committed but not compared. Thread-safe: one
 * pass at a time.
 */
public final class CopyDetection {
    /** Articles read back per step when catching up. */
    static final int CATCH_UP_BATCH = 500;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final CopyCandidates candidates;
    private final CopyStore store;
    private final CopyParams params;
    private final CopyJudge judge;
    private final Fingerprinter restorer;
    private final LongAdder candidateNanos = new LongAdder();
    private final LongAdder loadNanos = new LongAdder();
    private final LongAdder judgeNanos = new LongAdder();
    private final LongAdder judgeWallNanos = new LongAdder();
    private final LongAdder saveNanos = new LongAdder();
    private final LongAdder pairs = new LongAdder();
    private final Map<String, Fingerprinted> recent;

    public CopyDetection(CopyCandidates candidates, CopyStore store, CopyParams params) {
        this.candidates = Objects.requireNonNull(candidates, "candidates");
        this.store = Objects.requireNonNull(store, "store");
        this.params = Objects.requireNonNull(params, "params");
        this.judge = new CopyJudge(params);
        this.restorer = new Fingerprinter(null, params);
        int keep = params.recent();
        this.recent = new LinkedHashMap<>(keep, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Fingerprinted> eldest) {
                return size() > keep;
            }
        };
    }

    /** Compares every stored article not yet compared (after a crash, or a store from an older version). */
    public synchronized int catchUp() {
        long mark = store.checkedSeq();
        int found = 0;
        for (List<StoredArticle> batch = store.after(mark, CATCH_UP_BATCH); !batch.isEmpty(); batch = store.after(mark, CATCH_UP_BATCH)) {
            List<Fingerprinted> restored = new ArrayList<>();
            for (StoredArticle s : batch) restored.add(new Fingerprinted(s.article(), s.seq(), restorer.restore(s)));
            found += compare(restored);
            mark = batch.get(batch.size() - 1).seq();
        }
        return found;
    }

    /**
     * Compares each article of the batch (in seq order, already searchable) with its earlier candidates, saves the
     * relations found and marks the batch compared. Returns how many relations were found.
     */
    public synchronized int compare(List<Fingerprinted> batch) {
        if (batch.isEmpty()) return 0;
        long c0 = cpu();
        List<CopyCandidates.Ask> asks = new ArrayList<>();
        for (Fingerprinted p : batch) {
            Fingerprint f = p.fingerprint();
            asks.add(f == null ? new CopyCandidates.Ask(CopySketch.of(""), CandidateKeys.NONE, p.seq()) : new CopyCandidates.Ask(f.sketch(), f.keys(), p.seq()));
        }
        List<List<String>> near;
        try {
            near = candidates.nearDuplicates(asks, params.maxCandidates(), params.exactCandidates(), params.titleCandidates(), params.minEstimate());
        } catch (IOException e) {
            throw new UncheckedIOException("copy detection: cannot search for candidates: " + e.getMessage(), e);
        }
        candidateNanos.add(cpu() - c0);
        List<List<String>> found = IntStream.range(0, batch.size()).parallel().mapToObj(i -> {
            // An article without a fingerprint asked with no keys, so an index offers it nothing; it is never compared.
            if (batch.get(i).fingerprint() == null) return List.<String>of();
            List<String> c = new ArrayList<>(near.get(i));
            for (String id : candidates(batch.get(i))) if (!c.contains(id)) c.add(id);
            return c;
        }).toList();
        Map<String, Fingerprinted> atHand = new HashMap<>();
        for (Fingerprinted p : batch) if (p.fingerprint() != null) atHand.put(p.article().id(), p);
        Set<String> missing = new HashSet<>();
        for (List<String> ids : found) {
            for (String id : ids) {
                if (atHand.containsKey(id)) continue;
                Fingerprinted r = recent.get(id);
                if (r != null) atHand.put(id, r);
                else missing.add(id);
            }
        }
        long t0 = System.nanoTime();
        if (!missing.isEmpty()) {
            for (StoredArticle s : store.byIds(missing).values()) atHand.put(s.article().id(), new Fingerprinted(s.article(), s.seq(), restorer.restore(s)));
        }
        long t1 = System.nanoTime();
        boolean[] standing = new boolean[batch.size()];
        for (int i = 0; i < batch.size(); i++) standing[i] = standingHeadline(batch.get(i), found.get(i), atHand, params.standingDays());
        List<Judged> verdicts = IntStream.range(0, batch.size()).parallel().boxed()
                .flatMap(i -> found.get(i).stream().map(atHand::get).filter(Objects::nonNull)
                        .map(earlier -> new Judged(earlier.article().id(), batch.get(i).article().id(), judged(earlier, batch.get(i), standing[i]))))
                .filter(j -> j.verdict.relation().isPresent() || j.verdict.template())
                .toList();
        List<CopyRelation> relations = new ArrayList<>();
        List<Lookalike> lookalikes = new ArrayList<>();
        for (Judged j : verdicts) {
            if (j.verdict.relation().isPresent()) relations.add(j.verdict.relation().get());
            else lookalikes.add(new Lookalike(j.earlier, j.later, j.verdict.differs()));
        }
        long t2 = System.nanoTime();
        store.save(relations, lookalikes, batch.get(batch.size() - 1).seq());
        loadNanos.add(t1 - t0);
        judgeWallNanos.add(t2 - t1);
        saveNanos.add(System.nanoTime() - t2);
        for (Fingerprinted p : batch) if (p.fingerprint() != null) recent.put(p.article().id(), p);
        return relations.size();
    }

    private record Judged(String earlier, String later, CopyJudge.Verdict verdict) {
    }

    /**
     * Whether the article's headline is one its outlet prints day after day: among the earlier articles offered for it,
     * {@code days} or more days (its own included; {@link CopyParams#standingDays()}) carry the same headline from the
     * same outlet; never when {@code days} is 0. A weekly
     * gallery, a daily digest, a standing live-page title is a template, not a report; the text must carry a copy.
     */
    static boolean standingHeadline(Fingerprinted p, List<String> candidates, Map<String, Fingerprinted> atHand, int standingDays) {
        Article a = p.article();
        if (standingDays == 0 || a.outlet() == null || a.title() == null || a.published() == null) return false;
        String key = String.join(" ", Tokens.of(a.title()));
        Set<java.time.LocalDate> days = new HashSet<>();
        days.add(day(a));
        for (String id : candidates) {
            Fingerprinted c = atHand.get(id);
            if (c == null || !org.sitrep.outlets.OutletKeys.sameOutlet(a.outlet(), c.article().outlet()) || c.article().title() == null || c.article().published() == null) continue;
            if (key.equals(String.join(" ", Tokens.of(c.article().title())))) days.add(day(c.article()));
        }
        return days.size() >= standingDays;
    }

    private static java.time.LocalDate day(Article a) {
        return a.published().instant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
    }

    private CopyJudge.Verdict judged(Fingerprinted earlier, Fingerprinted later, boolean standingHeadline) {
        long t0 = cpu();
        try {
            return judge.verdict(earlier.article(), earlier.fingerprint(), later.article(), later.fingerprint(), earlier.article().id(), standingHeadline);
        } finally {
            judgeNanos.add(cpu() - t0);
            pairs.increment();
        }
    }

    /** Earlier articles worth judging for a rewrite: shared rare names and numbers, nearest lead embeddings. */
    private List<String> candidates(Fingerprinted p) {
        if (p.fingerprint() == null) return List.of();
        long t0 = cpu();
        try {
            return rewriteCandidates(p);
        } catch (IOException e) {
            throw new UncheckedIOException("copy detection: cannot search for candidates: " + e.getMessage(), e);
        } finally {
            candidateNanos.add(cpu() - t0);
        }
    }

    private List<String> rewriteCandidates(Fingerprinted p) throws IOException {
        Fingerprint f = p.fingerprint();
        Set<String> out = new LinkedHashSet<>();
        // Same text, headline and LSH bands come from the batch search in compare(); here the wider net.
        if (!f.sketch().comparable()) return new ArrayList<>(out);
        // Rewrites share few shingles; they share names and numbers, and their leads embed close together.
        // Only texts the judge could call a rewrite (two sentences or more) are worth this query, its most
        // expensive one: a one-sentence feed teaser never is.
        CopyView view = f.view();
        if (p.article().text().length() > params.factMinChars() && (view == null || view.sentenceCount() >= params.minAligned())) {
            out.addAll(candidates.sharing(CopyKeys.factTerms(p.article().text()), p.seq(), params.factCandidates()));
        }
        if (f.hasVector()) out.addAll(candidates.nearest(f.vector(), p.seq(), params.neighbours(), params.minCosine()));
        // Translations share no words: they share names, days and numbers, and are asked for in other languages only,
        // so a pair of one language is never offered here that was not offered before.
        CandidateKeys keys = f.keys();
        if (keys.language() != null && keys.translationKeys().size() >= params.translationKeys()
                && (view == null || view.sentenceCount() >= params.translationMinAligned())) {
            out.addAll(candidates.translations(keys.translationKeys(), keys.language(), p.seq(), params.translationCandidates(), params.translationKeys()));
        }
        return new ArrayList<>(out);
    }

    /** Time spent so far, by part: for {@code sitrep bench} and the benchmarks. */
    public Map<String, Double> timings() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("candidates_cpu_s", candidateNanos.sum() / 1e9);
        m.put("load_s", loadNanos.sum() / 1e9);
        m.put("judge_cpu_s", judgeNanos.sum() / 1e9);
        m.put("judge_wall_s", judgeWallNanos.sum() / 1e9);
        m.put("save_s", saveNanos.sum() / 1e9);
        m.put("pairs_judged", (double) pairs.sum());
        return m;
    }

    /** Nanoseconds of CPU the current thread has used (wall time where the JVM cannot tell). */
    private static long cpu() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }
}
