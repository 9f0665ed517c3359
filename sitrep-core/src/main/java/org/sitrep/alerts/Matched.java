package org.sitrep.alerts;

import java.util.Objects;
import java.util.Set;

/** One event matching a watchlist now, as it is now: its title, article count and disputes' questions. */
public record Matched(String eventId, String title, int articles, Set<String> disputes) {
    public Matched {
        Objects.requireNonNull(eventId, "eventId");
        disputes = Set.copyOf(disputes);
    }

    /** What the watchlist will have been told once told of this. */
    public Seen seen() {
        return new Seen(eventId, articles, disputes);
    }
}
