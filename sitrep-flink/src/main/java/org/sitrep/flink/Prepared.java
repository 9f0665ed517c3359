package org.sitrep.flink;

import java.util.Comparator;
import org.sitrep.app.Ingestion;
import org.sitrep.understand.ArticleAnalysis;

/**
 * What the parallel part made of one article of one message: the outcome of {@link Ingestion#prepare} (the article
 * with its fingerprint, or a rejection) and, for an article, its annotation (null when the job does not annotate),
 * with the message's place in the topic and the article's place in the message ({@code item}), so that the sink stores
 * in the order submitted.
 */
public record Prepared(int partition, long offset, int item, Ingestion.Outcome outcome, ArticleAnalysis analysis) {
    /** The order the articles were submitted in (within a partition; one partition keeps the whole order). */
    public static final Comparator<Prepared> SUBMITTED = Comparator.comparingInt(Prepared::partition)
            .thenComparingLong(Prepared::offset).thenComparingInt(Prepared::item);
}
