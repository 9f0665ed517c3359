package org.sitrep.nlp;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything {@link EnglishAnnotator} found in one text, in text order within each list.
 *
 * @param sentences            the sentences
 * @param mentions             names of people, organisations and places, and proper-noun spans ({@link Mention#PROPER})
 * @param times                normalized temporal expressions
 * @param quantities           numbers with what they count
 * @param quotes               quotes with their speakers
 * @param reference            the time relative expressions were resolved against
 * @param referenceIsFetchTime whether {@code reference} is the fetch time (the publication time being unknown)
 */
public record Annotations(List<Sentence> sentences, List<Mention> mentions, List<TimeMention> times,
                          List<Quantity> quantities, List<Quote> quotes, Instant reference, boolean referenceIsFetchTime) {
    public Annotations {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        times = List.copyOf(times);
        quantities = List.copyOf(quantities);
        quotes = List.copyOf(quotes);
        Objects.requireNonNull(reference, "reference");
    }

    /** The number of tokens, summed over sentences. */
    public int tokens() {
        int n = 0;
        for (Sentence s : sentences) n += s.tokens();
        return n;
    }
}
