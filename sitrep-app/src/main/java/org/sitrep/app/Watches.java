package org.sitrep.app;

import java.net.URI;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.alerts.Alert;
import org.sitrep.alerts.AtomFeed;
import org.sitrep.alerts.Backoff;
import org.sitrep.alerts.Matched;
import org.sitrep.store.ClaimIndex;
import org.sitrep.store.EventReads;
import org.sitrep.store.SitrepStore;
import org.sitrep.store.WatchIndex;

/**
 * Watchlists and their alerts, as the front ends use them: a watchlist is a saved filter (the same query string the
 * lists, the API and shareable URLs use) with an optional signed webhook; {@link #raise()} runs after each catch-up
 * ({@link AlertPass}), {@link #deliver()} posts what is due ({@link Webhooks}). A new watchlist is told at once of
 * every event matching it now, so it alerts only on what comes after.
 */
public final class Watches {
    private static final int PAGE = 500;

    private final SitrepStore store;
    private final Desk desk;
    private final InstantSource clock;
    private final Backoff backoff;

    Watches(SitrepStore store, Desk desk, InstantSource clock, Backoff backoff) {
        this.store = store;
        this.desk = desk;
        this.clock = clock;
        this.backoff = backoff;
    }

    /** The events matching a saved filter now, every page, with their article counts and their disputes' questions. */
    private List<Matched> matching(String query) {
        Filter f = Filter.parseQueryString(query);
        List<Matched> out = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            EventReads.Page<EventReads.EventSummary> page = desk.events(f, 1, PAGE, offset);
            for (EventReads.EventSummary e : page.items()) {
                ClaimIndex.EventSummary c = store.claims().summary(e.id());
                Set<String> disputes = c == null || c.disputes() == 0 ? Set.of() : Set.copyOf(c.questions());
                out.add(new Matched(e.id(), e.title(), (int) e.articles(), disputes));
            }
            if (page.items().size() < PAGE) return out;
        }
    }

    /**
     * Adds a watchlist and tells it of what matches now. The name: 1–100 characters, not all digits (an id is digits);
     * the webhook an absolute http(s) address; a secret without a webhook is refused.
     */
    public WatchIndex.Watchlist add(String name, String filter, String webhookUrl, String secret) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 100 || n.matches("\\d+")) {
            throw new IllegalArgumentException("name: 1 to 100 characters, not only digits (\"" + n + "\")");
        }
        String f = Filter.parseQueryString(filter == null ? "" : filter).toQueryString();
        if (webhookUrl != null && !webhookUrl.isBlank()) {
            URI u;
            try {
                u = URI.create(webhookUrl.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("webhook: not an address: " + webhookUrl);
            }
            if (!u.isAbsolute() || !("http".equals(u.getScheme()) || "https".equals(u.getScheme())) || u.getHost() == null) {
                throw new IllegalArgumentException("webhook: an http:// or https:// address is needed, not " + webhookUrl);
            }
        } else if (secret != null && !secret.isEmpty()) {
            throw new IllegalArgumentException("secret: only with a webhook");
        }
        String hook = webhookUrl == null || webhookUrl.isBlank() ? null : webhookUrl.strip();
        // Matched first: a filter that does not resolve (an unknown place) is refused before anything is stored.
        List<Matched> now = matching(f);
        WatchIndex.Watchlist w = store.watches().add(n, f, hook, secret == null || secret.isEmpty() ? null : secret, clock.instant());
        store.watches().record(w, now.stream().map(Matched::seen).toList(), List.of());
        return w;
    }

    public List<WatchIndex.Watchlist> list() {
        return store.watches().all();
    }

    public Optional<WatchIndex.Watchlist> find(String nameOrId) {
        return store.watches().find(nameOrId);
    }

    /** Removes a watchlist and its alerts; false when there is none of that name or id. */
    public boolean remove(String nameOrId) {
        return store.watches().remove(nameOrId);
    }

    /** Alerts, newest first, of one watchlist or all (null). */
    public List<Alert> alerts(String watchlist, boolean unreadOnly, int limit, int offset) {
        return store.watches().alerts(watchlist, unreadOnly, limit, offset);
    }

    public long count(String watchlist, boolean unreadOnly) {
        return store.watches().count(watchlist, unreadOnly);
    }

    /** Marks alerts read (every one when {@code ids} is empty). */
    public int markRead(List<Long> ids) {
        return store.watches().markRead(ids);
    }

    /** An alert's webhook delivery: state, tries, last error. */
    public Optional<WatchIndex.DeliveryState> delivery(long alertId) {
        return store.watches().deliveryState(alertId);
    }

    /** The watchlist's Atom feed (its last 100 alerts), links made from {@code base}; empty when there is no such watchlist. */
    public Optional<String> atom(String base, String nameOrId) {
        return find(nameOrId).map(w -> AtomFeed.write(base, w.name(), w.filter(), alerts(w.name(), false, 100, 0), clock.instant()));
    }

    /** Compares what matches each watchlist with what it was told; records and returns the alerts raised. */
    public AlertPass.Report raise() {
        return pass().run();
    }

    /** Posts every webhook delivery due now, once. */
    public Webhooks.Report deliver() {
        return new Webhooks(store.watches(), backoff, clock).deliverDue();
    }

    private AlertPass pass() {
        return new AlertPass(store.watches(), w -> matching(w.filter()), clock);
    }
}
