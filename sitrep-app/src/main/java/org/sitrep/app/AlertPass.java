package org.sitrep.app;

import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sitrep.alerts.Alert;
import org.sitrep.alerts.AlertRule;
import org.sitrep.alerts.Matched;
import org.sitrep.alerts.Seen;
import org.sitrep.store.WatchIndex;

/**
 * The pass after the event, claims and type passes: for each watchlist, the events matching its filter now, compared
 * ({@link AlertRule}) with what it was last told; one alert per event with something new, recorded with what it has
 * now been told in one transaction, so a crash raises nothing twice and a re-run after nothing changed raises nothing.
 */
public final class AlertPass {
    private final WatchIndex watches;
    private final Function<WatchIndex.Watchlist, List<Matched>> matching;
    private final InstantSource clock;

    /**
     * @param matching the events matching a watchlist's filter now (every page), with their article counts and
     *                 disputes
     */
    AlertPass(WatchIndex watches, Function<WatchIndex.Watchlist, List<Matched>> matching, InstantSource clock) {
        this.watches = watches;
        this.matching = matching;
        this.clock = clock;
    }

    /** What a run did: the watchlists read, the alerts raised (with their ids), the time. */
    public record Report(int watchlists, List<Alert> raised, double seconds) {
    }

    Report run() {
        long t0 = System.nanoTime();
        List<Alert> raised = new ArrayList<>();
        List<WatchIndex.Watchlist> all = watches.all();
        for (WatchIndex.Watchlist w : all) {
            Map<String, Seen> seen = watches.seen(w.id());
            List<Seen> told = new ArrayList<>();
            List<Alert> alerts = new ArrayList<>();
            for (Matched m : matching.apply(w)) {
                Seen before = seen.get(m.eventId());
                List<Alert.Reason> reasons = AlertRule.compare(m, before);
                Seen now = AlertRule.told(m, before);
                if (!now.equals(before)) told.add(now);
                if (!reasons.isEmpty()) alerts.add(new Alert(0, w.name(), m.eventId(), m.title(), reasons, clock.instant(), false));
            }
            if (!told.isEmpty() || !alerts.isEmpty()) raised.addAll(watches.record(w, told, alerts));
        }
        return new Report(all.size(), raised, (System.nanoTime() - t0) / 1e9);
    }
}
