package org.sitrep.geo.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.GazetteerPlace;
import org.sitrep.geo.NameMatch;
import org.sitrep.geo.PlaceMention;
import org.sitrep.geo.PlaceResolution;
import org.sitrep.geo.PlaceResolver;

/**
 * A Natural Earth GeoJSON file written for this test, in the shape of {@code ne_10m_geography_marine_polys} and
 * {@code ne_10m_rivers_lake_centerlines} (names real, shapes rough, ids made up), imported through the public entry
 * {@link GazetteerImport#importFile}.
 */
class NaturalEarthImportIT {
    private static final String FILE = """
            {"type": "FeatureCollection", "name": "ne_test", "features": [
              {"type": "Feature", "properties": {"featurecla": "sea", "name": "Sea of Azov", "name_en": "Sea of Azov",
                "name_uk": "Азовське море", "name_alt": "Azov Sea", "ne_id": 1159000001, "wikidataid": "Q000001",
                "scalerank": 1},
               "geometry": {"type": "Polygon", "coordinates": [[[35.0, 45.3], [37.0, 45.3], [39.3, 47.2], [35.5, 46.8],
                 [35.0, 45.3]]]}},
              {"type": "Feature", "properties": {"featurecla": "River", "name": "Oskol", "name_en": "Oskil",
                "name_uk": "Оскіл", "ne_id": 1159000002, "wikidataid": "Q000002"},
               "geometry": {"type": "MultiLineString", "coordinates": [[[37.8, 51.0], [37.7, 50.0], [37.6, 49.7],
                 [37.4, 49.1]], [[37.0, 49.0], [37.01, 49.0]]]}},
              {"type": "Feature", "properties": {"featurecla": "Range/mtn", "name": "CARPATHIAN MTS.",
                "ne_id": 1159000003},
               "geometry": {"type": "MultiPolygon", "coordinates": [[[[22.0, 47.5], [26.0, 47.5], [26.0, 49.5],
                 [22.0, 49.5], [22.0, 47.5]]]]}},
              {"type": "Feature", "properties": {"featurecla": "sea", "name": "No Id Sea"},
               "geometry": {"type": "Point", "coordinates": [1.0, 1.0]}},
              {"type": "Feature", "properties": {"featurecla": "sea", "ne_id": 1159000005},
               "geometry": {"type": "Point", "coordinates": [1.0, 1.0]}}
            ]}
            """;

    @Test
    void importsSeasRiversAndRangesWithTheirIdsKindsPointsAndNames(@TempDir Path dir) throws Exception {
        Path geojson = Files.writeString(dir.resolve("ne_10m_test.geojson"), FILE);
        Path db = dir.resolve("g.sqlite");
        GazetteerImport.Report r = GazetteerImport.importFile(geojson, db);
        assertThat(r.places()).isEqualTo(3);
        assertThat(r.skipped()).isEqualTo(2);
        assertThat(r.problems()).anySatisfy(p -> assertThat(p).contains("feature 4").contains("no ne_id"))
                .anySatisfy(p -> assertThat(p).contains("feature 5").contains("no name"));

        try (Gazetteer g = Gazetteer.open(db)) {
            GazetteerPlace sea = only(g.lookup("Sea of Azov"));
            assertThat(sea.id()).isEqualTo(-(NaturalEarthImport.ID_BASE + 1159000001L));
            assertThat(sea.featureClass()).isEqualTo("H");
            assertThat(sea.featureCode()).isEqualTo("SEA");
            assertThat(RepresentativePointTest.inside(new double[][] {{35.0, 45.3}, {37.0, 45.3}, {39.3, 47.2},
                    {35.5, 46.8}, {35.0, 45.3}}, sea.longitude(), sea.latitude())).isTrue();
            assertThat(only(g.lookup("Азовське море")).id()).isEqualTo(sea.id());
            assertThat(only(g.lookup("Azov Sea")).id()).isEqualTo(sea.id());

            GazetteerPlace river = only(g.lookup("Oskil River"));
            assertThat(river.name()).isEqualTo("Oskil");
            assertThat(river.featureCode()).isEqualTo("STM");
            assertThat(only(g.lookup("Oskol")).id()).isEqualTo(river.id());
            assertThat(only(g.lookup("Оскіл")).id()).isEqualTo(river.id());
            // Half-way along the long part (about 1.92 degrees: 1.00, 0.31, 0.61): on its first segment, 0.96 down.
            assertThat(river.latitude()).isCloseTo(50.04, within(0.01));
            assertThat(river.longitude()).isCloseTo(37.8 - (51.0 - river.latitude()) * 0.1, within(1e-6));

            GazetteerPlace range = only(g.lookup("Carpathian Mts."));
            assertThat(range.featureClass()).isEqualTo("T");
            assertThat(range.featureCode()).isEqualTo("MTS");
            assertThat(range.latitude()).isCloseTo(48.5, within(1e-9));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT source, source_id, wikidata, south, west, north, east FROM features WHERE id = "
                             + -(NaturalEarthImport.ID_BASE + 1159000002L))) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("natural-earth");
            assertThat(rs.getString(2)).isEqualTo("1159000002");
            assertThat(rs.getString(3)).isEqualTo("Q000002");
            assertThat(List.of(rs.getDouble(4), rs.getDouble(5), rs.getDouble(6), rs.getDouble(7)))
                    .containsExactly(49.0, 37.0, 51.0, 37.8);
        }
        // Importing the same file again changes nothing.
        assertThat(GazetteerImport.importFile(geojson, db).places()).isEqualTo(3);
        try (Gazetteer g = Gazetteer.open(db)) {
            assertThat(g.lookup("Sea of Azov")).hasSize(1);
        }
    }

    @Test
    void theResolverPlacesTheSeaANaturalEarthFileBrings(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("g.sqlite");
        GazetteerImport.importFile(Files.writeString(dir.resolve("ne.geojson"), FILE), db);
        try (Gazetteer g = Gazetteer.open(db)) {
            String sentence = "The port of Berdyansk on the Sea of Azov was seized.";
            int at = sentence.indexOf("Sea of Azov");
            PlaceResolution r = new PlaceResolver(g).resolve(List.of(
                    new PlaceMention("Sea of Azov", at, at + 11, sentence, "LOCATION"))).get(0);
            assertThat(r).isInstanceOf(PlaceResolution.Resolved.class);
            assertThat(((PlaceResolution.Resolved) r).place().featureCode()).isEqualTo("SEA");
        }
    }

    @Test
    void saysWhatIsWrongWithAFileThatIsNotAFeatureCollection(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.geojson"), "{\"type\": \"Feature\", \"properties\": {}}");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> GazetteerImport.importFile(bad, dir.resolve("g.sqlite"))))
                .isInstanceOf(java.io.IOException.class).hasMessageContaining("bad.geojson")
                .hasMessageContaining("FeatureCollection");
    }

    @Test
    void writesCapitalisedNamesInTitleCase() {
        assertThat(NaturalEarthImport.tidy("CARPATHIAN MTS.")).isEqualTo("Carpathian Mts.");
        assertThat(NaturalEarthImport.tidy(" Black  Sea ")).isEqualTo("Black Sea");
        assertThat(NaturalEarthImport.kindOf("Lake Centerline").featureCode()).isEqualTo("LK");
        assertThat(NaturalEarthImport.kindOf("Geoarea").featureClass()).isEqualTo("L");
    }

    private static GazetteerPlace only(List<NameMatch> found) {
        assertThat(found).hasSize(1);
        return found.get(0).place();
    }
}
