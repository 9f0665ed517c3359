package org.sitrep.store;

import java.util.Set;

/**
 * A filter with every name already resolved, as the store executes it (see {@link FilteredReads}): days as ISO
 * strings, places and entities as entity ids, types as the stored sub-type names. The store decides nothing about
 * what a name means; the application resolves names (a place and the places inside it) before building one.
 * Immutable.
 *
 * @param fromDay   the first day (ISO, inclusive), or null
 * @param toDay     the last day (ISO, inclusive), or null
 * @param eventDate whether the days bound the day an article reports (an event's days) rather than its publication
 * @param placeIds  an article must name one of these places; null for no place filter (empty: nothing matches)
 * @param entityIds an article must name one of these entities; null for none
 * @param outlet    the outlet's key (what the outlet pass keyed its articles by; any spelling resolved to it), or null
 * @param language  the language code, or null
 * @param subTypes  the stored sub-event types (an article's own; an event's most common one) allowed; null for any
 * @param disputed  only articles/events whose event has disputes (true), only those without (false), or null
 * @param text      free text for the search index, or null
 * @param order     the order of the list
 */
public record Selection(String fromDay, String toDay, boolean eventDate, Set<Long> placeIds, Set<Long> entityIds, String outlet,
                        String language, Set<String> subTypes, Boolean disputed, String text, Order order) {

    /** The orders the store can list in. */
    public enum Order { RELEVANCE, NEWEST, OLDEST, LARGEST }

    /** Everything, in the given order. */
    public static Selection all(Order order) {
        return new Selection(null, null, false, null, null, null, null, null, null, null, order);
    }

    public Selection {
        placeIds = placeIds == null ? null : Set.copyOf(placeIds);
        entityIds = entityIds == null ? null : Set.copyOf(entityIds);
        subTypes = subTypes == null ? null : Set.copyOf(subTypes);
        if (order == null) order = Order.NEWEST;
        if (order == Order.RELEVANCE && text == null) throw new IllegalArgumentException("relevance needs free text");
    }

    /** This selection in another order. */
    public Selection withOrder(Order o) {
        return new Selection(fromDay, toDay, eventDate, placeIds, entityIds, outlet, language, subTypes, disputed, text, o);
    }
}
