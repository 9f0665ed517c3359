package org.sitrep.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionTest {
    private static Attribution.Found first(String sentence) {
        List<Attribution.Found> found = Attribution.in(sentence);
        assertThat(found).as("attributions in: %s", sentence).isNotEmpty();
        return found.get(0);
    }

    private static String speaker(String sentence) {
        return first(sentence).name();
    }

    @Test
    void findsTheSubjectOfAReportingVerb() {
        assertThat(speaker("The regional governor said two people were hurt in the strike.")).isEqualTo("The regional governor");
        assertThat(speaker("Oleh Petrenko, meanwhile, announced that the bridge was closed.")).isEqualTo("Oleh Petrenko");
        assertThat(speaker("Maria Koval, though, said the town is calm.")).isEqualTo("Maria Koval");
    }

    @Test
    void stepsOverAnAppositiveToTheName() {
        Attribution.Found f = first("Ivan Sidorov, an official appointed by Moscow, earlier stated that troops entered the village.");
        assertThat(f.name()).isEqualTo("Ivan Sidorov");
        assertThat(f.description()).contains("appointed by Moscow");
        Attribution.Found g = first("The SBU, Ukraine's security service, said it had detained two agents.");
        assertThat(g.name()).isEqualTo("The SBU");
        assertThat(g.description()).contains("Ukraine's security service");
    }

    @Test
    void stepsOverCircumstancesToTheName() {
        assertThat(speaker("Defence spokesman Petro Hnatiuk, during a briefing on Monday, said the line held."))
                .isEqualTo("Defence spokesman Petro Hnatiuk");
    }

    @Test
    void readsInvertedAndAccordingTo() {
        assertThat(speaker("\"The line holds,\" said the brigade commander.")).isEqualTo("the brigade commander");
        assertThat(speaker("According to the General Staff, ten attacks were repelled near the river.")).isEqualTo("the General Staff");
        assertThat(speaker("According to U.K. officials, the losses are heavy.")).isEqualTo("U.K. officials");
    }

    @Test
    void aClauseBeforeACommaIsWhatWasSaidNotWhoSaidIt() {
        assertThat(speaker("Twelve villages in the Sumy region were left without power, reported the grid operator Ukrenergo."))
                .isEqualTo("the grid operator Ukrenergo");
    }

    @Test
    void keepsTheListenerOutOfIt() {
        assertThat(speaker("The brigade commander, Maj. Taras Lis, told reporters by phone that the plant still stands."))
                .isEqualTo("Maj. Taras Lis");
    }

    @Test
    void perfectTenseIsNoPassive() {
        assertThat(speaker("Moscow has denied it plans an attack.")).isEqualTo("Moscow");
        Attribution.Found f = first("It was announced that the crossing reopened.");
        assertThat(f.vague()).isTrue();
    }

    @Test
    void aCapitalisedStatesIsNoVerbAndSaidToBeIsNoAttribution() {
        assertThat(Attribution.in("Several countries, including the United States and Britain, sent aid.")).isEmpty();
        assertThat(Attribution.in("A port said to be of strategic importance was shelled.")).isEmpty();
    }

    @Test
    void marksPronounsAndVagueSources() {
        assertThat(first("He added that the shelling went on all night.").pronoun()).isTrue();
        assertThat(first("Sources said the convoy turned back.").vague()).isTrue();
    }
}
