package org.sitrep.alerts;

import java.util.Objects;
import java.util.Set;

/** What a watchlist was last told about one event: its article count and its disputes' questions. */
public record Seen(String eventId, int articles, Set<String> disputes) {
    public Seen {
        Objects.requireNonNull(eventId, "eventId");
        disputes = Set.copyOf(disputes);
    }
}
