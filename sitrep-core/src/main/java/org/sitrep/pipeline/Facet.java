package org.sitrep.pipeline;

/** A fact about an article that a stage needs or provides; the pipeline checks the chain when it is built. */
public enum Facet {
    /** What a reader gives: origin, raw body, fetch time and whatever metadata the input carried. */
    RAW,
    /** The whole plain text ({@code Article.sourceText}). */
    SOURCE_TEXT,
    /** Title, publication date and outlet, from metadata or the text. */
    METADATA,
    /** The cleaned text and the removed spans. */
    CLEAN_TEXT,
    /** The language of the cleaned text. */
    LANGUAGE,
    /** The stable content id. */
    ID
}
