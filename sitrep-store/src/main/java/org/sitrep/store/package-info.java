/**
 * Persistence, and nothing else: SQLite, or PostgreSQL through the same classes ({@link org.sitrep.store.Dialect}, issue 18) (articles, outlets, the ingest log, the quarantine, annotations and entities,
 * events and stories, copy relations, claims, each pass's progress mark) as the source of truth, and a Lucene index (BM25,
 * copy candidates, vectors) derived from it, crash-safe. Classes here query and write; they take no analysis
 * decision: which entity a name is, which event an article joins and whether two texts are copies are decided by the
 * library and handed in as records ({@link org.sitrep.store.AnnotatedArticle}, the clusterer's states, copy
 * relations). May import {@code org.sitrep.model}, the data records of {@code copies}, {@code events}, {@code claims}, {@code records} and
 * {@code nlp}, SQLite, PostgreSQL's JDBC driver and Flyway, Lucene and Jackson; never {@code app}, {@code understand}, {@code json}, {@code geo}, nor a
 * class that decides (a judge, a clusterer, a linker).
 */
package org.sitrep.store;
