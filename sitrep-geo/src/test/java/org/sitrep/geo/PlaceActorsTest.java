package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.geo.imports.GazetteerImport;

/**
 * Places that news names in ways a recogniser misses: a country or big city acting ("Russia said", typed as an
 * organisation: {@link PlaceResolver#namesProminentPlace}) and US counties ("Collier County", or "Collier" when the
 * recogniser stopped before the county word).
 */
class PlaceActorsTest {
    private static final long COLLIER = 9_100_001L;
    private static final long NAPLES_FL = 4165565;
    @TempDir
    static Path dir;
    private static Gazetteer small;
    private static Gazetteer counties;

    @BeforeAll
    static void open() throws Exception {
        small = Gazetteer.open(SmallGazetteer.build(dir));
        String rows = String.join("\n",
                row(NAPLES_FL, "Naples", "P", "PPLA2", "FL", 26.14234, -81.79596, 21512),
                row(3172394, "Naples", "P", "PPLA", "04", 40.85216, 14.26811, 909048),
                row(COLLIER, "Collier County", "A", "ADM2", "FL", 26.2, -81.5, 300000),
                row(9_100_002L, "Orange County", "A", "ADM2", "CA", 33.7, -117.8, 3000000),
                row(9_100_003L, "Orange County", "A", "ADM2", "FL", 28.5, -81.3, 1300000), "");
        Path file = Files.writeString(dir.resolve("counties.txt"), rows);
        GazetteerImport.importFile(file, dir.resolve("counties.sqlite"));
        counties = Gazetteer.open(dir.resolve("counties.sqlite"));
    }

    @AfterAll
    static void close() {
        small.close();
        counties.close();
    }

    private static String row(long id, String name, String fclass, String fcode, String admin1, double lat, double lon, long population) {
        return id + "\t" + name + "\t" + name + "\t\t" + lat + "\t" + lon + "\t" + fclass + "\t" + fcode + "\t"
                + (fcode.equals("PPLA") ? "IT" : "US") + "\t\t" + admin1 + "\t\t\t\t" + population + "\t\t0\tUTC\t2023-01-01";
    }

    @Test
    void aCountryOrBigCityOrRegionActingIsAPlaceNameButOrganisationsAndSmallTownsAreNot() {
        PlaceResolver r = new PlaceResolver(small);
        assertThat(r.namesProminentPlace("Russia")).isTrue();
        assertThat(r.namesProminentPlace("Russia's")).isTrue();
        assertThat(r.namesProminentPlace("America")).as("a country under another of its names").isTrue();
        assertThat(r.namesProminentPlace("US")).isTrue();
        assertThat(r.namesProminentPlace("Moscow")).as("a capital of millions").isTrue();
        assertThat(r.namesProminentPlace("Texas")).as("a first-level region").isTrue();
        assertThat(r.namesProminentPlace("Kupiansk")).as("a town of 27,000: an organisation so named is likelier").isFalse();
        assertThat(r.namesProminentPlace("Kharkov")).as("a big city only under an alternate name").isFalse();
        assertThat(r.namesProminentPlace("Moscow Times")).isFalse();
        assertThat(r.namesProminentPlace("the Kremlin")).isFalse();
        assertThat(r.namesProminentPlace("")).isFalse();
    }

    @Test
    void anOrganisationTypedCountryActingResolvesToTheCountry() {
        String sentence = "Russia denied the report on Tuesday.";
        PlaceResolution res = new PlaceResolver(small).resolve(List.of(new PlaceMention("Russia", 0, 6, sentence, "ORGANIZATION"))).get(0);
        assertThat(res).isInstanceOfSatisfying(PlaceResolution.Resolved.class,
                ok -> assertThat(ok.place().id()).isEqualTo(SmallGazetteer.RUSSIA));
    }

    @Test
    void aCountyIsFoundByItsFullNameAndWhenTheRecogniserStoppedBeforeTheCountyWord() {
        PlaceResolver r = new PlaceResolver(counties);
        String sentence = "Deputies in Collier County said the road was closed.";
        int at = sentence.indexOf("Collier");
        for (PlaceMention m : List.of(new PlaceMention("Collier County", at, at + 14, sentence, "LOCATION"),
                new PlaceMention("Collier", at, at + 7, sentence, "LOCATION"))) {
            assertThat(r.resolve(List.of(m)).get(0)).as(m.text()).isInstanceOfSatisfying(PlaceResolution.Resolved.class,
                    ok -> assertThat(ok.place().id()).isEqualTo(COLLIER));
        }
    }

    @Test
    void aCountyPlacedHelpsItsTownAgainstAFamousNamesake() {
        PlaceResolver r = new PlaceResolver(counties);
        String first = "Collier County commissioners met on Monday.";
        String second = "The meeting was held in Naples.";
        List<PlaceResolution> res = r.resolve(List.of(new PlaceMention("Collier County", 0, 14, first, "LOCATION"),
                new PlaceMention("Naples", 100, 106, second, "LOCATION")));
        assertThat(res.get(1)).isInstanceOfSatisfying(PlaceResolution.Resolved.class,
                ok -> assertThat(ok.place().id()).as("Naples, Florida, 30 km from the county's middle").isEqualTo(NAPLES_FL));
    }

    @Test
    void aRegionWrittenWithStateIsTheRegionButAnotherNameWithStateIsNot() {
        PlaceResolver r = new PlaceResolver(small);
        String sentence = "Flooding hit Texas State on Monday.";
        int at = sentence.indexOf("Texas State");
        assertThat(r.resolve(List.of(new PlaceMention("Texas State", at, at + 11, sentence, "LOCATION"))).get(0))
                .isInstanceOfSatisfying(PlaceResolution.Resolved.class, ok -> assertThat(ok.place().id()).isEqualTo(SmallGazetteer.TEXAS));
        String other = "Fighters of Islamic State attacked.";
        int is = other.indexOf("Islamic State");
        assertThat(r.resolve(List.of(new PlaceMention("Islamic State", is, is + 13, other, "LOCATION"))).get(0))
                .isInstanceOf(PlaceResolution.Unresolved.class);
    }

    @Test
    void aCountryAbbreviationIsKnownOnlyInCapitalsAndOnlyForACountry() {
        PlaceResolver r = new PlaceResolver(small);
        assertThat(r.countryAbbreviation("US")).get().extracting(GazetteerPlace::id).isEqualTo(SmallGazetteer.UNITED_STATES);
        assertThat(r.countryAbbreviation("USA")).isPresent();
        assertThat(r.countryAbbreviation("Us")).isEmpty();
        assertThat(r.countryAbbreviation("TX")).as("a state's code is no country").isEmpty();
        assertThat(r.countryAbbreviation("IT")).isEmpty();
    }
}
