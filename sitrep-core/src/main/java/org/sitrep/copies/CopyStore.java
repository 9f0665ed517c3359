package org.sitrep.copies;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What copy detection reads and writes in a store: the articles to compare (with the stored part of their
 * fingerprints), the relations found, and the mark of how far in arrival order the comparison got. The mark is saved
 * in the same transaction as the relations, so a crash only delays a comparison to the next {@link
 * CopyDetection#catchUp()}. Called from one thread at a time.
 */
public interface CopyStore {
    /** The highest seq whose article has been compared (0 for none). */
    long checkedSeq();

    /** The stored articles with these ids (those that exist). */
    Map<String, StoredArticle> byIds(Collection<String> ids);

    /** Stored articles after {@code seq}, in seq order, at most {@code limit}. */
    List<StoredArticle> after(long seq, int limit);

    /**
     * Saves the relations and the look-alikes (alike, but two reports) and sets the mark to {@code checkedSeq}, durably,
     * in one transaction.
     */
    void save(List<CopyRelation> relations, List<Lookalike> lookalikes, long checkedSeq);
}
