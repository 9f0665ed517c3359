package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.geo.PlaceResolution.Resolved;
import org.sitrep.geo.imports.GazetteerImport;

/**
 * The feature-kind prior: a river or sea named like a town does not make the town ambiguous, on a gazetteer of six
 * places written here in the GeoNames main format (as a full GeoNames import has them: the Oskil river next to a
 * village Oskil of unknown population, a village named Black Sea; points near the real ones, populations and the villages made up).
 */
class FeatureKindPriorTest {
    private static final long OSKIL_VILLAGE = 910_001;
    private static final long OSKIL_RIVER = 910_002;
    private static final long BLACK_SEA = 630_673;
    private static final long DONETS_VILLAGE_A = 910_003;
    private static final long DONETS_VILLAGE_B = 910_004;

    @TempDir
    static Path dir;
    private static Gazetteer gazetteer;
    private static PlaceResolver resolver;

    @BeforeAll
    static void open() throws Exception {
        String rows = String.join("\n",
                row(OSKIL_VILLAGE, "Oskil", 49.1785, 37.42598, "P", "PPL", 0),
                // A river's one point lies somewhere along it: here up river, 140 km from the village.
                row(OSKIL_RIVER, "Oskil", 50.4, 37.85, "H", "STM", 0),
                row(BLACK_SEA, "Black Sea", 43.0, 35.0, "H", "SEA", 0),
                row(910_005, "Black Sea", 45.0, 36.0, "P", "PPL", 0),
                // Two villages far apart: the prior must not make a pick of either.
                row(DONETS_VILLAGE_A, "Donets", 48.9, 37.6, "P", "PPL", 0),
                row(DONETS_VILLAGE_B, "Donets", 50.4, 30.5, "P", "PPL", 0), "");
        Path file = Files.writeString(dir.resolve("kinds.txt"), rows);
        Path db = dir.resolve("kinds.sqlite");
        GazetteerImport.Report r = GazetteerImport.importFile(file, db);
        assertThat(r.skipped()).as("rows skipped: %s", r.problems()).isZero();
        gazetteer = Gazetteer.open(db);
        resolver = new PlaceResolver(gazetteer);
    }

    @AfterAll
    static void close() {
        gazetteer.close();
    }

    private static String row(long id, String name, double lat, double lon, String featureClass, String featureCode,
                              long population) {
        return id + "\t" + name + "\t" + name + "\t\t" + lat + "\t" + lon + "\t" + featureClass + "\t" + featureCode
                + "\tUA\t\t07\t\t\t\t" + population + "\t\t0\tEurope/Kyiv\t2023-01-01";
    }

    private static PlaceResolution resolve(String text, String sentence) {
        int at = sentence.indexOf(text);
        return resolver.resolve(List.of(new PlaceMention(text, at, at + text.length(), sentence, "LOCATION"))).get(0);
    }

    @Test
    void readsTheKindFromTheFeatureClass() {
        assertThat(FeatureKind.ofClass("P")).isEqualTo(FeatureKind.SETTLEMENT);
        assertThat(FeatureKind.ofClass("H")).isEqualTo(FeatureKind.WATER);
        assertThat(FeatureKind.ofClass("t")).isEqualTo(FeatureKind.TERRAIN);
        assertThat(FeatureKind.ofClass("")).isEqualTo(FeatureKind.UNKNOWN);
        assertThat(FeatureKind.ofClass(null)).isEqualTo(FeatureKind.UNKNOWN);
        assertThat(FeatureKind.WATER.isNatural()).isTrue();
        assertThat(FeatureKind.AREA.isNatural()).isFalse();
        assertThat(FeatureKind.ADMINISTRATIVE.isInhabited()).isTrue();
        assertThat(FeatureKind.SPOT.isInhabited()).isFalse();
    }

    @Test
    void aRiverDoesNotMakeTheVillageOfItsNameAmbiguous() {
        PlaceResolution r = resolve("Oskil", "Russian troops shelled Oskil on Monday.");
        assertThat(r).isInstanceOf(Resolved.class);
        assertThat(((Resolved) r).place().id()).isEqualTo(OSKIL_VILLAGE);
    }

    @Test
    void aSeaDoesNotShadowTheVillageOfItsName() {
        PlaceResolution r = resolve("Black Sea", "Two houses burned in Black Sea overnight.");
        assertThat(r).isInstanceOf(Resolved.class);
        assertThat(((Resolved) r).place().id()).isNotEqualTo(BLACK_SEA);
    }

    /**
     * The prior does not tell two villages apart: nothing in the text does either, so the pick is no better than a coin
     * toss, made as a guess (no entity; the UI marks it) at confidence 0.5 and naming the other.
     */
    @Test
    void twoVillagesFarApartAreACoinToss() {
        PlaceResolution r = resolve("Donets", "Shelling was reported in Donets.");
        assertThat(r).isInstanceOfSatisfying(Resolved.class, res -> {
            assertThat(res.guess()).isTrue();
            assertThat(res.confidence()).isLessThanOrEqualTo(0.5);
            assertThat(res.why()).contains("also Donets");
        });
    }
}
