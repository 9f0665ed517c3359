package org.sitrep.copies;

import org.sitrep.embed.SentenceEmbedder;
import org.sitrep.model.Article;

/**
 * Computes an article's {@link Fingerprint}. Runs in the parallel part of ingestion, so the store's single writer
 * only files what was computed. Vectors are made only for texts of at least {@value #EMBED_MIN_WORDS} words: a
 * retelling of a feed teaser cannot be told from an independent report of the same event by anything we can show,
 * and the model costs ~5 ms per 40 words, more than the rest of the pipeline together (BENCHMARKS.md).
 *
 * <p>Thread-safe.
 */
public final class Fingerprinter {
    public static final int EMBED_MIN_WORDS = 80;
    private final SentenceEmbedder embedder;

    /** @param embedder the model for vectors, or null for sketches only */
    public Fingerprinter(SentenceEmbedder embedder) {
        this.embedder = embedder;
    }

    /** Sketches only: no vectors, no model to load. */
    public static Fingerprinter sketchesOnly() {
        return new Fingerprinter(null);
    }

    public Fingerprint of(Article a) {
        CopySketch s = sketch(a);
        if (embedder == null || !s.comparable() || words(a.text()) < EMBED_MIN_WORDS) return new Fingerprint(s, null, null, new CopyJudge.View(a));
        return new Fingerprint(s, embedder.embed(a), embedder.name(), new CopyJudge.View(a));
    }

    /** Title and text: a feed item's teaser alone is often too short, and an equal headline is part of a copy. */
    public static CopySketch sketch(Article a) {
        return CopySketch.of((a.title() == null ? "" : a.title() + "\n") + (a.text() == null ? "" : a.text()));
    }

    /** The embedding model's name, or null. */
    public String model() {
        return embedder == null ? null : embedder.name();
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
