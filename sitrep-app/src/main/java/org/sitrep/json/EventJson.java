package org.sitrep.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.store.EventReads;

/** The JSON shapes of events and stories, shared by the CLI ({@code --json}) and the API, with stable field names. */
public final class EventJson {
    private EventJson() {
    }

    public static Map<String, Object> event(EventReads.EventSummary e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("story_id", e.storyId());
        m.put("title", e.title());
        m.put("first_day", e.first());
        m.put("last_day", e.last());
        m.put("articles", e.articles());
        m.put("outlets", e.outlets());
        m.put("independent_sources", e.independentSources());
        m.put("article_ids", e.articleIds());
        return m;
    }

    /**
     * An event as the events index lists it: {@link #event(EventReads.EventSummary)} and its traits: {@code type} and
     * {@code sub_type} (ACLED's words; the most common type of its articles, null when none is typed), {@code disputed},
     * {@code place} (its main place: {entity_id, name, geoname_id, latitude, longitude}, or null).
     */
    public static Map<String, Object> event(EventReads.EventSummary e, org.sitrep.store.FilteredReads.EventTraits t) {
        Map<String, Object> m = event(e);
        org.sitrep.records.SubEventType sub = t == null || t.subType() == null ? null : subType(t.subType());
        m.put("type", sub == null ? null : sub.type().label());
        m.put("sub_type", sub == null ? null : sub.label());
        m.put("disputed", t != null && t.disputed());
        EventReads.Named p = t == null ? null : t.mainPlace();
        if (p == null) {
            m.put("place", null);
        } else {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("entity_id", p.entityId());
            x.put("name", p.name());
            x.put("geoname_id", p.geonameId());
            x.put("latitude", p.latitude());
            x.put("longitude", p.longitude());
            m.put("place", x);
        }
        return m;
    }

    /** A stored sub-type name as the enum, or null for one this version does not know. */
    public static org.sitrep.records.SubEventType subType(String stored) {
        try {
            return org.sitrep.records.SubEventType.valueOf(stored);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * {follows: [follow-up], followed_by: [follow-up]}, each {event_id, title, first_day, last_day, kind (death, arrest,
     * charge, court, funeral, identified, investigation, later report), shared: [names]}.
     */
    public static Map<String, Object> followUps(org.sitrep.app.FollowUpReads.EventFollowUps f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("follows", followUpList(f.follows()));
        m.put("followed_by", followUpList(f.followedBy()));
        return m;
    }

    private static List<Map<String, Object>> followUpList(List<org.sitrep.events.FollowUps.FollowUp> fs) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (org.sitrep.events.FollowUps.FollowUp f : fs) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("event_id", f.eventId());
            x.put("title", f.title());
            x.put("first_day", f.first() == null ? null : f.first().toString());
            x.put("last_day", f.last() == null ? null : f.last().toString());
            x.put("kind", f.kind());
            x.put("shared", f.shared());
            out.add(x);
        }
        return out;
    }

    public static Map<String, Object> event(EventReads.EventDetail d) {
        Map<String, Object> m = event(d.event());
        m.put("places", named(d.places()));
        m.put("entities", named(d.entities()));
        List<Map<String, Object>> members = new ArrayList<>();
        for (EventReads.Member a : d.articles()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", a.id());
            x.put("title", a.title());
            x.put("outlet", a.outlet());
            x.put("published", a.published());
            x.put("day", a.day());
            x.put("joined_by", a.reason());
            x.put("similarity", Math.round(a.similarity() * 1000) / 1000.0);
            members.add(x);
        }
        m.put("members", members);
        m.put("changes", changes(d.changes()));
        return m;
    }

    public static Map<String, Object> story(EventReads.StorySummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("title", s.title());
        m.put("first_day", s.first());
        m.put("last_day", s.last());
        m.put("events", s.events());
        m.put("articles", s.articles());
        m.put("outlets", s.outlets());
        m.put("independent_sources", s.independentSources());
        m.put("event_ids", s.eventIds());
        return m;
    }

    public static Map<String, Object> story(EventReads.StoryDetail d) {
        Map<String, Object> m = story(d.story());
        java.util.Set<String> articles = new java.util.LinkedHashSet<>();
        for (EventReads.EventSummary e : d.events()) articles.addAll(e.articleIds());
        m.put("article_ids", List.copyOf(articles));
        m.put("places", named(d.places()));
        m.put("entities", named(d.entities()));
        List<Map<String, Object>> timeline = new ArrayList<>();
        for (EventReads.EventSummary e : d.events()) timeline.add(event(e));
        m.put("timeline", timeline);
        m.put("changes", changes(d.changes()));
        return m;
    }

    public static <T> Map<String, Object> page(EventReads.Page<T> page, int limit, int offset, java.util.function.Function<T, Map<String, Object>> item) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", page.total());
        m.put("limit", limit);
        m.put("offset", offset);
        List<Map<String, Object>> items = new ArrayList<>();
        for (T t : page.items()) items.add(item.apply(t));
        m.put("items", items);
        return m;
    }

    private static List<Map<String, Object>> named(List<EventReads.Named> named) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (EventReads.Named n : named) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("entity_id", n.entityId());
            x.put("type", n.type());
            x.put("name", n.name());
            x.put("geoname_id", n.geonameId());
            x.put("latitude", n.latitude());
            x.put("longitude", n.longitude());
            x.put("articles", n.articles());
            out.add(x);
        }
        return out;
    }

    private static List<Map<String, Object>> changes(List<EventReads.Change> changes) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (EventReads.Change c : changes) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("kind", c.kind());
            x.put("from", c.from());
            x.put("into", c.into());
            x.put("detail", c.detail());
            x.put("at_seq", c.atSeq());
            out.add(x);
        }
        return out;
    }
}
