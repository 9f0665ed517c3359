package org.sitrep.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * One {@link Selection} as SQL conditions and orders over articles ({@code a}), events ({@code e}) and stories, each
 * filter field one condition, each value a bound parameter (sets as one JSON array read with {@code json_each}).
 * Relevance is not an SQL order: the caller ranks by the search hits' order. Not thread-safe; one per query.
 */
final class SelectionSql {
    private final Selection s;
    private final String hits;

    /** @param hitIds the ids of the search hits of the selection's text, in rank order; null without text */
    SelectionSql(Selection s, List<String> hitIds) {
        this.s = s;
        this.hits = hitIds == null ? null : jsonArray(hitIds);
    }

    /** The conditions on an article (alias {@code a}); "1=1" when none. */
    String articleWhere(String a, List<Object> args) {
        List<String> c = new ArrayList<>();
        if (s.eventDate()) {
            if (s.fromDay() != null || s.toDay() != null) {
                StringBuilder b = new StringBuilder("EXISTS (SELECT 1 FROM article_events d WHERE d.article_id = " + a + ".id");
                if (s.fromDay() != null) {
                    b.append(" AND d.day >= ?");
                    args.add(s.fromDay());
                }
                if (s.toDay() != null) {
                    b.append(" AND d.day <= ?");
                    args.add(s.toDay());
                }
                c.add(b.append(')').toString());
            }
        } else {
            published(a, c, args);
        }
        named(a, c, args);
        if (s.subTypes() != null) {
            c.add("EXISTS (SELECT 1 FROM article_types t WHERE t.article_id = " + a + ".id AND t.sub_type IN (SELECT value FROM json_each(?)))");
            args.add(jsonArray(s.subTypes()));
        }
        if (s.disputed() != null) {
            c.add((s.disputed() ? "" : "NOT ") + "EXISTS (SELECT 1 FROM article_events dc JOIN event_claims c ON c.event_id = dc.event_id "
                    + "WHERE dc.article_id = " + a + ".id AND c.disputes > 0)");
        }
        return c.isEmpty() ? "1=1" : String.join(" AND ", c);
    }

    private void published(String a, List<String> c, List<Object> args) {
        if (s.fromDay() != null) {
            c.add(a + ".published_epoch >= ?");
            args.add(FilteredReads.startOf(s.fromDay()));
        }
        if (s.toDay() != null) {
            c.add(a + ".published_epoch < ?");
            args.add(FilteredReads.startOf(s.toDay()) + 86_400);
        }
    }

    /** The conditions on what an article names and where it comes from: places, entities, outlet, language, text. */
    private void named(String a, List<String> c, List<Object> args) {
        // The articles naming them, found once through the mentions' entity index (not each article's mentions read
        // in turn, which reads every article: 0.2-0.5 s at 100k).
        if (s.placeIds() != null) {
            c.add(a + ".id IN (SELECT m.article_id FROM mentions m WHERE m.entity_id IN (SELECT value FROM json_each(?)))");
            args.add(jsonArray(s.placeIds()));
        }
        if (s.entityIds() != null) {
            c.add(a + ".id IN (SELECT n.article_id FROM mentions n WHERE n.entity_id IN (SELECT value FROM json_each(?)))");
            args.add(jsonArray(s.entityIds()));
        }
        if (s.outlet() != null) {
            c.add(a + ".outlet_key = ?");
            args.add(s.outlet());
        }
        if (s.language() != null) {
            c.add(a + ".language = ?");
            args.add(s.language());
        }
        if (hits != null) {
            c.add(a + ".id IN (SELECT value FROM json_each(?))");
            args.add(hits);
        }
    }

    /**
     * The conditions on an event (alias {@code e}): its days (event dates) or an article published in range, an
     * article for each of place, entity, outlet, language and text, its articles' most common type, its disputes.
     */
    String eventWhere(String e, List<Object> args) {
        List<String> c = new ArrayList<>();
        if (s.eventDate()) {
            if (s.fromDay() != null) {
                c.add(e + ".last_day >= ?");
                args.add(s.fromDay());
            }
            if (s.toDay() != null) {
                c.add(e + ".first_day <= ?");
                args.add(s.toDay());
            }
        } else if (s.fromDay() != null || s.toDay() != null) {
            List<String> p = new ArrayList<>();
            List<Object> pargs = new ArrayList<>();
            published("a", p, pargs);
            c.add(memberWhere(e, String.join(" AND ", p)));
            args.addAll(pargs);
        }
        List<String> n = new ArrayList<>();
        List<Object> nargs = new ArrayList<>();
        named("a", n, nargs);
        // One article per condition: an event about Kupiansk that Reuters also covered need not be covered by Reuters
        // in the article that names Kupiansk.
        for (int i = 0, k = 0; i < n.size(); i++) {
            c.add(memberWhere(e, n.get(i)));
            args.add(nargs.get(k++));
        }
        if (s.subTypes() != null) {
            String types = jsonArray(s.subTypes());
            c.add(digested(e, "d.sub_type IN (SELECT value FROM json_each(?))", dominantType(e + ".id") + " IN (SELECT value FROM json_each(?))"));
            args.add(types);
            args.add(types);
        }
        if (s.disputed() != null) {
            c.add((s.disputed() ? "" : "NOT ") + digested(e, "d.disputed = 1",
                    "EXISTS (SELECT 1 FROM event_claims c WHERE c.event_id = " + e + ".id AND c.disputes > 0)"));
        }
        return c.isEmpty() ? "1=1" : String.join(" AND ", c);
    }

    /**
     * A condition on an event's traits read from its digest ({@code d}) where it has one that is not stale, else worked
     * out live, as {@link FilteredReads#traits} reads them: one pass over the digests (about 40k small rows at 100k
     * articles) instead of the live figures of every event (its members' types: a correlated query per event).
     */
    private static String digested(String e, String onDigest, String live) {
        return "(" + e + ".id IN (SELECT d.event_id FROM event_digest d WHERE " + onDigest
                + " AND NOT EXISTS (SELECT 1 FROM event_stale s WHERE s.event_id = d.event_id))"
                + " OR ((" + e + ".id IN (SELECT s.event_id FROM event_stale s) OR NOT EXISTS (SELECT 1 FROM event_digest d WHERE d.event_id = "
                + e + ".id)) AND " + live + "))";
    }

    /**
     * An event with an article meeting the condition: the events of the matching articles, found once through the
     * articles' indexes (not the members of every event tried in turn, which read every event's articles: 1–2 s at
     * 100k articles).
     */
    private static String memberWhere(String e, String articleCondition) {
        return e + ".id IN (SELECT x.event_id FROM articles a JOIN article_events x ON x.article_id = a.id WHERE " + articleCondition + ")";
    }

    /** The most common stored sub-type among an event's typed articles (ties: the smaller name), or NULL. */
    static String dominantType(String eventId) {
        return "(SELECT t.sub_type FROM article_events y JOIN article_types t ON t.article_id = y.article_id WHERE y.event_id = " + eventId
                + " AND t.sub_type IS NOT NULL GROUP BY t.sub_type ORDER BY count(*) DESC, t.sub_type LIMIT 1)";
    }

    /** The order of articles; relevance falls back to newest here (the caller ranks by hits). */
    String articleOrder(String a, List<Object> args) {
        return switch (s.order()) {
            case OLDEST -> a + ".published_epoch IS NULL, " + a + ".published_epoch, " + a + ".seq";
            case LARGEST -> "coalesce((SELECT ev.article_count FROM article_events z JOIN events ev ON ev.id = z.event_id WHERE z.article_id = "
                    + a + ".id), 0) DESC, " + a + ".published_epoch DESC, " + a + ".seq DESC";
            case NEWEST, RELEVANCE -> a + ".published_epoch DESC, " + a + ".seq DESC";
        };
    }

    /** The order of events; relevance falls back to largest here (the caller ranks by hits). */
    String eventOrder(String e, List<Object> args) {
        return switch (s.order()) {
            case NEWEST -> e + ".last_day IS NULL, " + e + ".last_day DESC, " + e + ".article_count DESC, " + e + ".created";
            case OLDEST -> e + ".first_day IS NULL, " + e + ".first_day, " + e + ".article_count DESC, " + e + ".created";
            case LARGEST, RELEVANCE -> e + ".article_count DESC, " + e + ".last_day DESC, " + e + ".created";
        };
    }

    /** The order of stories (alias {@code st}): as events, by days or size. */
    String storyOrder(String st, List<Object> args) {
        return switch (s.order()) {
            case NEWEST -> st + ".last_day IS NULL, " + st + ".last_day DESC, " + st + ".event_count DESC, " + st + ".created";
            case OLDEST -> st + ".first_day IS NULL, " + st + ".first_day, " + st + ".event_count DESC, " + st + ".created";
            case LARGEST, RELEVANCE -> st + ".event_count DESC, (SELECT sum(article_count) FROM events ev WHERE ev.story_id = " + st
                    + ".id) DESC, " + st + ".last_day DESC, " + st + ".created";
        };
    }

    /** A JSON array of these values (strings quoted, numbers bare), for {@code json_each}. */
    static String jsonArray(Collection<?> values) {
        StringBuilder b = new StringBuilder("[");
        for (Object v : values) {
            if (b.length() > 1) b.append(',');
            if (v instanceof Number) {
                b.append(v);
            } else {
                b.append('"');
                for (char ch : v.toString().toCharArray()) {
                    if (ch == '"' || ch == '\\') b.append('\\').append(ch);
                    else if (ch < 0x20) b.append(String.format("\\u%04x", (int) ch));
                    else b.append(ch);
                }
                b.append('"');
            }
        }
        return b.append(']').toString();
    }
}
