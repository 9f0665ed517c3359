package org.sitrep.geo.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.sitrep.geo.GazetteerSchema;
import org.sitrep.geo.Geo;
import org.sitrep.geo.TransliterationKey;

/**
 * First-level regions (US states, Indian states, oblasts, governorates, provinces) for a gazetteer whose dump has
 * none: from the npm package {@value #PACKAGE} (GPL-3.0; data from the countries-states-cities database, ODbL 1.0),
 * which lists 4,963 regions with name, ISO 3166-2 code and a point, and 148,038 towns with their region.
 *
 * <p>That data has no GeoNames ids and some wrong points (a Scottish council area placed in Kansas), so each region
 * is checked against the GeoNames places already imported: its towns are matched to GeoNames towns by name key
 * and distance, which links the ISO region code to the GeoNames admin1 code by majority. A linked region's point is
 * the mean of the package's point and the centre of its GeoNames towns' extent (the centre alone when the package's
 * point lies outside that extent). When two regions win one admin1 code, the one with more towns keeps it. A region
 * that links to none (a county, council area, department or province under a coarser GeoNames admin1) becomes a
 * second-level area, feature ADM2, placed by the GeoNames towns of the admin2 area around its point
 * ({@link SecondLevelRegions}); one that falls on no such area is kept only when its point is near some GeoNames
 * place of its country, with population 0. Regions get negative ids (they are not GeoNames records), feature
 * code ADM1, the linked admin1 code, and as population the sum of their GeoNames towns'. Linked regions also give
 * the admin1 table its names where no admin1CodesASCII file did.
 *
 * <p>Not thread-safe; one import per gazetteer file at a time.
 */
final class RegionImport {
    static final String PACKAGE = "country-state-city@3.2.1";
    static final String TARBALL = "country-state-city-3.2.1.tgz";
    static final long ID_BASE = 10_000_000_000_000L;
    private static final String STATES = "package/lib/assets/state.json";
    private static final String CITIES = "package/lib/assets/city.json";
    private static final double TOWN_MATCH_KM = 15;
    private static final double UNLINKED_MAX_KM = 100;
    private static final double EXTENT_MARGIN_DEGREES = 0.5;
    private static final Pattern REGION_WORDS = Pattern.compile(
            "(?i)\\s+(oblast|oblast'|region|province|governorate|state|prefecture|voivodeship|county|district|"
                    + "department|municipality|krai|kray|republic)$");
    /**
     * A designation written before the name: "Autonomous Republic of Crimea" is called Crimea. Only this one: other
     * leading designations ("Province of Bergamo", "City of York") name a place whose town is called the same, and
     * the region would take the town's mentions.
     */
    private static final Pattern LEADING_DESIGNATION = Pattern.compile("(?i)^autonomous republic of\\s+(.+)$");

    /** Countries whose news writes regions by their ISO letters ("NJ", "BC", "NSW"). */
    private static final Set<String> LETTER_CODES = Set.of("US", "CA", "AU");
    /**
     * The AP-style abbreviations of US states that news writes ("Calif.", "N.J."), by ISO code; those that are also
     * common words or titles (Miss., Ind., La.) are left out.
     */
    private static final Map<String, String> US_ABBREVIATIONS = Map.ofEntries(
            Map.entry("AL", "Ala."), Map.entry("AZ", "Ariz."), Map.entry("AR", "Ark."), Map.entry("CA", "Calif."),
            Map.entry("CO", "Colo."), Map.entry("CT", "Conn."), Map.entry("DE", "Del."), Map.entry("FL", "Fla."),
            Map.entry("GA", "Ga."), Map.entry("IL", "Ill."), Map.entry("KS", "Kan."), Map.entry("KY", "Ky."),
            Map.entry("MD", "Md."), Map.entry("MA", "Mass."), Map.entry("MI", "Mich."), Map.entry("MN", "Minn."),
            Map.entry("MO", "Mo."), Map.entry("MT", "Mont."), Map.entry("NE", "Neb."), Map.entry("NV", "Nev."),
            Map.entry("NH", "N.H."), Map.entry("NJ", "N.J."), Map.entry("NM", "N.M."), Map.entry("NY", "N.Y."),
            Map.entry("NC", "N.C."), Map.entry("ND", "N.D."), Map.entry("OK", "Okla."), Map.entry("OR", "Ore."),
            Map.entry("PA", "Pa."), Map.entry("RI", "R.I."), Map.entry("SC", "S.C."), Map.entry("SD", "S.D."),
            Map.entry("TN", "Tenn."), Map.entry("TX", "Tex."), Map.entry("VT", "Vt."), Map.entry("VA", "Va."),
            Map.entry("WA", "Wash."), Map.entry("WV", "W.Va."), Map.entry("WI", "Wis."), Map.entry("WY", "Wyo."));

    private RegionImport() {
    }

    /** A GeoNames populated place, as far as linking needs it. */
    private record Town(double lat, double lon, String admin1, long population) {
    }

    /**
     * Adds the package's regions to {@code database} (made by {@link GazetteerImport}, with GeoNames towns in it).
     *
     * @return how many regions were written
     * @throws IOException when the tarball cannot be read or lacks the region data, or the database cannot be written
     */
    static int importPackage(Path tarball, Path citiesTarball, Path database) throws IOException {
        JsonNode states = null;
        JsonNode cities = null;
        ObjectMapper json = new ObjectMapper();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(tarball), 1 << 16)) {
            TarReader tar = new TarReader(in);
            for (String name; (name = tar.next()) != null; ) {
                if (name.equals(STATES)) states = json.readTree(tar.entry().readAllBytes());
                else if (name.equals(CITIES)) cities = json.readTree(tar.entry().readAllBytes());
            }
        }
        if (states == null || !states.isArray() || cities == null || !cities.isArray()) {
            throw new IOException(tarball + " lacks " + STATES + " or " + CITIES + " (is it the npm package " + PACKAGE + "?)");
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath())) {
            db.setAutoCommit(false);
            int n = write(db, states, cities, citiesTarball);
            db.commit();
            return n;
        } catch (SQLException e) {
            throw new IOException("Cannot write gazetteer " + database + ": " + e.getMessage(), e);
        }
    }

    private static int write(Connection db, JsonNode states, JsonNode cities, Path citiesTarball)
            throws SQLException, IOException {
        Map<String, List<Town>> townsByKey = new HashMap<>();
        Map<String, List<Town>> townsByCountry = new HashMap<>();
        Map<String, List<Town>> townsByAdmin1 = new HashMap<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT n.key, p.cc, p.admin1, p.lat, p.lon, p.population, n.kind FROM names n JOIN places p ON p.id = n.id"
                        + " WHERE p.id > 0 AND p.fclass = 'P' AND n.kind <= " + GazetteerSchema.KIND_ASCII)) {
            while (rs.next()) {
                Town t = new Town(rs.getDouble(4), rs.getDouble(5), rs.getString(3), rs.getLong(6));
                String cc = rs.getString(2);
                townsByKey.computeIfAbsent(cc + "|" + rs.getString(1), k -> new ArrayList<>()).add(t);
                if (rs.getInt(7) == GazetteerSchema.KIND_MAIN) {
                    townsByCountry.computeIfAbsent(cc, k -> new ArrayList<>()).add(t);
                    if (!t.admin1.isEmpty()) townsByAdmin1.computeIfAbsent(cc + "." + t.admin1, k -> new ArrayList<>()).add(t);
                }
            }
        }
        // Votes: "US.TX" (ISO) -> GeoNames admin1 code -> towns that agree.
        Map<String, Map<String, Integer>> votes = new HashMap<>();
        for (JsonNode c : cities) {
            if (!c.isArray() || c.size() < 5) continue;
            String cc = c.get(1).asText();
            String iso = c.get(2).asText();
            double lat = c.get(3).asDouble(Double.NaN);
            double lon = c.get(4).asDouble(Double.NaN);
            List<Town> found = townsByKey.get(cc + "|" + TransliterationKey.of(c.get(0).asText()));
            if (found == null || Double.isNaN(lat) || Double.isNaN(lon)) continue;
            for (Town t : found) {
                if (!t.admin1.isEmpty() && Geo.distanceKm(lat, lon, t.lat, t.lon) <= TOWN_MATCH_KM) {
                    votes.computeIfAbsent(cc + "." + iso, k -> new HashMap<>()).merge(t.admin1, 1, Integer::sum);
                    break;
                }
            }
        }
        Map<String, String> linked = linkedAdmin1(votes);
        Map<Long, SecondLevelRegions.Placed> secondLevel = secondLevel(db, states, linked, citiesTarball);
        int n = 0;
        try (PreparedStatement place = db.prepareStatement("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement name = db.prepareStatement("INSERT OR IGNORE INTO names VALUES (?,?,?,?)");
             PreparedStatement adm = db.prepareStatement("INSERT OR IGNORE INTO admin1 VALUES (?,?,?,?,1)")) {
            for (JsonNode s : states) {
                State st = State.of(s);
                if (st == null) continue;
                String cc = st.cc(), iso = st.iso(), regionName = st.name();
                double lat = st.lat(), lon = st.lon();
                long id = st.id();
                String admin1 = linked.getOrDefault(cc + "." + iso, "");
                SecondLevelRegions.Placed area = secondLevel.get(id);
                if (area != null) {
                    writeArea(place, name, area, names(regionName, cc, iso));
                    n++;
                    continue;
                }
                List<Town> towns = admin1.isEmpty() ? List.of() : townsByAdmin1.getOrDefault(cc + "." + admin1, List.of());
                long population = 0;
                if (!towns.isEmpty()) {
                    for (Town t : towns) population += t.population;
                    double[] e = extent(towns);
                    double centreLat = (e[0] + e[1]) / 2;
                    double centreLon = (e[2] + e[3]) / 2;
                    boolean usable = towns.size() >= 3 && e[3] - e[2] <= 180; // no centre across the date line
                    if (!withinExtent(lat, lon, e)) {
                        lat = usable ? centreLat : median(towns, true);
                        lon = usable ? centreLon : median(towns, false);
                    } else if (usable) {
                        // Two estimates of the region's middle, the package's point (a geocoder's) and the centre of
                        // its GeoNames towns' extent, err in different ways; their mean errs less than either.
                        lat = (lat + centreLat) / 2;
                        lon = (lon + centreLon) / 2;
                    }
                } else if (!nearAny(lat, lon, townsByCountry.getOrDefault(cc, List.of()))) {
                    continue;
                }
                place.setLong(1, id);
                place.setString(2, regionName);
                place.setString(3, TransliterationKey.toLatin(regionName));
                place.setDouble(4, lat);
                place.setDouble(5, lon);
                place.setString(6, "A");
                place.setString(7, "ADM1");
                place.setString(8, cc);
                place.setString(9, admin1);
                place.setLong(10, population);
                place.executeUpdate();
                CountryImport.names(name, id, names(regionName, cc, iso));
                String bare = REGION_WORDS.matcher(regionName).replaceAll("").strip();
                if (!admin1.isEmpty()) {
                    adm.setString(1, cc);
                    adm.setString(2, admin1);
                    adm.setString(3, regionName);
                    adm.setString(4, TransliterationKey.of(bare.isEmpty() ? regionName : bare));
                    adm.executeUpdate();
                }
                n++;
            }
        }
        return n;
    }

    /** The names a region is found under: its own, without its designation, and its letters where news uses them. */
    private static Set<String> names(String regionName, String cc, String iso) {
        Set<String> all = new LinkedHashSet<>();
        all.add(regionName);
        String bare = REGION_WORDS.matcher(regionName).replaceAll("").strip();
        if (!bare.isEmpty()) all.add(bare);
        java.util.regex.Matcher lead = LEADING_DESIGNATION.matcher(regionName);
        if (lead.matches()) all.add(lead.group(1).strip());
        if (LETTER_CODES.contains(cc) && iso.matches("[A-Z]{2,3}")) all.add(iso);
        if (cc.equals("US") && US_ABBREVIATIONS.containsKey(iso)) all.add(US_ABBREVIATIONS.get(iso));
        return all;
    }

    /**
     * The admin1 code each region links to ("US.TX" -> "TX"): the majority of its towns' codes; when several regions
     * win the same code (North Yorkshire's towns vote England's, as England's do), only the one with the most votes
     * keeps it, and the others are second-level areas or nothing.
     */
    static Map<String, String> linkedAdmin1(Map<String, Map<String, Integer>> votes) {
        Map<String, String> out = new HashMap<>();
        Map<String, String> holder = new HashMap<>();
        List<String> regions = new ArrayList<>(votes.keySet());
        java.util.Collections.sort(regions);
        for (String region : regions) {
            String admin1 = winner(votes.get(region));
            if (admin1.isEmpty()) continue;
            String key = region.substring(0, 2) + "." + admin1;
            String other = holder.get(key);
            if (other != null && votes.get(other).get(admin1) >= votes.get(region).get(admin1)) continue;
            if (other != null) out.remove(other);
            holder.put(key, region);
            out.put(region, admin1);
        }
        return out;
    }

    /** One region of the package's state list, with its id; null when it lacks a code, a name or a point. */
    private record State(String cc, String iso, String name, double lat, double lon, long id) {
        static State of(JsonNode s) {
            String cc = s.path("countryCode").asText("");
            String iso = s.path("isoCode").asText("");
            String name = s.path("name").asText("").strip();
            double lat = s.path("latitude").asDouble(Double.NaN);
            double lon = s.path("longitude").asDouble(Double.NaN);
            long id = idOf(cc, iso);
            return id == 0 || name.isEmpty() || Double.isNaN(lat) || Double.isNaN(lon) ? null : new State(cc, iso, name, lat, lon, id);
        }
    }

    /** The regions that link to no admin1 code, placed as second-level areas by {@link SecondLevelRegions}. */
    private static Map<Long, SecondLevelRegions.Placed> secondLevel(Connection db, JsonNode states,
            Map<String, String> linked, Path citiesTarball) throws IOException, SQLException {
        List<SecondLevelRegions.Region> unlinked = new ArrayList<>();
        Set<String> countries = new java.util.HashSet<>();
        for (JsonNode s : states) {
            State st = State.of(s);
            if (st == null || linked.containsKey(st.cc() + "." + st.iso())) continue;
            unlinked.add(new SecondLevelRegions.Region(st.id(), st.name(), st.cc(), st.lat(), st.lon(),
                    namesakes(db, st.cc(), names(st.name(), st.cc(), st.iso()))));
            countries.add(st.cc());
        }
        List<SecondLevelRegions.Town> towns = CountyImport.readEntry(citiesTarball, CountyImport.CITIES,
                in -> SecondLevelRegions.towns(in, countries));
        Map<Long, SecondLevelRegions.Placed> out = new HashMap<>();
        for (SecondLevelRegions.Placed p : SecondLevelRegions.place(unlinked, towns)) out.put(p.region().id(), p);
        return out;
    }

    /** The points of the GeoNames towns of {@code cc} called by one of {@code names}, under any kind of name. */
    private static List<double[]> namesakes(Connection db, String cc, Set<String> names) throws SQLException {
        List<double[]> out = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement("SELECT p.lat, p.lon FROM names n JOIN places p ON p.id = n.id"
                + " WHERE n.key = ? AND p.id > 0 AND p.fclass = 'P' AND p.cc = ?")) {
            for (String name : names) {
                q.setString(1, TransliterationKey.of(name));
                q.setString(2, cc);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) out.add(new double[] {rs.getDouble(1), rs.getDouble(2)});
                }
            }
        }
        return out;
    }

    private static void writeArea(PreparedStatement place, PreparedStatement name, SecondLevelRegions.Placed area,
                                  Set<String> names) throws SQLException {
        place.setLong(1, area.region().id());
        place.setString(2, area.region().name());
        place.setString(3, TransliterationKey.toLatin(area.region().name()));
        place.setDouble(4, area.lat());
        place.setDouble(5, area.lon());
        place.setString(6, "A");
        place.setString(7, "ADM2");
        place.setString(8, area.region().cc());
        place.setString(9, area.admin1());
        place.setLong(10, area.population());
        place.executeUpdate();
        CountryImport.names(name, area.region().id(), names);
    }

    /**
     * A stable negative id from the country and ISO region code (up to 5 of [A-Z0-9-]), far below postal ids;
     * 0 when the code does not fit.
     */
    static long idOf(String cc, String iso) {
        if (!cc.matches("[A-Z]{2}") || !iso.toUpperCase(Locale.ROOT).matches("[A-Z0-9-]{1,5}")) return 0;
        long code = 0;
        for (char ch : iso.toUpperCase(Locale.ROOT).toCharArray()) {
            int v = ch == '-' ? 37 : Character.isDigit(ch) ? 1 + ch - '0' : 11 + ch - 'A';
            code = code * 38 + v;
        }
        long country = (cc.charAt(0) - 'A') * 26L + (cc.charAt(1) - 'A');
        return -(ID_BASE + country * 79_235_168L + code);
    }

    /** The admin1 code most of the region's matched towns have, when they are a clear majority; else "". */
    private static String winner(Map<String, Integer> v) {
        if (v == null || v.isEmpty()) return "";
        int total = 0;
        String best = "";
        int bestCount = 0;
        for (var e : v.entrySet()) {
            total += e.getValue();
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return bestCount * 2 > total ? best : "";
    }

    /** {min lat, max lat, min lon, max lon} of the towns. */
    private static double[] extent(List<Town> towns) {
        double[] e = {90, -90, 180, -180};
        for (Town t : towns) {
            e[0] = Math.min(e[0], t.lat);
            e[1] = Math.max(e[1], t.lat);
            e[2] = Math.min(e[2], t.lon);
            e[3] = Math.max(e[3], t.lon);
        }
        return e;
    }

    private static boolean withinExtent(double lat, double lon, double[] e) {
        return lat >= e[0] - EXTENT_MARGIN_DEGREES && lat <= e[1] + EXTENT_MARGIN_DEGREES
                && lon >= e[2] - EXTENT_MARGIN_DEGREES && lon <= e[3] + EXTENT_MARGIN_DEGREES;
    }

    private static boolean nearAny(double lat, double lon, List<Town> towns) {
        for (Town t : towns) {
            if (Math.abs(t.lat - lat) < 1.5 && Geo.distanceKm(lat, lon, t.lat, t.lon) <= UNLINKED_MAX_KM) return true;
        }
        return false;
    }

    private static double median(List<Town> towns, boolean latitude) {
        double[] v = new double[towns.size()];
        for (int i = 0; i < v.length; i++) v[i] = latitude ? towns.get(i).lat : towns.get(i).lon;
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
