package org.sitrep.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.events.EventClusterer;
import org.sitrep.events.EventFeatures;
import org.sitrep.events.EventParams;
import org.sitrep.events.Placement;
import org.sitrep.store.EventFacts;
import org.sitrep.store.SitrepStore;
import org.sitrep.store.EventIndex;

/**
 * Places every stored article not yet placed, in seq order, into events and stories (see {@link EventClusterer}),
 * going on from the stored state; one batch at a time, each committed with its mark, so a kill loses at most the batch
 * in hand and nothing is placed twice. Articles are placed once annotated (their names are then entities); an article
 * the annotation pass skipped is placed with capitalised words for names. Not thread-safe: one pass at a time.
 */
public final class EventPass {
    private static final int BATCH = 200;

    private final SitrepStore store;
    private final EventParams params;
    private final EventFacts.Names names;

    /** What a pass reports while it goes. */
    public interface Listener {
        default void planned(long articles) {
        }

        default void progress(long done) {
        }
    }

    /**
     * @param placed   articles placed
     * @param created  events started
     * @param merges   events folded into others and stories merged
     * @param seconds  wall time of the pass
     * @param placeSeconds wall time inside the clusterer alone
     */
    public record Report(long placed, long created, long merges, double seconds, double placeSeconds) {
    }

    public EventPass(SitrepStore store, EventParams params, EventFacts.Names names) {
        this.store = Objects.requireNonNull(store, "store");
        this.params = Objects.requireNonNull(params, "params");
        this.names = Objects.requireNonNull(names, "names");
    }

    public EventPass(SitrepStore store) {
        this(store, EventParams.defaults(), EventFacts.Names.WORDS);
    }

    /** Places the articles after the mark up to seq {@code upTo} (inclusive). */
    public Report run(long upTo, Listener listener) {
        long t0 = System.nanoTime();
        EventIndex index = store.events();
        listener.planned(index.pending(upTo));
        EventClusterer clusterer = EventInputsFromStore.clusterer(index, params);
        EventIndex.Frequencies df = index.frequencies(BackgroundFrequencies.load());
        long placed = 0, created = 0, merges = 0, placeNanos = 0;
        // First count every article this pass will place into the document frequencies (saved with their own mark),
        // so the weights within one run do not depend on the order its articles came in.
        long counted = index.countedSeq();
        while (true) {
            List<Map.Entry<Long, String>> next = index.after(counted, upTo, BATCH * 5);
            if (next.isEmpty()) break;
            for (Map.Entry<Long, String> e : next) EventInputsFromStore.count(store.eventFacts(), e.getValue(), df, names);
            counted = next.get(next.size() - 1).getKey();
            index.saveCounts(df, counted);
        }
        long mark = index.placedSeq();
        while (true) {
            List<Map.Entry<Long, String>> next = index.after(mark, upTo, BATCH);
            if (next.isEmpty()) break;
            EventFacts.BatchPlacements batchEvents = new EventFacts.BatchPlacements();
            List<EventIndex.Placed> done = new ArrayList<>();
            for (Map.Entry<Long, String> e : next) {
                Optional<EventInputsFromStore.Input> in = EventInputsFromStore.input(store.eventFacts(), e.getValue(), df, names, batchEvents, params);
                if (in.isEmpty()) continue;
                long p0 = System.nanoTime();
                Placement p = clusterer.place(in.get().features(), in.get().apartFrom());
                placeNanos += System.nanoTime() - p0;
                batchEvents.add(p);
                merges += p.changes().size();
                if (p.reason() == Placement.Reason.NEW || p.reason() == Placement.Reason.SERIAL) created++;
                done.add(new EventIndex.Placed(e.getKey(), p, in.get().features().date()));
                placed++;
            }
            mark = next.get(next.size() - 1).getKey();
            index.store(done, mark, clusterer.drain(), df);
            listener.progress(placed);
        }
        return new Report(placed, created, merges, (System.nanoTime() - t0) / 1e9, placeNanos / 1e9);
    }
}
