package org.sitrep.geo;

/** What became of one place mention: a gazetteer place, or the reason there is none. */
public sealed interface PlaceResolution {
    PlaceMention mention();

    /**
     * The mention is this place.
     *
     * @param why the evidence that chose it among the candidates, for people ("population 27169; Kharkiv region
     *            named nearby")
     */
    record Resolved(PlaceMention mention, GazetteerPlace place, String why) implements PlaceResolution {
    }

    /** No place chosen; {@code detail} says what was considered. */
    record Unresolved(PlaceMention mention, Reason reason, String detail) implements PlaceResolution {
    }

    /** Why a mention was left unresolved. */
    enum Reason {
        /** No gazetteer name has the mention's key. */
        NOT_IN_GAZETTEER,
        /** Several far-apart places fit and nothing in the article tells them apart. */
        AMBIGUOUS,
        /** The recogniser's non-place type stands: nothing in the context says place. */
        NOT_A_PLACE
    }
}
