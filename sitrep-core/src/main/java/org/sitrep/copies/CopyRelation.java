package org.sitrep.copies;

import java.util.List;

/**
 * One article copying another, with the evidence for it.
 *
 * @param originalId the article copied from
 * @param copyId     the copy
 * @param kind       exact, near-duplicate, rewrite or translation
 * @param score      0..1: shingle Jaccard for exact/near, share of the copy's sentences aligned for a rewrite, share of
 *                   the shorter text's anchored sentences aligned for a translation
 * @param jaccard    estimated shingle Jaccard of the two texts (0 for a translation: two languages share no shingles)
 * @param similarity cosine of the two leads' embeddings, NaN when either has none
 * @param direction  why {@code originalId} is the original ("attribution", "earlier publication", "containment",
 *                   "arrival order" when nothing else tells)
 * @param credited   the outlet the copy credits ("Kyiv Post"), or null
 * @param aligned    sentence pairs that say the same thing, original first
 * @param sharedFacts names and numbers both articles contain (for a translation, as the original spells them)
 */
public record CopyRelation(String originalId, String copyId, CopyKind kind, double score, double jaccard, double similarity, String direction,
                           String credited, List<AlignedPair> aligned, List<String> sharedFacts) {
    public CopyRelation {
        aligned = List.copyOf(aligned);
        sharedFacts = List.copyOf(sharedFacts);
    }

    /** A sentence of the original and the sentence of the copy that retells it, with their similarity. */
    public record AlignedPair(String original, String copy, double similarity) {
    }
}
