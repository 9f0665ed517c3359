package org.sitrep.server;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.app.Sitrep;
import org.sitrep.records.SubEventType;
import org.sitrep.store.EventReads;
import org.sitrep.store.FilteredReads;

/**
 * {@code GET /api/events/map}: every event the filters match (up to {@link #MAX_EVENTS}; the same filter parameters as
 * {@code /api/events}) with its main place's coordinates, type and dispute flag, so the web UI's global map draws all
 * events of a filter at once. What each event carries comes from the store's event traits (the place its articles
 * name most, the type most of them report, whether its claims hold a dispute): read in one query per page, not by
 * deciding each event's records. An event whose main place has no coordinates comes back without them. Stateless.
 */
final class EventMap {
    /** The most events one answer carries: the map is meant for a filtered view, not a dump of the store. */
    static final int MAX_EVENTS = 5000;
    private static final int PAGE = 500;

    private EventMap() {
    }

    static void handle(Context ctx, Sitrep sitrep) {
        int min = Params.intIn("min_articles", ctx.queryParam("min_articles"), 1, 1, Integer.MAX_VALUE);
        org.sitrep.app.Filter filter = Params.filter(ctx);
        List<Map<String, Object>> items = new ArrayList<>();
        long total = 0;
        for (int offset = 0; offset < MAX_EVENTS; offset += PAGE) {
            EventReads.Page<EventReads.EventSummary> page = sitrep.desk().events(filter, min, Math.min(PAGE, MAX_EVENTS - offset), offset);
            total = page.total();
            Map<String, FilteredReads.EventTraits> traits = sitrep.desk().traits(page.items().stream().map(EventReads.EventSummary::id).toList());
            for (EventReads.EventSummary e : page.items()) items.add(item(e, traits.get(e.id())));
            if (page.items().size() < PAGE || offset + PAGE >= total) break;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", total);
        m.put("truncated", total > items.size());
        m.put("items", items);
        m.put("attribution", org.sitrep.geo.GeoNames.ATTRIBUTION);
        Json.write(ctx, 200, m);
    }

    /** One event as the map needs it: id, title, days, counts, and its main place, type and dispute flag. */
    static Map<String, Object> item(EventReads.EventSummary e, FilteredReads.EventTraits t) {
        EventReads.Named p = t == null ? null : t.mainPlace();
        boolean located = p != null && p.latitude() != null && p.longitude() != null;
        SubEventType sub = t == null || t.subType() == null ? null : org.sitrep.json.EventJson.subType(t.subType());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("title", e.title());
        m.put("first_day", e.first());
        m.put("last_day", e.last());
        m.put("articles", e.articles());
        m.put("outlets", e.outlets());
        m.put("independent_sources", e.independentSources());
        m.put("place", p == null ? null : p.name());
        m.put("latitude", located ? p.latitude() : null);
        m.put("longitude", located ? p.longitude() : null);
        m.put("event_type", sub == null ? null : sub.type().label());
        m.put("sub_event_type", sub == null ? null : sub.label());
        m.put("disputed", t != null && t.disputed());
        return m;
    }
}
