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
 * what they say of their outlets to the stored sightings, and stores the outlets and keys that
 * {@link OutletDirectory} decides from all of them, one batch per transaction with the mark. Cheap (a few queries per
 * batch, the sightings being a few rows per outlet), so ingestion runs it at each commit and opening a data directory
 * catches up a store written before outlets had keys. Not thread-safe: one pass at a time, under the store's lock.
 */
final class OutletPass {
    static final int BATCH = 5000;

    private OutletPass() {
    }

    /** Keys every article after the mark; returns how many were read. */
    static long run(SitrepStore store) {
        OutletIndex ix = store.outlets();
        long mark = ix.keyedSeq();
        long n = 0;
        while (true) {
            List<OutletIndex.Pending> batch = ix.after(mark, BATCH);
            if (batch.isEmpty()) return n;
            Map<List<String>, Sighting> sums = new LinkedHashMap<>();
            Map<String, String> rawKeys = new LinkedHashMap<>();
            for (OutletIndex.Pending p : batch) {
                String raw = OutletKeys.rawKey(p.outlet(), p.url());
                if (raw == null) continue;
                rawKeys.put(p.articleId(), raw);
                String spelling = p.outlet() == null ? "" : p.outlet();
                String language = p.language() == null ? "" : p.language();
                sums.merge(List.of(raw, spelling, language), new Sighting(raw, spelling, language, 1, p.day(), p.day()), OutletPass::add);
            }
            ix.addSightings(List.copyOf(sums.values()));
            OutletDirectory directory = OutletDirectory.of(ix.sightings());
            List<OutletIndex.Keyed> keyed = new ArrayList<>();
            rawKeys.forEach((id, raw) -> keyed.add(new OutletIndex.Keyed(id, raw, directory.keyOf(raw))));
            mark = batch.get(batch.size() - 1).seq();
            ix.store(keyed, directory.outlets(), directory.keys(), mark);
            n += batch.size();
        }
    }

    /** Forgets every key and keys everything again (after the rules changed). */
    static long rebuild(SitrepStore store) {
        store.outlets().reset();
        return run(store);
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
