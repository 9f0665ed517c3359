package org.sitrep.events;

import java.util.List;

/**
 * Where one article went.
 *
 * @param reason     {@code new} (no event close enough: it starts one), {@code similar} (joined the most similar
 *                   event), {@code copy} (joined the event of the article it copies), {@code serial} (one of an
 *                   outlet's serial pages — the same headline, digits aside, on another day: a live page or digest
 *                   reports everything of a day, so it stands alone)
 * @param similarity its similarity to the event it joined; for a new event, the best similarity it had to any
 *                   event (below the threshold; 0 when there was no candidate)
 * @param changes    merges and moves this placement caused
 */
public record Placement(String articleId, String eventId, String reason, double similarity, String storyId,
                        List<ClusterChange> changes) {
}
