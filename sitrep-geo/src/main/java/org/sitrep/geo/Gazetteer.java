package org.sitrep.geo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A read-only view of a gazetteer file ({@link GazetteerSchema}; made by {@code org.sitrep.geo.imports}): places,
 * every name of every place under its {@link TransliterationKey}, and first-order administrative areas (oblasts,
 * states) by name key.
 *
 * <p>Storage is one SQLite file: a names table clustered on the key makes a lookup one B-tree seek, the file is
 * a single portable artefact, imports stream in one transaction, and the store module already ships sqlite-jdbc.
 * Lucene would add analysis and scoring that a key lookup does not need.
 *
 * <p>Thread-safe: one connection, used under this object's lock. Close it when done.
 */
public final class Gazetteer implements AutoCloseable {
    private static final String PLACE_COLUMNS = "p.id, p.name, p.ascii, p.lat, p.lon, p.fclass, p.fcode, p.cc, "
            + "p.admin1, coalesce(a.name, ''), p.population";
    private static final String PLACE_FROM = " FROM places p LEFT JOIN admin1 a ON a.cc = p.cc AND a.code = p.admin1";

    private final Connection connection;
    private final PreparedStatement byKey;
    private final PreparedStatement byId;
    private final PreparedStatement admin1ByKey;
    private final Path file;

    private Gazetteer(Path file, Connection connection) throws SQLException {
        this.file = file;
        this.connection = connection;
        this.byKey = connection.prepareStatement("SELECT " + PLACE_COLUMNS + ", n.name, n.kind FROM names n JOIN places p"
                + " ON p.id = n.id LEFT JOIN admin1 a ON a.cc = p.cc AND a.code = p.admin1 WHERE n.key = ?");
        this.byId = connection.prepareStatement("SELECT " + PLACE_COLUMNS + PLACE_FROM + " WHERE p.id = ?");
        this.admin1ByKey = connection.prepareStatement("SELECT cc, code, name FROM admin1 WHERE key = ?");
    }

    /**
     * Opens a gazetteer file read-only.
     *
     * @throws IllegalArgumentException when the file is missing or is not a Sitrep gazetteer
     */
    public static Gazetteer open(Path file) {
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException("No gazetteer file at " + file);
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + file.toAbsolutePath() + "?mode=ro");
            try (var s = c.createStatement(); var rs = s.executeQuery(
                    "SELECT count(*) FROM sqlite_master WHERE type='table' AND name IN ('places','names','admin1')")) {
                if (!rs.next() || rs.getInt(1) != 3) {
                    c.close();
                    throw new IllegalArgumentException(file + " is not a Sitrep gazetteer (made by GazetteerImport)");
                }
            }
            return new Gazetteer(file, c);
        } catch (SQLException e) {
            throw new IllegalArgumentException("Cannot open gazetteer " + file + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    /** Every place one of whose names has the same transliteration key as {@code surface}; each place once. */
    public List<NameMatch> lookup(String surface) {
        return byKey(TransliterationKey.of(surface));
    }

    /** Every place with a name under this key; each place once, preferring its main name as the match. */
    public synchronized List<NameMatch> byKey(String key) {
        if (key.isEmpty()) return List.of();
        Map<Long, NameMatch> out = new LinkedHashMap<>();
        try {
            byKey.setString(1, key);
            try (ResultSet rs = byKey.executeQuery()) {
                while (rs.next()) {
                    GazetteerPlace place = place(rs);
                    boolean main = rs.getInt(13) <= GazetteerSchema.KIND_ASCII;
                    NameMatch m = new NameMatch(place, rs.getString(12), main);
                    out.merge(place.id(), m, (a, b) -> a.mainName() ? a : b);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Gazetteer lookup failed in " + file, e);
        }
        return List.copyOf(out.values());
    }

    /**
     * Every place one of whose names is spelt as {@code name}: the same letters once case, diacritics and script are
     * folded (Куп'янськ = Kupiansk = Kupiańsk), which the lossy key alone does not promise (Лещатів and Lézat share
     * a key); each place once, preferring its main name as the match.
     */
    public synchronized List<NameMatch> spelt(String name) {
        String key = TransliterationKey.of(name);
        if (key.isEmpty()) return List.of();
        String folded = fold(name);
        Map<Long, NameMatch> out = new LinkedHashMap<>();
        try {
            byKey.setString(1, key);
            try (ResultSet rs = byKey.executeQuery()) {
                while (rs.next()) {
                    if (!fold(rs.getString(12)).equals(folded)) continue;
                    GazetteerPlace place = place(rs);
                    boolean main = rs.getInt(13) <= GazetteerSchema.KIND_ASCII;
                    out.merge(place.id(), new NameMatch(place, rs.getString(12), main), (a, b) -> a.mainName() ? a : b);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Gazetteer lookup failed in " + file, e);
        }
        return List.copyOf(out.values());
    }

    private static String fold(String s) {
        return TransliterationKey.toLatin(s.toLowerCase(java.util.Locale.ROOT)).replaceAll("[^a-z]", "");
    }

    public synchronized Optional<GazetteerPlace> byId(long id) {
        try {
            byId.setLong(1, id);
            try (ResultSet rs = byId.executeQuery()) {
                return rs.next() ? Optional.of(place(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Gazetteer lookup failed in " + file, e);
        }
    }

    /** First-order administrative areas (oblast, state) whose name has this key, as {country, code, name}. */
    public synchronized List<Admin1> admin1ByName(String name) {
        String key = TransliterationKey.of(name);
        List<Admin1> out = new ArrayList<>();
        try {
            admin1ByKey.setString(1, key);
            try (ResultSet rs = admin1ByKey.executeQuery()) {
                while (rs.next()) out.add(new Admin1(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Gazetteer lookup failed in " + file, e);
        }
        return out;
    }

    /**
     * The first-level region place (feature ADM1) of a country and admin1 code, when the gazetteer has one: for a
     * region named by something other than its own name ("Харківській області" names the Kharkiv region by its
     * seat's adjective).
     */
    public synchronized Optional<GazetteerPlace> regionPlace(String countryCode, String admin1Code) {
        try (PreparedStatement s = connection.prepareStatement("SELECT " + PLACE_COLUMNS + PLACE_FROM
                + " WHERE p.cc = ? AND p.admin1 = ? AND p.fcode = 'ADM1' ORDER BY p.id LIMIT 1")) {
            s.setString(1, countryCode);
            s.setString(2, admin1Code);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(place(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Gazetteer lookup failed in " + file, e);
        }
    }

    /** Number of places. */
    public synchronized long size() {
        try (var s = connection.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM places")) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException("Gazetteer count failed in " + file, e);
        }
    }

    /** What the gazetteer holds, by kind of place. */
    public synchronized Contents contents() {
        try (var s = connection.createStatement(); var rs = s.executeQuery("SELECT count(*),"
                + " sum(fcode IN " + COUNTRY_CODES + "), sum(fcode = 'ADM1'), sum(fcode = 'CONT'),"
                + " sum(fclass = 'P'), sum(id < 0), (SELECT count(*) FROM names), (SELECT count(*) FROM admin1)"
                + " FROM places")) {
            rs.next();
            return new Contents(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                    rs.getLong(6), rs.getLong(7), rs.getLong(8));
        } catch (SQLException e) {
            throw new IllegalStateException("Gazetteer count failed in " + file, e);
        }
    }

    /**
     * Counts of what a gazetteer holds.
     *
     * @param places           all places
     * @param countries        countries and dependent territories
     * @param regions          first-level administrative regions (ADM1)
     * @param continents       continents
     * @param populated        populated places (GeoNames feature class P)
     * @param withoutGeonameId places that are no GeoNames record (postal-only places, derived countries, regions
     *                         from the default region package)
     * @param names            names under which places are found
     * @param admin1           first-level region codes with a name
     */
    public record Contents(long places, long countries, long regions, long continents, long populated,
                           long withoutGeonameId, long names, long admin1) {
    }

    /** The GeoNames feature codes of countries and dependent territories, as {@code PlaceKinds.isCountry} reads them. */
    private static final String COUNTRY_CODES = "('PCLI','PCLD','PCLF','PCL','PCLS')";

    /** Every country and dependent territory the gazetteer holds (GeoNames feature codes PCL*). */
    public synchronized List<GazetteerPlace> countries() {
        List<GazetteerPlace> out = new java.util.ArrayList<>();
        try (var s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT " + PLACE_COLUMNS + PLACE_FROM
                + " WHERE p.fcode IN " + COUNTRY_CODES)) {
            while (rs.next()) out.add(place(rs));
        } catch (SQLException e) {
            throw new IllegalStateException("Gazetteer scan failed in " + file, e);
        }
        return out;
    }

    /** Runs {@code action} over every place of a country (for measurements and exports). */
    public synchronized void forEachPlace(String countryCode, java.util.function.Consumer<GazetteerPlace> action) {
        try (var s = connection.prepareStatement("SELECT " + PLACE_COLUMNS + PLACE_FROM + " WHERE p.cc = ?")) {
            s.setString(1, countryCode);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) action.accept(place(rs));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Gazetteer scan failed in " + file, e);
        }
    }

    private static GazetteerPlace place(ResultSet rs) throws SQLException {
        return new GazetteerPlace(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDouble(4), rs.getDouble(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getLong(11));
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("Closing gazetteer " + file, e);
        }
    }

    /**
     * A first-order administrative area.
     *
     * @param countryCode ISO alpha-2
     * @param code        GeoNames admin1 code within the country
     * @param name        its name
     */
    public record Admin1(String countryCode, String code, String name) {
    }
}
