package org.sitrep.geo;

import java.util.List;

/**
 * How likely the best candidate is the place meant: a softmax of the candidates' scores (log10-population units)
 * at a temperature, where candidates within the same-place distance of the best count as the best (a town and its
 * namesake district next door are one answer). One candidate, or only near-duplicates, gives 1. Pure; thread-safe.
 */
final class PlaceConfidence {
    private PlaceConfidence() {
    }

    /** A candidate's score and point. */
    record Candidate(double score, GazetteerPlace place) {
    }

    /**
     * The probability of {@code best} among {@code all} (which contains it).
     *
     * @param temperature positive; the higher, the flatter (less sure) the distribution
     * @param samePlaceKm candidates this close to the best are the same answer
     */
    static double of(Candidate best, List<Candidate> all, double temperature, double samePlaceKm) {
        if (temperature <= 0) throw new IllegalArgumentException("temperature must be positive, not " + temperature);
        double max = best.score();
        for (Candidate c : all) max = Math.max(max, c.score());
        double same = 0;
        double total = 0;
        for (Candidate c : all) {
            double w = Math.exp((c.score() - max) / temperature);
            total += w;
            if (c == best || c.place().distanceKm(best.place()) <= samePlaceKm) same += w;
        }
        return total == 0 ? 1 : Math.min(1, same / total);
    }
}
