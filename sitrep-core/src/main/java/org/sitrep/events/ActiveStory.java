package org.sitrep.events;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.sitrep.vectors.SparseVectors;

/**
 * A story as the clusterer holds it in memory while it is in the window (see {@link StoryLinker});
 * {@link StoryState} is its immutable copy for a store. Not thread-safe.
 */
final class ActiveStory {
    final String id;
    final long created;
    LocalDate first;
    LocalDate last;
    int events;
    String anchor;
    final Map<String, Float> names = new HashMap<>();
    long lastJoin;
    /** The length of {@link #names}; negative when it must be computed again (set wherever names change). */
    double norm = -1;
    /** Merged into another story or out of the window. */
    boolean gone;
    /** Mark for counting it once per posting list (see {@link EventWindow#nextStamp()}). */
    long stamp;

    ActiveStory(String id, long created) {
        this.id = id;
        this.created = created;
    }

    ActiveStory(StoryState s) {
        this(s.id(), s.created());
        first = s.first();
        last = s.last();
        events = s.events();
        anchor = s.anchor();
        names.putAll(s.names());
        lastJoin = s.lastJoin();
    }

    double norm() {
        if (norm < 0) norm = Math.sqrt(SparseVectors.dot(names, names));
        return norm;
    }

    /** Widens its days to cover {@code first..last} (an event's or a merged story's; nothing when null). */
    void cover(LocalDate from, LocalDate to) {
        if (from == null) return;
        if (first == null || from.isBefore(first)) first = from;
        if (last == null || to.isAfter(last)) last = to;
    }

    StoryState state() {
        return new StoryState(id, created, anchor, first, last, events, Map.copyOf(names), lastJoin);
    }
}
