package org.sitrep.events;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import org.sitrep.vectors.DenseVectors;
import org.sitrep.vectors.SparseVectors;

/**
 * Online event clustering and story linking. Each {@link #place} puts one article into the event it fits best (or a
 * new one) using only the events' kept state: candidates come from an inverted index over the events' words and
 * names (the most recent {@link EventParams#postings()} events per key, see {@link EventWindow}), so the cost of a
 * placement does not grow with the number of events. The similarity of an article to an event is its mean cosine to
 * the event's members, per channel, computed from the members' summed vectors; the article may not join an event whose
 * dates lie more than {@link EventParams#maxGapDays()} from its own; a copy joins its original's event when its date
 * fits the event's (a republication months later is placed on its own merits). When an article
 * fits two events that are also alike as wholes, the younger is folded into the older (recorded). An event whose
 * members fall into two groups is split ({@link EventSplitter}). Events are linked into stories by their names
 * ({@link StoryLinker}), re-checked as an event grows (at 2, 4, 8… members).
 *
 * <p>Event and story ids come from the article that founded them, so a run over the same input in the same order
 * gives the same ids. Not thread-safe: one placement at a time.
 */
public final class EventClusterer {
    private final EventParams params;
    private final EventWindow window;
    private final StoryLinker stories;
    private final EventSplitter splitter;
    private final List<ClusterChange> pendingChanges = new ArrayList<>();

    /** A clusterer with nothing in memory. */
    public EventClusterer(EventParams params) {
        this.params = Objects.requireNonNull(params, "params");
        this.window = new EventWindow(params);
        this.stories = new StoryLinker(params, window);
        this.splitter = new EventSplitter(params, window, stories);
    }

    /**
     * A clusterer that goes on from a stored state: the events and stories given (most recently joined last) become
     * the active window.
     */
    public EventClusterer(EventParams params, Collection<EventState> activeEvents, Collection<StoryState> activeStories) {
        this(params);
        for (StoryState s : activeStories) {
            stories.restore(s);
            window.created = Math.max(window.created, s.created());
            window.placements = Math.max(window.placements, s.lastJoin());
        }
        for (EventState e : activeEvents) {
            ActiveEvent ev = new ActiveEvent(e);
            window.events.put(ev.id, ev);
            if (!ev.serial) window.indexEvent(ev, ev.terms.keySet(), ev.names.keySet());
            window.created = Math.max(window.created, e.created());
            window.placements = Math.max(window.placements, e.lastJoin());
        }
    }

    public EventParams params() {
        return params;
    }

    /** Places one article; the article must not have been placed before. */
    public Placement place(EventFeatures a) {
        return place(a, Set.of());
    }

    /**
     * As {@link #place(EventFeatures)}, never into (or merging) the events in {@code apartFrom}: those of articles
     * alike in wording that report another incident (a bulletin's other place or day: see {@code copies.Lookalike}),
     * which would otherwise fit it best.
     */
    public Placement place(EventFeatures a, Set<String> apartFrom) {
        window.placements++;
        List<ClusterChange> changes = pendingChanges;
        changes.clear();
        boolean serial = window.serial(a.outlet(), a.title(), a.date());
        ActiveEvent origin = a.originEvent() == null ? null : window.events.get(a.originEvent());
        // A copy joins its original's event only within the event's dates: a republication months later is still a
        // copy (shown as one, one source with its original), but it is placed on its own merits, so it neither
        // stretches the event nor chains it to whatever that later day reported. So for an original that arrives
        // after a copy placed far from its own date.
        if (origin != null && !datesFit(a.date(), origin)) origin = null;
        if (origin != null) {
            double s = similarity(a, origin);
            // A copy counts as an article of the event but adds nothing to its vectors: the event is what its
            // independent reports say, and a text repeated twenty times must not pull it twenty times harder.
            if (a.replaces() != null) swapIn(origin, a, s, changes);
            else joinAsCopy(origin, a, s);
            ActiveEvent target = origin;
            // A copy and its original are one report: if this text also fits another event, that event and the
            // original's are the same (not for a serial page: it fits whatever it mentions).
            for (Scored other : origin.serial ? List.<Scored>of() : score(a)) {
                if (other.similarity < params.join()) break;
                if (other.event == target || !window.events.containsKey(other.event.id) || !datesMeet(target, other.event)
                        || apartFrom.contains(other.event.id)) continue;
                target = merge(target, other.event, other.similarity, changes, "a copy of one of its articles fits the other");
            }
            return new Placement(a.articleId(), target.id, Placement.Reason.COPY, s, stories.storyOf(target), List.copyOf(changes));
        }
        if (serial) {
            // A page that reports everything of a day is not a report of one event: it stands alone (with its copies),
            // joins nothing and is not offered to later articles.
            ActiveEvent ev = found(a, true);
            return new Placement(a.articleId(), ev.id, Placement.Reason.SERIAL, 0, stories.storyOf(ev), List.copyOf(changes));
        }
        List<Scored> scored = score(a);
        if (!apartFrom.isEmpty()) scored = scored.stream().filter(x -> !apartFrom.contains(x.event.id)).toList();
        Scored best = scored.isEmpty() ? null : scored.get(0);
        if (best == null || best.similarity < params.join()) {
            ActiveEvent ev = found(a, false);
            return new Placement(a.articleId(), ev.id, Placement.Reason.NEW, best == null ? 0 : Math.max(0, best.similarity),
                    stories.storyOf(ev), List.copyOf(changes));
        }
        ActiveEvent target = best.event;
        join(target, a, best.similarity, changes);
        for (int i = 1; params.mergeEvents() && i < scored.size() && scored.get(i).similarity >= params.join(); i++) {
            ActiveEvent other = scored.get(i).event;
            if (other == target || !window.events.containsKey(other.id)) continue;
            double whole = wholeSimilarity(target, other);
            // Not below the split threshold: two events alike only that much would be split again.
            if (whole >= Math.max(params.join(), params.split()) && datesMeet(target, other)) {
                target = merge(target, other, whole, changes, "an article fitted both; the events are alike as wholes");
            }
        }
        target = splitter.splitIfTwo(target, a.articleId(), changes);
        return new Placement(a.articleId(), target.id, Placement.Reason.SIMILAR, best.similarity, stories.storyOf(target),
                List.copyOf(changes));
    }

    /** Events and stories changed since the last call, for a store to write, and the ids that are gone. */
    public Changes drain() {
        EventWindow.Drained ids = window.drainIds();
        List<EventState> ev = new ArrayList<>();
        for (String id : ids.events()) {
            ActiveEvent e = window.events.get(id);
            if (e != null) {
                stories.storyOf(e);
                ev.add(e.state());
            }
        }
        List<StoryState> st = new ArrayList<>();
        for (String id : ids.stories()) {
            ActiveStory s = window.stories.get(id);
            if (s != null) st.add(s.state());
        }
        return new Changes(ev, st, ids.goneEvents(), ids.goneStories());
    }

    /** What {@link #drain()} returns: states to write and ids to delete. */
    public record Changes(List<EventState> events, List<StoryState> stories, List<String> goneEvents,
                          List<String> goneStories) {
    }

    /** How many event postings have been read to find candidates, in all (the bounded work of a placement). */
    public long postingVisits() {
        return window.postingVisits();
    }

    /** How many events are in memory now. */
    public int activeEvents() {
        return window.events.size();
    }

    /**
     * Tells the clusterer of an article placed before it was made (a store replays its most recent placements), so
     * that serial pages are known across runs: a daily `sitrep ingest` would otherwise never see a second day.
     */
    public void rememberHeadline(String outlet, String title, LocalDate day) {
        window.serial(outlet, title, day);
    }

    /** The similarity of an article to each candidate event, best first (for explanations and tests). */
    List<Scored> score(EventFeatures a) {
        Map<ActiveEvent, Double> partial = new HashMap<>();
        window.gather(a.terms(), true, partial);
        window.gather(a.names(), false, partial);
        // The best few by partial score (ties: the older event), without sorting every event met in the postings.
        Comparator<Map.Entry<ActiveEvent, Double>> worstFirst = Map.Entry.<ActiveEvent, Double>comparingByValue()
                .thenComparing(e -> e.getKey().created, Comparator.reverseOrder());
        PriorityQueue<Map.Entry<ActiveEvent, Double>> heap = new PriorityQueue<>(worstFirst);
        for (Map.Entry<ActiveEvent, Double> e : partial.entrySet()) {
            if (heap.size() < params.candidates()) heap.add(e);
            else if (worstFirst.compare(e, heap.peek()) > 0) {
                heap.poll();
                heap.add(e);
            }
        }
        List<Map.Entry<ActiveEvent, Double>> ranked = new ArrayList<>(heap);
        ranked.sort(worstFirst.reversed());
        List<Scored> out = new ArrayList<>();
        for (Map.Entry<ActiveEvent, Double> r : ranked) {
            ActiveEvent ev = r.getKey();
            if (!datesFit(a.date(), ev)) continue;
            double sim = similarity(a, ev);
            if ((a.date() == null) != (ev.first == null)) sim -= params.undatedMargin();
            out.add(new Scored(ev, sim));
        }
        out.sort(Comparator.comparingDouble((Scored s) -> s.similarity).reversed());
        return out;
    }

    /** A candidate event and the article's similarity to it. */
    record Scored(ActiveEvent event, double similarity) {
    }

    /**
     * Whether an article is in a language none of the event's articles is in (both known): then its words and its
     * embedding say nothing of the event's, and it is compared by its names alone (entities' names, numbers), which
     * are the same in every language.
     */
    static boolean crossLanguage(EventFeatures a, ActiveEvent ev) {
        return a.knownLanguage() && !ev.languages.isEmpty() && !ev.languages.containsKey(a.language());
    }

    /**
     * How many of an event's members an article's words can meet: those in its language and those of no known language.
     * Words of another language share nothing, so in an event of several languages the words are averaged over these
     * only (in an event of one language, all its members).
     */
    static int sameLanguageMembers(EventFeatures a, ActiveEvent ev) {
        if (!a.knownLanguage() || ev.languages.isEmpty()) return ev.termMembers;
        int known = 0;
        for (int n : ev.languages.values()) known += n;
        return Math.max(0, ev.languages.getOrDefault(a.language(), 0) + Math.max(0, ev.termMembers - known));
    }

    private double similarity(EventFeatures a, ActiveEvent ev) {
        if (crossLanguage(a, ev)) {
            if (a.names().isEmpty() || ev.nameMembers == 0) return 0;
            // Scaled so that the one join threshold asks crossLanguageJoin of the names alone.
            return SparseVectors.dot(a.names(), ev.names) / ev.nameMembers * params.carried(a.namesInformation())
                    * params.join() / params.crossLanguageJoin();
        }
        double wn = a.names().isEmpty() || ev.nameMembers == 0 ? 0 : params.namesWeight();
        double we = a.embedding() == null || ev.embeddedMembers == 0 ? 0 : params.embeddingWeight();
        double wt = 1 - params.namesWeight() - params.embeddingWeight();
        double total = wt + wn + we;
        if (total == 0) return 0;
        double s = wt * SparseVectors.dot(a.terms(), ev.terms) / Math.max(1, sameLanguageMembers(a, ev)) * params.carried(a.termsInformation());
        if (wn > 0) s += wn * SparseVectors.dot(a.names(), ev.names) / ev.nameMembers * params.carried(a.namesInformation());
        if (we > 0) s += we * DenseVectors.dot(a.embedding(), ev.embedding) / ev.embeddedMembers;
        return s / total;
    }

    /** Average-link similarity of two events, from their sums. */
    private double wholeSimilarity(ActiveEvent x, ActiveEvent y) {
        if (!x.languages.isEmpty() && !y.languages.isEmpty() && java.util.Collections.disjoint(x.languages.keySet(), y.languages.keySet())) {
            // Two events in different languages: by their names alone (see crossLanguage).
            return x.nameMembers == 0 || y.nameMembers == 0 ? 0
                    : SparseVectors.dot(x.names, y.names) / ((double) x.nameMembers * y.nameMembers) * params.join() / params.crossLanguageJoin();
        }
        double wn = x.nameMembers == 0 || y.nameMembers == 0 ? 0 : params.namesWeight();
        double we = x.embeddedMembers == 0 || y.embeddedMembers == 0 ? 0 : params.embeddingWeight();
        double wt = 1 - params.namesWeight() - params.embeddingWeight();
        double s = wt * SparseVectors.dot(x.terms, y.terms) / Math.max(1, (double) x.termMembers * y.termMembers);
        if (wn > 0) s += wn * SparseVectors.dot(x.names, y.names) / ((double) x.nameMembers * y.nameMembers);
        if (we > 0) s += we * DenseVectors.dot(x.embedding, y.embedding) / ((double) x.embeddedMembers * y.embeddedMembers);
        return s / (wt + wn + we);
    }

    private boolean datesFit(LocalDate d, ActiveEvent ev) {
        if (d == null || ev.first == null) return true;
        if (d.isBefore(ev.first.minusDays(params.maxGapDays())) || d.isAfter(ev.last.plusDays(params.maxGapDays()))) return false;
        LocalDate first = d.isBefore(ev.first) ? d : ev.first;
        LocalDate last = d.isAfter(ev.last) ? d : ev.last;
        return ChronoUnit.DAYS.between(first, last) <= params.maxSpanDays();
    }

    private boolean datesMeet(ActiveEvent x, ActiveEvent y) {
        if (x.first == null || y.first == null) return true;
        LocalDate first = x.first.isBefore(y.first) ? x.first : y.first;
        LocalDate last = x.last.isAfter(y.last) ? x.last : y.last;
        return ChronoUnit.DAYS.between(x.last, y.first) <= params.maxGapDays()
                && ChronoUnit.DAYS.between(y.last, x.first) <= params.maxGapDays()
                && ChronoUnit.DAYS.between(first, last) <= params.maxSpanDays();
    }

    private ActiveEvent found(EventFeatures a, boolean serial) {
        ActiveEvent ev = new ActiveEvent("E" + a.articleId(), ++window.created);
        ev.serial = serial;
        ev.title = a.title();
        ev.titleArticle = a.articleId();
        // The founder's fit to what the event becomes is unknown: the first article that joins with a measured fit
        // gives the title, then each that fits better. A big event founded by a loosely related item (a hospital
        // strike, then a hundred reports of the dam's destruction) is not named after that item.
        ev.titleScore = 0;
        if (params.split() > 0 && !serial) ev.members = new ArrayList<>();
        window.events.put(ev.id, ev);
        add(ev, a);
        stories.linkStory(ev);
        window.evict();
        return ev;
    }

    private void join(ActiveEvent ev, EventFeatures a, double similarity, List<ClusterChange> changes) {
        if (a.title() != null && !a.title().isBlank() && (ev.title == null || ev.title.isBlank() || similarity > ev.titleScore)) {
            ev.title = a.title();
            ev.titleArticle = a.articleId();
            ev.titleScore = similarity;
        }
        add(ev, a);
        if (Integer.bitCount(ev.articles) == 1) stories.relinkStory(ev, changes);
    }

    private void joinAsCopy(ActiveEvent ev, EventFeatures a, double similarity) {
        if (ev.title == null || ev.title.isBlank()) {
            ev.title = a.title();
            ev.titleArticle = a.articleId();
            ev.titleScore = similarity;
        }
        ev.articles++;
        ev.countPlaces(a.places(), 1);
        if (ev.members != null && !ev.members.isEmpty()) {
            // A copy whose original is not found among the members goes with the oldest.
            int m = Math.max(0, ev.memberHolding(a.originArticle()));
            EventMember o = ev.members.get(m);
            List<String> copies = new ArrayList<>(o.copies());
            copies.add(a.articleId());
            ev.members.set(m, o.withCopies(copies));
        }
        // Within the event's dates (place() sends a copy from outside them elsewhere); the event's span may grow.
        if (a.date() != null) {
            ev.extendDates(a.date());
            stories.spreadToStory(ev);
        }
        ev.lastJoin = window.placements;
        window.dirtyEvents.add(ev.id);
    }

    /** The original of a copy that sits in the event with its vectors takes the copy's place in the sums. */
    private void swapIn(ActiveEvent ev, EventFeatures a, double similarity, List<ClusterChange> changes) {
        EventFeatures.Vectors out = a.replaces();
        SparseVectors.subtract(ev.terms, out.terms());
        ev.termMembers = Math.max(0, ev.termMembers - 1);
        if (!out.names().isEmpty()) {
            SparseVectors.subtract(ev.names, out.names());
            ev.nameMembers = Math.max(0, ev.nameMembers - 1);
        }
        if (out.embedding() != null && ev.embedding != null && ev.embeddedMembers > 0 && out.embedding().length == ev.embedding.length) {
            for (int i = 0; i < ev.embedding.length; i++) ev.embedding[i] -= out.embedding()[i];
            ev.embeddedMembers--;
        }
        List<String> copies = null;
        if (ev.members != null) {
            int m = ev.memberHolding(a.originArticle());
            if (m >= 0 && ev.members.get(m).articleId().equals(a.originArticle())) {
                EventMember copy = ev.members.remove(m);
                // The copy's language leaves the sums with its vectors (a translation's original may be in another).
                if (copy.language() != null) ev.languages.computeIfPresent(copy.language(), (l, n) -> n > 1 ? n - 1 : null);
                copies = new ArrayList<>(copy.copies());
                copies.add(copy.articleId());
                ev.pairs = null;
            } else {
                ev.members = null; // the copy's vectors are not among the members: they no longer add up
            }
        }
        join(ev, a, similarity, changes);
        if (copies != null && ev.members != null && !ev.members.isEmpty()) {
            int last = ev.members.size() - 1;
            ev.members.set(last, ev.members.get(last).withCopies(copies));
        }
    }

    private void add(ActiveEvent ev, EventFeatures a) {
        Set<String> newTerms = SparseVectors.addInto(ev.terms, a.terms());
        ev.termMembers++;
        Set<String> newNames = Set.of();
        if (!a.names().isEmpty()) {
            newNames = SparseVectors.addInto(ev.names, a.names());
            ev.nameMembers++;
            ev.namesInformation += a.namesInformation();
        }
        ev.addEmbedding(a.embedding());
        ev.countPlaces(a.places(), 1);
        if (a.knownLanguage()) ev.languages.merge(a.language(), 1, Integer::sum);
        ev.articles++;
        if (ev.members != null) {
            if (ev.members.size() >= params.splitMembers()) {
                ev.members = null; // too big to keep splitting: its members' vectors are let go
                ev.pairs = null;
            } else {
                ev.members.add(new EventMember(a.articleId(), a.title(), a.date(), a.terms(), a.names(),
                        params.embeddingWeight() > 0 ? a.embedding() : null, a.termsInformation(), a.namesInformation(),
                        a.places(), List.of(), a.language()));
            }
        }
        ev.extendDates(a.date());
        ev.lastJoin = window.placements;
        window.events.get(ev.id); // recency: the window is kept in order of use (candidates are looked at without it)
        SparseVectors.cut(ev.terms, params.keptTerms());
        SparseVectors.cut(ev.names, params.keptTerms());
        if (!ev.serial) window.indexEvent(ev, newTerms, newNames);
        window.dirtyEvents.add(ev.id);
        stories.spreadToStory(ev);
    }

    /** Folds the younger of two events into the older (recorded), and tells their stories; returns the one kept. */
    private ActiveEvent merge(ActiveEvent x, ActiveEvent y, double whole, List<ClusterChange> changes, String why) {
        ActiveEvent keep = x.created <= y.created ? x : y;
        ActiveEvent gone = keep == x ? y : x;
        Set<String> newTerms = SparseVectors.addInto(keep.terms, gone.terms);
        Set<String> newNames = SparseVectors.addInto(keep.names, gone.names);
        keep.termMembers += gone.termMembers;
        keep.nameMembers += gone.nameMembers;
        keep.namesInformation += gone.namesInformation;
        gone.languages.forEach((l, n) -> keep.languages.merge(l, n, Integer::sum));
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
        keep.extendDates(gone.first);
        keep.extendDates(gone.last);
        if (gone.titleScore > keep.titleScore && gone.title != null) {
            keep.title = gone.title;
            keep.titleArticle = gone.titleArticle;
            keep.titleScore = gone.titleScore;
        }
        keep.lastJoin = window.placements;
        SparseVectors.cut(keep.terms, params.keptTerms());
        SparseVectors.cut(keep.names, params.keptTerms());
        window.indexEvent(keep, newTerms, newNames);
        window.events.remove(gone.id);
        gone.gone = true;
        window.events.get(keep.id); // recency: the window is kept in order of use
        window.dirtyEvents.remove(gone.id);
        window.goneEvents.add(gone.id);
        window.dirtyEvents.add(keep.id);
        changes.add(new ClusterChange(ClusterChange.Kind.EVENT_MERGED, gone.id, keep.id,
                String.format(Locale.ROOT, "%s (%.3f)", why, whole)));
        stories.eventsMerged(keep, gone, changes);
        return keep;
    }
}
