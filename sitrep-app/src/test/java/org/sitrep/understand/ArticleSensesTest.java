package org.sitrep.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.geo.GazetteerPlace;
import org.sitrep.understand.ArticleAnalysis.Found;
import org.sitrep.understand.ArticleAnalysis.Kind;

class ArticleSensesTest {
    private static final GazetteerPlace SLIDELL = new GazetteerPlace(4341378, "Slidell", "Slidell", 30.27, -89.78, "P", "PPL", "US", "LA", "Louisiana", 27_000);
    private static final GazetteerPlace SLIDELL_TX = new GazetteerPlace(4728000, "Slidell", "Slidell", 33.35, -97.39, "P", "PPL", "US", "TX", "Texas", 200);
    private static final GazetteerPlace ALLENDALE = new GazetteerPlace(4497000, "Allendale", "Allendale", 41.04, -74.12, "P", "PPL", "US", "NJ", "New Jersey", 6_800);
    private static final GazetteerPlace RUSSIA = new GazetteerPlace(2017370, "Russia", "Russia", 60, 100, "A", "PCLI", "RU", "00", "", 144_000_000);
    private static final double CONFIDENT_AT = 0.6;

    private static Found place(String text, String type, GazetteerPlace p, String status, Double confidence) {
        return new Found(0, text.length(), text, type, Kind.PLACE, 0, p, status, "", text, confidence, "");
    }

    @Test
    void aPlaceResolvedConfidentlyGivesItsSpellingOneSense() {
        ArticleSenses senses = ArticleSenses.of(List.of(place("Slidell", "LOCATION", SLIDELL, "resolved", 0.9)), CONFIDENT_AT);
        assertThat(senses.of("Slidell")).map(f -> f.place().id()).contains(SLIDELL.id());
        assertThat(senses.names("Slidell's")).as("a possessive is no part of the name").isTrue();
        assertThat(senses.names("the Slidell")).isTrue();
        assertThat(senses.names("Slidell PD")).as("the whole name is not the place").isFalse();
        assertThat(senses.names("Allendale")).isFalse();
    }

    @Test
    void aGuessALowConfidenceAModifierOrAPlaceInsideANameGivesNone() {
        ArticleSenses senses = ArticleSenses.of(List.of(
                place("Slidell", "LOCATION", SLIDELL, ArticleAnalysis.GUESSED, 0.9),
                place("Allendale", "LOCATION", ALLENDALE, "resolved", 0.4),
                place("Russian", ArticleAnalysis.DEMONYM, RUSSIA, "resolved", null),
                place("Russia", ArticleAnalysis.NESTED, RUSSIA, "resolved", 0.99)), CONFIDENT_AT);
        assertThat(senses.names("Slidell")).isFalse();
        assertThat(senses.names("Allendale")).isFalse();
        assertThat(senses.names("Russian")).isFalse();
        assertThat(senses.names("Russia")).isFalse();
    }

    @Test
    void aSpellingTwoPlacesShareNamesNeither() {
        ArticleSenses senses = ArticleSenses.of(List.of(place("Slidell", "LOCATION", SLIDELL, "resolved", 0.9),
                place("Slidell", "CITY", SLIDELL_TX, "resolved", 0.9), place("Allendale", "LOCATION", ALLENDALE, "resolved", 0.7)), CONFIDENT_AT);
        assertThat(senses.names("Slidell")).isFalse();
        assertThat(senses.names("Allendale")).isTrue();
        assertThat(ArticleSenses.none().names("Allendale")).isFalse();
    }

    @Test
    void aNameThatIsNoPlaceGivesNone() {
        Found org = new Found(0, 8, "Allendale", "ORGANIZATION", Kind.ORGANIZATION, 0, null, null, null);
        assertThat(ArticleSenses.of(List.of(org), CONFIDENT_AT).names("Allendale")).isFalse();
    }
}
