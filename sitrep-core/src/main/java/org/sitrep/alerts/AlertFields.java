package org.sitrep.alerts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An alert as the fields every outside reader gets (the API, the CLI's JSON, the webhook's body), in snake_case: id,
 * watchlist, event_id, title, summary, reasons [{kind, count, detail}], raised, read. Kept beside the alert so the
 * webhook (in the application) and the JSON shapes (in {@code json}) give one shape without depending on each other.
 */
public final class AlertFields {
    private AlertFields() {
    }

    public static Map<String, Object> of(Alert a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("watchlist", a.watchlist());
        m.put("event_id", a.eventId());
        m.put("title", a.title());
        m.put("summary", a.describe());
        List<Map<String, Object>> reasons = a.reasons().stream().map(r -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("kind", r.kind().name().toLowerCase(Locale.ROOT));
            x.put("count", r.count());
            x.put("detail", r.detail());
            return x;
        }).toList();
        m.put("reasons", reasons);
        m.put("raised", a.raised().toString());
        m.put("read", a.read());
        return m;
    }
}
