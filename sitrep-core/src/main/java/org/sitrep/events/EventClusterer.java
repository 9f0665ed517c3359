package org.sitrep.events;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Online event clustering and story linking. Each {@link #place} puts one article into the event it fits best (or a
 * new one) using only the events' kept state: candidates come from an inverted index over the events' words and
 * names (the most recent {@link EventParams#postings()} events per key), so the cost of a placement does not grow with
 * the number of events. The similarity of an article to an event is its mean cosine to the event's members, per
 * channel, computed from the members' summed vectors; the article may not join an event whose dates lie more than
 * {@link EventParams#maxGapDays()} from its own; a copy joins its original's event. When an article fits two events
 * that are also alike as wholes, the younger is folded into the older (recorded). Events are linked into stories by
 * their names (places, people, organisations), re-checked as an event grows (at 2, 4, 8… members).
 *
 * <p>Event and story ids come from the article that founded them, so a run over the same input in the same order
 * gives the same ids. Not thread-safe: one placement at a time.
 */
public final class EventClusterer {
    private static final int QUERY_KEYS = 20;
    /** How many of the most recent stories of one place an event is compared with. */
    private static final int ANCHORED_CANDIDATES = 50;

    private final EventParams params;
    private final LinkedHashMap<String, Ev> events = new LinkedHashMap<>(16, 0.75f, true);
    private final LinkedHashMap<String, St> stories = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<String, ArrayDeque<Ev>> eventPostings = new HashMap<>();
    private final Map<String, ArrayDeque<St>> storyPostings = new HashMap<>();
    private final Map<String, List<St>> storiesByAnchor = new HashMap<>();
    private final Set<String> dirtyEvents = new LinkedHashSet<>();
    private final Set<String> dirtyStories = new LinkedHashSet<>();
    private final Set<String> goneEvents = new LinkedHashSet<>();
    private final Set<String> goneStories = new LinkedHashSet<>();
    private final List<ClusterChange> pendingChanges = new ArrayList<>();
    /**
     * Per outlet and headline (digits blanked): the day it was first seen, or {@link LocalDate#MIN} once it was seen on
     * another day too — a serial page (a numbered live page, a daily digest). At most {@link #TEMPLATES} are kept.
     */
    private final LinkedHashMap<String, LocalDate> templates = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, LocalDate> eldest) {
            return size() > TEMPLATES;
        }
    };
    private static final int TEMPLATES = 100_000;
    /** Stories merged away, to the story that holds them now. */
    private final Map<String, String> storyAlias = new HashMap<>();
    private long placements;
    /** Marks for counting each event or story once per posting list. */
    private long stamps;
    private long postingVisits;
    private long created;

    /** A clusterer with nothing in memory. */
    public EventClusterer(EventParams params) {
        this.params = Objects.requireNonNull(params, "params");
    }

    /**
     * A clusterer that goes on from a stored state: the events and stories given (most recently joined last) become
     * the active window.
     */
    public EventClusterer(EventParams params, Collection<EventState> activeEvents, Collection<StoryState> activeStories) {
        this(params);
        for (StoryState s : activeStories) {
            St st = new St(s);
            stories.put(st.id, st);
            for (String k : st.names.keySet()) post(storyPostings, k, st);
            if (st.anchor != null) storiesByAnchor.computeIfAbsent(st.anchor, k -> new ArrayList<>()).add(st);
            created = Math.max(created, s.created());
            placements = Math.max(placements, s.lastJoin());
        }
        for (EventState e : activeEvents) {
            Ev ev = new Ev(e);
            events.put(ev.id, ev);
            if (!ev.serial) indexEvent(ev, ev.terms.keySet(), ev.names.keySet());
            created = Math.max(created, e.created());
            placements = Math.max(placements, e.lastJoin());
        }
    }

    public EventParams params() {
        return params;
    }

    /** Places one article; the article must not have been placed before. */
    public Placement place(EventFeatures a) {
        placements++;
        List<ClusterChange> changes = pendingChanges;
        changes.clear();
        boolean serial = serial(a);
        Ev origin = a.originEvent() == null ? null : events.get(a.originEvent());
        if (origin != null) {
            double s = similarity(a, origin);
            // A copy counts as an article of the event but adds nothing to its vectors: the event is what its
            // independent reports say, and a text repeated twenty times must not pull it twenty times harder.
            if (a.replaces() != null) swapIn(origin, a, s);
            else joinAsCopy(origin, a, s);
            Ev target = origin;
            // A copy and its original are one report: if this text also fits another event, that event and the
            // original's are the same (not for a serial page: it fits whatever it mentions).
            for (Scored other : origin.serial ? List.<Scored>of() : score(a)) {
                if (other.similarity < params.join()) break;
                if (other.event == target || !events.containsKey(other.event.id) || !datesMeet(target, other.event)) continue;
                target = merge(target, other.event, other.similarity, changes, "a copy of one of its articles fits the other");
            }
            return new Placement(a.articleId(), target.id, "copy", s, storyOf(target), List.copyOf(changes));
        }
        if (serial) {
            // A page that reports everything of a day is not a report of one event: it stands alone (with its copies),
            // joins nothing and is not offered to later articles.
            Ev ev = found(a, changes, true);
            return new Placement(a.articleId(), ev.id, "serial", 0, storyOf(ev), List.copyOf(changes));
        }
        List<Scored> scored = score(a);
        Scored best = scored.isEmpty() ? null : scored.get(0);
        if (best == null || best.similarity < params.join()) {
            Ev ev = found(a, changes, false);
            return new Placement(a.articleId(), ev.id, "new", best == null ? 0 : Math.max(0, best.similarity), storyOf(ev), List.copyOf(changes));
        }
        Ev target = best.event;
        join(target, a, best.similarity);
        for (int i = 1; params.mergeEvents() && i < scored.size() && scored.get(i).similarity >= params.join(); i++) {
            Ev other = scored.get(i).event;
            if (other == target || !events.containsKey(other.id)) continue;
            double whole = wholeSimilarity(target, other);
            // Not below the split threshold: two events alike only that much would be split again.
            if (whole >= Math.max(params.join(), params.split()) && datesMeet(target, other)) {
                target = merge(target, other, whole, changes, "an article fitted both; the events are alike as wholes");
            }
        }
        target = splitIfTwo(target, a.articleId(), changes);
        return new Placement(a.articleId(), target.id, "similar", best.similarity, storyOf(target), List.copyOf(changes));
    }

    /** The event's story, following merges (and remembering the answer). */
    private String storyOf(Ev ev) {
        String s = ev.story;
        if (s == null) return null;
        for (int hops = 0; storyAlias.containsKey(s) && hops < 1000; hops++) s = storyAlias.get(s);
        ev.story = s;
        return s;
    }

    /** The event's story as held in memory, following merges; null if it has none (or it left the window). */
    private St storyState(Ev ev) {
        String s = storyOf(ev);
        return s == null ? null : stories.get(s);
    }

    /** Events and stories changed since the last call, for a store to write, and the ids that are gone. */
    public Changes drain() {
        List<EventState> ev = new ArrayList<>();
        for (String id : dirtyEvents) {
            Ev e = events.get(id);
            if (e != null) {
                storyOf(e);
                ev.add(e.state());
            }
        }
        List<StoryState> st = new ArrayList<>();
        for (String id : dirtyStories) {
            St s = stories.get(id);
            if (s != null) st.add(s.state());
        }
        Changes c = new Changes(ev, st, List.copyOf(goneEvents), List.copyOf(goneStories));
        dirtyEvents.clear();
        dirtyStories.clear();
        goneEvents.clear();
        goneStories.clear();
        return c;
    }

    /** What {@link #drain()} returns: states to write and ids to delete. */
    public record Changes(List<EventState> events, List<StoryState> stories, List<String> goneEvents,
                          List<String> goneStories) {
    }

    /** How many event postings have been read to find candidates, in all (the bounded work of a placement). */
    public long postingVisits() {
        return postingVisits;
    }

    /** How many events are in memory now. */
    public int activeEvents() {
        return events.size();
    }

    /** The similarity of an article to each candidate event, best first (for explanations and tests). */
    List<Scored> score(EventFeatures a) {
        Map<Ev, Double> partial = new HashMap<>();
        gather(a.terms(), "t|", partial);
        gather(a.names(), "n|", partial);
        // The best few by partial score (ties: the older event), without sorting every event met in the postings.
        Comparator<Map.Entry<Ev, Double>> worstFirst = Map.Entry.<Ev, Double>comparingByValue()
                .thenComparing(e -> e.getKey().created, Comparator.reverseOrder());
        java.util.PriorityQueue<Map.Entry<Ev, Double>> heap = new java.util.PriorityQueue<>(worstFirst);
        for (Map.Entry<Ev, Double> e : partial.entrySet()) {
            if (heap.size() < params.candidates()) heap.add(e);
            else if (worstFirst.compare(e, heap.peek()) > 0) {
                heap.poll();
                heap.add(e);
            }
        }
        List<Map.Entry<Ev, Double>> ranked = new ArrayList<>(heap);
        ranked.sort(worstFirst.reversed());
        List<Scored> out = new ArrayList<>();
        for (Map.Entry<Ev, Double> r : ranked) {
            Ev ev = r.getKey();
            if (!datesFit(a.date(), ev)) continue;
            double sim = similarity(a, ev);
            if ((a.date() == null) != (ev.first == null)) sim -= params.undatedMargin();
            out.add(new Scored(ev, sim));
        }
        out.sort(Comparator.comparingDouble((Scored s) -> s.similarity).reversed());
        return out;
    }

    record Scored(Ev event, double similarity) {
    }

    private void gather(Map<String, Float> vector, String prefix, Map<Ev, Double> partial) {
        for (Map.Entry<String, Float> e : top(vector, QUERY_KEYS)) {
            ArrayDeque<Ev> posting = eventPostings.get(prefix + e.getKey());
            if (posting == null) continue;
            long stamp = ++stamps;
            for (Ev ev : posting) {
                if (ev.gone) continue; // folded into another, or out of the window
                if (ev.stamp == stamp) continue; // posted twice under this key (the key was cut and came back)
                ev.stamp = stamp;
                postingVisits++;
                boolean terms = prefix.equals("t|");
                Float w = (terms ? ev.terms : ev.names).get(e.getKey());
                int members = terms ? ev.termMembers : ev.nameMembers;
                if (w != null) partial.merge(ev, (double) e.getValue() * w / Math.max(1, members), Double::sum);
            }
        }
    }

    private double similarity(EventFeatures a, Ev ev) {
        double wn = a.names().isEmpty() || ev.nameMembers == 0 ? 0 : params.namesWeight();
        double we = a.embedding() == null || ev.embeddedMembers == 0 ? 0 : params.embeddingWeight();
        double wt = 1 - params.namesWeight() - params.embeddingWeight();
        double total = wt + wn + we;
        if (total == 0) return 0;
        double s = wt * dot(a.terms(), ev.terms) / Math.max(1, ev.termMembers) * carried(a.termsInformation());
        if (wn > 0) s += wn * dot(a.names(), ev.names) / ev.nameMembers * carried(a.namesInformation());
        if (we > 0) s += we * dot(a.embedding(), ev.embedding) / ev.embeddedMembers;
        return s / total;
    }

    private double carried(double information) {
        return Math.min(1, information / params.information());
    }

    /** Average-link similarity of two events, from their sums. */
    private double wholeSimilarity(Ev x, Ev y) {
        double wn = x.nameMembers == 0 || y.nameMembers == 0 ? 0 : params.namesWeight();
        double we = x.embeddedMembers == 0 || y.embeddedMembers == 0 ? 0 : params.embeddingWeight();
        double wt = 1 - params.namesWeight() - params.embeddingWeight();
        double s = wt * dot(x.terms, y.terms) / Math.max(1, (double) x.termMembers * y.termMembers);
        if (wn > 0) s += wn * dot(x.names, y.names) / ((double) x.nameMembers * y.nameMembers);
        if (we > 0) s += we * dot(x.embedding, y.embedding) / ((double) x.embeddedMembers * y.embeddedMembers);
        return s / (wt + wn + we);
    }

    private boolean datesFit(LocalDate d, Ev ev) {
        if (d == null || ev.first == null) return true;
        if (d.isBefore(ev.first.minusDays(params.maxGapDays())) || d.isAfter(ev.last.plusDays(params.maxGapDays()))) return false;
        LocalDate first = d.isBefore(ev.first) ? d : ev.first;
        LocalDate last = d.isAfter(ev.last) ? d : ev.last;
        return ChronoUnit.DAYS.between(first, last) <= params.maxSpanDays();
    }

    private boolean datesMeet(Ev x, Ev y) {
        if (x.first == null || y.first == null) return true;
        LocalDate first = x.first.isBefore(y.first) ? x.first : y.first;
        LocalDate last = x.last.isAfter(y.last) ? x.last : y.last;
        return ChronoUnit.DAYS.between(x.last, y.first) <= params.maxGapDays()
                && ChronoUnit.DAYS.between(y.last, x.first) <= params.maxGapDays()
                && ChronoUnit.DAYS.between(first, last) <= params.maxSpanDays();
    }

    /**
     * Whether the article is one of an outlet's serial pages: the same headline, digits aside ("Day 282 of the
     * invasion. Live", "The most important events of the last hours"), seen from that outlet on another day.
     */
    private boolean serial(EventFeatures a) {
        return serial(a.outlet(), a.title(), a.date());
    }

    /**
     * Tells the clusterer of an article placed before it was made (a store replays its most recent placements), so
     * that serial pages are known across runs: a daily `sitrep ingest` would otherwise never see a second day.
     */
    public void rememberHeadline(String outlet, String title, LocalDate day) {
        serial(outlet, title, day);
    }

    private boolean serial(String outlet, String title, LocalDate day) {
        if (outlet == null || outlet.isBlank() || title == null || day == null) return false;
        String t = title.toLowerCase(java.util.Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ").trim();
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

    private Ev found(EventFeatures a, List<ClusterChange> changes, boolean serial) {
        Ev ev = new Ev("E" + a.articleId(), ++created);
        ev.serial = serial;
        ev.title = a.title();
        ev.titleArticle = a.articleId();
        // The founder's fit to what the event becomes is unknown: the first article that joins with a measured fit
        // gives the title, then each that fits better. A big event founded by a loosely related item (a hospital
        // strike, then a hundred reports of the dam's destruction) is not named after that item.
        ev.titleScore = 0;
        if (params.split() > 0 && !serial) ev.members = new ArrayList<>();
        events.put(ev.id, ev);
        add(ev, a);
        linkStory(ev);
        evict();
        return ev;
    }

    private void join(Ev ev, EventFeatures a, double similarity) {
        if (a.title() != null && !a.title().isBlank() && (ev.title == null || ev.title.isBlank() || similarity > ev.titleScore)) {
            ev.title = a.title();
            ev.titleArticle = a.articleId();
            ev.titleScore = similarity;
        }
        add(ev, a);
        if (Integer.bitCount(ev.articles) == 1) relinkStory(ev);
    }

    private void joinAsCopy(Ev ev, EventFeatures a, double similarity) {
        if (ev.title == null || ev.title.isBlank()) {
            ev.title = a.title();
            ev.titleArticle = a.articleId();
            ev.titleScore = similarity;
        }
        ev.articles++;
        countPlaces(ev, a.places(), 1);
        if (ev.members != null && !ev.members.isEmpty()) {
            // A copy whose original is not found among the members goes with the oldest.
            int m = Math.max(0, memberHolding(ev, a.originArticle()));
            EventMember o = ev.members.get(m);
            List<String> copies = new ArrayList<>(o.copies());
            copies.add(a.articleId());
            ev.members.set(m, withCopies(o, copies));
        }
        // A copy republished long after its original is still one report of the original's event, but its date does
        // not stretch the event (a live page's teaser repeated for months made one event of a whole winter).
        if (datesFit(a.date(), ev)) widenDates(ev, a.date());
        ev.lastJoin = placements;
        dirtyEvents.add(ev.id);
    }

    /** The original of a copy that sits in the event with its vectors takes the copy's place in the sums. */
    private void swapIn(Ev ev, EventFeatures a, double similarity) {
        EventFeatures.Vectors out = a.replaces();
        subtract(ev.terms, out.terms());
        ev.termMembers = Math.max(0, ev.termMembers - 1);
        if (!out.names().isEmpty()) {
            subtract(ev.names, out.names());
            ev.nameMembers = Math.max(0, ev.nameMembers - 1);
        }
        if (out.embedding() != null && ev.embedding != null && ev.embeddedMembers > 0 && out.embedding().length == ev.embedding.length) {
            for (int i = 0; i < ev.embedding.length; i++) ev.embedding[i] -= out.embedding()[i];
            ev.embeddedMembers--;
        }
        List<String> copies = null;
        if (ev.members != null) {
            int m = memberHolding(ev, a.originArticle());
            if (m >= 0 && ev.members.get(m).articleId().equals(a.originArticle())) {
                EventMember copy = ev.members.remove(m);
                copies = new ArrayList<>(copy.copies());
                copies.add(copy.articleId());
                ev.pairs = null;
            } else {
                ev.members = null; // the copy's vectors are not among the members: they no longer add up
            }
        }
        join(ev, a, similarity);
        if (copies != null && ev.members != null && !ev.members.isEmpty()) {
            int last = ev.members.size() - 1;
            ev.members.set(last, withCopies(ev.members.get(last), copies));
        }
    }

    private void widenDates(Ev ev, LocalDate d) {
        if (d == null) return;
        extendDates(ev, d);
        spreadToStory(ev);
    }

    private static void extendDates(Ev ev, LocalDate d) {
        if (d == null) return;
        if (ev.first == null || d.isBefore(ev.first)) ev.first = d;
        if (ev.last == null || d.isAfter(ev.last)) ev.last = d;
    }

    /** The event's days and a join, told to its story. */
    private void spreadToStory(Ev ev) {
        St st = storyState(ev);
        if (st != null && ev.first != null) {
            cover(st, ev.first, ev.last);
            st.lastJoin = placements;
            dirtyStories.add(st.id);
        }
    }

    /** Widens the story's days to cover {@code first..last} (an event's or a merged story's; nothing when null). */
    private static void cover(St st, LocalDate first, LocalDate last) {
        if (first == null) return;
        if (st.first == null || first.isBefore(st.first)) st.first = first;
        if (st.last == null || last.isAfter(st.last)) st.last = last;
    }

    private void add(Ev ev, EventFeatures a) {
        Set<String> newTerms = addInto(ev.terms, a.terms());
        ev.termMembers++;
        Set<String> newNames = Set.of();
        if (!a.names().isEmpty()) {
            newNames = addInto(ev.names, a.names());
            ev.nameMembers++;
            ev.namesInformation += a.namesInformation();
        }
        addEmbedding(ev, a.embedding());
        countPlaces(ev, a.places(), 1);
        ev.articles++;
        if (ev.members != null) {
            if (ev.members.size() >= params.splitMembers()) {
                ev.members = null; // too big to keep splitting: its members' vectors are let go
                ev.pairs = null;
            } else {
                ev.members.add(new EventMember(a.articleId(), a.title(), a.date(), a.terms(), a.names(),
                        params.embeddingWeight() > 0 ? a.embedding() : null, a.termsInformation(), a.namesInformation(),
                        a.places(), List.of()));
            }
        }
        extendDates(ev, a.date());
        ev.lastJoin = placements;
        events.get(ev.id); // recency: the window is kept in order of use (candidates are looked at without it)
        cut(ev.terms, params.keptTerms());
        cut(ev.names, params.keptTerms());
        if (!ev.serial) indexEvent(ev, newTerms, newNames);
        dirtyEvents.add(ev.id);
        spreadToStory(ev);
    }

    private Ev merge(Ev x, Ev y, double whole, List<ClusterChange> changes, String why) {
        Ev keep = x.created <= y.created ? x : y;
        Ev gone = keep == x ? y : x;
        Set<String> newTerms = addInto(keep.terms, gone.terms);
        Set<String> newNames = addInto(keep.names, gone.names);
        keep.termMembers += gone.termMembers;
        keep.nameMembers += gone.nameMembers;
        keep.namesInformation += gone.namesInformation;
        if (gone.embedding != null) {
            if (keep.embedding == null) keep.embedding = new float[gone.embedding.length];
            for (int i = 0; i < keep.embedding.length; i++) keep.embedding[i] += gone.embedding[i];
            keep.embeddedMembers += gone.embeddedMembers;
        }
        for (Map.Entry<String, int[]> p : gone.places.entrySet()) {
            int[] c = keep.places.computeIfAbsent(p.getKey(), k -> new int[2]);
            c[0] += p.getValue()[0];
            c[1] += p.getValue()[1];
        }
        keep.articles += gone.articles;
        if (keep.members != null && gone.members != null && keep.members.size() + gone.members.size() <= params.splitMembers()) {
            keep.members.addAll(gone.members);
        } else {
            keep.members = null;
        }
        keep.pairs = null;
        extendDates(keep, gone.first);
        extendDates(keep, gone.last);
        if (gone.titleScore > keep.titleScore && gone.title != null) {
            keep.title = gone.title;
            keep.titleArticle = gone.titleArticle;
            keep.titleScore = gone.titleScore;
        }
        keep.lastJoin = placements;
        cut(keep.terms, params.keptTerms());
        cut(keep.names, params.keptTerms());
        indexEvent(keep, newTerms, newNames);
        events.remove(gone.id);
        gone.gone = true;
        events.get(keep.id); // recency: the window is kept in order of use
        dirtyEvents.remove(gone.id);
        goneEvents.add(gone.id);
        dirtyEvents.add(keep.id);
        changes.add(new ClusterChange("event-merged", gone.id, keep.id,
                String.format(java.util.Locale.ROOT, "%s (%.3f)", why, whole)));
        St ks = storyState(keep);
        St gs = storyState(gone);
        if (gs != null) {
            gs.events--;
            subtract(gs.names, gone.storyNames);
            gs.norm = -1;
            dirtyStories.add(gs.id);
        }
        if (ks != null && gs != null && ks != gs) {
            if (gs.events <= 0) dropStory(gs, ks, "its only event was folded into an event of this story", changes);
            else if (Objects.equals(ks.anchor, gs.anchor)) mergeStories(ks, gs, "an event of each was found to be the same event", changes);
        }
        relinkStory(keep);
        return keep;
    }

    // --- splits ------------------------------------------------------------------------------------------------------

    /**
     * Splits the event while its members fall into two groups of two or more that are less alike than
     * {@link EventParams#split()}: the groups are the last two of an average-link clustering of the members, and the
     * one without the oldest member leaves for a new event (with its copies; recorded). An article that bridged two
     * events (a second earthquake reported in the words of the first) pulls the second's reports in after it; once
     * they are many enough to form a group of their own, they leave. Returns the event that holds {@code articleId}.
     */
    private Ev splitIfTwo(Ev ev, String articleId, List<ClusterChange> changes) {
        if (params.split() <= 0) return ev;
        Ev holder = ev;
        boolean split = false;
        ArrayDeque<Ev> work = new ArrayDeque<>(List.of(ev));
        while (!work.isEmpty()) {
            Ev e = work.pop();
            if (e.members == null || e.members.size() < 4 || e.gone) continue;
            double[][] sim = pairSimilarities(e);
            List<List<Integer>> groups = lastTwo(sim);
            double across = 0;
            for (int i : groups.get(0)) for (int j : groups.get(1)) across += sim[i][j];
            across /= (double) groups.get(0).size() * groups.get(1).size();
            if (groups.get(0).size() < 2 || groups.get(1).size() < 2 || across >= params.split()) continue;
            List<Integer> stay = groups.get(0).contains(0) ? groups.get(0) : groups.get(1);
            List<Integer> leave = stay == groups.get(0) ? groups.get(1) : groups.get(0);
            stay.sort(null);
            leave.sort(null);
            List<EventMember> all = e.members;
            List<EventMember> leaving = new ArrayList<>();
            for (int i : leave) leaving.add(all.get(i));
            List<EventMember> staying = new ArrayList<>();
            for (int i : stay) staying.add(all.get(i));
            String id = "E" + leaving.get(0).articleId();
            for (int k = 2; events.containsKey(id) || goneEvents.contains(id); k++) id = "E" + leaving.get(0).articleId() + "-" + k;
            Ev nb = new Ev(id, ++created);
            nb.members = leaving;
            rebuild(nb, sim, leave);
            e.members = staying;
            rebuild(e, sim, stay);
            events.put(nb.id, nb);
            indexEvent(nb, nb.terms.keySet(), nb.names.keySet());
            List<String> moved = new ArrayList<>();
            for (EventMember m : leaving) {
                moved.add(m.articleId());
                moved.addAll(m.copies());
            }
            changes.add(new ClusterChange("event-split", e.id, nb.id, String.format(java.util.Locale.ROOT,
                    "its members fell into two groups of %d and %d, alike only %.3f", stay.size(), leave.size(), across), moved));
            relinkStory(e);
            linkStory(nb);
            if (moved.contains(articleId)) holder = nb;
            split = true;
            work.push(e);
            work.push(nb);
        }
        if (split) evict(); // a split adds an event to the window
        return holder;
    }

    /** Similarities between an event's members (kept between calls, extended by the members that joined since). */
    private double[][] pairSimilarities(Ev e) {
        if (e.pairs == null) e.pairs = new ArrayList<>();
        if (e.pairs.size() > e.members.size()) e.pairs.clear();
        for (int i = e.pairs.size(); i < e.members.size(); i++) {
            float[] row = new float[i];
            for (int j = 0; j < i; j++) row[j] = (float) pairSimilarity(e.members.get(i), e.members.get(j));
            e.pairs.add(row);
        }
        int n = e.members.size();
        double[][] sim = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) sim[i][j] = sim[j][i] = e.pairs.get(i)[j];
        }
        return sim;
    }

    /** Two articles' similarity, as an article's to an event of one, each side's information counted alike. */
    private double pairSimilarity(EventMember x, EventMember y) {
        double wn = x.names().isEmpty() || y.names().isEmpty() ? 0 : params.namesWeight();
        double we = x.embedding() == null || y.embedding() == null ? 0 : params.embeddingWeight();
        double wt = 1 - params.namesWeight() - params.embeddingWeight();
        double total = wt + wn + we;
        if (total == 0) return 0;
        double s = wt * dot(x.terms(), y.terms()) * Math.sqrt(carried(x.termsInformation()) * carried(y.termsInformation()));
        if (wn > 0) s += wn * dot(x.names(), y.names()) * Math.sqrt(carried(x.namesInformation()) * carried(y.namesInformation()));
        if (we > 0) s += we * dot(x.embedding(), y.embedding());
        return s / total;
    }

    /** Average-link clustering of the members down to two groups (member indices; the larger first). */
    private static List<List<Integer>> lastTwo(double[][] sim) {
        int n = sim.length;
        List<List<Integer>> groups = new ArrayList<>();
        for (int i = 0; i < n; i++) groups.add(new ArrayList<>(List.of(i)));
        double[][] sum = new double[n][];
        for (int i = 0; i < n; i++) sum[i] = sim[i].clone();
        while (groups.size() > 2) {
            int bi = 0, bj = 1;
            double best = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < groups.size(); i++) {
                for (int j = i + 1; j < groups.size(); j++) {
                    double avg = sum[i][j] / ((double) groups.get(i).size() * groups.get(j).size());
                    if (avg > best) {
                        best = avg;
                        bi = i;
                        bj = j;
                    }
                }
            }
            groups.get(bi).addAll(groups.get(bj));
            for (int k = 0; k < groups.size(); k++) {
                sum[bi][k] += sum[bj][k];
                sum[k][bi] = sum[bi][k];
            }
            // Drop group bj: the last group takes its place.
            int last = groups.size() - 1;
            groups.set(bj, groups.get(last));
            groups.remove(last);
            for (int k = 0; k <= last; k++) {
                sum[bj][k] = sum[last][k];
                sum[k][bj] = sum[k][last];
            }
            sum[bj][bj] = 0;
        }
        groups.sort(Comparator.comparingInt((List<Integer> g) -> -g.size()));
        return groups;
    }

    /**
     * Rebuilds an event's sums, dates, places, counts and title from its members (after a split; {@code index} are
     * the members' rows in {@code sim}): the title is the member's most alike to the others.
     */
    private void rebuild(Ev e, double[][] sim, List<Integer> index) {
        e.terms.clear();
        e.names.clear();
        e.termMembers = 0;
        e.nameMembers = 0;
        e.namesInformation = 0;
        e.embedding = null;
        e.embeddedMembers = 0;
        e.places.clear();
        e.first = null;
        e.last = null;
        e.articles = 0;
        e.pairs = null;
        double bestFit = -1;
        for (int k = 0; k < e.members.size(); k++) {
            EventMember m = e.members.get(k);
            addInto(e.terms, m.terms());
            e.termMembers++;
            if (!m.names().isEmpty()) {
                addInto(e.names, m.names());
                e.nameMembers++;
                e.namesInformation += m.namesInformation();
            }
            addEmbedding(e, m.embedding());
            // Copies are not kept as members: they name the places their original names.
            int reports = 1 + m.copies().size();
            countPlaces(e, m.places(), reports);
            extendDates(e, m.date());
            e.articles += reports;
            double fit = 0;
            for (int j : index) if (j != index.get(k)) fit += sim[index.get(k)][j];
            fit /= Math.max(1, index.size() - 1);
            if (m.title() != null && !m.title().isBlank() && fit > bestFit) {
                bestFit = fit;
                e.title = m.title();
                e.titleArticle = m.articleId();
                e.titleScore = fit;
            }
        }
        cut(e.terms, params.keptTerms());
        cut(e.names, params.keptTerms());
        e.lastJoin = placements;
        dirtyEvents.add(e.id);
    }

    /** The index of the member that is {@code article} or holds it as a copy; -1 if none. */
    private static int memberHolding(Ev ev, String article) {
        if (article == null || ev.members == null) return -1;
        for (int i = 0; i < ev.members.size(); i++) {
            EventMember m = ev.members.get(i);
            if (m.articleId().equals(article) || m.copies().contains(article)) return i;
        }
        return -1;
    }

    /** Adds an article's embedding (null: none) into the event's sum, when it has the sum's length. */
    private static void addEmbedding(Ev ev, float[] v) {
        if (v == null) return;
        if (ev.embedding == null) ev.embedding = new float[v.length];
        if (ev.embedding.length != v.length) return;
        for (int i = 0; i < v.length; i++) ev.embedding[i] += v[i];
        ev.embeddedMembers++;
    }

    /** Counts the places an article names (with how prominently), for it and {@code reports - 1} copies of it. */
    private static void countPlaces(Ev ev, Map<String, Integer> places, int reports) {
        for (Map.Entry<String, Integer> p : places.entrySet()) {
            int[] c = ev.places.computeIfAbsent(p.getKey(), k -> new int[2]);
            c[0] += reports;
            c[1] += p.getValue() * reports;
        }
    }

    private static EventMember withCopies(EventMember m, List<String> copies) {
        return new EventMember(m.articleId(), m.title(), m.date(), m.terms(), m.names(), m.embedding(),
                m.termsInformation(), m.namesInformation(), m.places(), copies);
    }

    private void linkStory(Ev ev) {
        Map<String, Float> nv = normalised(ev.names);
        Scored2 target = chooseStory(ev, nv, null);
        attach(ev, target != null ? target.story : newStory(ev), nv);
    }

    /**
     * The story an event belongs in: with an anchor place, the story of that place whose names fit best (at least
     * {@link EventParams#anchoredJoin()}); without, the story whose names fit best (at least
     * {@link EventParams#storyJoin()}) among those without an anchor. Null: a new story.
     */
    private Scored2 chooseStory(Ev ev, Map<String, Float> nv, St exclude) {
        String anchor = ev.anchor();
        if (anchor != null) {
            Scored2 best = null;
            List<St> ofPlace = storiesByAnchor.getOrDefault(anchor, List.of());
            for (St st : ofPlace.subList(Math.max(0, ofPlace.size() - ANCHORED_CANDIDATES), ofPlace.size())) {
                if (st == exclude || st.gone || !anchor.equals(st.anchor)) continue;
                double norm = st.norm();
                double sim = norm == 0 ? 0 : dot(nv, st.names) / norm;
                if (best == null || sim > best.similarity) best = new Scored2(st, sim);
            }
            return best != null && best.similarity >= params.anchoredJoin() ? best : null;
        }
        // Without a place, names alone decide; names that say little (an event naming only Ukraine, Russia and Putin)
        // would otherwise chain thousands of unrelated events into one story, so the fit is discounted as for articles.
        Scored2 best = bestStory(nv, exclude);
        if (best == null) return null;
        double specific = ev.nameMembers == 0 || ev.namesInformation <= 0 ? 1 : carried(ev.namesInformation / ev.nameMembers);
        double sim = best.similarity * specific;
        return sim >= params.storyJoin() ? new Scored2(best.story, sim) : null;
    }

    private St newStory(Ev ev) {
        String id = "S" + ev.id.substring(1);
        for (int n = 2; stories.containsKey(id) || goneStories.contains(id); n++) id = "S" + ev.id.substring(1) + "-" + n;
        St st = new St(id, created);
        st.anchor = ev.anchor();
        stories.put(st.id, st);
        if (st.anchor != null) storiesByAnchor.computeIfAbsent(st.anchor, k -> new ArrayList<>()).add(st);
        return st;
    }

    /**
     * Re-checks the story of a grown event. Its names in the story are brought up to date; if its anchor place is no
     * longer its story's, it moves (a story of its own is folded into the one it moves to); an event without an anchor
     * alone in its story moves to a story that fits.
     */
    private void relinkStory(Ev ev) {
        St own = storyState(ev);
        if (own == null) {
            linkStory(ev);
            return;
        }
        Map<String, Float> nv = normalised(ev.names);
        subtract(own.names, ev.storyNames);
        addInto(own.names, nv);
        cut(own.names, params.keptTerms());
        own.norm = -1;
        for (String k : nv.keySet()) post(storyPostings, k, own);
        ev.storyNames = nv;
        dirtyStories.add(own.id);
        String anchor = ev.anchor();
        if (anchor != null && anchor.equals(own.anchor)) return;
        Scored2 target = chooseStory(ev, nv, own);
        if (anchor == null && target == null) return;
        // Stories without an anchor place are not merged wholesale: on a real stream, names such as "Ukraine" and
        // "Russia" chained thousands of events into one story that way. A lone event may still move.
        if (anchor == null && own.events > 1) return;
        subtract(own.names, nv);
        own.norm = -1;
        own.events--;
        St into = target != null ? target.story : newStory(ev);
        attach(ev, into, nv);
        String why = anchor == null
                ? String.format(java.util.Locale.ROOT, "event %s shares its names with this story (%.3f)", ev.id, target.similarity)
                : "event " + ev.id + " is now mostly about " + anchor + (target == null ? "" : String.format(java.util.Locale.ROOT,
                " and fits this story (%.3f)", target.similarity));
        if (own.events <= 0) dropStory(own, into, why, pendingChanges);
        else pendingChanges.add(new ClusterChange("event-moved", ev.id, into.id, why + " (left " + own.id + ")"));
    }

    private void attach(Ev ev, St st, Map<String, Float> nv) {
        ev.story = st.id;
        ev.storyNames = nv;
        Set<String> fresh = addInto(st.names, nv);
        cut(st.names, params.keptTerms());
        st.norm = -1;
        for (String k : fresh) post(storyPostings, k, st);
        st.events++;
        cover(st, ev.first, ev.last);
        st.lastJoin = placements;
        dirtyStories.add(st.id);
        dirtyEvents.add(ev.id);
    }

    private void mergeStories(St x, St y, String why, List<ClusterChange> changes) {
        St keep = x.created <= y.created ? x : y;
        St gone = keep == x ? y : x;
        for (String k : addInto(keep.names, gone.names)) post(storyPostings, k, keep);
        cut(keep.names, params.keptTerms());
        keep.norm = -1;
        keep.events += gone.events;
        cover(keep, gone.first, gone.last);
        // Events in memory learn of it when next read (storyOf); the store re-points the stored ones.
        storyAlias.put(gone.id, keep.id);
        stories.remove(gone.id);
        gone.gone = true;
        dirtyStories.remove(gone.id);
        goneStories.add(gone.id);
        dirtyStories.add(keep.id);
        changes.add(new ClusterChange("story-merged", gone.id, keep.id, why));
    }

    private void dropStory(St gone, St into, String why, List<ClusterChange> changes) {
        stories.remove(gone.id);
        gone.gone = true;
        dirtyStories.remove(gone.id);
        goneStories.add(gone.id);
        changes.add(new ClusterChange("story-merged", gone.id, into.id, why));
    }

    private record Scored2(St story, double similarity) {
    }

    private Scored2 bestStory(Map<String, Float> nv, St exclude) {
        if (nv.isEmpty()) return null;
        Map<St, Double> partial = new HashMap<>();
        for (Map.Entry<String, Float> e : top(nv, QUERY_KEYS)) {
            ArrayDeque<St> posting = storyPostings.get(e.getKey());
            if (posting == null) continue;
            long stamp = ++stamps;
            for (St st : posting) {
                if (st == exclude || st.gone || st.anchor != null) continue;
                // A story is posted again under its keys each time it is re-checked: count it once per key, or a big
                // story's similarity grows with its re-checks and it swallows everything.
                if (st.stamp == stamp) continue;
                st.stamp = stamp;
                Float w = st.names.get(e.getKey());
                if (w != null) partial.merge(st, (double) e.getValue() * w, Double::sum);
            }
        }
        Scored2 best = null;
        for (Map.Entry<St, Double> e : partial.entrySet()) {
            double norm = e.getKey().norm();
            double s = norm == 0 ? 0 : e.getValue() / norm;
            // Exact ties go to the older story: the map's order is the identity hashes', different in every run.
            if (best == null || s > best.similarity
                    || s == best.similarity && older(e.getKey(), best.story)) {
                best = new Scored2(e.getKey(), s);
            }
        }
        return best;
    }

    private static boolean older(St a, St b) {
        return a.created != b.created ? a.created < b.created : a.id.compareTo(b.id) < 0;
    }

    private void indexEvent(Ev ev, Collection<String> terms, Collection<String> names) {
        for (String t : terms) post(eventPostings, "t|" + t, ev);
        for (String n : names) post(eventPostings, "n|" + n, ev);
    }

    private <T> void post(Map<String, ArrayDeque<T>> postings, String key, T item) {
        ArrayDeque<T> p = postings.computeIfAbsent(key, k -> new ArrayDeque<>());
        if (!p.isEmpty() && p.peekLast() == item) return;
        p.addLast(item);
        if (p.size() > params.postings()) p.pollFirst();
    }

    private void evict() {
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

    // --- sparse vectors -------------------------------------------------------------------------------------------

    /** Adds {@code v} into {@code sum}; returns the keys new to it. */
    private static Set<String> addInto(Map<String, Float> sum, Map<String, Float> v) {
        Set<String> fresh = new LinkedHashSet<>();
        for (Map.Entry<String, Float> e : v.entrySet()) {
            if (sum.merge(e.getKey(), e.getValue(), Float::sum).equals(e.getValue())) fresh.add(e.getKey());
        }
        return fresh;
    }

    private static void subtract(Map<String, Float> sum, Map<String, Float> v) {
        for (Map.Entry<String, Float> e : v.entrySet()) {
            Float now = sum.get(e.getKey());
            if (now == null) continue;
            float left = now - e.getValue();
            if (left <= 1e-6f) sum.remove(e.getKey());
            else sum.put(e.getKey(), left);
        }
    }

    /** Keeps the {@code n} largest weights (cut only when well over, to keep the cost of cutting low). */
    private static void cut(Map<String, Float> v, int n) {
        if (v.size() <= n * 2) return;
        List<Map.Entry<String, Float>> keep = top(v, n);
        Map<String, Float> kept = new HashMap<>();
        for (Map.Entry<String, Float> e : keep) kept.put(e.getKey(), e.getValue());
        v.clear();
        v.putAll(kept);
    }

    private static List<Map.Entry<String, Float>> top(Map<String, Float> v, int n) {
        List<Map.Entry<String, Float>> all = new ArrayList<>(v.entrySet());
        if (all.size() > n) {
            all.sort(Map.Entry.<String, Float>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
            return new ArrayList<>(all.subList(0, n));
        }
        return all;
    }

    static double dot(Map<String, Float> a, Map<String, Float> b) {
        if (a.size() > b.size()) {
            Map<String, Float> t = a;
            a = b;
            b = t;
        }
        double s = 0;
        for (Map.Entry<String, Float> e : a.entrySet()) {
            Float w = b.get(e.getKey());
            if (w != null) s += (double) e.getValue() * w;
        }
        return s;
    }

    static double dot(float[] a, float[] b) {
        if (a == null || b == null || a.length != b.length) return 0;
        double s = 0;
        for (int i = 0; i < a.length; i++) s += (double) a[i] * b[i];
        return s;
    }

    static Map<String, Float> normalised(Map<String, Float> v) {
        double n = Math.sqrt(dot(v, v));
        Map<String, Float> out = new HashMap<>();
        if (n == 0) return out;
        for (Map.Entry<String, Float> e : v.entrySet()) out.put(e.getKey(), (float) (e.getValue() / n));
        return out;
    }

    // --- mutable state ----------------------------------------------------------------------------------------------

    private static final class Ev {
        final String id;
        final long created;
        String story;
        String title;
        String titleArticle;
        double titleScore;
        LocalDate first;
        LocalDate last;
        int articles;
        final Map<String, Float> terms = new HashMap<>();
        int termMembers;
        final Map<String, Float> names = new HashMap<>();
        int nameMembers;
        /** The sum of its name members' information (pre-normalisation norms), for how specific its names are. */
        double namesInformation;
        float[] embedding;
        int embeddedMembers;
        Map<String, Float> storyNames = Map.of();
        final Map<String, int[]> places = new HashMap<>();
        long lastJoin;
        /** Folded into another event or out of the window: postings still holding it skip it. */
        boolean gone;
        /** Founded by a serial page: not in the postings, nothing joins it but copies. */
        boolean serial;
        long stamp;
        /** Its members' own vectors, oldest first, while it can be split; null when not kept. */
        List<EventMember> members;
        /** Similarities between members: row i holds member i's to members 0..i-1; null when to be computed again. */
        List<float[]> pairs;

        Ev(String id, long created) {
            this.id = id;
            this.created = created;
        }

        Ev(EventState s) {
            this(s.id(), s.created());
            story = s.storyId();
            title = s.title();
            titleArticle = s.titleArticle();
            titleScore = s.titleScore();
            first = s.first();
            last = s.last();
            articles = s.articles();
            terms.putAll(s.terms());
            termMembers = s.termMembers();
            names.putAll(s.names());
            nameMembers = s.nameMembers();
            namesInformation = s.namesInformation();
            serial = s.serial();
            embedding = s.embedding() == null ? null : s.embedding().clone();
            embeddedMembers = s.embeddedMembers();
            storyNames = Map.copyOf(s.storyNames());
            for (Map.Entry<String, int[]> p : s.places().entrySet()) places.put(p.getKey(), p.getValue().clone());
            lastJoin = s.lastJoin();
            members = s.members() == null ? null : new ArrayList<>(s.members());
        }

        /** The place named by most of its articles (ties: the more prominent, then the smaller key); null if none. */
        String anchor() {
            String best = null;
            int[] bc = null;
            for (Map.Entry<String, int[]> p : places.entrySet()) {
                int[] c = p.getValue();
                if (bc == null || c[0] > bc[0] || (c[0] == bc[0] && (c[1] > bc[1] || (c[1] == bc[1] && p.getKey().compareTo(best) < 0)))) {
                    best = p.getKey();
                    bc = c;
                }
            }
            return best;
        }

        EventState state() {
            Map<String, int[]> p = new HashMap<>();
            for (Map.Entry<String, int[]> e : places.entrySet()) p.put(e.getKey(), e.getValue().clone());
            return new EventState(id, created, story, title, titleArticle, titleScore, first, last, articles,
                    Map.copyOf(terms), termMembers, Map.copyOf(names), nameMembers,
                    embedding == null ? null : embedding.clone(), embeddedMembers, Map.copyOf(storyNames), p, lastJoin,
                    namesInformation, serial, members == null ? null : List.copyOf(members));
        }
    }

    private static final class St {
        final String id;
        final long created;
        LocalDate first;
        LocalDate last;
        int events;
        String anchor;
        final Map<String, Float> names = new HashMap<>();
        long lastJoin;
        /** The length of {@link #names}; negative when it must be computed again (set wherever names change). */
        double norm = -1;
        /** Merged into another story or out of the window. */
        boolean gone;
        long stamp;

        St(String id, long created) {
            this.id = id;
            this.created = created;
        }

        St(StoryState s) {
            this(s.id(), s.created());
            first = s.first();
            last = s.last();
            events = s.events();
            anchor = s.anchor();
            names.putAll(s.names());
            lastJoin = s.lastJoin();
        }

        double norm() {
            if (norm < 0) norm = Math.sqrt(dot(names, names));
            return norm;
        }

        StoryState state() {
            return new StoryState(id, created, anchor, first, last, events, Map.copyOf(names), lastJoin);
        }
    }
}
