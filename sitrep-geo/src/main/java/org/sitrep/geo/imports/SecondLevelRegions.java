package org.sitrep.geo.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.geo.Geo;

/**
 * Second-level areas among the regions of {@value RegionImport#PACKAGE} that link to no GeoNames admin1 code: where a
 * country's ISO 3166-2 subdivisions are finer than GeoNames admin1 (British counties, unitary authorities and council
 * areas under England/Scotland/Wales; French departments under their regions; Italian provinces), the package lists
 * them with a point but with no towns of their own (its towns name the first-level region), so they cannot be linked
 * by towns as first-level regions are.
 *
 * <p>The rule: the GeoNames towns of the region's country within {@link #NEAR_KM} of the package's point vote for
 * their admin1 and admin2 codes; the code most of them share (at least half) is the region's GeoNames area, and all
 * towns of that area give it its extent, population (their sum) and admin1 code (so "Fife" lies inside Scotland and
 * containment evidence works). Its point is the mean of the package's point and the centre of the area's extent when
 * the area has three towns or more, else the package's point. A package point near no town with an admin2 code (Kent
 * placed at Kent, Ohio; a country whose GeoNames towns carry no admin2 code) gives no area: the caller keeps its old
 * treatment. A point off the middle of its area (farther from the
 * centre of an area of five towns or more than 0.6 of the half-diagonal of their extent) is taken for a point near
 * its area's edge, in its neighbour's towns, and gives no area either. When several regions fall on one area (Essex and Thurrock; London's 33 boroughs on Greater
 * London), the one whose point is nearest the area's centre keeps it if it is less than half as far from it as the
 * next; else none does (the area is larger than each of them). A
 * region named like a town of its own area ("Leeds", "Paris", "Antwerp", the province around Antwerpen) gets population 0,
 * so that the town, not the area around it, keeps the name's mentions.
 *
 * <p>Pure: no file, no database; {@link RegionImport} reads the package and writes what this returns as feature ADM2.
 */
final class SecondLevelRegions {
    /** How far from the package's point the towns that choose the region's GeoNames area may be. */
    static final double NEAR_KM = 20;
    private static final int MIN_TOWNS_FOR_CENTRE = 3;
    /** An area of this many towns or more is big enough to tell whether a point lies in its middle. */
    static final int MIN_TOWNS_TO_JUDGE = 5;
    /** How far from the centre of an area's towns, as a share of their extent's half-diagonal, its region's point may lie. */
    static final double MAX_OFF_CENTRE = 0.6;
    /** How far outside the extent of an area's towns a namesake town may lie and still be the area's own. */
    private static final double TOWN_MARGIN_DEGREES = 0.05;

    private SecondLevelRegions() {
    }

    /**
     * A region of the package that linked to no admin1 code; {@code namesakes} are the points of the GeoNames towns
     * of its country called by one of its names (main, ASCII or alternate: "Antwerpen" is also "Antwerp").
     */
    record Region(long id, String name, String cc, double lat, double lon, List<double[]> namesakes) {
    }

    /** A GeoNames town with its admin1 and admin2 codes. */
    record Town(String cc, String admin1, String admin2, double lat, double lon, long population) {
    }

    /** A region placed as a second-level area: the row written to the gazetteer. */
    record Placed(Region region, String admin1, double lat, double lon, long population, int towns,
                  boolean namedLikeItsTown) {
    }

    /** The regions that fall on a GeoNames area, placed by its towns; regions that do not are left out. */
    static List<Placed> place(List<Region> regions, List<Town> towns) {
        Map<String, List<Town>> byCountry = new HashMap<>();
        Map<String, List<Town>> byArea = new HashMap<>();
        for (Town t : towns) {
            if (t.admin2().isEmpty()) continue;
            byCountry.computeIfAbsent(t.cc(), k -> new ArrayList<>()).add(t);
            byArea.computeIfAbsent(areaKey(t), k -> new ArrayList<>()).add(t);
        }
        Map<String, List<Placed>> claims = new HashMap<>();
        for (Region r : regions) {
            String area = area(r, byCountry.getOrDefault(r.cc(), List.of()));
            if (area == null) continue;
            List<Town> in = byArea.get(area);
            double[] e = extent(in);
            if (offCentre(r, in, e)) continue;
            double lat = r.lat();
            double lon = r.lon();
            if (in.size() >= MIN_TOWNS_FOR_CENTRE && e[3] - e[2] <= 180) {
                lat = (lat + (e[0] + e[1]) / 2) / 2;
                lon = (lon + (e[2] + e[3]) / 2) / 2;
            }
            long population = 0;
            boolean namedLikeTown = false;
            for (Town t : in) population += t.population();
            for (double[] p : r.namesakes()) namedLikeTown |= within(p[0], p[1], e, TOWN_MARGIN_DEGREES);
            claims.computeIfAbsent(area, k -> new ArrayList<>()).add(new Placed(r, in.getFirst().admin1(), lat, lon,
                    namedLikeTown ? 0 : population, in.size(), namedLikeTown));
        }
        List<Placed> out = new ArrayList<>();
        for (var e : claims.entrySet()) {
            double[] x = extent(byArea.get(e.getKey()));
            double cLat = (x[0] + x[1]) / 2;
            double cLon = (x[2] + x[3]) / 2;
            List<Placed> claimers = new ArrayList<>(e.getValue());
            claimers.sort(Comparator.comparingDouble((Placed p) -> Geo.distanceKm(p.region().lat(), p.region().lon(), cLat, cLon))
                    .thenComparingLong(p -> p.region().id()));
            Placed first = claimers.getFirst();
            if (claimers.size() > 1) {
                double d1 = Geo.distanceKm(first.region().lat(), first.region().lon(), cLat, cLon);
                Placed next = claimers.get(1);
                double d2 = Geo.distanceKm(next.region().lat(), next.region().lon(), cLat, cLon);
                if (d1 * 2 > d2) continue; // several regions in one larger area (London's boroughs): none is it
            }
            out.add(first);
        }
        out.sort(Comparator.comparingLong(p -> -p.region().id()));
        return out;
    }

    /** The "admin1.admin2" code most towns near the region's point share, when at least half do; else null. */
    private static String area(Region r, List<Town> towns) {
        Map<String, Integer> votes = new HashMap<>();
        int total = 0;
        for (Town t : towns) {
            if (Math.abs(t.lat() - r.lat()) > 0.5 || Geo.distanceKm(r.lat(), r.lon(), t.lat(), t.lon()) > NEAR_KM) continue;
            votes.merge(areaKey(t), 1, Integer::sum);
            total++;
        }
        String best = null;
        int bestCount = 0;
        for (var v : votes.entrySet()) {
            if (v.getValue() > bestCount || v.getValue() == bestCount && v.getKey().compareTo(best) < 0) {
                best = v.getKey();
                bestCount = v.getValue();
            }
        }
        return bestCount * 2 >= total && bestCount > 0 ? best : null;
    }

    private static String areaKey(Town t) {
        return t.cc() + "." + t.admin1() + "." + t.admin2();
    }

    /**
     * Whether the region's point lies too far from the middle of an area of {@link #MIN_TOWNS_TO_JUDGE} towns or more
     * to be that area: farther from the centre of its towns' extent than {@link #MAX_OFF_CENTRE} of the extent's
     * half-diagonal (the package places Var in a corner of the Bouches-du-Rhône's towns).
     */
    private static boolean offCentre(Region r, List<Town> in, double[] e) {
        if (in.size() < MIN_TOWNS_TO_JUDGE) return false;
        double halfDiagonal = Geo.distanceKm(e[0], e[2], e[1], e[3]) / 2;
        double off = Geo.distanceKm(r.lat(), r.lon(), (e[0] + e[1]) / 2, (e[2] + e[3]) / 2);
        return off > MAX_OFF_CENTRE * halfDiagonal;
    }

    private static boolean within(double lat, double lon, double[] e, double margin) {
        return lat >= e[0] - margin && lat <= e[1] + margin && lon >= e[2] - margin && lon <= e[3] + margin;
    }

    /** {min lat, max lat, min lon, max lon} of the towns. */
    private static double[] extent(List<Town> towns) {
        double[] e = {90, -90, 180, -180};
        for (Town t : towns) {
            e[0] = Math.min(e[0], t.lat());
            e[1] = Math.max(e[1], t.lat());
            e[2] = Math.min(e[2], t.lon());
            e[3] = Math.max(e[3], t.lon());
        }
        return e;
    }

    /**
     * The populated places of a GeoNames main-format file (cities500) that have an admin2 code, in the given
     * countries; malformed rows are skipped.
     */
    static List<Town> towns(Reader in, Set<String> countries) throws IOException {
        List<Town> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(in);
        for (String line; (line = r.readLine()) != null; ) {
            String[] f = line.split("\t", -1);
            if (f.length < 15 || !"P".equals(f[6]) || f[11].isEmpty() || !countries.contains(f[8])) continue;
            try {
                out.add(new Town(f[8], f[10], f[11], Double.parseDouble(f[4]), Double.parseDouble(f[5]),
                        f[14].isEmpty() ? 0 : Long.parseLong(f[14])));
            } catch (NumberFormatException e) {
                // a malformed row places nothing; the others still do
            }
        }
        return out;
    }
}
