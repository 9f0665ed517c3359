package org.sitrep.copies;

import java.util.Objects;
import org.sitrep.embed.SentenceEmbedder;
import org.sitrep.model.Article;

/**
 * Computes an article's {@link Fingerprint}. Runs in the parallel part of ingestion, so the store's single writer
 * only files what was computed. Vectors are made only for texts of at least {@link CopyParams#embedMinWords} words: a
 * retelling of a feed teaser cannot be told from an independent report of the same event by anything we can show,
 * and the model costs ~5 ms per 40 words, more than the rest of the pipeline together (BENCHMARKS.md).
 *
 * <p>Thread-safe.
 */
public final class Fingerprinter {
    private final SentenceEmbedder embedder;
    private final CopyParams params;
    private final CopyKeys keys;

    /** @param embedder the model for vectors, or null for sketches only */
    public Fingerprinter(SentenceEmbedder embedder) {
        this(embedder, CopyParams.defaults());
    }

    /** @param embedder the model for vectors, or null for sketches only */
    public Fingerprinter(SentenceEmbedder embedder, CopyParams params) {
        this.embedder = embedder;
        this.params = Objects.requireNonNull(params, "params");
        this.keys = new CopyKeys(params);
    }

    /** Sketches only: no vectors, no model to load. */
    public static Fingerprinter sketchesOnly() {
        return new Fingerprinter(null);
    }

    public Fingerprint of(Article a) {
        CopySketch s = sketch(a);
        if (embedder == null || !s.comparable() || words(a.text()) < params.embedMinWords()) return fingerprint(a, s, null, null);
        return fingerprint(a, s, embedder.embed(a), embedder.name());
    }

    /**
     * The fingerprint of a stored article: the sketch and keys recomputed from its text (cheap), the vector as it was
     * stored (the model is not run again, so this works for any fingerprinter, with or without a model).
     */
    public Fingerprint restore(StoredArticle s) {
        return fingerprint(s.article(), sketch(s.article()), s.vector(), s.model());
    }

    private Fingerprint fingerprint(Article a, CopySketch s, float[] vector, String model) {
        return new Fingerprint(s, vector, model, keys.of(a), new CopyView(a, params));
    }

    /** Title and text: a feed item's teaser alone is often too short, and an equal headline is part of a copy. */
    public static CopySketch sketch(Article a) {
        return CopySketch.of((a.title() == null ? "" : a.title() + "\n") + (a.text() == null ? "" : a.text()));
    }

    /** The embedding model's name, or null. */
    public String model() {
        return embedder == null ? null : embedder.name();
    }

    public CopyParams params() {
        return params;
    }

    static int words(String text) {
        if (text == null) return 0;
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean ws = Character.isWhitespace(text.charAt(i));
            if (!ws && !in) n++;
            in = !ws;
        }
        return n;
    }
}
