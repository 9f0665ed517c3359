package org.sitrep.server;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.app.Sitrep;
import org.sitrep.records.EventRecord;
import org.sitrep.store.EventReads;

/**
 * {@code GET /api/events/map}: every event (up to {@link #MAX_EVENTS}) with the place of its main ACLED-style record,
 * so the web UI's global map can draw all events of a filter at once instead of paging through {@code /api/events}
 * and reading each event's records. The place is the one the records decide (the most precise place the articles
 * agree on), not a country centre; an event whose records have no place comes back without coordinates.
 * Stateless; one read per request.
 */
final class EventMap {
    /** The most events one answer carries: the map is meant for a filtered view, not a dump of the store. */
    static final int MAX_EVENTS = 5000;
    private static final int PAGE = 500;

    private EventMap() {
    }

    static void handle(Context ctx, Sitrep sitrep) {
        int min = Params.intIn("min_articles", ctx.queryParam("min_articles"), 1, 1, Integer.MAX_VALUE);
        List<Map<String, Object>> items = new ArrayList<>();
        long total = 0;
        for (int offset = 0; offset < MAX_EVENTS; offset += PAGE) {
            EventReads.Page<EventReads.EventSummary> page = sitrep.events(min, Math.min(PAGE, MAX_EVENTS - offset), offset);
            total = page.total();
            for (EventReads.EventSummary e : page.items()) items.add(item(e, sitrep.eventRecords(e.id())));
            if (page.items().size() < PAGE || offset + PAGE >= total) break;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", total);
        m.put("truncated", total > items.size());
        m.put("items", items);
        m.put("attribution", org.sitrep.geo.GeoNames.ATTRIBUTION);
        Json.write(ctx, 200, m);
    }

    /** One event as the map needs it: id, title, days, counts, and its main record's place, type and dispute flag. */
    static Map<String, Object> item(EventReads.EventSummary e, List<EventRecord> records) {
        EventRecord main = records.isEmpty() ? null : records.get(0);
        EventRecord.Location l = main == null ? null : main.location();
        boolean located = l != null && l.latitude() != null && l.longitude() != null;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("title", e.title());
        m.put("first_day", e.first());
        m.put("last_day", e.last());
        m.put("articles", e.articles());
        m.put("outlets", e.outlets());
        m.put("independent_sources", e.independentSources());
        m.put("place", l == null ? null : l.name());
        m.put("latitude", located ? l.latitude() : null);
        m.put("longitude", located ? l.longitude() : null);
        m.put("event_type", main == null || main.eventType() == null ? null : main.eventType().label());
        m.put("sub_event_type", main == null || main.subEventType() == null ? null : main.subEventType().label());
        m.put("disputed", main != null && records.stream().anyMatch(EventRecord::disputed));
        return m;
    }
}
