package org.sitrep.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sitrep.claims.Claim;
import org.sitrep.claims.ClaimReport;
import org.sitrep.claims.Side;
import org.sitrep.store.ClaimIndex;

/**
 * The JSON shapes of claims and disputes, shared by the CLI ({@code sitrep claims --json}) and the API. A claim is
 * one claim group: the first article's statement with every article that carries it and its independent sources; a
 * dispute has its question and, per position, the claims that give it.
 */
public final class ClaimJson {
    private ClaimJson() {
    }

    /** As {@link #report(ClaimReport, Function)} without event ids. */
    public static Map<String, Object> report(ClaimReport r) {
        return report(r, id -> null);
    }

    /**
     * {"claim_count", "dispute_count", "claims": [...], "disputes": [...], "updates": [...]}; {@code eventOf} gives the
     * event of an article, for each dispute's {@code event_id}.
     */
    public static Map<String, Object> report(ClaimReport r, Function<String, String> eventOf) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Map<String, Object>> claims = new ArrayList<>();
        for (ClaimReport.Group g : r.groups()) claims.add(group(g));
        m.put("claim_count", r.groups().size());
        m.put("dispute_count", r.disputes().size());
        m.put("claims", claims);
        List<Map<String, Object>> disputes = new ArrayList<>();
        for (ClaimReport.Dispute d : r.disputes()) disputes.add(dispute(d, r, eventOf));
        m.put("disputes", disputes);
        List<Map<String, Object>> updates = new ArrayList<>();
        for (ClaimReport.Update u : r.updates()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("kind", u.kind().wire());
            x.put("place", u.place() == null ? null : u.place().name());
            x.put("side", u.side().wire());
            x.put("counted", u.counted());
            x.put("earlier", group(r.groups().get(u.earlier())));
            x.put("later", group(r.groups().get(u.later())));
            updates.add(x);
        }
        m.put("updates", updates);
        return m;
    }

    public static Map<String, Object> dispute(ClaimReport.Dispute d, ClaimReport r, Function<String, String> eventOf) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("question", d.question());
        x.put("kind", d.kind().wire());
        x.put("place", place(d.place()));
        x.put("why", d.why());
        String first = d.positions().isEmpty() || d.positions().get(0).groups().isEmpty() ? null
                : r.groups().get(d.positions().get(0).groups().get(0)).claim().articleId();
        x.put("event_id", first == null ? null : eventOf.apply(first));
        List<Map<String, Object>> positions = new ArrayList<>();
        List<Map<String, Object>> all = new ArrayList<>();
        for (ClaimReport.Position p : d.positions()) {
            Map<String, Object> y = new LinkedHashMap<>();
            y.put("answer", p.answer());
            y.put("sides", p.sides().stream().map(Side::wire).sorted().toList());
            List<Map<String, Object>> cs = new ArrayList<>();
            for (int id : p.groups()) {
                Map<String, Object> c = group(r.groups().get(id));
                c.put("position", p.answer());
                cs.add(c);
                all.add(c);
            }
            y.put("claims", cs);
            positions.add(y);
        }
        x.put("positions", positions);
        x.put("claims", all);
        return x;
    }

    /** One claim group as a claim with its sources. */
    public static Map<String, Object> group(ClaimReport.Group g) {
        Map<String, Object> m = claim(g.claim());
        m.put("group", g.id());
        m.put("articles", g.articles());
        m.put("independent_sources", g.independentSources());
        m.put("corroborated", g.corroborated());
        List<Map<String, Object>> also = new ArrayList<>();
        if (g.claims().size() > 1) {
            for (Claim c : g.claims().subList(1, g.claims().size())) {
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("article", c.articleId());
                a.put("speaker", c.speaker().name());
                a.put("side", c.side().wire());
                a.put("text", c.text());
                a.put("start", c.start());
                a.put("end", c.end());
                also.add(a);
            }
        }
        m.put("also_stated", also);
        m.put("position", null);
        return m;
    }

    public static Map<String, Object> claim(Claim c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", c.kind().wire());
        m.put("denies", c.denies() == null ? null : c.denies().wire());
        Map<String, Object> sp = new LinkedHashMap<>();
        sp.put("name", c.speaker().name());
        sp.put("entity_id", c.speaker().entityId());
        sp.put("kind", c.speaker().kind().name().toLowerCase(java.util.Locale.ROOT));
        m.put("speaker", sp);
        m.put("side", c.side().wire());
        m.put("side_basis", c.sideBasis());
        m.put("actor", c.actor().wire());
        m.put("place", place(c.place()));
        if (c.time() == null) m.put("time", null);
        else {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("value", c.time().value());
            t.put("precision", c.time().precision().toLowerCase(java.util.Locale.ROOT));
            t.put("begin", c.time().begin().toString());
            t.put("until", c.time().until().toString());
            t.put("from_publication", c.time().fromPublication());
            m.put("time", t);
        }
        if (c.quantity() == null) m.put("quantity", null);
        else {
            Map<String, Object> q = new LinkedHashMap<>();
            double v = c.quantity().value();
            q.put("value", v == Math.rint(v) ? (Object) (long) v : (Object) v);
            q.put("counted", c.quantity().counted());
            m.put("quantity", q);
        }
        m.put("text", c.text());
        m.put("article", c.articleId());
        m.put("start", c.start());
        m.put("end", c.end());
        m.put("hedged", c.hedged());
        return m;
    }

    private static Map<String, Object> place(Claim.Place p) {
        if (p == null) return null;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.name());
        m.put("entity_id", p.entityId());
        m.put("geonameid", p.geonameId());
        m.put("lat", p.latitude());
        m.put("lon", p.longitude());
        return m;
    }

    public static Map<String, Object> summary(ClaimIndex.EventSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("event_id", s.eventId());
        m.put("claims", s.claims());
        m.put("distinct_claims", s.groups());
        m.put("corroborated", s.corroborated());
        m.put("disputes", s.disputes());
        m.put("questions", s.questions());
        return m;
    }
}
