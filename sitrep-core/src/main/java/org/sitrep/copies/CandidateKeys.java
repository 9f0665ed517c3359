package org.sitrep.copies;

import java.util.List;

/**
 * The search terms by which an article's copies find it, computed by {@link CopyKeys} and written into the search
 * index with the article: what the store files, not what it decides.
 *
 * @param titleKey   its headline's key (a title-only copy of a syndicated item), or null for a headline too short
 * @param titlePairs hashes of its headline's word pairs (an edited headline), empty for a short headline
 * @param leadKeys   winnowed hashes of its body's opening runs of words (a re-headlined wire teaser), empty for a
 *                   short body
 */
public record CandidateKeys(String titleKey, List<String> titlePairs, List<String> leadKeys) {
    /** No keys: an article that is never found by its headline or lead. */
    public static final CandidateKeys NONE = new CandidateKeys(null, List.of(), List.of());

    public CandidateKeys {
        titlePairs = List.copyOf(titlePairs);
        leadKeys = List.copyOf(leadKeys);
    }
}
