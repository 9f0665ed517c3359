package org.sitrep.json;

import org.sitrep.store.SourceCounts;
import org.sitrep.store.Provenance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.copies.CopyRelation;
import org.sitrep.copies.Lookalike;

/** The stable JSON shape of copy relations and source counts, shared by the CLI and the HTTP API. */
public final class ProvenanceJson {
    private ProvenanceJson() {
    }

    /**
     * {id, copy_of: [relation], copied_by: [relation], lookalikes: [{id, differs: [{this, other}]}]}: look-alikes are
     * articles alike in wording that Sitrep counts as other reports, with the slots they fill differently.
     */
    public static Map<String, Object> of(Provenance p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("copy_of", relations(p.copyOf()));
        m.put("copied_by", relations(p.copiedBy()));
        List<Map<String, Object>> alike = new ArrayList<>();
        for (Lookalike l : p.lookalikes()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", l.other(p.id()));
            List<Map<String, Object>> differs = new ArrayList<>();
            for (Lookalike.Slot s : l.differsFrom(p.id())) {
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("this", s.a());
                d.put("other", s.b());
                differs.add(d);
            }
            x.put("differs", differs);
            alike.add(x);
        }
        m.put("lookalikes", alike);
        return m;
    }

    /**
     * {original, copy, kind (exact|near|rewrite|translation), score, jaccard, embedding_similarity (null when either article has
     * no vector), direction (why the original is the original), credited, aligned: [{original, copy, similarity}],
     * shared_facts}.
     */
    public static Map<String, Object> relation(CopyRelation r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("original", r.originalId());
        m.put("copy", r.copyId());
        m.put("kind", r.kind().name().toLowerCase());
        m.put("score", Math.round(r.score() * 1000) / 1000.0);
        m.put("jaccard", Math.round(r.jaccard() * 1000) / 1000.0);
        m.put("embedding_similarity", Double.isNaN(r.similarity()) ? null : Math.round(r.similarity() * 1000) / 1000.0);
        m.put("direction", r.direction());
        m.put("credited", r.credited());
        List<Map<String, Object>> aligned = new ArrayList<>();
        for (CopyRelation.AlignedPair a : r.aligned()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("original", a.original());
            x.put("copy", a.copy());
            x.put("similarity", a.similarity());
            aligned.add(x);
        }
        m.put("aligned", aligned);
        m.put("shared_facts", r.sharedFacts());
        return m;
    }

    /** {articles, outlets, independent_sources}. */
    public static Map<String, Object> counts(SourceCounts c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("articles", c.articles());
        m.put("outlets", c.outlets());
        m.put("independent_sources", c.independentSources());
        return m;
    }

    private static List<Map<String, Object>> relations(List<CopyRelation> rs) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (CopyRelation r : rs) out.add(relation(r));
        return out;
    }
}
