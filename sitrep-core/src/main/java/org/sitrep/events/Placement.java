package org.sitrep.events;

import java.util.List;

/**
 * Where one article went.
 *
 * @param reason     why it went there (see {@link Reason})
 * @param similarity its similarity to the event it joined; for a new event, the best similarity it had to any
 *                   event (below the threshold; 0 when there was no candidate)
 * @param changes    merges and moves this placement caused
 */
public record Placement(String articleId, String eventId, Reason reason, double similarity, String storyId,
                        List<ClusterChange> changes) {

    /** Why an article went to its event; {@link #wire()} is the word stores, JSON and the CLI show. */
    public enum Reason {
        /** No event close enough: it starts one. */
        NEW("new"),
        /** It joined the most similar event. */
        SIMILAR("similar"),
        /** It joined the event of the article it copies. */
        COPY("copy"),
        /**
         * One of an outlet's serial pages (the same headline, digits aside, on another day): a live page or digest
         * reports everything of a day, so it stands alone.
         */
        SERIAL("serial");

        private final String wire;

        Reason(String wire) {
            this.wire = wire;
        }

        /** The reason as stored and shown: {@code new}, {@code similar}, {@code copy} or {@code serial}. */
        public String wire() {
            return wire;
        }

        /** The reason whose {@link #wire()} is {@code wire}; null for null or a word it does not know. */
        public static Reason fromWire(String wire) {
            for (Reason r : values()) if (r.wire.equals(wire)) return r;
            return null;
        }

        @Override
        public String toString() {
            return wire;
        }
    }
}
