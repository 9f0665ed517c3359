package org.sitrep.copies;

import java.util.List;

/**
 * Two articles alike in wording that the judge found to be two reports: the slots their shared skeleton fills
 * differently ("Sumy ≠ Balakliia", "7 ≠ 1") are the evidence. Kept so an analyst sees why two bulletins that read the
 * same count as two sources.
 *
 * @param earlierId the article ingested first
 * @param laterId   the other
 * @param differs   the slots, the earlier article's words first
 */
public record Lookalike(String earlierId, String laterId, List<Slot> differs) {
    public Lookalike {
        differs = List.copyOf(differs);
    }

    /**
     * Whether the two report other incidents: a place, a person or a day differs, not only figures (an updated toll
     * of one incident is a look-alike that may belong with it).
     */
    public boolean otherIncident() {
        return differs.stream().anyMatch(s -> !s.figures());
    }

    /** The other article of the pair. */
    public String other(String id) {
        return id.equals(earlierId) ? laterId : earlierId;
    }

    /** The slots as seen from {@code id}'s side: its own words first. */
    public List<Slot> differsFrom(String id) {
        if (id.equals(earlierId)) return differs;
        return differs.stream().map(s -> new Slot(s.b(), s.a())).toList();
    }

    /** One slot filled differently: the words of the first text and of the second. */
    public record Slot(String a, String b) {
        /**
         * Whether only figures differ ("7 ≠ 1", "10 killed ≠ 14 killed"): an updated toll may be the same incident;
         * another place, person or day is another incident.
         */
        public boolean figures() {
            for (ReportDifference.Word w : ReportDifference.words(a + " . " + b)) {
                if (w.day() || !w.number() && Character.isUpperCase(w.raw().charAt(0))) return false;
            }
            return true;
        }

        @Override
        public String toString() {
            return a + " ≠ " + b;
        }
    }

}
