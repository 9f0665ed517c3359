package org.sitrep.events;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sitrep.vectors.SparseVectors;

/**
 * Links events into stories by their names. An event with an anchor place (the place most of its articles name) goes
 * to the story of that place whose names fit best (at least {@link EventParams#anchoredJoin()}); one without goes to
 * the anchorless story whose names fit best, discounted by how little its names say (at least
 * {@link EventParams#storyJoin()}); else it founds a story. A grown event is checked again and may move; stories of
 * one place that meet through an event are merged. Every move and merge is recorded as a {@link ClusterChange}. Holds
 * the stories' per-place lists and the aliases of merged stories; the stories themselves live in the
 * {@link EventWindow}. Not thread-safe.
 */
final class StoryLinker {
    private final EventParams params;
    private final EventWindow window;
    private final Map<String, List<ActiveStory>> storiesByAnchor = new HashMap<>();
    /** Stories merged away, to the story that holds them now. */
    private final Map<String, String> storyAlias = new HashMap<>();

    StoryLinker(EventParams params, EventWindow window) {
        this.params = params;
        this.window = window;
    }

    /** Takes a stored story back into the window. */
    void restore(StoryState s) {
        ActiveStory st = new ActiveStory(s);
        window.stories.put(st.id, st);
        for (String k : st.names.keySet()) window.indexStory(st, k);
        if (st.anchor != null) storiesByAnchor.computeIfAbsent(st.anchor, k -> new ArrayList<>()).add(st);
    }

    /** The event's story, following merges (and remembering the answer). */
    String storyOf(ActiveEvent ev) {
        String s = ev.story;
        if (s == null) return null;
        for (int hops = 0; storyAlias.containsKey(s) && hops < 1000; hops++) s = storyAlias.get(s);
        ev.story = s;
        return s;
    }

    /** The event's story as held in memory, following merges; null if it has none (or it left the window). */
    ActiveStory storyState(ActiveEvent ev) {
        String s = storyOf(ev);
        return s == null ? null : window.stories.get(s);
    }

    /** The event's days and a join, told to its story. */
    void spreadToStory(ActiveEvent ev) {
        ActiveStory st = storyState(ev);
        if (st != null && ev.first != null) {
            st.cover(ev.first, ev.last);
            st.lastJoin = window.placements;
            window.dirtyStories.add(st.id);
        }
    }

    /** Puts a new event (founded, or split off) into the story it fits, or a new one. */
    void linkStory(ActiveEvent ev) {
        Map<String, Float> nv = SparseVectors.normalised(ev.names);
        StoryFit target = chooseStory(ev, nv, null);
        attach(ev, target != null ? target.story : newStory(ev), nv);
    }

    /** A story and how well an event's names fit it. */
    record StoryFit(ActiveStory story, double similarity) {
    }

    /**
     * The story an event belongs in: with an anchor place, the story of that place whose names fit best (at least
     * {@link EventParams#anchoredJoin()}) among its {@link EventParams#anchoredCandidates()} most recent; without, the
     * story whose names fit best (at least {@link EventParams#storyJoin()}) among those without an anchor. Null: a new
     * story.
     */
    private StoryFit chooseStory(ActiveEvent ev, Map<String, Float> nv, ActiveStory exclude) {
        String anchor = ev.anchor();
        if (anchor != null) {
            StoryFit best = null;
            List<ActiveStory> ofPlace = storiesByAnchor.getOrDefault(anchor, List.of());
            for (ActiveStory st : ofPlace.subList(Math.max(0, ofPlace.size() - params.anchoredCandidates()), ofPlace.size())) {
                if (st == exclude || st.gone || !anchor.equals(st.anchor)) continue;
                double norm = st.norm();
                double sim = norm == 0 ? 0 : SparseVectors.dot(nv, st.names) / norm;
                if (best == null || sim > best.similarity) best = new StoryFit(st, sim);
            }
            return best != null && best.similarity >= params.anchoredJoin() ? best : null;
        }
        // Without a place, names alone decide; names that say little (an event naming only Ukraine, Russia and Putin)
        // would otherwise chain thousands of unrelated events into one story, so the fit is discounted as for articles.
        StoryFit best = bestStory(nv, exclude);
        if (best == null) return null;
        double specific = ev.nameMembers == 0 || ev.namesInformation <= 0 ? 1 : params.carried(ev.namesInformation / ev.nameMembers);
        double sim = best.similarity * specific;
        return sim >= params.storyJoin() ? new StoryFit(best.story, sim) : null;
    }

    private ActiveStory newStory(ActiveEvent ev) {
        ActiveStory st = new ActiveStory(window.freshStoryId("S" + ev.id.substring(1), storyAlias::containsKey), window.created);
        st.anchor = ev.anchor();
        window.stories.put(st.id, st);
        if (st.anchor != null) storiesByAnchor.computeIfAbsent(st.anchor, k -> new ArrayList<>()).add(st);
        return st;
    }

    /**
     * Re-checks the story of a grown event. Its names in the story are brought up to date; if its anchor place is no
     * longer its story's, it moves (a story of its own is folded into the one it moves to); an event without an anchor
     * alone in its story moves to a story that fits.
     */
    void relinkStory(ActiveEvent ev, List<ClusterChange> changes) {
        ActiveStory own = storyState(ev);
        if (own == null) {
            linkStory(ev);
            return;
        }
        Map<String, Float> nv = SparseVectors.normalised(ev.names);
        SparseVectors.subtract(own.names, ev.storyNames);
        SparseVectors.addInto(own.names, nv);
        SparseVectors.cut(own.names, params.keptTerms());
        own.norm = -1;
        for (String k : nv.keySet()) window.indexStory(own, k);
        ev.storyNames = nv;
        window.dirtyStories.add(own.id);
        String anchor = ev.anchor();
        if (anchor != null && anchor.equals(own.anchor)) return;
        StoryFit target = chooseStory(ev, nv, own);
        if (anchor == null && target == null) return;
        // Stories without an anchor place are not merged wholesale: on a real stream, names such as "Ukraine" and
        // "Russia" chained thousands of events into one story that way. A lone event may still move.
        if (anchor == null && own.events > 1) return;
        SparseVectors.subtract(own.names, nv);
        own.norm = -1;
        own.events--;
        ActiveStory into = target != null ? target.story : newStory(ev);
        attach(ev, into, nv);
        String why = anchor == null
                ? String.format(Locale.ROOT, "event %s shares its names with this story (%.3f)", ev.id, target.similarity)
                : "event " + ev.id + " is now mostly about " + anchor + (target == null ? "" : String.format(Locale.ROOT,
                " and fits this story (%.3f)", target.similarity));
        if (own.events <= 0) dropStory(own, into, why, changes);
        else changes.add(new ClusterChange(ClusterChange.Kind.EVENT_MOVED, ev.id, into.id, why + " (left " + own.id + ")"));
    }

    private void attach(ActiveEvent ev, ActiveStory st, Map<String, Float> nv) {
        ev.story = st.id;
        ev.storyNames = nv;
        Set<String> fresh = SparseVectors.addInto(st.names, nv);
        SparseVectors.cut(st.names, params.keptTerms());
        st.norm = -1;
        for (String k : fresh) window.indexStory(st, k);
        st.events++;
        st.cover(ev.first, ev.last);
        st.lastJoin = window.placements;
        window.dirtyStories.add(st.id);
        window.dirtyEvents.add(ev.id);
    }

    /**
     * After {@code gone} was folded into {@code keep}: {@code gone}'s names leave its story; a story left without
     * events is dropped into {@code keep}'s, and two stories of one place are merged; then {@code keep} is re-checked.
     */
    void eventsMerged(ActiveEvent keep, ActiveEvent gone, List<ClusterChange> changes) {
        ActiveStory ks = storyState(keep);
        ActiveStory gs = storyState(gone);
        if (gs != null) {
            gs.events--;
            SparseVectors.subtract(gs.names, gone.storyNames);
            gs.norm = -1;
            window.dirtyStories.add(gs.id);
        }
        if (ks != null && gs != null && ks != gs) {
            if (gs.events <= 0) dropStory(gs, ks, "its only event was folded into an event of this story", changes);
            else if (Objects.equals(ks.anchor, gs.anchor)) mergeStories(ks, gs, "an event of each was found to be the same event", changes);
        }
        relinkStory(keep, changes);
    }

    private void mergeStories(ActiveStory x, ActiveStory y, String why, List<ClusterChange> changes) {
        ActiveStory keep = x.created <= y.created ? x : y;
        ActiveStory gone = keep == x ? y : x;
        for (String k : SparseVectors.addInto(keep.names, gone.names)) window.indexStory(keep, k);
        SparseVectors.cut(keep.names, params.keptTerms());
        keep.norm = -1;
        keep.events += gone.events;
        keep.cover(gone.first, gone.last);
        // Events in memory learn of it when next read (storyOf); the store re-points the stored ones.
        storyAlias.put(gone.id, keep.id);
        window.stories.remove(gone.id);
        gone.gone = true;
        window.dirtyStories.remove(gone.id);
        window.goneStories.add(gone.id);
        window.dirtyStories.add(keep.id);
        changes.add(new ClusterChange(ClusterChange.Kind.STORY_MERGED, gone.id, keep.id, why));
    }

    private void dropStory(ActiveStory gone, ActiveStory into, String why, List<ClusterChange> changes) {
        window.stories.remove(gone.id);
        gone.gone = true;
        window.dirtyStories.remove(gone.id);
        window.goneStories.add(gone.id);
        changes.add(new ClusterChange(ClusterChange.Kind.STORY_MERGED, gone.id, into.id, why));
    }

    /** The anchorless story whose names fit {@code nv} best (cosine), other than {@code exclude}; null if none shares one. */
    private StoryFit bestStory(Map<String, Float> nv, ActiveStory exclude) {
        if (nv.isEmpty()) return null;
        Map<ActiveStory, Double> partial = new HashMap<>();
        for (Map.Entry<String, Float> e : SparseVectors.top(nv, params.queryKeys())) {
            ArrayDeque<ActiveStory> posting = window.storiesNaming(e.getKey());
            if (posting == null) continue;
            long stamp = window.nextStamp();
            for (ActiveStory st : posting) {
                if (st == exclude || st.gone || st.anchor != null) continue;
                // A story is posted again under its keys each time it is re-checked: count it once per key, or a big
                // story's similarity grows with its re-checks and it swallows everything.
                if (st.stamp == stamp) continue;
                st.stamp = stamp;
                Float w = st.names.get(e.getKey());
                if (w != null) partial.merge(st, (double) e.getValue() * w, Double::sum);
            }
        }
        StoryFit best = null;
        for (Map.Entry<ActiveStory, Double> e : partial.entrySet()) {
            double norm = e.getKey().norm();
            double s = norm == 0 ? 0 : e.getValue() / norm;
            // Exact ties go to the older story: the map's order is the identity hashes', different in every run.
            if (best == null || s > best.similarity
                    || s == best.similarity && older(e.getKey(), best.story)) {
                best = new StoryFit(e.getKey(), s);
            }
        }
        return best;
    }

    static boolean older(ActiveStory a, ActiveStory b) {
        return a.created != b.created ? a.created < b.created : a.id.compareTo(b.id) < 0;
    }
}
