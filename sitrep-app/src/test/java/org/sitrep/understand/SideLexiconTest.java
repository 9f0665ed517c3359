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

    @Test
    void ukrainianRussianAndPolishBodiesInAnyCase() {
        assertThat(side("Генштаб ЗСУ")).isEqualTo(Side.UKRAINE);
        assertThat(side("Генштабу ЗСУ")).isEqualTo(Side.UKRAINE);
        assertThat(side("Генштаб ВС РФ")).as("the longer phrase at the same place").isEqualTo(Side.RUSSIA);
        assertThat(side("Міноборони РФ")).isEqualTo(Side.RUSSIA);
        assertThat(side("Міністерства оборони Росії")).isEqualTo(Side.RUSSIA);
        assertThat(side("Минобороны России")).isEqualTo(Side.RUSSIA);
        assertThat(side("Sztabu Generalnego")).isEqualTo(Side.UKRAINE);
        assertThat(side("rosyjskie Ministerstwo Obrony")).isEqualTo(Side.RUSSIA);
        assertThat(side("голова Харківської обласної військової адміністрації Олег Синєгубов")).isEqualTo(Side.UKRAINE);
        assertThat(side("Сырского")).isEqualTo(Side.UKRAINE);
        assertThat(side("місцева мешканка")).isEqualTo(Side.MEDIA);
        assertThat(side("проросійські блогери")).as("pro-Russian").isEqualTo(Side.RUSSIA);
    }

    @Test
    void aStemMatchesOnlyAtAWordsStart() throws Exception {
        SideLexicon l = SideLexicon.read(new java.io.ByteArrayInputStream("russia\tРосі*\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(l.find("у Росії")).isPresent();
        assertThat(l.find("Білоросія")).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SideLexicon.read(new java.io.ByteArrayInputStream(
                "russia\t*ія\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))).isInstanceOf(IllegalArgumentException.class);
    }
}
