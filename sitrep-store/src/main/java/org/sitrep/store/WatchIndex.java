package org.sitrep.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.alerts.Alert;
import org.sitrep.alerts.Seen;

/**
 * Watchlists (saved filters, each with an optional webhook), what each was last told of the events matching it, and
 * its alerts with their webhook delivery's state. Stores and queries; what is news is decided by
 * {@code org.sitrep.alerts.AlertRule}, what matches by the filter's query.
 *
 * <p>Thread-safety: every method locks the {@link SitrepStore} it belongs to, whose connection it shares.
 */
public final class WatchIndex {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Map<String, Object>>> REASONS = new TypeReference<>() {
    };

    private final SitrepStore store;
    private final Connection db;

    WatchIndex(SitrepStore store, Connection db) {
        this.store = store;
        this.db = db;
    }

    /**
     * A watchlist.
     *
     * @param filter        its filter as a query string ("place=Kupiansk&amp;disputed=true")
     * @param webhookUrl    where alerts are POSTed, or null
     * @param webhookSecret the secret they are signed with, or null; never shown
     */
    public record Watchlist(long id, String name, String filter, String webhookUrl, String webhookSecret, Instant created) {
    }

    /** An alert waiting for its webhook, with where to send it and how many tries it has had. */
    public record Delivery(Alert alert, String url, String secret, int attempts) {
    }

    /** Adds a watchlist; a name already taken is refused with a message saying so. */
    public Watchlist add(String name, String filter, String webhookUrl, String webhookSecret, Instant now) {
        synchronized (store) {
            store.requireWritableFor("add a watchlist");
            if (find(name).isPresent()) throw new IllegalArgumentException("a watchlist named \"" + name + "\" exists already");
            try (PreparedStatement ps = db.prepareStatement("INSERT INTO watchlists (name, filter, webhook_url, webhook_secret, created) "
                    + "VALUES (?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, name);
                ps.setString(2, filter);
                ps.setString(3, webhookUrl);
                ps.setString(4, webhookSecret);
                ps.setString(5, now.toString());
                ps.executeUpdate();
                long id;
                try (ResultSet k = ps.getGeneratedKeys()) {
                    k.next();
                    id = k.getLong(1);
                }
                db.commit();
                return new Watchlist(id, name, filter, webhookUrl, webhookSecret, now);
            } catch (SQLException e) {
                rollback();
                throw new StoreException("add the watchlist " + name, e);
            }
        }
    }

    /** Every watchlist, by name. */
    public List<Watchlist> all() {
        synchronized (store) {
            List<Watchlist> out = new ArrayList<>();
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT id, name, filter, webhook_url, webhook_secret, created "
                    + "FROM watchlists ORDER BY name")) {
                while (r.next()) out.add(watchlist(r));
            } catch (SQLException e) {
                throw new StoreException("list the watchlists", e);
            }
            return out;
        }
    }

    /** The watchlist of this name, else of this id (digits). */
    public Optional<Watchlist> find(String nameOrId) {
        synchronized (store) {
            try (PreparedStatement ps = db.prepareStatement("SELECT id, name, filter, webhook_url, webhook_secret, created FROM watchlists "
                    + "WHERE name = ? OR (? AND id = ?) ORDER BY name = ? DESC LIMIT 1")) {
                boolean digits = nameOrId.matches("\\d{1,18}");
                ps.setString(1, nameOrId);
                ps.setBoolean(2, digits);
                ps.setLong(3, digits ? Long.parseLong(nameOrId) : -1);
                ps.setString(4, nameOrId);
                try (ResultSet r = ps.executeQuery()) {
                    return r.next() ? Optional.of(watchlist(r)) : Optional.empty();
                }
            } catch (SQLException e) {
                throw new StoreException("find the watchlist " + nameOrId, e);
            }
        }
    }

    /** Removes a watchlist with what it was told and its alerts; false when there is none of that name or id. */
    public boolean remove(String nameOrId) {
        synchronized (store) {
            store.requireWritableFor("remove a watchlist");
            Optional<Watchlist> w = find(nameOrId);
            if (w.isEmpty()) return false;
            try (PreparedStatement ps = db.prepareStatement("DELETE FROM watchlists WHERE id = ?")) {
                ps.setLong(1, w.get().id());
                ps.executeUpdate();
                db.commit();
                return true;
            } catch (SQLException e) {
                rollback();
                throw new StoreException("remove the watchlist " + nameOrId, e);
            }
        }
    }

    /** What the watchlist was last told, by event id. */
    public Map<String, Seen> seen(long watchlistId) {
        synchronized (store) {
            Map<String, Seen> out = new HashMap<>();
            try (PreparedStatement ps = db.prepareStatement("SELECT event_id, articles, disputes_json FROM watch_seen WHERE watchlist_id = ?")) {
                ps.setLong(1, watchlistId);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        out.put(r.getString(1), new Seen(r.getString(1), r.getInt(2), Set.of(JSON.readValue(r.getString(3), String[].class))));
                    }
                }
            } catch (SQLException | JsonProcessingException e) {
                throw new StoreException("read what the watchlist " + watchlistId + " was told", e);
            }
            return out;
        }
    }

    /**
     * Records what the watchlist has now been told and the alerts raised for it, in one transaction (a crash leaves
     * both or neither, so an alert is never lost nor raised twice). An alert waits for the webhook when the watchlist
     * has one. Returns the alerts with their ids.
     */
    public List<Alert> record(Watchlist w, List<Seen> told, List<Alert> raised) {
        synchronized (store) {
            store.requireWritableFor("record alerts");
            List<Alert> out = new ArrayList<>();
            try (PreparedStatement seen = db.prepareStatement("INSERT OR REPLACE INTO watch_seen (watchlist_id, event_id, articles, disputes_json) "
                    + "VALUES (?,?,?,?)");
                 PreparedStatement alert = db.prepareStatement("INSERT INTO alerts (watchlist_id, event_id, title, reasons_json, raised, delivery, "
                         + "next_attempt) VALUES (?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                for (Seen s : told) {
                    seen.setLong(1, w.id());
                    seen.setString(2, s.eventId());
                    seen.setInt(3, s.articles());
                    seen.setString(4, JSON.writeValueAsString(new java.util.TreeSet<>(s.disputes())));
                    seen.executeUpdate();
                }
                for (Alert a : raised) {
                    alert.setLong(1, w.id());
                    alert.setString(2, a.eventId());
                    alert.setString(3, a.title());
                    alert.setString(4, JSON.writeValueAsString(a.reasons().stream().map(r -> Map.of("kind", r.kind().name(), "count", r.count(),
                            "detail", r.detail())).toList()));
                    alert.setString(5, a.raised().toString());
                    boolean hook = w.webhookUrl() != null;
                    alert.setString(6, hook ? "pending" : null);
                    if (hook) alert.setString(7, a.raised().toString());
                    else alert.setNull(7, Types.VARCHAR);
                    alert.executeUpdate();
                    try (ResultSet k = alert.getGeneratedKeys()) {
                        k.next();
                        out.add(new Alert(k.getLong(1), w.name(), a.eventId(), a.title(), a.reasons(), a.raised(), false));
                    }
                }
                db.commit();
            } catch (SQLException | JsonProcessingException e) {
                rollback();
                throw new StoreException("record the alerts of " + w.name(), e);
            }
            return out;
        }
    }

    /** Alerts, newest first: of one watchlist (null: all), unread ones only or all. */
    public List<Alert> alerts(String watchlist, boolean unreadOnly, int limit, int offset) {
        synchronized (store) {
            List<Alert> out = new ArrayList<>();
            try (PreparedStatement ps = db.prepareStatement(SELECT_ALERT + " WHERE (? IS NULL OR w.name = ?) AND (? = 0 OR a.read = 0) "
                    + "ORDER BY a.id DESC LIMIT ? OFFSET ?")) {
                ps.setString(1, watchlist);
                ps.setString(2, watchlist);
                ps.setInt(3, unreadOnly ? 1 : 0);
                ps.setInt(4, limit);
                ps.setInt(5, offset);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) out.add(alert(r));
                }
            } catch (SQLException | JsonProcessingException e) {
                throw new StoreException("list alerts", e);
            }
            return out;
        }
    }

    /** How many alerts (of one watchlist, or all when null; unread only or all). */
    public long count(String watchlist, boolean unreadOnly) {
        synchronized (store) {
            try (PreparedStatement ps = db.prepareStatement("SELECT count(*) FROM alerts a JOIN watchlists w ON w.id = a.watchlist_id "
                    + "WHERE (? IS NULL OR w.name = ?) AND (? = 0 OR a.read = 0)")) {
                ps.setString(1, watchlist);
                ps.setString(2, watchlist);
                ps.setInt(3, unreadOnly ? 1 : 0);
                try (ResultSet r = ps.executeQuery()) {
                    return r.next() ? r.getLong(1) : 0;
                }
            } catch (SQLException e) {
                throw new StoreException("count alerts", e);
            }
        }
    }

    /** Marks these alerts read (all of them when {@code ids} is empty); returns how many changed. */
    public int markRead(List<Long> ids) {
        synchronized (store) {
            store.requireWritableFor("mark alerts read");
            try {
                int n = 0;
                if (ids.isEmpty()) {
                    try (Statement s = db.createStatement()) {
                        n = s.executeUpdate("UPDATE alerts SET read = 1 WHERE read = 0");
                    }
                } else {
                    try (PreparedStatement ps = db.prepareStatement("UPDATE alerts SET read = 1 WHERE id = ? AND read = 0")) {
                        for (long id : ids) {
                            ps.setLong(1, id);
                            n += ps.executeUpdate();
                        }
                    }
                }
                db.commit();
                return n;
            } catch (SQLException e) {
                rollback();
                throw new StoreException("mark alerts read", e);
            }
        }
    }

    /** Alerts whose webhook delivery is due at {@code now}, oldest first. */
    public List<Delivery> due(Instant now, int limit) {
        synchronized (store) {
            List<Delivery> out = new ArrayList<>();
            try (PreparedStatement ps = db.prepareStatement(SELECT_ALERT + " WHERE a.delivery = 'pending' AND a.next_attempt <= ? "
                    + "AND w.webhook_url IS NOT NULL ORDER BY a.id LIMIT ?")) {
                ps.setString(1, now.toString());
                ps.setInt(2, limit);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) out.add(new Delivery(alert(r), r.getString(9), r.getString(10), r.getInt(11)));
                }
            } catch (SQLException | JsonProcessingException e) {
                throw new StoreException("list webhook deliveries due", e);
            }
            return out;
        }
    }

    /**
     * Records a delivery's try: {@code state} is delivered, pending (tried again at {@code next}) or failed (no try
     * left); {@code error} what went wrong, or null.
     */
    public void delivery(long alertId, String state, int attempts, Instant next, String error) {
        synchronized (store) {
            store.requireWritableFor("record a webhook delivery");
            try (PreparedStatement ps = db.prepareStatement("UPDATE alerts SET delivery = ?, attempts = ?, next_attempt = ?, last_error = ? WHERE id = ?")) {
                ps.setString(1, state);
                ps.setInt(2, attempts);
                ps.setString(3, next == null ? null : next.toString());
                ps.setString(4, error);
                ps.setLong(5, alertId);
                ps.executeUpdate();
                db.commit();
            } catch (SQLException e) {
                rollback();
                throw new StoreException("record the delivery of alert " + alertId, e);
            }
        }
    }

    /** An alert's webhook state: delivery (null: no webhook), tries, last error. */
    public record DeliveryState(String delivery, int attempts, String lastError) {
    }

    /** The webhook state of one alert, or empty when there is no such alert. */
    public Optional<DeliveryState> deliveryState(long alertId) {
        synchronized (store) {
            try (PreparedStatement ps = db.prepareStatement("SELECT delivery, attempts, last_error FROM alerts WHERE id = ?")) {
                ps.setLong(1, alertId);
                try (ResultSet r = ps.executeQuery()) {
                    return r.next() ? Optional.of(new DeliveryState(r.getString(1), r.getInt(2), r.getString(3))) : Optional.empty();
                }
            } catch (SQLException e) {
                throw new StoreException("read the delivery of alert " + alertId, e);
            }
        }
    }

    private static final String SELECT_ALERT = "SELECT a.id, w.name, a.event_id, a.title, a.reasons_json, a.raised, a.read, a.delivery, "
            + "w.webhook_url, w.webhook_secret, a.attempts FROM alerts a JOIN watchlists w ON w.id = a.watchlist_id";

    private static Alert alert(ResultSet r) throws SQLException, JsonProcessingException {
        List<Alert.Reason> reasons = new ArrayList<>();
        for (Map<String, Object> m : JSON.readValue(r.getString(5), REASONS)) {
            reasons.add(new Alert.Reason(Alert.Kind.valueOf((String) m.get("kind")), ((Number) m.get("count")).intValue(), (String) m.get("detail")));
        }
        return new Alert(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), reasons, Instant.parse(r.getString(6)), r.getInt(7) != 0);
    }

    private static Watchlist watchlist(ResultSet r) throws SQLException {
        return new Watchlist(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), Instant.parse(r.getString(6)));
    }

    private void rollback() {
        try {
            db.rollback();
        } catch (SQLException ignored) {
            // the original failure is what matters
        }
    }
}
