package org.sitrep.nlp.slavic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.nlp.Quantity;
import org.sitrep.nlp.Sentence;

class SlavicQuantitiesTest {
    private static List<Quantity> find(String text, String lang) {
        return SlavicQuantities.find(text, List.of(new Sentence(0, 0, text.length(), 0)), lang);
    }

    @Test
    void countsMissilesAndDronesOfTheSameAttack() {
        assertThat(find("У неділю Росія випустила по Україні 120 ракет і 90 дронів.", "uk"))
                .extracting(Quantity::value, Quantity::text, Quantity::counted)
                .containsExactly(tuple(120.0, "120", "missiles"), tuple(90.0, "90", "drones"));
        assertThat(find("В воскресенье Россия выпустила по Украине 120 ракет и 90 беспилотников.", "ru"))
                .extracting(Quantity::counted).containsExactly("missiles", "drones");
        assertThat(find("W niedzielę Rosja wystrzeliła na Ukrainę 120 rakiet i 90 dronów.", "pl"))
                .extracting(Quantity::counted).containsExactly("missiles", "drones");
    }

    @Test
    void theLastCountedNounOfThePhraseWins() {
        assertThat(find("Над областю знищено 12 російських ударних дронів.", "uk")).extracting(Quantity::counted).containsExactly("drones");
        assertThat(find("Уражено 5 військових об'єктів.", "uk")).extracting(Quantity::counted).containsExactly("objects");
        // "громадського" is public, not a community
        assertThat(find("Протягом 60 днів триває громадське обговорення.", "uk")).extracting(Quantity::counted).containsExactly((String) null);
        assertThat(find("До об'єднання увійшли 5 громад.", "uk")).extracting(Quantity::counted).containsExactly("communities");
        assertThat(find("Окупанти утримують 7 мирних жителів.", "uk")).extracting(Quantity::counted).containsExactly("civilians");
    }

    @Test
    void casualtiesOutrankACountOfPeopleBeforeOrAfterTheNumber() {
        // The missile strike on Sumy of 17 November 2024, in our words.
        assertThat(find("Унаслідок удару по Сумах загинули 11 людей, ще 84 людини поранені.", "uk"))
                .extracting(Quantity::value, Quantity::counted).containsExactly(tuple(11.0, "killed"), tuple(84.0, "wounded"));
        assertThat(find("В Сумах погибли 11 человек, ещё 84 получили ранения.", "ru"))
                .extracting(Quantity::value, Quantity::counted).containsExactly(tuple(11.0, "killed"), tuple(84.0, "wounded"));
        assertThat(find("W Sumach zginęło 11 osób, a 84 zostały ranne.", "pl"))
                .extracting(Quantity::value, Quantity::counted).containsExactly(tuple(11.0, "killed"), tuple(84.0, "wounded"));
        // "among the dead": a part of a count given elsewhere, not a count of its own
        assertThat(find("Серед загиблих двоє дітей.", "uk")).extracting(Quantity::value, Quantity::counted)
                .containsExactly(tuple(2.0, "children"));
        assertThat(find("Троє людей загинули, п'ятеро поранені.", "uk")).extracting(Quantity::value, Quantity::counted)
                .containsExactly(tuple(3.0, "killed"), tuple(5.0, "wounded"));
        assertThat(find("Среди погибших трое детей.", "ru")).extracting(Quantity::counted).containsExactly("children");
        assertThat(find("Погибли по меньшей мере 7 человек.", "ru")).extracting(Quantity::counted).containsExactly("killed");
        assertThat(find("Dwie osoby zginęły.", "pl")).extracting(Quantity::value, Quantity::counted).containsExactly(tuple(2.0, "killed"));
    }

    @Test
    void readsThousandsDecimalsAndMultipliers() {
        assertThat(find("Від початку року ворог запустив 2 500 дронів.", "uk")).extracting(Quantity::value, Quantity::text)
                .containsExactly(tuple(2500.0, "2 500"));
        assertThat(find("Запущено 1\u00a0200 беспилотников.", "ru")).extracting(Quantity::value).containsExactly(1200.0);
        Quantity money = find("США виділили ще 2,5 млрд доларів допомоги.", "uk").get(0);
        assertThat(money.value()).isEqualTo(2.5e9);
        assertThat(money.text()).isEqualTo("2,5 млрд");
        assertThat(money.counted()).isEqualTo("USD");
        assertThat(find("Пакет помощи составит $2,5 млрд.", "ru")).extracting(Quantity::value, Quantity::counted)
                .containsExactly(tuple(2.5e9, "USD"));
        assertThat(find("Wyremontowano pięć tysięcy domów.", "pl")).extracting(Quantity::value, Quantity::counted)
                .containsExactly(tuple(5000.0, "houses"));
        assertThat(find("Збитки сягнули 1,2 млн гривень.", "uk")).extracting(Quantity::counted).containsExactly("UAH");
        assertThat(find("Хабар становив $4 тис за дозвіл, штраф 136 тис грн.", "uk")).extracting(Quantity::value, Quantity::counted)
                .containsExactly(tuple(4000.0, "USD"), tuple(136_000.0, "UAH"));
    }

    @Test
    void readsAreasDistancesAndPercentages() {
        assertThat(find("Росія окупує майже 20% території України, понад 100 тис. кв. км.", "uk"))
                .extracting(Quantity::value, Quantity::counted).containsExactly(tuple(20.0, "percent"), tuple(100_000.0, "km2"));
        assertThat(find("Войска продвинулись на 5 км.", "ru")).extracting(Quantity::counted).containsExactly("km");
        assertThat(find("Zniszczono 30 procent infrastruktury.", "pl")).extracting(Quantity::counted).containsExactly("percent");
    }

    @Test
    void aRangeIsOneQuantityItsLowerBound() {
        assertThat(find("Щоночі ворог запускає 10–15 дронів.", "uk")).extracting(Quantity::value, Quantity::text, Quantity::counted)
                .containsExactly(tuple(10.0, "10–15", "drones"));
        assertThat(find("Каждую ночь летит от 10 до 15 дронов.", "ru")).extracting(Quantity::value, Quantity::text)
                .containsExactly(tuple(10.0, "10 до 15"));
        assertThat(find("Co noc leci od 10 do 15 dronów.", "pl")).extracting(Quantity::counted).containsExactly("drones");
    }

    @Test
    void theFirstOfTwoNumbersCountsWhatTheSecondCounts() {
        assertThat(find("ППО збила 74 з 90 дронів.", "uk")).extracting(Quantity::value, Quantity::counted)
                .containsExactly(tuple(74.0, "drones"), tuple(90.0, "drones"));
    }

    @Test
    void datesClocksModelsOrdinalsAndYearsAreNotQuantities() {
        assertThat(find("17 листопада 2024 року о 15:10 Су-34 скинув бомбу на 5-й поверх.", "uk")).isEmpty();
        assertThat(find("Війна триває з 2022.", "uk")).isEmpty();
        assertThat(find("Указ від 14.11.2024 набрав чинності.", "uk")).isEmpty();
        assertThat(find("Ukraina otrzymała F-16 w 2024 r.", "pl")).isEmpty();
        assertThat(find("Йому висунули підозру за ч. 2 ст. 364 Кримінального кодексу.", "uk")).isEmpty();
        assertThat(find("Zarzut z art. 148 kodeksu karnego.", "pl")).isEmpty();
        assertThat(find("Это случилось в начале 90-х годов.", "ru")).isEmpty();
        // "сім" is seven, "сім'я" a family; "один" is left out
        assertThat(find("Сім'я загиблого отримала допомогу від одного з фондів.", "uk")).isEmpty();
    }

    @Test
    void givesEachQuantityItsSentenceAndStopsAtItsEnd() {
        String text = "Загинули 3 людини. 5 дронів збито.";
        List<Sentence> sentences = List.of(new Sentence(0, 0, 18, 4), new Sentence(1, 19, text.length(), 4));
        assertThat(SlavicQuantities.find(text, sentences, "uk")).extracting(Quantity::sentence, Quantity::counted, Quantity::start)
                .containsExactly(tuple(0, "killed", 9), tuple(1, "drones", 19));
    }
}
