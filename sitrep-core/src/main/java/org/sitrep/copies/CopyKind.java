package org.sitrep.copies;

/** How one article copies another. */
public enum CopyKind {
    /** The same text once normalized. */
    EXACT,
    /** Mostly the same wording: shingle Jaccard at or above {@link CopyParams#near()}. */
    NEAR,
    /** Retold: reordered, reworded or translated, recognised by aligned sentences, shared facts and attribution. */
    REWRITE
}
