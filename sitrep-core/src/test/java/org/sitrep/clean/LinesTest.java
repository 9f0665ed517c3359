package org.sitrep.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinesTest {
    @Test
    void aHeadlineMayEndInAQuotedWord() {
        assertThat(Lines.isHeadlineShaped("Ukraińcy weszli do Kupiańska, Moskwa mówi o „przegrupowaniu”")).isTrue();
        assertThat(Lines.isHeadlineShaped("Kremlin calls the retreat a \"regrouping\"")).isTrue();
        assertThat(Lines.isHeadlineShaped("ВСУ вошли в Купянск, Минобороны объявило о «перегруппировке»")).isTrue();
    }

    @Test
    void aSentenceEndingInAQuoteIsNotAHeadline() {
        assertThat(Lines.isHeadlineShaped("\"We waited for this day,\" one woman told local reporters, \"for half a year.\"")).isFalse();
        assertThat(Lines.isHeadlineShaped("Mieszkanka powiedziała: „Czekaliśmy na ten dzień”.")).isFalse();
        assertThat(Lines.isHeadlineShaped("The spokesman said it was not true!”")).isFalse();
    }

    @Test
    void aLineWithoutFinalPunctuationIsAHeadlineAndOneWithItIsNot() {
        assertThat(Lines.isHeadlineShaped("Ukrainian troops enter Kupiansk as Kharkiv offensive gathers pace")).isTrue();
        assertThat(Lines.isHeadlineShaped("Ukrainian soldiers entered the town of Kupiansk on Saturday.")).isFalse();
    }
}
