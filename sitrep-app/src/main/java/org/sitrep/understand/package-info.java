/**
 * Understanding an article: CoreNLP's annotations turned into classified names (people, organisations, places),
 * places resolved against the gazetteer with CoreNLP's person-for-place errors corrected
 * ({@link org.sitrep.understand.ArticleAnalysis}; places inside other names and one sense per article:
 * {@code NestedPlaces}, {@code ArticleSenses}), and names linked into entities across articles, spellings and
 * scripts ({@link org.sitrep.understand.EntityLinker}, {@link org.sitrep.understand.PersonLinker}), and the claims of
 * an article: who says what, for which side ({@link org.sitrep.understand.ClaimFinder}, English, Ukrainian, Russian and Polish rules), and which of
 * ACLED's event types it reports ({@link org.sitrep.understand.EventTypeClassifier}, a model trained on snippets we
 * wrote). Pure rules over records; the store is reached only through {@link org.sitrep.store.EntityWrites}. May
 * import {@code nlp}, {@code geo}, {@code model}, {@code embed}, {@code claims}' and {@code records}' records and the
 * store's records and interfaces; never {@code app} or {@code json}.
 */
package org.sitrep.understand;
