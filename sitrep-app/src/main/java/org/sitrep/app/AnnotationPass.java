package org.sitrep.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import org.sitrep.geo.OutletHome;
import org.sitrep.geo.OutletHomes;
import org.sitrep.model.Article;
import org.sitrep.nlp.Annotator;
import org.sitrep.store.SitrepStore;
import org.sitrep.store.EntityIndex;
import org.sitrep.understand.ArticleAnalysis;
import org.sitrep.understand.EntityLinker;
import org.sitrep.understand.PlaceLookup;

/**
 * Annotates every stored article not yet annotated, in seq order: CoreNLP (names, dates against the publication date
 * or the flagged fetch time, quantities, quotes) and place resolution on all cores, then, one batch at a time and in
 * seq order, the merge into entities and the rows in SQLite with the progress mark in the same transaction. Killed
 * midway, the next run goes on from the mark; nothing is annotated twice.
 *
 * <p>The outlet's home ({@link OutletHomes}: its region or country, learned from the places its earlier annotated
 * articles named with confidence) is the prior for the places of each of its articles. It is decided before each
 * batch, for the outlets in it, from what is stored, and kept for the pass until {@link #HOME_REFRESH} more articles of
 * the outlet have gone by; so an outlet's first articles have no prior (only its domain's country, if any), and the
 * same articles get the same prior however the threads run.
 *
 * <p>An article in a language no annotator reads ({@link org.sitrep.nlp.Annotators}), one with no text, or one that makes
 * the annotator fail is recorded as skipped with the reason;
 * the pass goes on. Not thread-safe: one pass at a time per store.
 */
public final class AnnotationPass {
    /** An outlet's home is decided again after this many more of its articles in one pass. */
    static final int HOME_REFRESH = 100;
    private final SitrepStore store;
    private final Function<String, Optional<Annotator>> nlp;
    private final PlaceLookup places;
    private final int threads;
    private final OutletHomes.Params homeParams;

    /** What a pass reports while it goes. */
    public interface Listener {
        /** Called once: how many articles the pass will look at. */
        default void planned(long articles) {
        }

        default void progress(long done, long tokens) {
        }
    }

    /**
     * @param seconds       wall time of the pass
     * @param nlpCpuSeconds CPU time inside the annotator (CoreNLP and its records), summed over threads
     * @param ownCpuSeconds CPU time in place resolution and classification, summed over threads
     * @param storeSeconds  wall time merging entities and writing SQLite
     * @param placesNote    why places were not resolved (no gazetteer), or empty
     * @param homeLookups   how many times an outlet's home was decided from the store
     * @param homeSeconds   wall time deciding outlets' homes (reading the places their articles named)
     */
    public record Report(long annotated, long skipped, long tokens, double seconds, double nlpCpuSeconds,
                         double ownCpuSeconds, double storeSeconds, Optional<String> placesNote, long homeLookups,
                         double homeSeconds) {
        public Report(long annotated, long skipped, long tokens, double seconds, double nlpCpuSeconds, double ownCpuSeconds,
                      double storeSeconds, Optional<String> placesNote) {
            this(annotated, skipped, tokens, seconds, nlpCpuSeconds, ownCpuSeconds, storeSeconds, placesNote, 0, 0);
        }
    }

    /** An outlet's home as last decided in this pass, and how many of its articles have gone by since. */
    private record Known(OutletHome home, int since) {
    }

    public AnnotationPass(SitrepStore store, Function<String, Optional<Annotator>> nlp, PlaceLookup places, int threads) {
        this(store, nlp, places, threads, OutletHomes.Params.defaults());
    }

    /** @param homeParams how an outlet's home is learned from its articles ({@link OutletHomes}) */
    public AnnotationPass(SitrepStore store, Function<String, Optional<Annotator>> nlp, PlaceLookup places, int threads,
                          OutletHomes.Params homeParams) {
        this.homeParams = Objects.requireNonNull(homeParams, "homeParams");
        this.store = Objects.requireNonNull(store, "store");
        this.nlp = Objects.requireNonNull(nlp, "nlp");
        this.places = Objects.requireNonNull(places, "places");
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        this.threads = threads;
    }

    public Report run(Listener listener) {
        return run(listener, Map.of());
    }

    /**
     * As {@link #run(Listener)}, taking the analysis of an article from {@code ready} (by article id) where it is
     * there, instead of annotating it again: a distributed runner (sitrep-flink) annotates in parallel before the
     * article is stored, so the analysis comes with a placeholder seq, replaced here by the stored one. Articles not in
     * {@code ready} are annotated here as usual, so what is stored is the same either way.
     */
    public Report run(Listener listener, Map<String, ArticleAnalysis> ready) {
        long t0 = System.nanoTime();
        EntityIndex index = store.entities();
        listener.planned(index.pending());
        long annotated = 0, skipped = 0, tokens = 0, nlpNanos = 0, ownNanos = 0, storeNanos = 0, homeNanos = 0, homeLookups = 0;
        Map<String, Known> homes = new HashMap<>();
        // Small batches keep the transaction short and the loss on a kill small; a few per thread keep cores busy.
        int batchSize = threads * 4;
        ForkJoinPool pool = Workers.pool("sitrep-annotate", threads);
        try {
            long mark = index.annotatedSeq();
            while (true) {
                List<Map.Entry<Long, String>> next = index.after(mark, batchSize);
                if (next.isEmpty()) break;
                long h0 = System.nanoTime();
                Map<String, OutletHome> batchHomes = new HashMap<>();
                if (places.resolver().isPresent()) {
                    double confidentAt = places.resolver().get().params().confidentAt();
                    Map<String, String> keys = store.outlets().keysOfArticles(next.stream().map(Map.Entry::getValue).toList());
                    for (var e : next) {
                        String key = keys.get(e.getValue());
                        if (key == null) continue;
                        Known k = homes.get(key);
                        if (k == null || k.since() >= HOME_REFRESH) {
                            k = new Known(learnHome(store, key, confidentAt, homeParams).home(), 0);
                            homeLookups++;
                        }
                        homes.put(key, new Known(k.home(), k.since() + 1));
                        if (k.home() != null) batchHomes.put(e.getValue(), k.home());
                    }
                }
                homeNanos += System.nanoTime() - h0;
                List<ArticleAnalysis> done;
                try {
                    done = pool.submit(() -> next.parallelStream().map(e -> analyse(e, ready, batchHomes.get(e.getValue()))).toList()).get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while annotating", e);
                } catch (ExecutionException e) {
                    throw new IllegalStateException("annotation failed", e.getCause());
                }
                long s0 = System.nanoTime();
                index.store(done, EntityLinker::link);
                storeNanos += System.nanoTime() - s0;
                for (ArticleAnalysis a : done) {
                    if (a.annotations() == null) skipped++;
                    else {
                        annotated++;
                        tokens += a.annotations().tokens();
                    }
                    nlpNanos += a.nlpNanos();
                    ownNanos += a.ownNanos();
                }
                mark = next.get(next.size() - 1).getKey();
                listener.progress(annotated + skipped, tokens);
            }
        } finally {
            pool.shutdown();
        }
        return new Report(annotated, skipped, tokens, (System.nanoTime() - t0) / 1e9, nlpNanos / 1e9, ownNanos / 1e9,
                storeNanos / 1e9, places.unavailable(), homeLookups, homeNanos / 1e9);
    }

    /**
     * Where the outlet with this key is at home ({@link OutletHomes}), from the places its latest annotated articles
     * (stored now) named with at least {@code confidentAt}: what the pass uses as the prior, and what the outlet page
     * shows ({@link Sitrep#outletHome}).
     */
    static OutletHomes.Decision learnHome(SitrepStore store, String key, double confidentAt, OutletHomes.Params params) {
        List<OutletHomes.Named> named = store.outlets().placesNamed(key, confidentAt, params.recentArticles()).stream()
                .map(r -> new OutletHomes.Named(r.articleId(), r.country(), r.admin1(), r.featureCode())).toList();
        return OutletHomes.decide(named, params);
    }

    /** One article's analysis; a failure inside the annotator costs this article only. */
    private ArticleAnalysis analyse(Map.Entry<Long, String> seqAndId, Map<String, ArticleAnalysis> ready, OutletHome home) {
        ArticleAnalysis r = ready.get(seqAndId.getValue());
        if (r != null) {
            return new ArticleAnalysis(r.articleId(), seqAndId.getKey(), r.text(), r.status(), r.reason(), r.annotations(), r.found(),
                    r.placesNote(), r.nlpNanos(), r.ownNanos());
        }
        Optional<Article> a = store.article(seqAndId.getValue());
        if (a.isEmpty()) {
            return new ArticleAnalysis(seqAndId.getValue(), seqAndId.getKey(), "", ArticleAnalysis.Status.SKIPPED, "article not found",
                    null, List.of(), null, 0, 0);
        }
        try {
            return ArticleAnalysis.of(a.get(), seqAndId.getKey(), nlp, places, home);
        } catch (RuntimeException e) {
            return new ArticleAnalysis(a.get().id(), seqAndId.getKey(), a.get().text(), ArticleAnalysis.Status.SKIPPED,
                    "annotation failed: " + e.getClass().getSimpleName() + ": " + e.getMessage(), null, new ArrayList<>(), null, 0, 0);
        }
    }
}
