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
 * @param language   the article's language (ISO 639-1), or null when unknown: translations are looked for in others
 * @param translationKeys its names, days and numbers as keys that do not depend on the language
 *                   ({@link TranslationKeys}, {@code x:} prefixed): what its translations share with it; empty for an
 *                   article of unknown language
 */
public record CandidateKeys(String titleKey, List<String> titlePairs, List<String> leadKeys, String language, List<String> translationKeys) {
    /** No keys: an article that is never found by its headline or lead. */
    public static final CandidateKeys NONE = new CandidateKeys(null, List.of(), List.of());

    public CandidateKeys {
        titlePairs = List.copyOf(titlePairs);
        leadKeys = List.copyOf(leadKeys);
        translationKeys = List.copyOf(translationKeys);
    }

    /** Keys without translation keys: an article its translations do not find. */
    public CandidateKeys(String titleKey, List<String> titlePairs, List<String> leadKeys) {
        this(titleKey, titlePairs, leadKeys, null, List.of());
    }
}
