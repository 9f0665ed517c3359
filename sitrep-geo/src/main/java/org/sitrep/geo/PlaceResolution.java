package org.sitrep.geo;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** What became of one place mention: a gazetteer place, or the reason there is none. */
public sealed interface PlaceResolution {
    PlaceMention mention();

    /**
     * The mention is this place.
     *
     * @param why        the evidence that chose it among the candidates, for people ("population 27169; Kharkiv region
     *                   named nearby")
     * @param confidence how likely this is the place meant, in [0, 1] (calibration in BENCHMARKS.md); below
     *                   {@link PlaceParams#confidentAt()} the pick was made although namesakes remain plausible
     * @param evidence   the kinds of evidence that counted for it
     * @param guess      made without a clear margin over a namesake elsewhere, only because its confidence reached
     *                   {@link PlaceParams#minConfidence()} (such a mention was left {@link Reason#AMBIGUOUS} before)
     */
    record Resolved(PlaceMention mention, GazetteerPlace place, String why, double confidence,
                    Set<PlaceEvidence> evidence, boolean guess) implements PlaceResolution {
        public Resolved {
            if (!(confidence >= 0 && confidence <= 1)) {
                throw new IllegalArgumentException("confidence must be in [0, 1], not " + confidence);
            }
            evidence = evidence.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(evidence));
        }

        /** A pick with no rival: confidence 1, no evidence recorded. */
        public Resolved(PlaceMention mention, GazetteerPlace place, String why) {
            this(mention, place, why, 1, Set.of(), false);
        }

        /** Whether namesakes remain plausible: shown as a guess, not as a fact. */
        public boolean lowConfidence(PlaceParams params) {
            return confidence < params.confidentAt();
        }
    }

    /** No place chosen; {@code detail} says what was considered. */
    record Unresolved(PlaceMention mention, Reason reason, String detail) implements PlaceResolution {
    }

    /** Why a mention was left unresolved. */
    enum Reason {
        /** No gazetteer name has the mention's key. */
        NOT_IN_GAZETTEER,
        /**
         * Several far-apart places fit and nothing in the article tells them apart well enough for a guess (the best
         * one's confidence is below {@link PlaceParams#minConfidence()}).
         */
        AMBIGUOUS,
        /** The recogniser's non-place type stands: nothing in the context says place. */
        NOT_A_PLACE
    }
}
