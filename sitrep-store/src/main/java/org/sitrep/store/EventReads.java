package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.events.ClusterChange;

/**
 * The reading side of events and stories (written by {@link EventIndex}): lists, details with members, places,
 * entities and changes, timelines, and the event of an article. Ids merged away lead to where they went.
 *
 * <p>Thread-safety: every method locks the {@link SitrepStore} it belongs to, whose connection it shares.
 */
public final class EventReads {
    private final SitrepStore store;
    private final Connection db;

    EventReads(SitrepStore store, Connection db) {
        this.store = store;
        this.db = db;
    }

    /** An article of an event, as lists show it. */
    public record Member(String id, String title, String outlet, String published, String day, String reason, double similarity) {
    }

    /** A named thing an event or story is about, with how many of its articles name it. */
    public record Named(long entityId, String type, String name, Long geonameId, Double latitude, Double longitude, long articles) {
    }

    /** A change in the log. */
    public record Change(long atSeq, String kind, String from, String into, String detail) {
    }

    /** An event as lists show it. */
    public record EventSummary(String id, String storyId, String title, String first, String last, long articles, long outlets,
                               long independentSources, List<String> articleIds) {
    }

    /** An event with its members, main places and entities, and the changes that concern it. */
    public record EventDetail(EventSummary event, List<Named> places, List<Named> entities, List<Member> articles, List<Change> changes) {
    }

    /**
     * A story as lists show it: its counts and its events' ids, not its articles' (a story of a thousand reports would
     * carry them all into every list it is on; its detail's timeline has them per event).
     */
    public record StorySummary(String id, String title, String first, String last, long events, long articles, long outlets,
                               long independentSources, List<String> eventIds) {
    }

    /** A story with its events in date order (a timeline), main places and entities, and its changes. */
    public record StoryDetail(StorySummary story, List<Named> places, List<Named> entities, List<EventSummary> events,
                              List<Change> changes) {
    }

    /** One page of a list. */
    public record Page<T>(long total, List<T> items) {
    }

    /** Events, largest first (ties: latest first); {@code minArticles} filters out the small ones. */
    public Page<EventSummary> events(int minArticles, int limit, int offset) {
        synchronized (store) {
            try {
                long total;
                try (PreparedStatement ps = db.prepareStatement("SELECT count(*) FROM events WHERE article_count >= ?")) {
                    ps.setInt(1, minArticles);
                    try (ResultSet r = ps.executeQuery()) {
                        total = r.next() ? r.getLong(1) : 0;
                    }
                }
                List<String> ids = new ArrayList<>();
                try (PreparedStatement ps = db.prepareStatement("SELECT id FROM events WHERE article_count >= ? "
                        + "ORDER BY article_count DESC, last_day DESC, created LIMIT ? OFFSET ?")) {
                    ps.setInt(1, minArticles);
                    ps.setInt(2, limit);
                    ps.setInt(3, offset);
                    try (ResultSet r = ps.executeQuery()) {
                        while (r.next()) ids.add(r.getString(1));
                    }
                }
                List<EventSummary> out = new ArrayList<>();
                for (String id : ids) eventSummary(id).ifPresent(out::add);
                return new Page<>(total, out);
            } catch (SQLException e) {
                throw new StoreException("list events", e);
            }
        }
    }

    /** Stories, most events first (ties: latest first). */
    public Page<StorySummary> stories(int minEvents, int limit, int offset) {
        synchronized (store) {
            try {
                long total;
                try (PreparedStatement ps = db.prepareStatement("SELECT count(*) FROM stories WHERE event_count >= ?")) {
                    ps.setInt(1, minEvents);
                    try (ResultSet r = ps.executeQuery()) {
                        total = r.next() ? r.getLong(1) : 0;
                    }
                }
                List<String> ids = new ArrayList<>();
                try (PreparedStatement ps = db.prepareStatement("SELECT s.id FROM stories s WHERE s.event_count >= ? ORDER BY s.event_count DESC, "
                        + "(SELECT sum(article_count) FROM events e WHERE e.story_id = s.id) DESC, s.last_day DESC, s.created LIMIT ? OFFSET ?")) {
                    ps.setInt(1, minEvents);
                    ps.setInt(2, limit);
                    ps.setInt(3, offset);
                    try (ResultSet r = ps.executeQuery()) {
                        while (r.next()) ids.add(r.getString(1));
                    }
                }
                List<StorySummary> out = new ArrayList<>();
                for (String id : ids) storySummary(id).ifPresent(out::add);
                return new Page<>(total, out);
            } catch (SQLException e) {
                throw new StoreException("list stories", e);
            }
        }
    }

    /** An event by id (or the event an id was merged into: the log is followed). */
    public Optional<EventDetail> event(String id) {
        synchronized (store) {
            try {
                String current = follow(id, ClusterChange.Kind.EVENT_MERGED.wire());
                Optional<EventSummary> summary = eventSummary(current);
                if (summary.isEmpty()) return Optional.empty();
                List<Member> members = members(current);
                List<String> ids = members.stream().map(Member::id).toList();
                return Optional.of(new EventDetail(summary.get(), named(ids, true), named(ids, false), members, changes(List.of(current))));
            } catch (SQLException e) {
                throw new StoreException("read event " + id, e);
            }
        }
    }

    /** A story by id (or the story it was merged into), with its events in date order. */
    public Optional<StoryDetail> story(String id) {
        synchronized (store) {
            try {
                String current = follow(id, ClusterChange.Kind.STORY_MERGED.wire());
                Optional<StorySummary> summary = storySummary(current);
                if (summary.isEmpty()) return Optional.empty();
                List<EventSummary> events = new ArrayList<>();
                List<String> eventIds = new ArrayList<>();
                try (PreparedStatement ps = db.prepareStatement("SELECT id FROM events WHERE story_id = ? "
                        + "ORDER BY coalesce(first_day, '9999'), created")) {
                    ps.setString(1, current);
                    try (ResultSet r = ps.executeQuery()) {
                        while (r.next()) eventIds.add(r.getString(1));
                    }
                }
                for (String e : eventIds) eventSummary(e).ifPresent(events::add);
                List<String> articleIds = articleIds(eventIds);
                List<String> concerned = new ArrayList<>(eventIds);
                concerned.add(current);
                return Optional.of(new StoryDetail(summary.get(), named(articleIds, true), named(articleIds, false), events,
                        changes(concerned)));
            } catch (SQLException e) {
                throw new StoreException("read story " + id, e);
            }
        }
    }

    /** The ids of an event's articles in seq order; empty for an unknown event. */
    public List<String> articlesOf(String eventId) {
        return ids("SELECT article_id FROM article_events WHERE event_id = ? ORDER BY seq", eventId);
    }

    /** The ids of a story's articles (of all its events) in seq order; empty for an unknown story. */
    public List<String> articlesOfStory(String storyId) {
        return ids("SELECT ae.article_id FROM article_events ae JOIN events e ON e.id = ae.event_id WHERE e.story_id = ? ORDER BY ae.seq", storyId);
    }

    private List<String> ids(String sql, String id) {
        synchronized (store) {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = db.prepareStatement(sql)) {
                ps.setString(1, id);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) out.add(r.getString(1));
                }
            } catch (SQLException e) {
                throw new StoreException("list the articles of " + id, e);
            }
            return out;
        }
    }

    /** The event and story of one article, if it has been placed. */
    public Optional<Map.Entry<String, String>> ofArticle(String articleId) {
        synchronized (store) {
            try (PreparedStatement ps = db.prepareStatement("SELECT ae.event_id, e.story_id FROM article_events ae "
                    + "JOIN events e ON e.id = ae.event_id WHERE ae.article_id = ?")) {
                ps.setString(1, articleId);
                try (ResultSet r = ps.executeQuery()) {
                    return r.next() ? Optional.of(Map.entry(r.getString(1), r.getString(2))) : Optional.empty();
                }
            } catch (SQLException e) {
                throw new StoreException("read the event of " + articleId, e);
            }
        }
    }

    private String follow(String id, String kind) throws SQLException {
        String current = id;
        for (int hops = 0; hops < 100; hops++) {
            try (PreparedStatement ps = db.prepareStatement("SELECT into_id FROM cluster_log WHERE from_id = ? AND kind = ? ORDER BY id DESC LIMIT 1")) {
                ps.setString(1, current);
                ps.setString(2, kind);
                try (ResultSet r = ps.executeQuery()) {
                    if (!r.next()) return current;
                    current = r.getString(1);
                }
            }
        }
        return current;
    }

    /** The summaries of these events that exist, in this order (for lists that chose and ordered the ids). */
    List<EventSummary> summaries(List<String> ids) throws SQLException {
        List<EventSummary> out = new ArrayList<>();
        for (String id : ids) eventSummary(id).ifPresent(out::add);
        return out;
    }

    /** The summaries of these stories that exist, in this order. */
    List<StorySummary> storySummaries(List<String> ids) throws SQLException {
        List<StorySummary> out = new ArrayList<>();
        for (String id : ids) storySummary(id).ifPresent(out::add);
        return out;
    }

    /** An event's summary: its counts from its digest when that is current, else worked out. */
    private Optional<EventSummary> eventSummary(String id) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT e.id, e.story_id, e.title, e.first_day, e.last_day, d.articles, d.outlets, "
                + "d.independent FROM events e LEFT JOIN event_digest d ON d.event_id = e.id "
                + "AND NOT EXISTS (SELECT 1 FROM event_stale s WHERE s.event_id = e.id) WHERE e.id = ?")) {
            ps.setString(1, id);
            try (ResultSet r = ps.executeQuery()) {
                if (!r.next()) return Optional.empty();
                if (r.getObject(6) == null) return liveSummary(id);
                return Optional.of(new EventSummary(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                        r.getLong(6), r.getLong(7), r.getLong(8), articleIds(List.of(id))));
            }
        }
    }

    /** An event's summary worked out from its members and their copies (what its digest keeps). */
    Optional<EventSummary> liveSummary(String id) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT id, story_id, title, first_day, last_day FROM events WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet r = ps.executeQuery()) {
                if (!r.next()) return Optional.empty();
                List<String> ids = articleIds(List.of(id));
                SourceCounts c = store.sourceCounts(ids);
                return Optional.of(new EventSummary(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                        c.articles(), c.outlets(), c.independentSources(), ids));
            }
        }
    }

    /** A story's summary: its counts and title from its digest when that is current, else worked out. */
    private Optional<StorySummary> storySummary(String id) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT st.id, st.first_day, st.last_day, d.title, d.articles, d.outlets, d.independent "
                + "FROM stories st LEFT JOIN story_digest d ON d.story_id = st.id "
                + "AND NOT EXISTS (SELECT 1 FROM story_stale s WHERE s.story_id = st.id) "
                // an event of the story changed since: the story's counts wait for the next refresh too
                + "AND NOT EXISTS (SELECT 1 FROM events e JOIN event_stale s ON s.event_id = e.id WHERE e.story_id = st.id) WHERE st.id = ?")) {
            ps.setString(1, id);
            try (ResultSet r = ps.executeQuery()) {
                if (!r.next()) return Optional.empty();
                if (r.getObject(5) == null) return liveStorySummary(id);
                List<String> eventIds = new ArrayList<>();
                try (PreparedStatement es = db.prepareStatement("SELECT id FROM events WHERE story_id = ? ORDER BY article_count DESC, created")) {
                    es.setString(1, id);
                    try (ResultSet e = es.executeQuery()) {
                        while (e.next()) eventIds.add(e.getString(1));
                    }
                }
                return Optional.of(new StorySummary(r.getString(1), r.getString(4), r.getString(2), r.getString(3), eventIds.size(),
                        r.getLong(5), r.getLong(6), r.getLong(7), eventIds));
            }
        }
    }

    /** A story's summary worked out from its events' members and their copies (what its digest keeps). */
    Optional<StorySummary> liveStorySummary(String id) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT id, first_day, last_day, event_count FROM stories WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet r = ps.executeQuery()) {
                if (!r.next()) return Optional.empty();
                String title = null;
                List<String> eventIds = new ArrayList<>();
                try (PreparedStatement es = db.prepareStatement("SELECT id, title FROM events WHERE story_id = ? ORDER BY article_count DESC, created")) {
                    es.setString(1, id);
                    try (ResultSet e = es.executeQuery()) {
                        while (e.next()) {
                            eventIds.add(e.getString(1));
                            if (title == null) title = e.getString(2);
                        }
                    }
                }
                List<String> articles = articleIds(eventIds);
                SourceCounts c = store.sourceCounts(articles);
                return Optional.of(new StorySummary(r.getString(1), title, r.getString(2), r.getString(3), eventIds.size(),
                        c.articles(), c.outlets(), c.independentSources(), eventIds));
            }
        }
    }

    private List<String> articleIds(List<String> eventIds) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT article_id FROM article_events WHERE event_id = ? ORDER BY seq")) {
            for (String e : eventIds) {
                ps.setString(1, e);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) out.add(r.getString(1));
                }
            }
        }
        return out;
    }

    private List<Member> members(String eventId) throws SQLException {
        List<Member> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT a.id, a.title, o.name, a.published, ae.day, ae.reason, ae.similarity "
                + "FROM article_events ae JOIN articles a ON a.id = ae.article_id LEFT JOIN outlets o ON o.id = a.outlet_id "
                + "WHERE ae.event_id = ? ORDER BY coalesce(ae.day, a.published, '9999'), ae.seq")) {
            ps.setString(1, eventId);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.add(new Member(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                            r.getDouble(7)));
                }
            }
        }
        return out;
    }

    /** The entities named in the most of these articles: places ({@code places}) or people and organisations. */
    /**
     * Every entity these articles name, with how many of them name it. A demonym ("Russian forces") is not counted as
     * naming its country: it says who, not where, and would make the country the main place of every report of the war.
     */
    public Map<Long, Long> entitiesNamedBy(List<String> articleIds) {
        synchronized (store) {
            try {
                return entityCounts(articleIds);
            } catch (SQLException e) {
                throw new StoreException("count the entities of " + articleIds.size() + " articles", e);
            }
        }
    }

    private Map<Long, Long> entityCounts(List<String> articleIds) throws SQLException {
        Map<Long, Long> counts = new LinkedHashMap<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT DISTINCT entity_id FROM mentions WHERE article_id = ? AND entity_id IS NOT NULL "
                + "AND ner_type NOT IN " + MentionTypes.NOT_WHERE)) {
            for (String id : articleIds) {
                ps.setString(1, id);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) counts.merge(r.getLong(1), 1L, Long::sum);
                }
            }
        }
        return counts;
    }

    private List<Named> named(List<String> articleIds, boolean places) throws SQLException {
        if (articleIds.isEmpty()) return List.of();
        Map<Long, Long> counts = entityCounts(articleIds);
        List<Map.Entry<Long, Long>> ranked = new ArrayList<>(counts.entrySet());
        ranked.sort(Map.Entry.<Long, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<Named> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT type, name, geoname_id, latitude, longitude FROM entities WHERE id = ?")) {
            for (Map.Entry<Long, Long> e : ranked) {
                if (out.size() >= 8) break;
                ps.setLong(1, e.getKey());
                try (ResultSet r = ps.executeQuery()) {
                    if (!r.next()) continue;
                    boolean place = "PLACE".equals(r.getString(1));
                    if (place != places) continue;
                    Long gid = r.getObject(3) == null ? null : r.getLong(3);
                    Double lat = r.getObject(4) == null ? null : r.getDouble(4);
                    Double lon = r.getObject(5) == null ? null : r.getDouble(5);
                    out.add(new Named(e.getKey(), r.getString(1), r.getString(2), gid, lat, lon, e.getValue()));
                }
            }
        }
        return out;
    }

    private List<Change> changes(List<String> ids) throws SQLException {
        List<Change> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT at_seq, kind, from_id, into_id, detail FROM cluster_log "
                + "WHERE from_id = ? OR into_id = ? ORDER BY id")) {
            for (String id : ids) {
                ps.setString(1, id);
                ps.setString(2, id);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        Change c = new Change(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5));
                        if (!out.contains(c)) out.add(c);
                    }
                }
            }
        }
        return out;
    }

    /** Every placed article with its event, in seq order (for evaluation and export). */
    public List<Map.Entry<String, String>> assignments() {
        synchronized (store) {
            List<Map.Entry<String, String>> out = new ArrayList<>();
            try (Statement s = db.createStatement();
                 ResultSet r = s.executeQuery("SELECT article_id, event_id FROM article_events ORDER BY seq")) {
                while (r.next()) out.add(Map.entry(r.getString(1), r.getString(2)));
            } catch (SQLException e) {
                throw new StoreException("list the placements", e);
            }
            return out;
        }
    }

}
