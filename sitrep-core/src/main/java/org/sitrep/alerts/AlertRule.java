package org.sitrep.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether an event that matches a watchlist now holds something the watchlist was not told: it did not match before
 * (new to it), it holds more articles, or its claims hold a dispute not seen. The watchlist remembers what it was told
 * per event ({@link Seen}; what matches now is a {@link Matched}), so running the same comparison again after nothing changed (a re-ingest of the same
 * articles) raises nothing. An event holding fewer articles than seen (a split) is not news. Pure and thread-safe.
 */
public final class AlertRule {
    private AlertRule() {
    }

    /**
     * The reasons to alert about {@code now} given what was seen of it ({@code before}, null when it never matched);
     * empty when nothing is new. Disputes are listed in the order of their questions.
     */
    public static List<Alert.Reason> compare(Matched now, Seen before) {
        Objects.requireNonNull(now, "now");
        List<Alert.Reason> out = new ArrayList<>();
        if (before == null) {
            out.add(new Alert.Reason(Alert.Kind.NEW_EVENT, now.articles(), ""));
        } else if (now.articles() > before.articles()) {
            out.add(new Alert.Reason(Alert.Kind.NEW_ARTICLES, now.articles() - before.articles(), ""));
        }
        for (String q : new TreeSet<>(now.disputes())) {
            if (before == null || !before.disputes().contains(q)) out.add(new Alert.Reason(Alert.Kind.NEW_DISPUTE, 0, q));
        }
        return out;
    }

    /**
     * What the watchlist has been told after this comparison: the larger article count (a split does not lower the
     * mark, or a re-merge would alert again) and every dispute seen so far.
     */
    public static Seen told(Matched now, Seen before) {
        if (before == null) return now.seen();
        Set<String> disputes = new TreeSet<>(before.disputes());
        disputes.addAll(now.disputes());
        return new Seen(now.eventId(), Math.max(now.articles(), before.articles()), disputes);
    }
}
