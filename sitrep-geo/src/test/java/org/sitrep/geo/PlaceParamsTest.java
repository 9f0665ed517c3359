package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceParamsTest {
    @Test
    void theDefaultsAreTheValuesTheResolverWasTunedWith() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("regionPriorDamping", "1.0");
        expected.put("alternateNamePrior", "0.5");
        expected.put("countryFeature", "7.0");
        expected.put("continentFeature", "7.0");
        expected.put("capitalFeature", "4.0");
        expected.put("regionFeature", "3.0");
        expected.put("seatFeature", "2.0");
        expected.put("secondSeatFeature", "1.0");
        expected.put("otherFeature", "-1.0");
        expected.put("regionRoleRegion", "6.0");
        expected.put("regionRoleSeat", "4.0");
        expected.put("regionRoleOther", "-3.0");
        expected.put("directionRoleTown", "1.0");
        expected.put("mainNameBonus", "1.0");
        expected.put("exactSpellingBonus", "1.0");
        expected.put("regionInSentence", "8.0");
        expected.put("regionInArticle", "5.0");
        expected.put("countryInArticle", "2.0");
        expected.put("anchorWeight", "8.0");
        expected.put("anchorDecayKm", "40.0");
        expected.put("anchorMaxKm", "150.0");
        expected.put("bigCityPopulation", "100000");
        expected.put("samePlaceKm", "25.0");
        expected.put("clearMargin", "1.5");
        expected.put("prominentMargin", "0.5");
        expected.put("locativeWindow", "40");
        expected.put("qualifierWeight", "10.0");
        expected.put("outletHomeWeight", "1.5");
        expected.put("outletRegionWeight", "6.0");
        expected.put("confidenceTemperature", "1.0");
        expected.put("minConfidence", "0.5");
        expected.put("confidentAt", "0.9");
        assertThat(PlaceParams.defaults().toMap()).containsExactlyEntriesOf(expected);
    }

    @Test
    void fromMapReplacesTheNamedParametersAndKeepsTheRest() {
        PlaceParams p = PlaceParams.fromMap(Map.of("clearMargin", "2.25", "bigCityPopulation", "50_000",
                "locativeWindow", " 30 "));
        assertThat(p.clearMargin()).isEqualTo(2.25);
        assertThat(p.bigCityPopulation()).isEqualTo(50_000);
        assertThat(p.locativeWindow()).isEqualTo(30);
        assertThat(p.anchorWeight()).isEqualTo(PlaceParams.defaults().anchorWeight());
        assertThat(PlaceParams.fromMap(p.toMap())).isEqualTo(p);
        assertThat(PlaceParams.fromMap(Map.of())).isEqualTo(PlaceParams.defaults());
    }

    @Test
    void fromMapRejectsUnknownKeysNamingThemAndTheKnownOnes() {
        assertThatThrownBy(() -> PlaceParams.fromMap(Map.of("clearMagrin", "2")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Unknown place parameter 'clearMagrin'; known: regionPriorDamping,")
                .hasMessageContaining("clearMargin");
    }

    @Test
    void fromMapRejectsValuesThatDoNotParseOrAreOutOfRange() {
        assertThatThrownBy(() -> PlaceParams.fromMap(Map.of("anchorWeight", "heavy")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Place parameter 'anchorWeight' must be a number, not 'heavy'");
        assertThatThrownBy(() -> PlaceParams.fromMap(Map.of("locativeWindow", "4.5")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a whole number");
        assertThatThrownBy(() -> PlaceParams.fromMap(Map.of("anchorDecayKm", "0")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("anchorDecayKm must be positive");
        assertThatThrownBy(() -> PlaceParams.fromMap(Map.of("clearMargin", "NaN")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
    }

    @Test
    void theBuilderStartsFromTheDefaultsOrFromGivenValues() {
        PlaceParams p = new PlaceParams.Builder().regionInSentence(9).samePlaceKm(10).build();
        assertThat(p.regionInSentence()).isEqualTo(9);
        assertThat(p.samePlaceKm()).isEqualTo(10);
        assertThat(p.regionInArticle()).isEqualTo(5);
        assertThat(p.toBuilder().samePlaceKm(25).regionInSentence(8).build()).isEqualTo(PlaceParams.defaults());
    }
}
