package org.sitrep.understand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.claims.ClaimKind;
import org.sitrep.claims.Side;

class SlavicClaimCuesTest {
    private static List<ClaimKind> kinds(String text, String lang) {
        return SlavicClaimCues.kinds(text, lang).stream().map(ClaimCues.Cue::kind).toList();
    }

    @Test
    void controlInEveryLanguage() {
        assertThat(kinds("Сили оборони звільнили Кліщіївку.", "uk")).containsExactly(ClaimKind.CONTROL);
        assertThat(kinds("Российские войска освободили населённый пункт Угледар.", "ru")).containsExactly(ClaimKind.CONTROL);
        assertThat(kinds("Ukraińskie wojska wyzwoliły Kliszczijiwkę.", "pl")).containsExactly(ClaimKind.CONTROL);
    }

    @Test
    void shotDownKilledAndDenial() {
        assertThat(kinds("Сили ППО збили 104 ракети.", "uk")).containsExactly(ClaimKind.SHOT_DOWN);
        assertThat(kinds("Obrona powietrzna zestrzeliła 104 rakiety.", "pl")).containsExactly(ClaimKind.SHOT_DOWN);
        assertThat(kinds("В Сумах погибли 11 человек.", "ru")).containsExactly(ClaimKind.KILLED);
        assertThat(kinds("У Генштабі заявили, що це не відповідає дійсності.", "uk")).containsExactly(ClaimKind.DENIAL);
        assertThat(kinds("Песков опроверг эти сообщения.", "ru")).containsExactly(ClaimKind.DENIAL);
        assertThat(kinds("To nieprawda, oświadczył rzecznik.", "pl")).containsExactly(ClaimKind.DENIAL);
    }

    @Test
    void anIntentionIsNoClaim() {
        assertThat(kinds("Окупанти атакували Харків.", "uk")).containsExactly(ClaimKind.ATTACK);
        assertThat(kinds("Окупанти можуть атакувати Харків.", "uk")).isEmpty();
        assertThat(kinds("Rosja planuje zaatakować Charków.", "pl")).isEmpty();
        assertThat(kinds("Rosja zaatakowała Charków.", "pl")).containsExactly(ClaimKind.ATTACK);
    }

    @Test
    void theNextWordIsNotTheOffensive() {
        assertThat(kinds("Наступного дня відбулася нарада.", "uk")).isEmpty();
        assertThat(kinds("Триває наступ на Покровськ.", "uk")).containsExactly(ClaimKind.ATTACK);
    }

    @Test
    void aNumbersKindComesFromWhatItCountsAndTheVerbBesideIt() {
        String shot = "Сили ППО збили 104 ракети";
        assertThat(SlavicClaimCues.ofNumber(shot, shot.indexOf("104"), "missiles", false, "uk")).isEqualTo(ClaimKind.SHOT_DOWN);
        String launched = "Росія випустила 120 ракет";
        assertThat(SlavicClaimCues.ofNumber(launched, launched.indexOf("120"), "missiles", false, "uk")).isEqualTo(ClaimKind.LAUNCHED);
        String people = "В результате обстрела погибли 7 человек";
        assertThat(SlavicClaimCues.ofNumber(people, people.indexOf('7'), "people", false, "ru")).isEqualTo(ClaimKind.KILLED);
        String houses = "Uszkodzonych zostało 40 domów";
        assertThat(SlavicClaimCues.ofNumber(houses, houses.indexOf("40"), "houses", false, "pl")).isEqualTo(ClaimKind.DAMAGE);
        assertThat(SlavicClaimCues.ofNumber("Війська просунулися на 5 км", 24, "km", false, "uk")).isNull();
        assertThat(SlavicClaimCues.ofNumber("Загинули 3 людини", 9, "killed", false, "uk")).isEqualTo(ClaimKind.KILLED);
    }

    @Test
    void readsTheActingSide() {
        assertThat(SlavicClaimCues.actor("ЗСУ відбили атаку під Покровськом", Side.UKRAINE, ClaimKind.ATTACK, "uk")).isEqualTo(Side.UKRAINE);
        assertThat(SlavicClaimCues.actor("Російські війська обстріляли Херсон", Side.UNKNOWN, ClaimKind.ATTACK, "uk")).isEqualTo(Side.RUSSIA);
        assertThat(SlavicClaimCues.actor("Ворог атакував Суми", Side.UKRAINE, ClaimKind.ATTACK, "uk")).isEqualTo(Side.RUSSIA);
        assertThat(SlavicClaimCues.actor("Противник атаковал позиции", Side.RUSSIA, ClaimKind.ATTACK, "ru")).isEqualTo(Side.UKRAINE);
        assertThat(SlavicClaimCues.actor("Rosyjskie wojska zajęły wieś", Side.UNKNOWN, ClaimKind.CONTROL, "pl")).isEqualTo(Side.RUSSIA);
        // a withdrawal gives the place to the other side
        assertThat(SlavicClaimCues.actor("Українські військові відійшли з Авдіївки", Side.UNKNOWN, ClaimKind.CONTROL, "uk"))
                .isEqualTo(Side.RUSSIA);
        assertThat(SlavicClaimCues.actor("Наші захисники утримують позиції", Side.UKRAINE, ClaimKind.CONTROL, "uk")).isEqualTo(Side.UKRAINE);
    }

    @Test
    void readsVictimsAndHedges() {
        String text = "Знищено 400 російських військових";
        assertThat(SlavicClaimCues.victims(text, text.indexOf("400"), Side.UKRAINE, "uk")).isEqualTo(Side.RUSSIA);
        String enemy = "ликвидировано 50 вражеских солдат";
        assertThat(SlavicClaimCues.victims(enemy, enemy.indexOf("50"), Side.RUSSIA, "ru")).isEqualTo(Side.UKRAINE);
        assertThat(SlavicClaimCues.victims("zginęło 5 cywilów", 7, Side.UKRAINE, "pl")).isEqualTo(Side.UNKNOWN);
        assertThat(SlavicClaimCues.hedged("Росіяни нібито увійшли в місто", "uk")).isTrue();
        assertThat(SlavicClaimCues.hedged("Россияне якобы вошли в город", "ru")).isTrue();
        assertThat(SlavicClaimCues.hedged("Rosjanie rzekomo weszli do miasta", "pl")).isTrue();
        assertThat(SlavicClaimCues.hedged("Росіяни увійшли в місто", "uk")).isFalse();
    }

    @Test
    void rejectsALanguageItDoesNotKnow() {
        assertThatThrownBy(() -> SlavicClaimCues.kinds("text", "de")).isInstanceOf(IllegalArgumentException.class);
    }
}
