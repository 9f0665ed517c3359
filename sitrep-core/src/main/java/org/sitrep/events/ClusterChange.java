package org.sitrep.events;

import java.util.List;

/**
 * A change to events or stories other than an article joining: recorded, never silent.
 *
 * @param kind   {@code event-merged} (an article fitted two events that are alike as wholes, or a copy's original
 *               sits in one and the copy fits the other: the younger is folded into the older), {@code story-merged} (two stories found to be one), {@code event-moved} (an event left a
 *               story of its own for another), {@code event-split} (an event's members fell into two groups that
 *               are not alike: the group without its oldest member left for a new event)
 * @param from     the id that is gone (or the event that moved, or the event split)
 * @param into     the id that holds it now (for a split: the new event)
 * @param detail   why, with the similarity
 * @param articles for a split, the articles that moved to the new event (copies with their originals); else empty
 */
public record ClusterChange(String kind, String from, String into, String detail, List<String> articles) {
    public ClusterChange {
        articles = articles == null ? List.of() : List.copyOf(articles);
    }

    public ClusterChange(String kind, String from, String into, String detail) {
        this(kind, from, into, detail, List.of());
    }
}
