package org.sitrep.geo;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Learns an outlet's home from the places its earlier articles named with confidence: a first-level region (and its
 * country) when most of its articles name a place there and no other region comes close, else its country when most
 * name a place in it, else none. A local paper names its own towns article after article; a national outlet names
 * places all over its country; a foreign desk names many countries and gets no home (or only the one country it
 * covers). Only places below a country count (a town, a region): naming a country is what foreign news does, and
 * demonyms and places inside names are left out by the caller. Pure; thread-safe.
 */
public final class OutletHomes {
    private OutletHomes() {
    }

    /**
     * One place an article of the outlet named with confidence (several mentions of one place in one article count once).
     *
     * @param admin1      the place's first-level region, by name (as the store keeps it) or code; null when unknown
     * @param featureCode GeoNames feature code; countries and continents are skipped
     */
    public record Named(String articleId, String country, String admin1, String featureCode) {
    }

    /**
     * The rule's thresholds.
     *
     * @param minArticles  no home from fewer articles that name a place below a country
     * @param countryShare the share of those articles that must name a place in one country for it to be the home
     * @param regionShare  the share of those articles that must name a place in one first-level region of it
     * @param regionLead   how many times as many articles the region must have as the next region of any country
     * @param recentArticles how many of the outlet's latest articles are read (bounds the cost; an outlet that moved
     *                     or changed its beat is followed)
     */
    public record Params(int minArticles, double countryShare, double regionShare, double regionLead, int recentArticles) {
        private static final Params DEFAULTS = new Params(5, 0.6, 0.5, 2.0, 300);

        public Params {
            if (minArticles < 1) throw new IllegalArgumentException("minArticles must be at least 1, not " + minArticles);
            if (!(countryShare > 0 && countryShare <= 1) || !(regionShare > 0 && regionShare <= 1)) {
                throw new IllegalArgumentException("countryShare and regionShare must be in (0, 1]");
            }
            if (!(regionLead >= 1)) throw new IllegalArgumentException("regionLead must be at least 1, not " + regionLead);
            if (recentArticles < minArticles) {
                throw new IllegalArgumentException("recentArticles must be at least minArticles, not " + recentArticles);
            }
        }

        /** Set by hand (BENCHMARKS.md, "The outlet's home, learned"). */
        public static Params defaults() {
            return DEFAULTS;
        }
    }

    /** What the rule found. */
    public enum Kind { REGION, COUNTRY, NONE }

    /**
     * @param home     the home, for {@link Kind#REGION} and {@link Kind#COUNTRY}; else null
     * @param articles how many articles named a place below a country
     * @param share    the share of them that named a place in the home (its region, or its country); 0 for none
     * @param why      for people: what decided it
     */
    public record Decision(Kind kind, OutletHome home, int articles, double share, String why) {
    }

    /** Decides an outlet's home from the places its articles named. */
    public static Decision decide(List<Named> named, Params params) {
        Objects.requireNonNull(params, "params");
        Map<String, Set<String>> byCountry = new HashMap<>();
        Map<String, Set<String>> byRegion = new HashMap<>();
        Set<String> articles = new HashSet<>();
        for (Named n : named) {
            if (n.country() == null || n.country().isBlank() || n.articleId() == null || isCountryOrContinent(n.featureCode())) continue;
            articles.add(n.articleId());
            byCountry.computeIfAbsent(n.country(), k -> new HashSet<>()).add(n.articleId());
            if (n.admin1() != null && !n.admin1().isBlank() && !"00".equals(n.admin1())) {
                byRegion.computeIfAbsent(n.country() + "." + n.admin1(), k -> new HashSet<>()).add(n.articleId());
            }
        }
        int total = articles.size();
        if (total < params.minArticles()) {
            return new Decision(Kind.NONE, null, total, 0, total + " articles name a place, fewer than " + params.minArticles());
        }
        String country = top(byCountry, null);
        double countryShare = byCountry.get(country).size() / (double) total;
        if (countryShare < params.countryShare()) {
            return new Decision(Kind.NONE, null, total, 0, "no country in most articles (" + country + " in "
                    + byCountry.get(country).size() + " of " + total + ")");
        }
        String region = top(byRegion, country + ".");
        if (region != null) {
            int n = byRegion.get(region).size();
            int next = 0;
            for (var e : byRegion.entrySet()) if (!e.getKey().equals(region)) next = Math.max(next, e.getValue().size());
            double share = n / (double) total;
            if (share >= params.regionShare() && n >= params.regionLead() * next) {
                String admin1 = region.substring(region.indexOf('.') + 1);
                String why = "a place in " + region + " in " + n + " of " + total + " articles";
                return new Decision(Kind.REGION, new OutletHome(country, admin1, why), total, share, why);
            }
        }
        String why = "a place in " + country + " in " + byCountry.get(country).size() + " of " + total + " articles";
        return new Decision(Kind.COUNTRY, new OutletHome(country, null, why), total, countryShare, why);
    }

    /** The key with the most articles (among those starting with {@code prefix} when given); ties to the smaller key. */
    private static String top(Map<String, Set<String>> counts, String prefix) {
        String best = null;
        int most = -1;
        for (var e : counts.entrySet()) {
            if (prefix != null && !e.getKey().startsWith(prefix)) continue;
            int n = e.getValue().size();
            if (n > most || n == most && e.getKey().compareTo(best) < 0) {
                best = e.getKey();
                most = n;
            }
        }
        return best;
    }

    private static boolean isCountryOrContinent(String featureCode) {
        return featureCode != null && (featureCode.startsWith("PCL") || "CONT".equals(featureCode));
    }
}
