package org.sitrep.geo.imports;

import com.ibm.icu.util.ULocale;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Countries for a gazetteer whose dump has none (cities500 has populated places only): one derived place per
 * country that has places, named from ICU's country names in the languages of our sources plus common short
 * forms, at the median position of its places, with a negative id (it is not a GeoNames record). A country the
 * dump does have (a PCLI record, e.g. from allCountries) replaces the derived one.
 */
final class Countries {
    static final long DERIVED_BASE = 2_000_000_000L;
    private static final String[] LANGUAGES = {"en", "uk", "ru", "de", "fr", "pl", "es", "it", "pt", "nl"};
    private static final Map<String, List<String>> ALIASES = Map.ofEntries(
            Map.entry("US", List.of("USA", "U.S.", "U.S.A.", "US", "America", "United States of America")),
            Map.entry("GB", List.of("UK", "U.K.", "Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland")),
            Map.entry("RU", List.of("Russian Federation")),
            Map.entry("KR", List.of("South Korea")),
            Map.entry("KP", List.of("North Korea")),
            Map.entry("CZ", List.of("Czech Republic")),
            Map.entry("AE", List.of("UAE")),
            Map.entry("CD", List.of("DR Congo", "DRC")),
            Map.entry("NL", List.of("Holland")),
            Map.entry("TR", List.of("Turkey", "Türkiye")),
            Map.entry("MK", List.of("Macedonia")),
            Map.entry("CI", List.of("Ivory Coast")),
            Map.entry("MM", List.of("Burma")),
            Map.entry("VA", List.of("Vatican", "Vatican City")));

    private Countries() {
    }

    static long derivedId(String countryCode) {
        return -(DERIVED_BASE + (countryCode.charAt(0) - 'A') * 26L + (countryCode.charAt(1) - 'A'));
    }

    /** Adds or refreshes derived countries; returns how many. */
    static int derive(Connection db) throws SQLException {
        Set<String> real = new LinkedHashSet<>();
        Map<String, List<double[]>> points = new HashMap<>();
        Map<String, Long> population = new HashMap<>();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT cc, lat, lon, population, fcode, id FROM places WHERE cc <> ''")) {
            while (rs.next()) {
                String cc = rs.getString(1);
                if (cc.length() != 2 || rs.getLong(6) < 0) continue;
                if ("PCLI".equals(rs.getString(5)) || "PCLD".equals(rs.getString(5))) real.add(cc);
                points.computeIfAbsent(cc, k -> new ArrayList<>()).add(new double[] {rs.getDouble(2), rs.getDouble(3)});
                population.merge(cc, rs.getLong(4), Long::sum);
            }
        }
        int n = 0;
        try (PreparedStatement del = db.prepareStatement("DELETE FROM places WHERE id = ?");
             PreparedStatement delNames = db.prepareStatement("DELETE FROM names WHERE id = ?");
             PreparedStatement place = db.prepareStatement("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement name = db.prepareStatement("INSERT OR IGNORE INTO names VALUES (?,?,?,?)")) {
            for (var e : points.entrySet()) {
                String cc = e.getKey();
                if (!cc.matches("[A-Z]{2}")) continue;
                long id = derivedId(cc);
                del.setLong(1, id);
                del.executeUpdate();
                delNames.setLong(1, id);
                delNames.executeUpdate();
                if (real.contains(cc)) continue;
                String english = new Locale("", cc).getDisplayCountry(Locale.ENGLISH);
                if (english.isBlank() || english.equals(cc)) continue;
                place.setLong(1, id);
                place.setString(2, english);
                place.setString(3, english);
                place.setDouble(4, median(e.getValue(), 0));
                place.setDouble(5, median(e.getValue(), 1));
                place.setString(6, "A");
                place.setString(7, "PCLI");
                place.setString(8, cc);
                place.setString(9, "");
                place.setLong(10, population.getOrDefault(cc, 0L));
                place.executeUpdate();
                CountryImport.names(name, id, namesOf(cc, english));
                n++;
            }
        }
        return n;
    }

    /**
     * The names a country goes by in our sources' languages: the given names first (the first is the main one),
     * then ICU's country names in {@link #LANGUAGES}, then common short forms (USA, UK, Britain…).
     */
    static Set<String> namesOf(String cc, String... given) {
        Set<String> names = new LinkedHashSet<>();
        for (String g : given) if (g != null && !g.isBlank()) names.add(g.strip());
        for (String lang : LANGUAGES) {
            String n = new ULocale("", cc).getDisplayCountry(new ULocale(lang));
            if (!n.isBlank() && !n.equals(cc)) names.add(n);
        }
        names.addAll(ALIASES.getOrDefault(cc, List.of()));
        return names;
    }

    private static double median(List<double[]> pts, int axis) {
        double[] v = new double[pts.size()];
        for (int i = 0; i < v.length; i++) v[i] = pts.get(i)[axis];
        java.util.Arrays.sort(v);
        return v[v.length / 2];
    }
}
