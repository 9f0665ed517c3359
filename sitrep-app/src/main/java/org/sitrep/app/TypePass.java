package org.sitrep.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import org.sitrep.claims.Claim;
import org.sitrep.claims.ClaimKind;
import org.sitrep.model.Article;
import org.sitrep.records.TypeCall;
import org.sitrep.store.SitrepStore;
import org.sitrep.store.TypeIndex;
import org.sitrep.understand.EventTypeClassifier;

/**
 * Reads the ACLED event type of every annotated article not yet read (its lead read with the sentences its claims
 * report incidents in: so it runs after the claims pass), in seq order, one batch per transaction with its mark (a
 * kill loses at most the batch in hand), the classifier on all cores. An article the annotation pass skipped (a language without an annotator, no text)
 * gets no type. Not thread-safe: one pass at a time per store.
 */
public final class TypePass {
    private static final int BATCH = 200;

    private final SitrepStore store;
    private final Typer typer;
    private final int batch;
    private final String embedder;
    private final int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

    /**
     * The type of one article from its headline, text and stored lead vector (null when none):
     * {@link EventTypeClassifier#classify(String, String, float[])}.
     */
    @FunctionalInterface
    interface Typer {
        TypeCall type(String title, String text, float[] leadVector, List<String> incidentSentences);
    }

    private static final java.util.Set<ClaimKind> INCIDENT = java.util.EnumSet.of(ClaimKind.ATTACK, ClaimKind.KILLED, ClaimKind.WOUNDED,
            ClaimKind.CAPTURED, ClaimKind.CONTROL, ClaimKind.DAMAGE, ClaimKind.LAUNCHED, ClaimKind.SHOT_DOWN);

    /** The sentences of the body that report incidents, those with a figure first, in text order. */
    static List<String> incidentSentences(List<Claim> claims) {
        List<String> withFigure = new ArrayList<>(), other = new ArrayList<>();
        for (Claim c : claims) {
            if (c.sentence() < 0 || !INCIDENT.contains(c.kind())) continue;
            (c.quantity() != null ? withFigure : other).add(c.text());
        }
        List<String> out = new ArrayList<>(new java.util.LinkedHashSet<>(withFigure));
        for (String s : other) if (!out.contains(s)) out.add(s);
        return out;
    }

    /** What a pass reports while it goes. */
    public interface Listener {
        default void planned(long articles) {
        }

        default void progress(long done) {
        }
    }

    /**
     * @param articles articles read (skipped ones included)
     * @param typed    articles given one of ACLED's sub-event types
     * @param none     articles found to report none
     * @param failed   articles the classifier failed on (logged; the pass went on)
     * @param seconds  wall time of the whole pass
     */
    public record Report(long articles, long typed, long none, long failed, double seconds) {
    }

    public TypePass(SitrepStore store, EventTypeClassifier classifier) {
        this(store, classifier::classify, classifier.embedderName(), BATCH);
    }

    /** @param embedder the embedding model whose stored lead vectors the typer takes; null to take none */
    TypePass(SitrepStore store, Typer typer, String embedder, int batch) {
        if (batch < 1) throw new IllegalArgumentException("batch must be at least 1, not " + batch);
        this.store = Objects.requireNonNull(store, "store");
        this.typer = Objects.requireNonNull(typer, "typer");
        this.embedder = embedder;
        this.batch = batch;
    }

    /** Types the articles annotated up to now. */
    public Report run(Listener listener) {
        long t0 = System.nanoTime();
        TypeIndex index = store.types();
        long upTo = store.entities().annotatedSeq();
        listener.planned(index.pending(upTo));
        long mark = index.typedSeq(), articles = 0, typed = 0, none = 0, failed = 0;
        ForkJoinPool pool = Workers.pool("sitrep-types", threads);
        try {
            while (true) {
                List<TypeIndex.Pending> next = index.after(mark, upTo, batch);
                if (next.isEmpty()) break;
                // Reads in order (the store is one connection), the model on all cores, writes in order.
                List<Input> inputs = new ArrayList<>();
                for (TypeIndex.Pending p : next) {
                    articles++;
                    if (!p.annotated()) continue;
                    Optional<Article> a = store.article(p.articleId());
                    // The classifier was trained on English snippets with an English embedding: other languages stay untyped.
                    if (a.isEmpty() || !EventTypeClassifier.LANGUAGES.contains(a.get().language())) continue;
                    // The lead vector copies stored is the same text by the same model: no second embedding.
                    float[] lead = embedder == null ? null : index.leadVector(p.articleId(), embedder);
                    inputs.add(new Input(p.articleId(), a.get().title(), a.get().text(), lead, incidentSentences(store.claims().of(List.of(p.articleId())))));
                }
                List<TypeCall> calls = pool.submit(() -> inputs.parallelStream().map(this::type).toList()).join();
                List<TypeIndex.ArticleType> out = new ArrayList<>();
                for (int i = 0; i < inputs.size(); i++) {
                    TypeCall call = calls.get(i);
                    if (call == null) {
                        failed++;
                        continue;
                    }
                    out.add(new TypeIndex.ArticleType(inputs.get(i).articleId(), call));
                    if (call.subType() == null) none++;
                    else typed++;
                }
                mark = next.get(next.size() - 1).seq();
                index.store(out, mark);
                listener.progress(articles);
            }
        } finally {
            pool.shutdown();
        }
        return new Report(articles, typed, none, failed, (System.nanoTime() - t0) / 1e9);
    }

    private record Input(String articleId, String title, String text, float[] lead, List<String> sentences) {
    }

    /** The type of one article; null when the classifier failed on it (logged: it costs that article its type only). */
    private TypeCall type(Input in) {
        try {
            return typer.type(in.title(), in.text(), in.lead(), in.sentences());
        } catch (RuntimeException ex) {
            System.getLogger("sitrep.types").log(System.Logger.Level.WARNING,
                    "no event type for article " + in.articleId() + ": " + ex.getClass().getSimpleName() + ": " + ex.getMessage(), ex);
            return null;
        }
    }

}
