package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class DemonymsTest {
    private final Demonyms d = Demonyms.shipped();

    @Test
    void linksModifiersToTheirCountrysGeoNamesRecord() {
        String text = "Russian forces shelled Kupiansk; Ukrainian troops held, American officials said.";
        assertThat(d.find(text)).extracting(Demonyms.Found::text, Demonyms.Found::countryCode, Demonyms.Found::geonameId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Russian", "RU", 2017370L),
                        org.assertj.core.groups.Tuple.tuple("Ukrainian", "UA", 690791L),
                        org.assertj.core.groups.Tuple.tuple("American", "US", 6252001L));
        assertThat(d.find(text).get(1).start()).isEqualTo(text.indexOf("Ukrainian"));
    }

    @Test
    void leavesPeoplesLanguagesAndWordsThatContainADemonymAlone() {
        assertThat(d.find("Mexicans voted. He spoke in Russian to Ukrainians. A Russian-language site.")).isEmpty();
        assertThat(d.find("He speaks Ukrainian fluently.")).isEmpty();
        assertThat(d.find("The Belarusian border and Prussian history.")).extracting(Demonyms.Found::text)
                .containsExactly("Belarusian");
        assertThat(d.find("the war was Russian.")).as("not a modifier: nothing follows").isEmpty();
    }

    @Test
    void findsADemonymInACompoundThatSaysWhoActsAndAModifierAfterIn() {
        assertThat(d.find("Russian-backed separatists and the Australian-led hunt met an anti-Russian policy."))
                .extracting(Demonyms.Found::text).containsExactly("Russian", "Australian", "Russian");
        assertThat(d.find("Checks in British farms.")).extracting(Demonyms.Found::text).containsExactly("British");
        assertThat(d.find("The text was written in Russian and translated into Ukrainian by hand.")).isEmpty();
        assertThat(d.find("A Russian-speaking town and a Russian-language site.")).as("languages, not who acts").isEmpty();
    }

    @Test
    void prefersTheLongestFormAndKnowsContinents() {
        assertThat(d.find("South Korean and European leaders met.")).extracting(Demonyms.Found::text, Demonyms.Found::countryCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("South Korean", "KR"),
                        org.assertj.core.groups.Tuple.tuple("European", ""));
        assertThat(d.size()).as("built from the package, not a hand list of a few").isGreaterThan(200);
        assertThat(d.of("Polish")).get().extracting(Demonyms.Found::countryCode).isEqualTo("PL");
    }

    @Test
    void findsUkrainianRussianAndPolishAdjectivesInAnyEndingButNotLanguages() {
        assertThat(d.find("Російські війська обстріляли Куп'янськ, а українських військових не було.")).extracting(
                Demonyms.Found::text, Demonyms.Found::geonameId).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Російські", 2017370L), org.assertj.core.groups.Tuple.tuple("українських", 690791L));
        assertThat(d.find("российские войска и rosyjscy żołnierze oraz rosyjskie drony")).extracting(Demonyms.Found::countryCode)
                .containsExactly("RU", "RU", "RU");
        assertThat(d.find("Він говорив українською мовою; po polsku i w języku polskim; rosyjsky tekst")).isEmpty();
    }

    @Test
    void aPartOfTheWorldBeforeACountrysDemonymIsNotThatCountry() {
        assertThat(d.find("Central American migrants, Latin American leaders and Northern Irish parties met South American and "
                + "North American officials."))
                .extracting(Demonyms.Found::text, Demonyms.Found::countryCode, Demonyms.Found::geonameId)
                .containsExactly(tuple("South American", "", 6255150L), tuple("North American", "", 6255149L));
        assertThat(d.find("South African troops, North Korean troops and West African troops; the Central African Republic's army; American and "
                + "Irish officials.")).extracting(Demonyms.Found::text, Demonyms.Found::countryCode)
                .containsExactly(tuple("South African", "ZA"), tuple("North Korean", "KP"), tuple("African", ""), tuple("Central African", "CF"),
                        tuple("American", "US"), tuple("Irish", "IE"));
    }
}
