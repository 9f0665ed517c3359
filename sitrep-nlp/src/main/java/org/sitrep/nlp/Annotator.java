package org.sitrep.nlp;

import java.time.Instant;

/**
 * Reads one language: finds sentences, names, dates, numbers and quotes in a text. {@link EnglishAnnotator} reads
 * English with CoreNLP; {@code org.sitrep.nlp.slavic} reads Ukrainian, Russian and Polish. {@link Annotators} says
 * which annotator reads which language. Implementations are thread-safe.
 */
public interface Annotator {
    /**
     * Annotates {@code text}. Relative dates ("yesterday", "вчора", "w sobotę") are resolved against
     * {@code reference}, never the clock.
     *
     * @param referenceIsFetchTime whether {@code reference} is the fetch time because the publication time is unknown
     */
    Annotations annotate(String text, Instant reference, boolean referenceIsFetchTime);
}
