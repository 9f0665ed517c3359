package org.sitrep.events;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.vectors.SparseVectors;

/**
 * What the clusterer holds in memory, bounded: the active events and stories in order of use (the least recently used
 * leave first, {@link EventParams#window()}), the postings from words and names to the most recent events that hold
 * them and from names to stories ({@link EventParams#postings()} per key), the memory of outlets' serial pages, the
 * counters ids and recency come from, and what changed since the clusterer was last drained. Not thread-safe.
 */
final class EventWindow {
    private final EventParams params;
    final LinkedHashMap<String, ActiveEvent> events = new LinkedHashMap<>(16, 0.75f, true);
    final LinkedHashMap<String, ActiveStory> stories = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<String, ArrayDeque<ActiveEvent>> eventPostings = new HashMap<>();
    private final Map<String, ArrayDeque<ActiveStory>> storyPostings = new HashMap<>();
    final Set<String> dirtyEvents = new LinkedHashSet<>();
    final Set<String> dirtyStories = new LinkedHashSet<>();
    final Set<String> goneEvents = new LinkedHashSet<>();
    final Set<String> goneStories = new LinkedHashSet<>();
    /**
     * Per outlet and headline (digits blanked): the day it was first seen, or {@link LocalDate#MIN} once it was seen on
     * another day too — a serial page (a numbered live page, a daily digest). At most
     * {@link EventParams#templates()} are kept.
     */
    private final LinkedHashMap<String, LocalDate> templates;
    /** Placements so far: the recency an event or story records when something joins it. */
    long placements;
    /** Events created so far: the creation order of events (and of the stories they found). */
    long created;
    /** Marks for counting each event or story once per posting list. */
    private long stamps;
    private long postingVisits;

    EventWindow(EventParams params) {
        this.params = params;
        int kept = params.templates();
        this.templates = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, LocalDate> eldest) {
                return size() > kept;
            }
        };
    }

    /** A fresh mark for {@link ActiveEvent#stamp} and {@link ActiveStory#stamp}. */
    long nextStamp() {
        return ++stamps;
    }

    /** How many event postings have been read to find candidates, in all. */
    long postingVisits() {
        return postingVisits;
    }

    /**
     * Adds into {@code partial}, per event found in the postings of the vector's largest
     * {@link EventParams#queryKeys()} weights, its share of the vector's dot product with the event's mean vector.
     *
     * @param terms whether {@code vector} holds words (else names)
     */
    void gather(Map<String, Float> vector, boolean terms, Map<ActiveEvent, Double> partial) {
        String prefix = terms ? "t|" : "n|";
        for (Map.Entry<String, Float> e : SparseVectors.top(vector, params.queryKeys())) {
            ArrayDeque<ActiveEvent> posting = eventPostings.get(prefix + e.getKey());
            if (posting == null) continue;
            long stamp = nextStamp();
            for (ActiveEvent ev : posting) {
                if (ev.gone) continue; // folded into another, or out of the window
                if (ev.stamp == stamp) continue; // posted twice under this key (the key was cut and came back)
                ev.stamp = stamp;
                postingVisits++;
                Float w = (terms ? ev.terms : ev.names).get(e.getKey());
                int members = terms ? ev.termMembers : ev.nameMembers;
                if (w != null) partial.merge(ev, (double) e.getValue() * w / Math.max(1, members), Double::sum);
            }
        }
    }

    /** Posts the event under these words and names. */
    void indexEvent(ActiveEvent ev, Collection<String> terms, Collection<String> names) {
        for (String t : terms) post(eventPostings, "t|" + t, ev);
        for (String n : names) post(eventPostings, "n|" + n, ev);
    }

    /** Posts the story under this name. */
    void indexStory(ActiveStory st, String name) {
        post(storyPostings, name, st);
    }

    /** The stories posted under a name, oldest first; null when none. */
    ArrayDeque<ActiveStory> storiesNaming(String name) {
        return storyPostings.get(name);
    }

    private <T> void post(Map<String, ArrayDeque<T>> postings, String key, T item) {
        ArrayDeque<T> p = postings.computeIfAbsent(key, k -> new ArrayDeque<>());
        if (!p.isEmpty() && p.peekLast() == item) return;
        p.addLast(item);
        if (p.size() > params.postings()) p.pollFirst();
    }

    /** Lets the least recently used events, then stories, leave until each fits the window. */
    void evict() {
        while (events.size() > params.window()) {
            var it = events.entrySet().iterator();
            it.next().getValue().gone = true;
            it.remove();
        }
        while (stories.size() > params.window()) {
            var it = stories.entrySet().iterator();
            it.next().getValue().gone = true;
            it.remove();
        }
    }

    /** An event id from {@code base}, not held nor gone since the last drain ({@code base}, then base-2, base-3…). */
    String freshEventId(String base) {
        String id = base;
        for (int k = 2; events.containsKey(id) || goneEvents.contains(id); k++) id = base + "-" + k;
        return id;
    }

    /**
     * As {@link #freshEventId}, for stories; nor one that {@code mergedAway} still leads elsewhere (a story merged in an
     * earlier batch: its id is out of the window, but events that named it follow it to the story that absorbed it).
     */
    String freshStoryId(String base, java.util.function.Predicate<String> mergedAway) {
        String id = base;
        for (int n = 2; stories.containsKey(id) || goneStories.contains(id) || mergedAway.test(id); n++) id = base + "-" + n;
        return id;
    }

    /**
     * Whether a headline is one of an outlet's serial pages: the same headline, digits aside ("Day 282 of the
     * invasion. Live", "The most important events of the last hours"), seen from that outlet on another day. Each
     * call remembers the headline.
     */
    boolean serial(String outlet, String title, LocalDate day) {
        if (outlet == null || outlet.isBlank() || title == null || day == null) return false;
        String t = title.toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ").trim();
        if (t.split(" ").length < 3) return false;
        String key = outlet + "|" + t;
        LocalDate seen = templates.get(key);
        if (seen == null) {
            templates.put(key, day);
            return false;
        }
        if (seen.equals(LocalDate.MIN)) return true;
        if (seen.equals(day)) return false;
        templates.put(key, LocalDate.MIN);
        return true;
    }

    /** The ids changed and gone since the last call, cleared. */
    Drained drainIds() {
        Drained d = new Drained(new ArrayList<>(dirtyEvents), new ArrayList<>(dirtyStories), List.copyOf(goneEvents),
                List.copyOf(goneStories));
        dirtyEvents.clear();
        dirtyStories.clear();
        goneEvents.clear();
        goneStories.clear();
        return d;
    }

    record Drained(List<String> events, List<String> stories, List<String> goneEvents, List<String> goneStories) {
    }
}
