package org.sitrep.app;

import java.util.Comparator;
import java.util.Optional;
import org.sitrep.outlets.Outlet;
import org.sitrep.outlets.OutletKeys;
import org.sitrep.store.SitrepStore;

/** Turns any spelling a user gives of an outlet into its key, by the keys the outlet pass stored. */
final class OutletReads {
    private OutletReads() {
    }

    /**
     * The outlet key a spelling names ("Kyiv Post", "KyivPost", "kyivpost.com", "https://www.kyivpost.com/x"): the key
     * stored for its raw key, else the domain whose name part it spells, else its raw key (which matches nothing
     * stored). Null for a blank spelling.
     */
    static String key(SitrepStore store, String spelling) {
        if (spelling == null || spelling.isBlank()) return null;
        String s = spelling.strip();
        String raw = s.contains("://") ? OutletKeys.rawKey(null, s) : OutletKeys.spellingKey(s);
        if (raw == null) return s;
        Optional<String> stored = store.outlets().keyOf(raw);
        if (stored.isPresent()) return stored.get();
        if (!OutletKeys.isDomainKey(raw)) {
            Optional<String> spelt = store.outlets().list().stream().filter(o -> raw.equals(OutletKeys.label(o.key())))
                    .max(Comparator.comparingLong(Outlet::articles)).map(Outlet::key);
            if (spelt.isPresent()) return spelt.get();
        }
        return raw;
    }

    /** The query with its outlet, in whatever spelling, turned into the outlet's key. */
    static SitrepStore.ArticleQuery keyed(SitrepStore store, SitrepStore.ArticleQuery q) {
        if (q.outlet() == null) return q;
        return new SitrepStore.ArticleQuery(q.limit(), q.offset(), key(store, q.outlet()), q.language());
    }
}
