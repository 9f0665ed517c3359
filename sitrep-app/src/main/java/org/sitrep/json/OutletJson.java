package org.sitrep.json;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sitrep.outlets.Outlet;

/** The stable JSON shape of an outlet, shared by {@code sitrep outlets --json} and {@code GET /api/outlets}. */
public final class OutletJson {
    private OutletJson() {
    }

    /**
     * key (the site's registrable domain, or a normalised name when no address of it was seen), name (its most used
     * spelling), country (ISO 3166-1 alpha-2 from a country-code domain, or null), language (of most of its articles,
     * or null), articles, first_seen and last_seen (ISO dates of its articles, or null), spellings (most used first),
     * aliases (the other keys joined into this one).
     */
    public static Map<String, Object> of(Outlet o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", o.key());
        m.put("name", o.name());
        m.put("country", o.country());
        m.put("language", o.language());
        m.put("articles", o.articles());
        m.put("first_seen", o.firstSeen());
        m.put("last_seen", o.lastSeen());
        m.put("spellings", o.spellings());
        m.put("aliases", o.aliases());
        return m;
    }
}
