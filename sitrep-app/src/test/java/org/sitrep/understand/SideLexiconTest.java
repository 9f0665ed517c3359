package org.sitrep.understand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.claims.Side;

class SideLexiconTest {
    private static final SideLexicon SIDES = SideLexicon.standard();

    private static Side side(String description) {
        return SIDES.find(description).map(SideLexicon.Match::side).orElse(Side.UNKNOWN);
    }

    @Test
    void theEarliestWordWins() {
        assertThat(side("Russian Ambassador to the UN in Geneva Gennady Gatilov")).isEqualTo(Side.RUSSIA);
        assertThat(side("the General Staff of the Ukrainian Army")).isEqualTo(Side.UKRAINE);
        assertThat(side("Vitaly Ganchev, an official in the area appointed by Moscow")).isEqualTo(Side.RUSSIA);
        assertThat(side("Israeli army spokesman")).isEqualTo(Side.OTHER_STATE);
        assertThat(side("UN Secretary-General")).isEqualTo(Side.INTERNATIONAL);
    }

    @Test
    void aWordOfThePressWinsWhereverItStands() {
        assertThat(side("Russia's Interfax news agency")).isEqualTo(Side.MEDIA);
        assertThat(side("Ukrainian newspaper")).isEqualTo(Side.MEDIA);
    }

    @Test
    void capitalsMatchOnlyCapitals() {
        assertThat(side("let us know")).isEqualTo(Side.UNKNOWN);
        assertThat(side("US officials")).isEqualTo(Side.OTHER_STATE);
    }

    @Test
    void knowsWellKnownSpeakersByName() {
        assertThat(side("Dmitry Peskov")).isEqualTo(Side.RUSSIA);
        assertThat(side("President Zelensky")).isEqualTo(Side.UKRAINE);
    }
}
