package org.sitrep.alerts;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a watchlist was told about one event in one pass: every reason at once (a new event that already holds a dispute
 * is one alert, not two).
 *
 * @param id        the store's id; 0 before it is stored
 * @param watchlist the watchlist's name
 * @param eventId   the event
 * @param title     the event's title when the alert was raised
 * @param reasons   why, at least one
 * @param raised    when
 * @param read      whether a reader marked it read
 */
public record Alert(long id, String watchlist, String eventId, String title, List<Reason> reasons, Instant raised, boolean read) {
    public Alert {
        Objects.requireNonNull(watchlist, "watchlist");
        Objects.requireNonNull(eventId, "eventId");
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) throw new IllegalArgumentException("an alert needs a reason");
        Objects.requireNonNull(raised, "raised");
    }

    /** What changed. */
    public enum Kind {
        /** The event matches the watchlist for the first time (a new event, or one that now matches). */
        NEW_EVENT,
        /** The event holds more articles than when the watchlist was last told. */
        NEW_ARTICLES,
        /** The event's claims hold a dispute the watchlist was not told of. */
        NEW_DISPUTE
    }

    /**
     * One reason.
     *
     * @param kind   what changed
     * @param count  how many new articles (NEW_ARTICLES), else the event's articles (NEW_EVENT), else 0
     * @param detail the dispute's question (NEW_DISPUTE), else empty
     */
    public record Reason(Kind kind, int count, String detail) {
        public Reason {
            Objects.requireNonNull(kind, "kind");
            detail = detail == null ? "" : detail;
        }

        /** In words: "new event (3 articles)", "2 new articles", "new dispute: Who controls Kupyansk?". */
        public String describe() {
            return switch (kind) {
                case NEW_EVENT -> "new event (" + count + (count == 1 ? " article)" : " articles)");
                case NEW_ARTICLES -> count + (count == 1 ? " new article" : " new articles");
                case NEW_DISPUTE -> "new dispute: " + detail;
            };
        }
    }

    /** The reasons in words, joined: "new event (1 article); new dispute: Who controls Kupyansk?". */
    public String describe() {
        return String.join("; ", reasons.stream().map(Reason::describe).toList());
    }
}
