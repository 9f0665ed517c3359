package org.sitrep.json;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sitrep.alerts.Alert;
import org.sitrep.store.WatchIndex;

/**
 * The JSON shape of watchlists and alerts, shared by the CLI, the API and the webhook body. A watchlist's secret is
 * never shown: only whether it has one.
 */
public final class AlertJson {
    private AlertJson() {
    }

    public static Map<String, Object> watchlist(WatchIndex.Watchlist w, long alerts, long unread) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", w.id());
        m.put("name", w.name());
        m.put("filter", w.filter());
        m.put("webhook_url", w.webhookUrl());
        m.put("webhook_signed", w.webhookSecret() != null && !w.webhookSecret().isEmpty());
        m.put("created", w.created().toString());
        m.put("alerts", alerts);
        m.put("unread", unread);
        m.put("atom", "/api/watchlists/" + java.net.URLEncoder.encode(w.name(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20") + "/atom");
        return m;
    }

    public static Map<String, Object> alert(Alert a) {
        return org.sitrep.alerts.AlertFields.of(a);
    }

    /** An alert's webhook delivery: {state (pending, delivered, failed), attempts, last_error}. */
    public static Map<String, Object> delivery(WatchIndex.DeliveryState d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", d.delivery());
        m.put("attempts", d.attempts());
        m.put("last_error", d.lastError());
        return m;
    }
}
