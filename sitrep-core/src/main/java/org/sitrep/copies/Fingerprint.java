package org.sitrep.copies;

/**
 * What copy detection needs of one article besides its text: the shingle sketch (exact and near copies) and, for
 * articles long enough to be retold, the sentence-embedding vector of its lead (rewrite candidates).
 *
 * @param sketch hash and MinHash of title and text
 * @param vector unit-length embedding of the headline and lead, or null (short text, or embeddings off)
 * @param model  the embedding model's name, or null when there is no vector
 * @param view   the judge's per-article working set, filled as the judge needs it (null: made per pair)
 */
public record Fingerprint(CopySketch sketch, float[] vector, String model, CopyJudge.View view) {
    public boolean hasVector() {
        return vector != null;
    }
}
