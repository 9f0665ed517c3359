package org.sitrep.geo.imports;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.sitrep.geo.GazetteerSchema;
import org.sitrep.geo.TransliterationKey;

/**
 * Natural Earth physical features (public domain, naturalearthdata.com) from its GeoJSON files: seas and other marine
 * areas ({@code ne_10m_geography_marine_polys}), rivers and lake centre-lines ({@code ne_10m_rivers_lake_centerlines}),
 * lakes, and geographic regions ({@code ne_10m_geography_regions_polys}: ranges, peninsulas, plains, deserts). Each
 * feature becomes one place: its Natural Earth {@code ne_id} gives it a stable negative id, its {@code featurecla} a
 * GeoNames feature class and code (a sea H.SEA, a river H.STM, a range T.MTS, a plain T.PLN, anything else L.RGN), its
 * geometry one {@link RepresentativePoint} (inside an area, on a line), and its {@code name}, {@code name_en},
 * {@code name_alt} and every {@code name_xx} its names ("X River" is added for a river, "Lake X" for a lake). The
 * {@code features} table keeps where it came from (source, ne_id, Wikidata id) and its extent. Features without a
 * name or an {@code ne_id} are counted and skipped.
 *
 * <p>Reads a plain or gzipped FeatureCollection as a stream, one feature at a time. Not thread-safe: one import per
 * gazetteer file at a time.
 */
final class NaturalEarthImport {
    static final String SOURCE = "natural-earth";
    /** Far below the region ids of {@code RegionImport} (-10^13 …) and the postal ids. */
    static final long ID_BASE = 20_000_000_000_000L;
    private static final int MAX_PROBLEMS = 20;

    /** A GeoNames feature class and code for a Natural Earth {@code featurecla}. */
    record Kind(String featureClass, String featureCode) {
    }

    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("ocean", new Kind("H", "OCN")), Map.entry("sea", new Kind("H", "SEA")),
            Map.entry("bay", new Kind("H", "BAY")), Map.entry("gulf", new Kind("H", "GULF")),
            Map.entry("strait", new Kind("H", "STRT")), Map.entry("channel", new Kind("H", "CHN")),
            Map.entry("sound", new Kind("H", "SD")), Map.entry("lagoon", new Kind("H", "LGN")),
            Map.entry("fjord", new Kind("H", "FJD")), Map.entry("inlet", new Kind("H", "INLT")),
            Map.entry("river", new Kind("H", "STM")), Map.entry("canal", new Kind("H", "CNL")),
            Map.entry("lake", new Kind("H", "LK")), Map.entry("lake centerline", new Kind("H", "LK")),
            Map.entry("alkaline lake", new Kind("H", "LK")), Map.entry("reservoir", new Kind("H", "RSV")),
            Map.entry("range/mtn", new Kind("T", "MTS")), Map.entry("peninsula", new Kind("T", "PEN")),
            Map.entry("island group", new Kind("T", "ISLS")), Map.entry("island", new Kind("T", "ISL")),
            Map.entry("isthmus", new Kind("T", "ISTH")), Map.entry("plain", new Kind("T", "PLN")),
            Map.entry("plateau", new Kind("T", "PLAT")), Map.entry("desert", new Kind("T", "DSRT")),
            Map.entry("valley", new Kind("T", "VAL")), Map.entry("delta", new Kind("T", "DLTA")),
            Map.entry("depression", new Kind("T", "DPR")), Map.entry("cape", new Kind("T", "CAPE")));
    private static final Kind REGION = new Kind("L", "RGN");

    private NaturalEarthImport() {
    }

    /** The feature class and code for a {@code featurecla} ("Sea", "River", "Range/mtn"); a region when unknown. */
    static Kind kindOf(String featurecla) {
        return KINDS.getOrDefault(featurecla.strip().toLowerCase(Locale.ROOT), REGION);
    }

    /** The place id of a Natural Earth {@code ne_id}: negative, apart from every other id a gazetteer holds. */
    static long idOf(long neId) {
        return -(ID_BASE + neId);
    }

    /** True for a file name this import reads ({@code .geojson}, {@code .geojson.gz}). */
    static boolean reads(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".geojson") || n.endsWith(".geojson.gz");
    }

    /**
     * Adds the features of one Natural Earth GeoJSON file to {@code database}, creating its tables when needed.
     *
     * @throws IOException when the file cannot be read, is not a FeatureCollection, or the database cannot be written;
     *                     features that cannot be placed are in the report, not thrown
     */
    static GazetteerImport.Report importFile(Path source, Path database, java.util.function.LongConsumer bytesRead)
            throws IOException {
        long start = System.nanoTime();
        Path parent = database.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        List<String> problems = new ArrayList<>();
        long[] counts = new long[3]; // places, names, skipped
        boolean gz = source.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
        ObjectMapper json = new ObjectMapper();
        try (InputStream raw = new CountingStream(Files.newInputStream(source), bytesRead);
             InputStream in = gz ? new GZIPInputStream(raw, 1 << 16) : raw;
             JsonParser p = json.getFactory().createParser(in);
             Connection db = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath())) {
            try (Statement s = db.createStatement()) {
                for (String create : GazetteerSchema.CREATE) s.execute(create);
            }
            db.setAutoCommit(false);
            if (!toFeatures(p)) throw new IOException(source + " is not a GeoJSON FeatureCollection (no \"features\" array)");
            try (PreparedStatement place = db.prepareStatement("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?)");
                 PreparedStatement name = db.prepareStatement("INSERT OR IGNORE INTO names VALUES (?,?,?,?)");
                 PreparedStatement feature = db.prepareStatement("INSERT OR REPLACE INTO features VALUES (?,?,?,?,?,?,?,?)")) {
                int index = 0;
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    index++;
                    JsonNode f = json.readTree(p);
                    String why = write(f, place, name, feature, counts);
                    if (why != null) {
                        counts[2]++;
                        if (problems.size() < MAX_PROBLEMS) problems.add(source + " feature " + index + ": " + why);
                    }
                }
            }
            db.commit();
        } catch (SQLException e) {
            throw new IOException("Cannot write gazetteer " + database + ": " + e.getMessage(), e);
        }
        return new GazetteerImport.Report(counts[0], counts[1], 0, counts[2], problems,
                (System.nanoTime() - start) / 1_000_000);
    }

    /** Moves the parser to the start of the top-level "features" array; false when there is none. */
    private static boolean toFeatures(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) return false;
        for (JsonToken t; (t = p.nextToken()) == JsonToken.FIELD_NAME; ) {
            String field = p.currentName();
            t = p.nextToken();
            if (field.equals("features") && t == JsonToken.START_ARRAY) return true;
            p.skipChildren();
        }
        return false;
    }

    /** Writes one feature; returns why it was skipped, or null. */
    private static String write(JsonNode f, PreparedStatement place, PreparedStatement name,
                                PreparedStatement feature, long[] counts) throws SQLException {
        JsonNode props = f.path("properties");
        String main = tidy(text(props, "name_en", text(props, "name", "")));
        if (main.isEmpty()) return "no name";
        JsonNode neId = props.get("ne_id");
        if (neId == null || !neId.canConvertToLong() || neId.asLong() <= 0) return "'" + main + "' has no ne_id";
        RepresentativePoint.Placed at = placed(f.path("geometry"));
        if (at == null) return "'" + main + "' has no usable geometry";
        String cla = text(props, "featurecla", "");
        Kind kind = kindOf(cla);
        long id = idOf(neId.asLong());
        place.setLong(1, id);
        place.setString(2, main);
        place.setString(3, TransliterationKey.toLatin(main));
        place.setDouble(4, at.lat());
        place.setDouble(5, at.lon());
        place.setString(6, kind.featureClass());
        place.setString(7, kind.featureCode());
        place.setString(8, "");
        place.setString(9, "");
        place.setLong(10, 0);
        place.executeUpdate();
        Set<String> all = new LinkedHashSet<>();
        all.add(main);
        all.add(tidy(text(props, "name", "")));
        for (String alt : text(props, "name_alt", "").split("\\|")) all.add(tidy(alt));
        for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().matches("name_[a-z]{2,3}(_[a-z]+)?") && e.getValue().isTextual()) all.add(tidy(e.getValue().asText()));
        }
        String lower = main.toLowerCase(Locale.ROOT);
        if (kind.featureCode().equals("STM") && !lower.contains("river")) all.add(main + " River");
        if (cla.toLowerCase(Locale.ROOT).contains("lake") && !lower.contains("lake")) all.add("Lake " + main);
        all.removeIf(String::isEmpty);
        counts[1] += all.size();
        CountryImport.names(name, id, all);
        feature.setLong(1, id);
        feature.setString(2, SOURCE);
        feature.setString(3, neId.asText());
        String wikidata = text(props, "wikidataid", "");
        feature.setString(4, wikidata.isEmpty() ? null : wikidata);
        feature.setDouble(5, at.south());
        feature.setDouble(6, at.west());
        feature.setDouble(7, at.north());
        feature.setDouble(8, at.east());
        feature.executeUpdate();
        counts[0]++;
        return null;
    }

    /** The point of a GeoJSON geometry: Point, LineString, MultiLineString, Polygon or MultiPolygon; else null. */
    static RepresentativePoint.Placed placed(JsonNode geometry) {
        JsonNode c = geometry.path("coordinates");
        return switch (geometry.path("type").asText("")) {
            case "Point" -> c.size() >= 2 ? new RepresentativePoint.Placed(c.get(1).asDouble(), c.get(0).asDouble(),
                    c.get(1).asDouble(), c.get(0).asDouble(), c.get(1).asDouble(), c.get(0).asDouble()) : null;
            case "LineString" -> RepresentativePoint.ofLines(List.<double[][]>of(points(c)));
            case "MultiLineString" -> {
                List<double[][]> parts = new ArrayList<>();
                for (JsonNode part : c) parts.add(points(part));
                yield RepresentativePoint.ofLines(parts);
            }
            case "Polygon" -> RepresentativePoint.ofPolygons(List.of(rings(c)));
            case "MultiPolygon" -> {
                List<List<double[][]>> polygons = new ArrayList<>();
                for (JsonNode polygon : c) polygons.add(rings(polygon));
                yield RepresentativePoint.ofPolygons(polygons);
            }
            default -> null;
        };
    }

    private static List<double[][]> rings(JsonNode polygon) {
        List<double[][]> out = new ArrayList<>();
        for (JsonNode ring : polygon) out.add(points(ring));
        return out;
    }

    private static double[][] points(JsonNode line) {
        List<double[]> out = new ArrayList<>();
        for (JsonNode pt : line) {
            if (pt.size() >= 2 && pt.get(0).isNumber() && pt.get(1).isNumber()) {
                out.add(new double[] {pt.get(0).asDouble(), pt.get(1).asDouble()});
            }
        }
        return out.toArray(new double[0][]);
    }

    private static String text(JsonNode props, String field, String otherwise) {
        JsonNode v = props.get(field);
        return v != null && v.isTextual() && !v.asText().isBlank() ? v.asText() : otherwise;
    }

    /** Trims, and writes a name that Natural Earth gives in capitals ("CARPATHIAN MTS.") in title case. */
    static String tidy(String name) {
        String s = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (s.isEmpty() || !s.equals(s.toUpperCase(Locale.ROOT)) || s.equals(s.toLowerCase(Locale.ROOT))) return s;
        StringBuilder out = new StringBuilder(s.length());
        boolean start = true;
        for (char ch : s.toCharArray()) {
            out.append(start ? ch : Character.toLowerCase(ch));
            start = !Character.isLetter(ch) && ch != '\'' && ch != '’';
        }
        return out.toString();
    }
}
