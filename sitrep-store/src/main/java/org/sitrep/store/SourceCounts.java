package org.sitrep.store;

/** For a set of articles: how many, from how many outlets, and how many independent sources. */
public record SourceCounts(long articles, long outlets, long independentSources) {
}
