package org.sitrep.events;

import java.util.List;

/**
 * A change to events or stories other than an article joining: recorded, never silent.
 *
 * @param kind     what changed (see {@link Kind})
 * @param from     the id that is gone (or the event that moved, or the event split)
 * @param into     the id that holds it now (for a split: the new event)
 * @param detail   why, with the similarity
 * @param articles for a split, the articles that moved to the new event (copies with their originals); else empty
 */
public record ClusterChange(Kind kind, String from, String into, String detail, List<String> articles) {
    public ClusterChange {
        articles = articles == null ? List.of() : List.copyOf(articles);
    }

    public ClusterChange(Kind kind, String from, String into, String detail) {
        this(kind, from, into, detail, List.of());
    }

    /** The kinds of change; {@link #wire()} is the word the store's log, JSON and the CLI show. */
    public enum Kind {
        /**
         * An article fitted two events that are alike as wholes, or a copy's original sits in one and the copy fits
         * the other: the younger is folded into the older.
         */
        EVENT_MERGED("event-merged"),
        /** Two stories found to be one. */
        STORY_MERGED("story-merged"),
        /** An event left a story of its own for another. */
        EVENT_MOVED("event-moved"),
        /** An event's members fell into two groups that are not alike: the group without its oldest member left for a new event. */
        EVENT_SPLIT("event-split");

        private final String wire;

        Kind(String wire) {
            this.wire = wire;
        }

        /** The kind as stored and shown: {@code event-merged}, {@code story-merged}, {@code event-moved} or {@code event-split}. */
        public String wire() {
            return wire;
        }

        @Override
        public String toString() {
            return wire;
        }
    }
}
