package org.sitrep.events;

import java.time.LocalDate;
import java.util.Map;

/**
 * A story as the clusterer keeps it: the sum of its events' name vectors (cut to the largest weights), its dates and
 * how many events it holds; {@code anchor} is the place the story is about (the anchor of the event that started it),
 * or null for a story held together by other names. {@code first} and {@code last} only widen while the clusterer
 * holds the story (it holds the story's recent events, not all of them); an event that moves out leaves them as they
 * were, and the store sets the days of what it writes to those of the events the story holds (issue 15).
 */
public record StoryState(String id, long created, String anchor, LocalDate first, LocalDate last, int events, Map<String, Float> names,
                         long lastJoin) {
}
