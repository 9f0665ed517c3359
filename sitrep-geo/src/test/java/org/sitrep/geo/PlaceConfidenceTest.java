package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.geo.PlaceConfidence.Candidate;

class PlaceConfidenceTest {
    private static GazetteerPlace at(long id, double lat, double lon) {
        return new GazetteerPlace(id, "X", "X", lat, lon, "P", "PPL", "UA", "07", "", 100);
    }

    @Test
    void twoEqualNamesakesFarApartAreACoinToss() {
        Candidate a = new Candidate(5, at(1, 49, 37));
        Candidate b = new Candidate(5, at(2, 46, 34));
        assertThat(PlaceConfidence.of(a, List.of(a, b), 1, 25)).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void aLeadOfOneUnitAtTemperatureOneIsSeventyThreePercent() {
        Candidate a = new Candidate(6, at(1, 49, 37));
        Candidate b = new Candidate(5, at(2, 46, 34));
        assertThat(PlaceConfidence.of(a, List.of(a, b), 1, 25)).isCloseTo(Math.E / (Math.E + 1), within(1e-9));
        // A higher temperature is less sure.
        assertThat(PlaceConfidence.of(a, List.of(a, b), 2, 25)).isLessThan(PlaceConfidence.of(a, List.of(a, b), 1, 25));
    }

    @Test
    void namesakesNextDoorAreTheSameAnswer() {
        Candidate a = new Candidate(5, at(1, 49, 37));
        Candidate b = new Candidate(7, at(2, 49.01, 37.01));
        assertThat(PlaceConfidence.of(a, List.of(a, b), 1, 25)).isEqualTo(1.0);
        assertThat(PlaceConfidence.of(a, List.of(a), 1, 25)).isEqualTo(1.0);
    }

    @Test
    void rejectsATemperatureThatIsNotPositive() {
        Candidate a = new Candidate(5, at(1, 49, 37));
        assertThatThrownBy(() -> PlaceConfidence.of(a, List.of(a), 0, 25)).isInstanceOf(IllegalArgumentException.class);
    }
}
