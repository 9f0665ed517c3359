package org.sitrep.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.claims.Claim;
import org.sitrep.claims.ClaimComparison;
import org.sitrep.claims.ClaimKind;
import org.sitrep.claims.ClaimParams;
import org.sitrep.claims.ClaimReport;

/**
 * Claims found in Ukrainian, Russian and English texts written for this test compare as one: the same count of the
 * same thing about the same place and day is one claim whatever its language; another side's different count, or
 * another holder of the place, is a dispute.
 */
class CrossLanguageClaimsTest {
    private static final ClaimComparison COMPARISON = new ClaimComparison(ClaimParams.defaults());

    private static ClaimDoc at(String text, String... kupiansk) {
        ClaimDoc d = new ClaimDoc(text);
        for (String f : kupiansk) d.place(f, 1, 703656L, 49.71, 37.62, "PPL");
        return d;
    }

    private static ClaimReport compare(List<List<Claim>> articles) {
        List<ClaimComparison.Sourced> all = new ArrayList<>();
        for (List<Claim> a : articles) for (Claim c : a) all.add(new ClaimComparison.Sourced(c, c.articleId()));
        return COMPARISON.compare(all);
    }

    private static ClaimReport.Group groupOf(ClaimReport r, ClaimKind kind, String article) {
        return r.groups().stream().filter(g -> g.claim().kind() == kind && g.articles().contains(article)).findFirst().orElseThrow();
    }

    @Test
    void theSameShotDownCountInUkrainianAndEnglishIsOneClaim() {
        List<Claim> uk = at("Сили ППО збили 30 дронів над Купʼянськом, повідомили у Повітряних силах.", "Купʼянськом")
                .number("30", 30, "drones").claims("uk-1", "uk", null);
        List<Claim> en = at("Air defence shot down 30 drones over Kupiansk, Ukraine's air force said.", "Kupiansk")
                .number("30", 30, "drones").claims("en-1", "en", null);
        ClaimReport r = compare(List.of(uk, en));
        ClaimReport.Group shot = groupOf(r, ClaimKind.SHOT_DOWN, "uk-1");
        assertThat(shot.articles()).containsExactlyInAnyOrder("uk-1", "en-1");
        assertThat(shot.independentSources()).isEqualTo(2);
        assertThat(r.disputes()).isEmpty();
    }

    @Test
    void anotherSidesCountInRussianIsADispute() {
        List<Claim> uk = at("Унаслідок обстрілу Купʼянська загинули 5 людей, повідомив Олег Синєгубов.", "Купʼянська")
                .named("Олег Синєгубов", "PERSON", 8).number("5", 5, "killed").claims("uk-1", "uk", null);
        List<Claim> en = at("Five people were killed in the shelling of Kupiansk, Ukraine's regional governor said.", "Kupiansk")
                .number("Five", 5, "killed").claims("en-1", "en", null);
        List<Claim> ru = at("В Минобороны России заявили, что в Купянске погибли 2 человека.", "Купянске")
                .number("2", 2, "killed").claims("ru-1", "ru", null);
        ClaimReport r = compare(List.of(uk, en, ru));
        assertThat(groupOf(r, ClaimKind.KILLED, "uk-1").articles()).containsExactlyInAnyOrder("uk-1", "en-1");
        assertThat(groupOf(r, ClaimKind.KILLED, "ru-1").articles()).containsExactly("ru-1");
        assertThat(r.disputes()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(ClaimKind.KILLED);
            assertThat(d.positions()).hasSize(2);
        });
    }

    @Test
    void twoHoldersOfOnePlaceInTwoLanguagesAreADispute() {
        List<Claim> uk = at("Сили оборони контролюють Купʼянськ, заявив Генштаб ЗСУ.", "Купʼянськ").claims("uk-1", "uk", null);
        List<Claim> ru = at("Российские войска заняли Купянск, сообщили в Минобороны России.", "Купянск").claims("ru-1", "ru", null);
        List<Claim> pl = at("Wojska rosyjskie zajęły Kupiańsk – podało rosyjskie Ministerstwo Obrony.", "Kupiańsk").claims("pl-1", "pl", null);
        ClaimReport r = compare(List.of(uk, ru, pl));
        assertThat(groupOf(r, ClaimKind.CONTROL, "ru-1").articles()).containsExactlyInAnyOrder("ru-1", "pl-1");
        assertThat(r.disputes()).singleElement().satisfies(d -> assertThat(d.kind()).isEqualTo(ClaimKind.CONTROL));
    }
}
