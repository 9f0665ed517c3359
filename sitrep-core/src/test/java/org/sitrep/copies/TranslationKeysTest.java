package org.sitrep.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TranslationKeysTest {
    @Test
    void oneTownInFourSpellingsAndTheirCasesHasOneKey() {
        String key = TranslationKeys.nameKey("Kupiansk", "en");
        assertThat(List.of(TranslationKeys.nameKey("Куп'янськ", "uk"), TranslationKeys.nameKey("Куп’янську", "uk"),
                TranslationKeys.nameKey("Купянска", "ru"), TranslationKeys.nameKey("Kupiańsku", "pl"), TranslationKeys.nameKey("Kupyansk", "en")))
                .containsOnly(key);
        assertThat(key).isNotEqualTo(TranslationKeys.nameKey("Kharkiv", "en"));
    }

    @Test
    void onePersonAcrossScriptsAndCasesHasOneKey() {
        String key = TranslationKeys.nameKey("Syrskyi", "en");
        assertThat(List.of(TranslationKeys.nameKey("Сирський", "uk"), TranslationKeys.nameKey("Сирського", "uk"),
                TranslationKeys.nameKey("Сырский", "ru"), TranslationKeys.nameKey("Syrski", "pl"), TranslationKeys.nameKey("Syrskiego", "pl")))
                .containsOnly(key);
    }

    @Test
    void polishLocativesAndGermanicChAreFolded() {
        assertThat(TranslationKeys.nameKey("Bachmucie", "pl")).isEqualTo(TranslationKeys.nameKey("Bakhmut", "en"))
                .isEqualTo(TranslationKeys.nameKey("Бахмуті", "uk"));
        assertThat(TranslationKeys.nameKey("Charkowie", "pl")).isEqualTo(TranslationKeys.nameKey("Kharkiv", "en"))
                .isEqualTo(TranslationKeys.nameKey("Харькове", "ru"));
        assertThat(TranslationKeys.nameKey("Chasiv", "en")).as("English ch is ч").isEqualTo(TranslationKeys.nameKey("Часів", "uk"));
    }

    @Test
    void numbersWrittenDifferentlyAreOneNumber() {
        assertThat(TranslationKeys.number("1 200", null)).isEqualTo("1200");
        assertThat(TranslationKeys.number("1,200", null)).isEqualTo("1200");
        assertThat(TranslationKeys.number("1\u00A0200", null)).isEqualTo("1200");
        assertThat(TranslationKeys.number("1,2", "тис.")).isEqualTo("1200");
        assertThat(TranslationKeys.number("2,5", null)).isEqualTo(TranslationKeys.number("2.5", null)).isEqualTo("2.5");
        assertThat(TranslationKeys.number("1.5", "млн")).isEqualTo("1500000");
    }

    @Test
    void daysWeekdaysAndNamesAreAnchorsOfTheirSentence() {
        TranslationKeys.Anchors en = TranslationKeys.of("Ukrainian forces entered Kupiansk on Saturday, September 10, the General Staff said.", "en");
        TranslationKeys.Anchors uk = TranslationKeys.of("У суботу, 10 вересня, українські сили увійшли до Куп'янська, повідомив Генштаб.", "uk");
        TranslationKeys.Anchors pl = TranslationKeys.of("W sobotę 10 września ukraińskie siły weszły do Kupiańska, podał Sztab Generalny.", "pl");
        assertThat(en.keys().get(0)).contains("d09-10", "w6", "#10", TranslationKeys.nameKey("Kupiansk", "en"));
        assertThat(uk.keys().get(0)).contains("d09-10", "w6", "#10", TranslationKeys.nameKey("Kupiansk", "en"));
        assertThat(pl.keys().get(0)).contains("d09-10", "w6", "#10", TranslationKeys.nameKey("Kupiansk", "en"));
        assertThat(uk.keys().get(0)).as("a sentence's capitalised first word is no name unless it is one elsewhere")
                .doesNotContain(TranslationKeys.nameKey("У", "uk"));
    }

    @Test
    void indexKeysLeaveOutWeekdaysAndSingleDigits() {
        List<String> keys = TranslationKeys.indexKeys("Kupiansk retaken", "On Saturday 3 brigades entered Kupiansk, 1,200 residents stayed.", "en", 40);
        assertThat(keys).contains("x:#1200", "x:" + TranslationKeys.nameKey("Kupiansk", "en")).doesNotContain("x:w6", "x:#3");
    }
}
