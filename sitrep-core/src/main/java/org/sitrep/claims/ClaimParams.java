package org.sitrep.claims;

/**
 * Every knob of {@link ClaimComparison}, with named defaults.
 *
 * @param nearKm          two resolved places at most this far apart are one place for comparing claims (a village and
 *                        the "direction" named after the town beside it)
 * @param slackDays       a claim's time range is widened by this many days on each side before overlap is tested (a
 *                        report published the day after what it reports)
 * @param sameTolerance   two counts are the same figure when they differ by at most this fraction of the larger
 * @param disputeTolerance two counts from different sides dispute each other when they differ by more than this
 *                        fraction of the larger (between the two tolerances: neither corroborated nor disputed)
 */
public record ClaimParams(double nearKm, int slackDays, double sameTolerance, double disputeTolerance) {
    public ClaimParams {
        if (nearKm < 0) throw new IllegalArgumentException("nearKm must be >= 0, not " + nearKm);
        if (slackDays < 0) throw new IllegalArgumentException("slackDays must be >= 0, not " + slackDays);
        if (sameTolerance < 0 || sameTolerance > disputeTolerance) {
            throw new IllegalArgumentException("need 0 <= sameTolerance <= disputeTolerance, not " + sameTolerance + " and " + disputeTolerance);
        }
    }

    public static ClaimParams defaults() {
        return new ClaimParams(25, 1, 0.1, 0.25);
    }
}
