package org.sitrep.events;

/**
 * The clusterer's settings. Similarity of an article to an event is the weighted mean of its average cosine to the
 * members in three channels (words, names, embedding; a channel missing on either side drops out and the others are
 * re-weighted).
 *
 * @param namesWeight     weight of the names channel
 * @param embeddingWeight weight of the embedding channel
 * @param join            least similarity to join an event
 * @param maxGapDays      an article whose date lies further than this from an event's dates cannot join it
 * @param undatedMargin   extra similarity an article needs to join an event when only one of them has a date (the
 *                        gap cannot be checked)
 * @param storyJoin       least similarity of an event's names to a story's names to link it into the story, for an
 *                        event with no anchor place
 * @param anchoredJoin    the same for a story with the event's anchor place (the place most of its articles name)
 * @param keptTerms       how many of the largest weights an event or story keeps per channel
 * @param candidates      how many events, found through shared words and names, are scored exactly
 * @param postings        how many most recent events are remembered per word or name
 * @param window          how many events (and stories) stay in memory, the least recently joined leave first
 * @param mergeEvents     whether an article that fits two events alike as wholes folds them into one
 * @param maxSpanDays     an event covers at most this many days: an article that would stretch it further starts a
 *                        new event (in the same story), so a long-running subject does not become one endless event
 * @param information     an article's similarity in a channel counts fully only when its vector carries at least this
 *                        much information (a short headline that names only "Ukraine" and "Russia" carries little);
 *                        below, in proportion
 * @param split           an event whose members fall into two groups (of two or more) that are less alike than this
 *                        (mean similarity of the pairs across) is split in two, recorded; 0: never
 * @param splitMembers    an event keeps its members' vectors, and can be split, up to this many members
 */
public record EventParams(double namesWeight, double embeddingWeight, double join, int maxGapDays, double undatedMargin, double storyJoin, double anchoredJoin,
                          int keptTerms, int candidates, int postings, int window, boolean mergeEvents,
                          int maxSpanDays, double information, double split, int splitMembers) {
    public EventParams {
        if (namesWeight < 0 || embeddingWeight < 0 || namesWeight + embeddingWeight > 1) {
            throw new IllegalArgumentException("channel weights must be non-negative and sum to at most 1");
        }
        if (join <= 0 || join >= 1) throw new IllegalArgumentException("join must lie in (0, 1), not " + join);
        if (split < 0 || split >= 1) throw new IllegalArgumentException("split must lie in [0, 1), not " + split);
        if (keptTerms < 1 || candidates < 1 || postings < 1 || window < 1 || maxGapDays < 0) {
            throw new IllegalArgumentException("sizes must be positive");
        }
    }

    /** The defaults, chosen on the ECB+ train and dev splits with the join threshold at 0.20 or more (the seeds need it; see BENCHMARKS.md). */
    public static EventParams defaults() {
        return new EventParams(0.6, 0.0, 0.20, 7, 0.05, 0.6, 0.05, 1000, 30, 100, 10_000, true, 10, 6.0, 0.24, 64);
    }

    public EventParams withJoin(double j) {
        return new EventParams(namesWeight, embeddingWeight, j, maxGapDays, undatedMargin, storyJoin, anchoredJoin, keptTerms, candidates, postings, window, mergeEvents, maxSpanDays, information, split, splitMembers);
    }

    public EventParams withWeights(double names, double embedding) {
        return new EventParams(names, embedding, join, maxGapDays, undatedMargin, storyJoin, anchoredJoin, keptTerms, candidates, postings, window, mergeEvents, maxSpanDays, information, split, splitMembers);
    }

    public EventParams withStoryJoin(double s) {
        return new EventParams(namesWeight, embeddingWeight, join, maxGapDays, undatedMargin, s, anchoredJoin, keptTerms, candidates, postings, window, mergeEvents, maxSpanDays, information, split, splitMembers);
    }

    public EventParams withMerges(boolean m) {
        return new EventParams(namesWeight, embeddingWeight, join, maxGapDays, undatedMargin, storyJoin, anchoredJoin, keptTerms, candidates, postings, window, m, maxSpanDays, information, split, splitMembers);
    }

    public EventParams withWindow(int w) {
        return new EventParams(namesWeight, embeddingWeight, join, maxGapDays, undatedMargin, storyJoin, anchoredJoin, keptTerms, candidates, postings, w, mergeEvents, maxSpanDays, information, split, splitMembers);
    }

    /** Splitting at {@code s} (0: never). */
    public EventParams withSplit(double s) {
        return new EventParams(namesWeight, embeddingWeight, join, maxGapDays, undatedMargin, storyJoin, anchoredJoin, keptTerms, candidates, postings, window, mergeEvents, maxSpanDays, information, s, splitMembers);
    }
}
