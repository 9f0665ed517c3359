package org.sitrep.flink;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.app.Sitrep;
import org.sitrep.model.Article;
import org.sitrep.store.EventReads;
import org.sitrep.store.SitrepStore;

/**
 * What two runs must agree on: the article ids, each article's copy relations (what it copies), its annotation (status
 * and how many mentions, times, quantities and quotes were stored: once, not twice), the number of entities, each
 * event's members (by event id) and each event's story. Read from a facade after its passes.
 */
record StoreSnapshot(List<String> articles, Map<String, String> copies, Map<String, String> annotations, long entities,
                     Map<String, List<String>> events, Map<String, String> stories) {
    static StoreSnapshot of(Sitrep s) {
        List<String> ids = new ArrayList<>();
        for (Article a : s.articleSummaries(SitrepStore.ArticleQuery.first(1_000_000))) ids.add(a.id());
        ids.sort(null);
        Map<String, String> copies = new TreeMap<>();
        for (String id : ids) {
            var p = s.provenance(id);
            if (!p.copyOf().isEmpty()) copies.put(id, p.copyOf().toString());
        }
        Map<String, String> annotations = new TreeMap<>();
        for (String id : ids) {
            var a = s.annotations(id);
            annotations.put(id, a.status() + " " + a.mentions().size() + " " + a.times().size() + " " + a.quantities().size() + " " + a.quotes().size());
        }
        long entities = s.entities(null, null, 1, 0).total();
        Map<String, List<String>> events = new TreeMap<>();
        Map<String, String> stories = new TreeMap<>();
        for (EventReads.EventSummary e : s.events(1, 1_000_000, 0).items()) {
            List<String> members = new ArrayList<>(s.store().eventReads().articlesOf(e.id()));
            members.sort(null);
            events.put(e.id(), members);
            stories.put(e.id(), e.storyId());
        }
        return new StoreSnapshot(List.copyOf(ids), copies, annotations, entities, events, stories);
    }

    /** B-cubed F1 of this run's events against another's, over the articles both placed. */
    double bcubedF1(StoreSnapshot other) {
        Map<String, String> mine = eventOf(this), theirs = eventOf(other);
        Map<String, List<String>> myEvents = events, theirEvents = other.events;
        double p = 0, r = 0;
        int n = 0;
        for (Map.Entry<String, String> a : mine.entrySet()) {
            String t = theirs.get(a.getKey());
            if (t == null) continue;
            List<String> m = myEvents.get(a.getValue()), o = theirEvents.get(t);
            long both = m.stream().filter(o::contains).count();
            p += (double) both / m.size();
            r += (double) both / o.size();
            n++;
        }
        if (n == 0) return 0;
        p /= n;
        r /= n;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static Map<String, String> eventOf(StoreSnapshot s) {
        Map<String, String> m = new TreeMap<>();
        s.events.forEach((e, members) -> members.forEach(a -> m.put(a, e)));
        return m;
    }
}
