package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceQualifierTest {
    private static java.util.List<String> after(String sentence, String mention) {
        return PlaceQualifier.after(sentence, sentence.indexOf(mention) + mention.length());
    }

    @Test
    void readsTheWordsAfterTheCommaLongestFirst() {
        assertThat(after("He grew up in Paris, Texas, and left.", "Paris")).containsExactly("Texas");
        assertThat(after("Dublin, Ohio Governor Mike DeWine said", "Dublin")).containsExactly("Ohio Governor Mike", "Ohio Governor", "Ohio");
        assertThat(after("in Kupiansk, Kharkiv Oblast.", "Kupiansk")).containsExactly("Kharkiv Oblast", "Kharkiv");
    }

    @Test
    void writesOutStateAbbreviations() {
        assertThat(after("Norfolk, Neb., officials said", "Norfolk")).containsExactly("Nebraska");
        assertThat(after("Paris, TX is small", "Paris")).containsExactly("Texas");
        assertThat(after("Athens, Ga. — The", "Athens")).containsExactly("Georgia");
    }

    @Test
    void findsNothingWithoutACommaAndACapital() {
        assertThat(after("Paris Texas", "Paris")).isEmpty();
        assertThat(after("Paris, which is", "Paris")).isEmpty();
        assertThat(after("in Paris", "Paris")).isEmpty();
    }
}
