package org.sitrep.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.json.EventJson;
import org.sitrep.records.SubEventType;
import org.sitrep.store.EventReads;
import org.sitrep.store.FilteredReads;

/**
 * Events as a GeoJSON FeatureCollection (RFC 7946): one Feature per event that has a main place with coordinates, a
 * Point at that place in longitude, latitude order (WGS 84, as GeoNames gives them), with the event's id, title,
 * days, place, GeoNames id, counts, type and dispute as properties. The collection carries, as foreign members, its
 * {@code properties}: the GeoNames attribution, the filter, and how many matching events had no place to show.
 * Stateless.
 */
public final class EventsGeoJson {
    private EventsGeoJson() {
    }

    /** One event with its traits, as read under the filter. */
    public record Event(EventReads.EventSummary summary, FilteredReads.EventTraits traits) {
    }

    /** The collection as maps and lists, ready for a JSON writer. */
    public static Map<String, Object> collection(List<Event> events, String attribution, String filter) {
        List<Map<String, Object>> features = new ArrayList<>();
        int unlocated = 0;
        for (Event e : events) {
            EventReads.Named p = e.traits() == null ? null : e.traits().mainPlace();
            if (p == null || p.latitude() == null || p.longitude() == null) {
                unlocated++;
                continue;
            }
            features.add(feature(e, p));
        }
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("attribution", attribution);
        props.put("filter", filter);
        props.put("events", events.size());
        props.put("unlocated_events", unlocated);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "FeatureCollection");
        m.put("properties", props);
        m.put("features", features);
        return m;
    }

    private static Map<String, Object> feature(Event e, EventReads.Named p) {
        EventReads.EventSummary s = e.summary();
        SubEventType sub = e.traits().subType() == null ? null : EventJson.subType(e.traits().subType());
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("id", s.id());
        props.put("story_id", s.storyId());
        props.put("title", s.title());
        props.put("first_day", s.first());
        props.put("last_day", s.last());
        props.put("place", p.name());
        props.put("geonames_id", p.geonameId());
        props.put("articles", s.articles());
        props.put("outlets", s.outlets());
        props.put("independent_sources", s.independentSources());
        props.put("type", sub == null ? null : sub.type().label());
        props.put("sub_type", sub == null ? null : sub.label());
        props.put("disputed", e.traits().disputed());
        Map<String, Object> geometry = new LinkedHashMap<>();
        geometry.put("type", "Point");
        geometry.put("coordinates", List.of(p.longitude(), p.latitude()));
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("type", "Feature");
        f.put("id", s.id());
        f.put("geometry", geometry);
        f.put("properties", props);
        return f;
    }
}
