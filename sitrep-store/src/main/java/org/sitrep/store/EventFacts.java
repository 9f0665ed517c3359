package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.copies.Lookalike;
import org.sitrep.events.ArticleFacts;
import org.sitrep.events.ClusterChange;
import org.sitrep.events.Placement;
import org.sitrep.model.Article;

/**
 * What the store knows of an article for placing it into events, loaded as the library's
 * {@link org.sitrep.events.ArticleFacts} (its text and date, entities, resolved places with their sentence, the days
 * its dates name, its lead embedding, the event of an article it has a copy relation with); the library makes the
 * features ({@code EventInputs}). Only queries.
 *
 * <p>Thread-safety: every method locks the {@link SitrepStore} it belongs to, whose connection it shares.
 */
public final class EventFacts {
    private final SitrepStore store;
    private final Connection db;

    EventFacts(SitrepStore store, Connection db) {
        this.store = store;
        this.db = db;
    }

    /** Where the names of an article come from. */
    public enum Names {
        /** Entities from the annotation pass, numbers, and capitalised words where the article was not annotated. */
        ENTITIES,
        /** Capitalised words (not first in a sentence) and numbers only. */
        WORDS
    }

    /**
     * What counting an article's words and names needs (headline, text, and its entities when {@code nameSource} says
     * so): a pass counts its whole run into the document frequencies before it places anything. Empty when there is
     * no such article.
     */
    public Optional<ArticleFacts> namesOf(String id, Names nameSource) {
        synchronized (store) {
            Optional<Article> found = store.article(id);
            if (found.isEmpty()) return Optional.empty();
            Article a = found.get();
            try {
                boolean annotated = annotated(id);
                return Optional.of(new ArticleFacts(id, a.outlet(), a.title(), a.text(), null, annotated,
                        entities(id, annotated, nameSource), List.of(), List.of(), null, null, null, null, a.language(),
                        entityNames(id, annotated)));
            } catch (SQLException e) {
                throw new StoreException("read what is known of article " + id, e);
            }
        }
    }

    private boolean annotated(String id) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT status FROM annotated WHERE article_id = ?")) {
            ps.setString(1, id);
            try (ResultSet r = ps.executeQuery()) {
                return r.next() && "annotated".equals(r.getString(1));
            }
        }
    }

    /**
     * An annotated article's mentions linked to entities, in text order, with their entities' names. Here and below a
     * demonym ("Russian forces", "rosyjskie wojska") is not a name of the event: it says who, not where or what, and
     * nearly every report of the war has one (as names of events they cost 5 points of cross-language recall).
     */
    private List<ArticleFacts.NamedSpan> entityNames(String id, boolean annotated) throws SQLException {
        if (!annotated) return List.of();
        List<ArticleFacts.NamedSpan> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT m.start, m.end, e.name FROM mentions m JOIN entities e ON e.id = m.entity_id "
                + "WHERE m.article_id = ? AND m.ner_type NOT IN " + MentionTypes.NOT_WHERE + " ORDER BY m.start")) {
            ps.setString(1, id);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) out.add(new ArticleFacts.NamedSpan(r.getInt(1), r.getInt(2), r.getString(3)));
            }
        }
        return out;
    }

    /** The entity ids of an article's mentions when its names are its entities (see {@link Names}); else null. */
    private List<Long> entities(String id, boolean annotated, Names nameSource) throws SQLException {
        if (!annotated || nameSource != Names.ENTITIES) return null;
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT entity_id FROM mentions WHERE article_id = ? AND entity_id IS NOT NULL AND ner_type NOT IN " + MentionTypes.NOT_WHERE)) {
            ps.setString(1, id);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) out.add(r.getLong(1));
            }
        }
        return out;
    }

    /**
     * What the store knows of one article for placing it into events (the library turns it into features:
     * {@code EventInputs.features}): its text and date, its entities, resolved places with their sentence, the days
     * its dates name, its lead embedding, and the event of an article it has a copy relation with (from {@code placed},
     * this batch's placements so far, then the store). {@link StoredFacts#replacedCopy} names the copy whose vectors
     * it takes over in that event, when it is the original arriving after its copy.
     */
    public Optional<StoredFacts> facts(String id, Names nameSource, BatchPlacements placed) {
        synchronized (store) {
            Optional<Article> found = store.article(id);
            if (found.isEmpty()) return Optional.empty();
            Article a = found.get();
            try {
                boolean annotated = annotated(id);
                List<Long> entities = entities(id, annotated, nameSource);
                List<ArticleFacts.PlaceMention> places = new ArrayList<>();
                if (annotated) {
                    try (PreparedStatement ps = db.prepareStatement("SELECT m.entity_id, m.sentence, e.feature_code FROM mentions m "
                            + "JOIN entities e ON e.id = m.entity_id WHERE m.article_id = ? AND e.type = 'PLACE' AND e.geoname_id IS NOT NULL "
                            + "AND m.ner_type NOT IN " + MentionTypes.NOT_WHERE)) {
                        ps.setString(1, id);
                        try (ResultSet r = ps.executeQuery()) {
                            while (r.next()) places.add(new ArticleFacts.PlaceMention(r.getLong(1), r.getInt(2), r.getString(3)));
                        }
                    }
                }
                LocalDate published = a.published() == null || a.published().instant() == null ? null
                        : a.published().instant().atZone(ZoneOffset.UTC).toLocalDate();
                List<LocalDate> reportedDays = new ArrayList<>();
                if (published != null && annotated) {
                    try (PreparedStatement ps = db.prepareStatement("SELECT begin_at FROM times WHERE article_id = ? AND own_date = 0 "
                            + "AND against_fetch_time = 0 AND precision = 'DAY'")) {
                        ps.setString(1, id);
                        try (ResultSet r = ps.executeQuery()) {
                            while (r.next()) {
                                LocalDate d = parseDay(r.getString(1));
                                if (d != null) reportedDays.add(d);
                            }
                        }
                    }
                }
                float[] vec = null;
                try (PreparedStatement ps = db.prepareStatement("SELECT vec FROM vectors WHERE id = ?")) {
                    ps.setString(1, id);
                    try (ResultSet r = ps.executeQuery()) {
                        if (r.next()) vec = Vectors.toFloats(r.getBytes(1));
                    }
                }
                // A copy joins its original's event; an original arriving after its copy joins the copy's event and,
                // when that copy brought its own vectors there, takes its place in them.
                String originEvent = null;
                String originArticle = null;
                String replacedCopy = null;
                try (PreparedStatement ps = db.prepareStatement("SELECT original_id, 0 FROM copies WHERE copy_id = ? "
                        + "UNION ALL SELECT copy_id, 1 FROM copies WHERE original_id = ?")) {
                    ps.setString(1, id);
                    ps.setString(2, id);
                    try (ResultSet r = ps.executeQuery()) {
                        while (r.next() && originEvent == null) {
                            originEvent = eventOf(r.getString(1), placed);
                            if (originEvent != null) originArticle = r.getString(1);
                            if (originEvent != null && r.getInt(2) == 1 && reasonOf(r.getString(1), placed) != Placement.Reason.COPY) {
                                replacedCopy = r.getString(1);
                            }
                        }
                    }
                }
                ArticleFacts facts = new ArticleFacts(id, a.outlet(), a.title(), a.text(), published, annotated, entities, places,
                        reportedDays, vec, originEvent, originArticle, null, a.language(), entityNames(id, annotated));
                // The look-alikes already placed (same template, another report), with their events: the article's own,
                // and for a copy its original's (the copy goes where the original goes).
                List<PlacedLookalike> lookalikes = new ArrayList<>();
                for (String side : originArticle == null ? List.of(id) : List.of(id, originArticle)) {
                    for (Lookalike l : CopyIndex.lookalikes(db, side, 200)) {
                        String other = l.other(side);
                        String ev = eventOf(other, placed);
                        if (ev != null && !other.equals(id)) lookalikes.add(new PlacedLookalike(l, ev));
                    }
                }
                return Optional.of(new StoredFacts(facts, replacedCopy, a.noArticle(), lookalikes));
            } catch (SQLException e) {
                throw new StoreException("read what is known of article " + id, e);
            }
        }
    }

    /**
     * An article's facts ({@code replaces} left null), the copy whose vectors it replaces in its event, or null, and
     * why its page has no article text ({@link Article#noArticle()}), or null; and its look-alikes (and, for a copy, its
     * original's) already placed (same wording, another report), each with the event of its other article.
     */
    public record StoredFacts(ArticleFacts facts, String replacedCopy, String noArticle, List<PlacedLookalike> lookalikes) {
    }

    /** A look-alike and the event its other article (not the one asked about) sits in. */
    public record PlacedLookalike(Lookalike lookalike, String eventId) {
    }

    /**
     * The placements of the batch in hand, before they are stored: each article's event (kept up to date as events
     * merge and split) and why it went there. Not thread-safe.
     */
    public static final class BatchPlacements {
        private final Map<String, String> events = new HashMap<>();
        private final Map<String, Placement.Reason> reasons = new HashMap<>();

        public BatchPlacements() {
        }

        /** Records a placement and what its changes did to the events of the batch's articles. */
        public void add(Placement p) {
            events.put(p.articleId(), p.eventId());
            reasons.put(p.articleId(), p.reason());
            for (ClusterChange c : p.changes()) {
                if (c.kind() == ClusterChange.Kind.EVENT_MERGED) events.replaceAll((k, v) -> v.equals(c.from()) ? c.into() : v);
                if (c.kind() == ClusterChange.Kind.EVENT_SPLIT) for (String moved : c.articles()) events.put(moved, c.into());
            }
        }

        String eventOf(String articleId) {
            return events.get(articleId);
        }

        Placement.Reason reasonOf(String articleId) {
            return reasons.get(articleId);
        }
    }

    private Placement.Reason reasonOf(String articleId, BatchPlacements placed) throws SQLException {
        Placement.Reason r = placed.reasonOf(articleId);
        if (r != null) return r;
        try (PreparedStatement ps = db.prepareStatement("SELECT reason FROM article_events WHERE article_id = ?")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Placement.Reason.fromWire(rs.getString(1)) : null;
            }
        }
    }

    private String eventOf(String articleId, BatchPlacements placed) throws SQLException {
        String e = placed.eventOf(articleId);
        if (e != null) return e;
        try (PreparedStatement ps = db.prepareStatement("SELECT event_id FROM article_events WHERE article_id = ?")) {
            ps.setString(1, articleId);
            try (ResultSet r = ps.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    private static LocalDate parseDay(String s) {
        if (s == null || s.length() < 10) return null;
        try {
            return LocalDate.parse(s.substring(0, 10));
        } catch (RuntimeException e) {
            return null;
        }
    }


}
