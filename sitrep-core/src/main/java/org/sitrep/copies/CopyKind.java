package org.sitrep.copies;

/** How one article copies another. */
public enum CopyKind {
    /** The same text once normalized. */
    EXACT,
    /** Mostly the same wording: shingle Jaccard at or above {@link CopyParams#near()}. */
    NEAR,
    /** Retold in the same language: reordered or reworded, recognised by aligned sentences, shared facts and attribution. */
    REWRITE,
    /**
     * Translated into another language: recognised by sentences aligned in order on the names, numbers and days they
     * carry ({@link TranslationJudge}).
     */
    TRANSLATION
}
