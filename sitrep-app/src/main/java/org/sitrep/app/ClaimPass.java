package org.sitrep.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;
import org.sitrep.claims.Claim;
import org.sitrep.claims.ClaimComparison;
import org.sitrep.claims.ClaimReport;
import org.sitrep.claims.Side;
import org.sitrep.model.Article;
import org.sitrep.store.ClaimIndex;
import org.sitrep.store.EntityReads;
import org.sitrep.store.SitrepStore;
import org.sitrep.understand.ClaimFinder;

/**
 * Finds the claims of every annotated article not yet read, in seq order, one batch per transaction with its mark (a
 * kill loses at most the batch in hand; nothing is read twice); then, for every event whose members changed, compares
 * its claims again and stores the summary (how many disputes, which questions). An article the annotation pass skipped
 * has no claims. Not thread-safe: one pass at a time per store.
 */
public final class ClaimPass {
    private static final int BATCH = 100;

    private final int batch;
    private final SitrepStore store;
    private final Finder finder;
    private final ClaimComparison comparison;

    /** The claims of one article: {@link ClaimFinder#find(String, String, String, String, EntityReads.StoredAnnotations, LongFunction)}. */
    @FunctionalInterface
    interface Finder {
        List<Claim> find(String articleId, String lang, String title, String text, EntityReads.StoredAnnotations ann, LongFunction<Side> known);
    }

    /** What a pass reports while it goes. */
    public interface Listener {
        default void planned(long articles) {
        }

        default void progress(long done) {
        }
    }

    /**
     * @param articles       articles read
     * @param claims         claims found in them
     * @param failed         articles whose claims could not be read (a rule failed on them; logged, the pass went on)
     * @param events         events whose claims were compared again
     * @param disputes       disputes in those events
     * @param seconds        wall time of the whole pass
     * @param findSeconds    wall time inside the claim finder
     * @param compareSeconds wall time comparing events' claims (loading included)
     */
    public record Report(long articles, long claims, long failed, long events, long disputes, double seconds, double findSeconds, double compareSeconds) {
    }

    public ClaimPass(SitrepStore store, ClaimFinder finder, ClaimComparison comparison) {
        this(store, finder::find, comparison, BATCH);
    }

    /** With another batch size (articles per transaction) and finder: tests cut a pass between batches, or fail a rule. */
    ClaimPass(SitrepStore store, Finder finder, ClaimComparison comparison, int batch) {
        if (batch < 1) throw new IllegalArgumentException("batch must be at least 1, not " + batch);
        this.batch = batch;
        this.store = Objects.requireNonNull(store, "store");
        this.finder = Objects.requireNonNull(finder, "finder");
        this.comparison = Objects.requireNonNull(comparison, "comparison");
    }

    /** Reads the claims of the articles annotated up to now, then compares the claims of the events that changed. */
    public Report run(Listener listener) {
        long t0 = System.nanoTime();
        ClaimIndex index = store.claims();
        long upTo = store.entities().annotatedSeq();
        listener.planned(index.pending(upTo));
        long mark = index.claimedSeq(), articles = 0, claims = 0, failed = 0, findNanos = 0;
        while (true) {
            List<Map.Entry<Long, String>> next = index.after(mark, upTo, batch);
            if (next.isEmpty()) break;
            List<ClaimIndex.ArticleClaims> batch = new ArrayList<>();
            for (Map.Entry<Long, String> e : next) {
                Optional<Article> a = store.article(e.getValue());
                if (a.isEmpty()) continue;
                EntityReads.StoredAnnotations ann = store.entityReads().annotations(e.getValue());
                long f0 = System.nanoTime();
                List<Claim> found;
                try {
                    // A language the claim rules have no words for has no claims, rather than wrong ones.
                    found = ClaimFinder.LANGUAGES.contains(a.get().language())
                            ? finder.find(e.getValue(), a.get().language(), a.get().title(), a.get().text(), ann, index::knownSide) : List.of();
                } catch (RuntimeException ex) {
                    // A rule that fails on one article costs that article its claims, never the pass or the ingest.
                    System.getLogger("sitrep.claims").log(System.Logger.Level.WARNING,
                            "no claims for article " + e.getValue() + ": " + ex.getClass().getSimpleName() + ": " + ex.getMessage(), ex);
                    found = List.of();
                    failed++;
                }
                findNanos += System.nanoTime() - f0;
                batch.add(new ClaimIndex.ArticleClaims(e.getValue(), found));
                claims += found.size();
                articles++;
            }
            mark = next.get(next.size() - 1).getKey();
            index.store(batch, mark);
            listener.progress(articles);
        }
        long c0 = System.nanoTime();
        long[] compared = compareChangedEvents();
        return new Report(articles, claims, failed, compared[0], compared[1], (System.nanoTime() - t0) / 1e9, findNanos / 1e9,
                (System.nanoTime() - c0) / 1e9);
    }

    /** Compares again the claims of every event whose members (or their claims) changed; returns {events, disputes}. */
    long[] compareChangedEvents() {
        ClaimIndex index = store.claims();
        Map<String, String> changed = index.changedEvents();
        List<ClaimIndex.EventSummary> summaries = new ArrayList<>();
        long disputes = 0;
        for (String eventId : changed.keySet()) {
            ClaimReport r = ClaimReads.report(store, store.eventReads().articlesOf(eventId), comparison, false);
            summaries.add(ClaimReads.summary(eventId, r));
            disputes += r.disputes().size();
            if (summaries.size() == 500) {
                index.storeSummaries(summaries, changed);
                summaries.clear();
            }
        }
        index.storeSummaries(summaries, changed);
        return new long[] {changed.size(), disputes};
    }
}
