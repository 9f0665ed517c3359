package org.sitrep.outlets;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The outlets, from what the articles said of them ({@link Sighting}s): which raw keys are one site, and each
 * outlet's display name, spellings, country and language.
 *
 * <p>Joining: a name key joins the domain that articles carrying that name came from ("Kyiv Post" in a feed whose
 * links are on kyivpost.com: {@code kyivpost} is {@code kyivpost.com}); when several domains carried the name, the one
 * that carried it most. A name key never seen with an address joins the domain whose name part it spells
 * ({@code kyivpost} and {@code kyivpost.com}), the one with most articles when several do. Domains are never joined to
 * each other: two addresses are two sites.
 *
 * <p>Describing: the display name is the spelling most used (a name before a domain on a tie); the language the one
 * of most articles; the country that of the key's country-code domain ({@link OutletKeys#country}), else unknown.
 *
 * <p>Immutable once built; thread-safe.
 */
public final class OutletDirectory {
    private final Map<String, String> keyOf;
    private final List<Outlet> outlets;

    private OutletDirectory(Map<String, String> keyOf, List<Outlet> outlets) {
        this.keyOf = keyOf;
        this.outlets = outlets;
    }

    /** The directory of these sightings (in any order; several for one raw key, spelling and language add up). */
    public static OutletDirectory of(Collection<Sighting> sightings) {
        // What each spelling is (a domain or a name, and its name key), computed once: there are few spellings and
        // many sightings, and the directory is computed again at each commit of an ingest.
        Map<String, Boolean> isDomain = new HashMap<>();
        Map<String, String> nameKeys = new HashMap<>();
        for (Sighting s : sightings) {
            if (isDomain.containsKey(s.spelling())) continue;
            isDomain.put(s.spelling(), OutletKeys.isDomain(s.spelling()));
            nameKeys.put(s.spelling(), OutletKeys.nameKey(s.spelling()));
        }
        Map<String, Long> articlesByRaw = new HashMap<>();
        for (Sighting s : sightings) articlesByRaw.merge(s.rawKey(), s.articles(), Long::sum);

        // Name key -> domain -> articles that carried both.
        Map<String, Map<String, Long>> together = new HashMap<>();
        for (Sighting s : sightings) {
            if (!OutletKeys.isDomainKey(s.rawKey()) || s.spelling().isEmpty() || isDomain.get(s.spelling())) continue;
            String name = nameKeys.get(s.spelling());
            if (name != null) together.computeIfAbsent(name, k -> new HashMap<>()).merge(s.rawKey(), s.articles(), Long::sum);
        }
        Map<String, String> joined = new TreeMap<>();
        together.forEach((name, domains) -> joined.put(name, most(domains)));
        // Name keys never seen beside an address: the domain whose name part they spell (domains' name parts are
        // only worked out when there is such a name).
        Map<String, Map<String, Long>> byLabel = null;
        for (String raw : articlesByRaw.keySet()) {
            if (OutletKeys.isDomainKey(raw) || joined.containsKey(raw)) continue;
            if (byLabel == null) {
                byLabel = new HashMap<>();
                for (Map.Entry<String, Long> e : articlesByRaw.entrySet()) {
                    String label = OutletKeys.label(e.getKey());
                    if (label != null) byLabel.computeIfAbsent(label, k -> new HashMap<>()).put(e.getKey(), e.getValue());
                }
            }
            Map<String, Long> domains = byLabel.get(raw);
            if (domains != null) joined.put(raw, most(domains));
        }

        Map<String, String> keyOf = new TreeMap<>(joined);
        for (String raw : articlesByRaw.keySet()) keyOf.putIfAbsent(raw, raw);

        Map<String, List<Sighting>> byKey = new LinkedHashMap<>();
        for (Sighting s : sightings) byKey.computeIfAbsent(keyOf.get(s.rawKey()), k -> new ArrayList<>()).add(s);
        Map<String, TreeSet<String>> aliases = new HashMap<>();
        keyOf.forEach((raw, key) -> {
            if (!raw.equals(key)) aliases.computeIfAbsent(key, k -> new TreeSet<>()).add(raw);
        });
        List<Outlet> outlets = new ArrayList<>();
        byKey.forEach((key, list) -> outlets.add(describe(key, list, aliases.getOrDefault(key, new TreeSet<>()), isDomain)));
        outlets.sort(Comparator.comparingLong(Outlet::articles).reversed().thenComparing(Outlet::key));
        return new OutletDirectory(Map.copyOf(keyOf), List.copyOf(outlets));
    }

    private static Outlet describe(String key, List<Sighting> list, Collection<String> aliases, Map<String, Boolean> isDomain) {
        Map<String, Long> spellings = new HashMap<>();
        Map<String, Long> languages = new HashMap<>();
        long articles = 0;
        String first = null;
        String last = null;
        for (Sighting s : list) {
            articles += s.articles();
            if (!s.spelling().isEmpty()) spellings.merge(s.spelling(), s.articles(), Long::sum);
            if (!s.language().isEmpty()) languages.merge(s.language(), s.articles(), Long::sum);
            if (s.firstSeen() != null && (first == null || s.firstSeen().compareTo(first) < 0)) first = s.firstSeen();
            if (s.lastSeen() != null && (last == null || s.lastSeen().compareTo(last) > 0)) last = s.lastSeen();
        }
        List<String> ordered = new ArrayList<>(spellings.keySet());
        ordered.sort(Comparator.<String>comparingLong(spellings::get).reversed()
                .thenComparing(isDomain::get).thenComparing(Comparator.naturalOrder()));
        String name = ordered.isEmpty() ? key : ordered.get(0);
        String language = languages.isEmpty() ? null : most(languages);
        return new Outlet(key, name, ordered, List.copyOf(aliases), OutletKeys.country(key), language, articles, first, last);
    }

    /** The key with the largest count; the smallest key on a tie, so that the answer does not depend on order. */
    private static String most(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow().getKey();
    }

    /** The directory of no sightings: no outlets, no keys. */
    public static OutletDirectory empty() {
        return new OutletDirectory(Map.of(), List.of());
    }

    /**
     * What changed since {@code previous}, so that a store rewrites only that.
     *
     * @param outlets  outlets new or described otherwise
     * @param removed  keys of outlets no longer there (a name key joined to a domain)
     * @param keys     raw keys whose outlet key is new or another
     * @param rekeyed  of those, the raw keys that had another outlet key: their articles change outlet
     */
    public record Changes(List<Outlet> outlets, List<String> removed, Map<String, String> keys, Map<String, String> rekeyed) {
        public boolean isEmpty() {
            return outlets.isEmpty() && removed.isEmpty() && keys.isEmpty();
        }
    }

    /** The outlets and keys that differ from {@code previous}'s. */
    public Changes changesSince(OutletDirectory previous) {
        Map<String, Outlet> before = new HashMap<>();
        for (Outlet o : previous.outlets) before.put(o.key(), o);
        List<Outlet> written = new ArrayList<>();
        for (Outlet o : outlets) {
            if (!o.equals(before.remove(o.key()))) written.add(o);
        }
        Map<String, String> keys = new TreeMap<>();
        Map<String, String> rekeyed = new TreeMap<>();
        keyOf.forEach((raw, key) -> {
            String was = previous.keyOf.get(raw);
            if (key.equals(was)) return;
            keys.put(raw, key);
            if (was != null) rekeyed.put(raw, key);
        });
        return new Changes(List.copyOf(written), List.copyOf(new TreeSet<>(before.keySet())), Map.copyOf(keys), Map.copyOf(rekeyed));
    }

    /** Every outlet, most articles first. */
    public List<Outlet> outlets() {
        return outlets;
    }

    /** The outlet key of a raw key: the domain a name key joined, or the raw key itself. */
    public String keyOf(String rawKey) {
        return rawKey == null ? null : keyOf.getOrDefault(rawKey, rawKey);
    }

    /** Each raw key (and each name learned beside a domain) with its outlet key, identities included. */
    public Map<String, String> keys() {
        return keyOf;
    }

    /**
     * The outlet key a spelling given by a user names ("Kyiv Post", "KyivPost", "kyivpost.com", "https://kyivpost.com/x"),
     * or null for a blank one. A spelling no article used gives its own key, which matches nothing.
     */
    public String resolve(String spelling) {
        if (spelling == null || spelling.isBlank()) return null;
        String s = spelling.strip();
        String raw = s.contains("://") ? OutletKeys.rawKey(null, s) : OutletKeys.spellingKey(s);
        return keyOf(raw);
    }
}
