package org.sitrep.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.records.EventRecord;
import org.sitrep.records.TypeCall;

/**
 * The JSON shape of event records and article types, shared by the CLI and the API. Field names follow ACLED's
 * ({@code event_date}, {@code time_precision}, {@code sub_event_type}, {@code geo_precision}, {@code actor1},
 * {@code fatalities}) where ACLED has one; types are in ACLED's wording ("Shelling/artillery/missile attack").
 */
public final class RecordJson {
    private RecordJson() {
    }

    public static Map<String, Object> record(EventRecord r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("event_id", r.eventId());
        m.put("record", r.index());
        m.put("event_date", r.eventDate() == null ? null : r.eventDate().toString());
        m.put("time_precision", r.timePrecision());
        m.put("time_basis", r.timeBasis());
        m.put("event_type", r.eventType() == null ? null : r.eventType().label());
        m.put("sub_event_type", r.subEventType() == null ? null : r.subEventType().label());
        m.put("type_confidence", r.typeConfidence());
        m.put("type_evidence", r.typeEvidence());
        m.put("actor1", actor(r.actor1()));
        m.put("actor2", actor(r.actor2()));
        EventRecord.Location l = r.location();
        m.put("location", l == null ? null : location(l));
        m.put("geo_precision", r.geoPrecision());
        m.put("geo_basis", r.geoBasis());
        EventRecord.Fatalities f = r.fatalities();
        Map<String, Object> fat = new LinkedHashMap<>();
        fat.put("low", f.low());
        fat.put("best", f.best());
        fat.put("high", f.high());
        fat.put("basis", f.basis());
        List<Map<String, Object>> figures = new ArrayList<>();
        for (EventRecord.Figure x : f.figures()) {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("article_id", x.articleId());
            g.put("speaker", x.speaker());
            g.put("side", x.side().wire());
            g.put("killed", x.killed());
            g.put("counted", x.counted());
            g.put("credible", x.credible());
            g.put("enemy_count", x.enemyCount());
            g.put("day", x.day() == null ? null : x.day().toString());
            g.put("text", x.text());
            figures.add(g);
        }
        fat.put("figures", figures);
        m.put("fatalities", fat);
        m.put("independent_sources", r.independentSources());
        m.put("article_ids", r.articleIds());
        m.put("disputed", r.disputed());
        m.put("disputes", r.disputes());
        return m;
    }

    public static List<Map<String, Object>> records(List<EventRecord> rs) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (EventRecord r : rs) out.add(record(r));
        return out;
    }

    /** A page of records: {@code total_events}, {@code limit}, {@code offset}, {@code items}, {@code attribution}. */
    public static Map<String, Object> page(long totalEvents, List<EventRecord> items, int limit, int offset, String attribution) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total_events", totalEvents);
        m.put("limit", limit);
        m.put("offset", offset);
        m.put("items", records(items));
        m.put("attribution", attribution);
        return m;
    }

    /** Adds {@code event_type}, {@code sub_event_type} (null when none or not classified) and the classifier's call. */
    public static void putType(Map<String, Object> m, TypeCall t) {
        m.put("event_type", t == null || t.subType() == null ? null : t.subType().type().label());
        m.put("sub_event_type", t == null || t.subType() == null ? null : t.subType().label());
        m.put("type_confidence", t == null ? null : Math.round(t.confidence() * 1000) / 1000.0);
        m.put("type_status", t == null ? "not classified" : t.subType() == null ? "none" : "typed");
    }

    private static Map<String, Object> location(EventRecord.Location l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("geoname_id", l.geonameId());
        m.put("name", l.name());
        m.put("admin1", l.admin1());
        m.put("admin2", l.admin2());
        m.put("country", l.country());
        m.put("latitude", l.latitude());
        m.put("longitude", l.longitude());
        return m;
    }

    private static Map<String, Object> actor(EventRecord.Actor a) {
        if (a == null) return null;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", a.name());
        m.put("side", a.side().wire());
        m.put("basis", a.basis());
        return m;
    }
}
