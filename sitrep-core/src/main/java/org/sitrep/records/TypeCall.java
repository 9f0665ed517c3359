package org.sitrep.records;

/**
 * What a text reports, as a classifier called it.
 *
 * @param subType    the sub-event type; null when it reports none of ACLED's events (a meeting, a disaster, crime)
 *                   or the classifier is not sure enough of any
 * @param confidence the classifier's probability for its answer (for none: for the best "no event" class, or for
 *                   the best type when that stayed under the threshold), 0 to 1
 * @param runnerUp   the second most likely sub-event type (for a none given because no type was likely enough: the
 *                   most likely one); null when none
 * @param basis      how it was called ("model event-types v1: 0.82"), for the evidence shown
 */
public record TypeCall(SubEventType subType, double confidence, SubEventType runnerUp, String basis) {
    public TypeCall {
        if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
        basis = basis == null ? "" : basis;
    }

    public static TypeCall none(double confidence, String basis) {
        return new TypeCall(null, confidence, null, basis);
    }

    public EventType type() {
        return subType == null ? null : subType.type();
    }
}
