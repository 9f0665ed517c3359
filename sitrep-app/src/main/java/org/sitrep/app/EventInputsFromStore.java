package org.sitrep.app;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.sitrep.events.ArticleFacts;
import org.sitrep.events.EventClusterer;
import org.sitrep.events.EventFeatures;
import org.sitrep.events.EventInputs;
import org.sitrep.events.EventParams;
import org.sitrep.events.EventVectors;
import org.sitrep.geo.TransliterationKey;
import org.sitrep.store.EventFacts;
import org.sitrep.store.EventIndex;

/**
 * The event clusterer's inputs from what the store holds: the store loads facts and state, the library's rules
 * ({@link EventInputs}, {@link EventVectors}) make features of them, names keyed by {@link TransliterationKey}.
 * Shared by the event pass, the background-frequency tool and the event benchmark, so they cannot drift apart.
 */
public final class EventInputsFromStore {
    private static final ConcurrentHashMap<String, String> KEYS = new ConcurrentHashMap<>();

    private EventInputsFromStore() {
    }

    /** The transliteration key of a word (Kupyansk and Kupiansk, Charkiw and Kharkiv share one; "" for none), cached. */
    public static String nameKey(String word) {
        String k = KEYS.get(word);
        if (k != null) return k;
        if (KEYS.size() > 200_000) KEYS.clear();
        k = TransliterationKey.of(word);
        KEYS.put(word, k);
        return k;
    }

    /** A clusterer going on from the stored state: the most recently joined events and stories, up to the window. */
    public static EventClusterer clusterer(EventIndex index, EventParams params) {
        EventIndex.ClusterState state = index.state(params.window(), params.replayedHeadlines());
        EventClusterer clusterer = new EventClusterer(params, state.events(), state.stories());
        for (EventIndex.Headline h : state.headlines()) clusterer.rememberHeadline(h.outlet(), h.title().strip(), h.day());
        return clusterer;
    }

    /** Counts one stored article's words and names into {@code df}; false when there is no such article. */
    public static boolean count(EventFacts facts, String id, EventIndex.Frequencies df, EventFacts.Names names) {
        Optional<ArticleFacts> known = facts.namesOf(id, names);
        if (known.isEmpty()) return false;
        ArticleFacts f = known.get();
        Set<String> keys = new HashSet<>(EventVectors.termKeys(f.title(), f.text()));
        keys.addAll(EventInputs.names(f, EventInputsFromStore::nameKey));
        df.count(keys);
        return true;
    }

    /**
     * The clusterer's view of one stored article (see {@link EventInputs#features}), with {@code df} counted
     * beforehand; an original arriving after its copy carries the copy's vectors, which it replaces in their event.
     */
    public static Optional<EventFeatures> features(EventFacts facts, String id, EventIndex.Frequencies df, EventFacts.Names names,
                                                   EventFacts.BatchPlacements placed, EventParams params) {
        return input(facts, id, df, names, placed, params).map(Input::features);
    }

    /** An article's features and the events it must stay apart from (see {@link EventClusterer#place(EventFeatures, Set)}). */
    public record Input(EventFeatures features, Set<String> apartFrom) {
    }

    /**
     * The article's features, and the events of its look-alikes that report another incident (another place, person or
     * day under the same wording): it is kept out of those. Empty for an article not stored, or without article text.
     */
    public static Optional<Input> input(EventFacts facts, String id, EventIndex.Frequencies df, EventFacts.Names names,
                                        EventFacts.BatchPlacements placed, EventParams params) {
        Optional<EventFacts.StoredFacts> stored = facts.facts(id, names, placed);
        // A paywall or an error page reports nothing: it is in no event.
        if (stored.isEmpty() || stored.get().noArticle() != null) return Optional.empty();
        Set<String> apart = new HashSet<>();
        for (EventFacts.PlacedLookalike l : stored.get().lookalikes()) if (l.lookalike().otherIncident()) apart.add(l.eventId());
        return Optional.of(new Input(featuresOf(facts, stored.get(), df, names, params), apart));
    }

    private static EventFeatures featuresOf(EventFacts facts, EventFacts.StoredFacts stored, EventIndex.Frequencies df, EventFacts.Names names,
                                            EventParams params) {
        ArticleFacts f = stored.facts();
        if (stored.replacedCopy() != null) {
            Optional<EventFeatures> copy = features(facts, stored.replacedCopy(), df, names, new EventFacts.BatchPlacements(), params);
            if (copy.isPresent()) {
                EventFeatures c = copy.get();
                f = new ArticleFacts(f.id(), f.outlet(), f.title(), f.text(), f.published(), f.annotated(), f.entities(), f.places(),
                        f.reportedDays(), f.embedding(), f.originEvent(), f.originArticle(),
                        new EventFeatures.Vectors(c.terms(), c.names(), c.embedding()), f.language(), f.entityNames());
            }
        }
        return EventInputs.features(f, df, EventInputsFromStore::nameKey, params);
    }
}
