package org.sitrep.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.outlets.OutletDirectory;
import org.sitrep.outlets.OutletKeys;
import org.sitrep.outlets.Sighting;
import org.sitrep.store.OutletIndex;
import org.sitrep.store.SitrepStore;

/**
 * The outlet pass (issue 17): keys the articles stored since its mark by outlet ({@link OutletKeys#rawKey}), adds
 * what they say of their outlets to the sightings, and stores what {@link OutletDirectory}, computed again from all of
 * them, changed (outlets, keys, the articles of a name joined to a domain), one batch per transaction with the mark.
 * The sightings (a few per outlet) and the last directory are kept in memory from the first run, so that a commit
 * costs the directory's computation and the writes of what changed, not a read of every outlet. Ingestion runs it at
 * each commit; opening a data directory catches up a store written before outlets had keys.
 *
 * <p>Not thread-safe: one pass at a time, under the store's lock.
 */
final class OutletPass {
    static final int BATCH = 5000;
    private final SitrepStore store;
    /** Sightings by (raw key, spelling, language), as stored; null until the first run reads them. */
    private Map<List<String>, Sighting> sightings;
    private OutletDirectory directory;

    OutletPass(SitrepStore store) {
        this.store = store;
    }

    /** Keys every article after the mark; returns how many were read. */
    long run() {
        OutletIndex ix = store.outlets();
        try {
            if (sightings == null) {
                sightings = new LinkedHashMap<>();
                for (Sighting s : ix.sightings()) sightings.put(List.of(s.rawKey(), s.spelling(), s.language()), s);
                directory = OutletDirectory.of(sightings.values());
            }
            long mark = ix.keyedSeq();
            long n = 0;
            while (true) {
                List<OutletIndex.Pending> batch = ix.after(mark, BATCH);
                if (batch.isEmpty()) return n;
                Map<List<String>, Sighting> added = new LinkedHashMap<>();
                Map<String, String> rawKeys = new LinkedHashMap<>();
                for (OutletIndex.Pending p : batch) {
                    String raw = OutletKeys.rawKey(p.outlet(), p.url());
                    if (raw == null) continue;
                    rawKeys.put(p.articleId(), raw);
                    String spelling = p.outlet() == null ? "" : p.outlet();
                    String language = p.language() == null ? "" : p.language();
                    added.merge(List.of(raw, spelling, language), new Sighting(raw, spelling, language, 1, p.day(), p.day()), OutletPass::add);
                }
                ix.addSightings(List.copyOf(added.values()));
                added.forEach((k, s) -> sightings.merge(k, s, OutletPass::add));
                OutletDirectory next = OutletDirectory.of(sightings.values());
                List<OutletIndex.Keyed> keyed = new ArrayList<>();
                rawKeys.forEach((id, raw) -> keyed.add(new OutletIndex.Keyed(id, raw, next.keyOf(raw))));
                mark = batch.get(batch.size() - 1).seq();
                ix.store(keyed, next.changesSince(directory), mark);
                directory = next;
                n += batch.size();
            }
        } catch (RuntimeException e) {
            // The transaction was rolled back: what memory holds may be ahead of the store; read it again next time.
            sightings = null;
            directory = null;
            throw e;
        }
    }

    /** Forgets every key and keys everything again (after the rules changed). */
    long rebuild() {
        store.outlets().reset();
        sightings = new LinkedHashMap<>();
        directory = OutletDirectory.empty();
        return run();
    }

    private static Sighting add(Sighting a, Sighting b) {
        return new Sighting(a.rawKey(), a.spelling(), a.language(), a.articles() + b.articles(), min(a.firstSeen(), b.firstSeen()),
                max(a.lastSeen(), b.lastSeen()));
    }

    private static String min(String a, String b) {
        return a == null ? b : b == null ? a : a.compareTo(b) <= 0 ? a : b;
    }

    private static String max(String a, String b) {
        return a == null ? b : b == null ? a : a.compareTo(b) >= 0 ? a : b;
    }
}
