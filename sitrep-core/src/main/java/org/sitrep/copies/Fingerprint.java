package org.sitrep.copies;

/**
 * What copy detection needs of one article besides its text: the shingle sketch (exact and near copies), the keys
 * the search index files it under, and, for articles long enough to be retold, the sentence-embedding vector of its
 * lead (rewrite candidates). Made by {@link Fingerprinter}; a store keeps the vector and the model and hands them back
 * for {@link Fingerprinter#restore} to rebuild the rest.
 *
 * @param sketch hash and MinHash of title and text
 * @param vector unit-length embedding of the headline and lead, or null (short text, or embeddings off)
 * @param model  the embedding model's name, or null when there is no vector
 * @param keys   headline and lead keys for the search index ({@link CandidateKeys#NONE} when null)
 * @param view   the judge's per-article working set, filled as the judge needs it (null: made per pair)
 */
public record Fingerprint(CopySketch sketch, float[] vector, String model, CandidateKeys keys, CopyView view) {
    public Fingerprint {
        if (keys == null) keys = CandidateKeys.NONE;
    }

    public boolean hasVector() {
        return vector != null;
    }
}
