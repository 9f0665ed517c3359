package org.sitrep.events;

/**
 * A change to events or stories other than an article joining: recorded, never silent.
 *
 * @param kind   {@code event-merged} (an article fitted two events that are alike as wholes, or a copy's original
 *               sits in one and the copy fits the other: the younger is folded into the older), {@code story-merged} (two stories found to be one), {@code event-moved} (an event left a
 *               story of its own for another)
 * @param from   the id that is gone (or the event that moved)
 * @param into   the id that holds it now
 * @param detail why, with the similarity
 */
public record ClusterChange(String kind, String from, String into, String detail) {
}
