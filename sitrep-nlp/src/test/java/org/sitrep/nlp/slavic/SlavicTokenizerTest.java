package org.sitrep.nlp.slavic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.nlp.Sentence;

class SlavicTokenizerTest {
    private static List<String> words(String text) {
        return SlavicTokenizer.tokens(text).stream().map(SlavicToken::text).toList();
    }

    @Test
    void keepsApostrophesAndHyphensInsideWords() {
        assertThat(words("У Куп'янську, Купʼянську і Куп’янську; Івано-Франківськ, Су-27."))
                .containsExactly("У", "Куп'янську", ",", "Купʼянську", "і", "Куп’янську", ";", "Івано-Франківськ", ",", "Су-27", ".");
    }

    @Test
    void abbreviationsAndInitialsKeepTheirDotAndEndNoSentence() {
        String text = "Вчора в м. Київ на вул. Хрещатик виступив В. Зеленський. Потім ген. Сирський поїхав.";
        assertThat(words(text)).contains("м.", "вул.", "В.", "ген.");
        List<Sentence> s = SlavicTokenizer.sentences(text);
        assertThat(s).hasSize(2);
        assertThat(text.substring(s.get(0).start(), s.get(0).end())).isEqualTo("Вчора в м. Київ на вул. Хрещатик виступив В. Зеленський.");
        assertThat(text.substring(s.get(1).start(), s.get(1).end())).isEqualTo("Потім ген. Сирський поїхав.");
        assertThat(words("Spotkanie przy ul. Marszałkowskiej z gen. Kukułą.")).contains("ul.", "gen.");
        assertThat(SlavicTokenizer.sentences("Spotkanie przy ul. Marszałkowskiej z gen. Kukułą. Potem wyjechał.")).hasSize(2);
    }

    @Test
    void quotesAreTokensOfTheirOwn() {
        assertThat(words("партія «Слуга народу» і „Prawo i Sprawiedliwość“"))
                .containsExactly("партія", "«", "Слуга", "народу", "»", "і", "„", "Prawo", "i", "Sprawiedliwość", "“");
    }

    @Test
    void offsetsPointIntoTheOriginalText() {
        String text = "  Сырский\u00A0заявил:\n«Мы держим Купянск».  ";
        for (SlavicToken t : SlavicTokenizer.tokens(text)) assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        List<Sentence> s = SlavicTokenizer.sentences(text);
        assertThat(s).hasSize(2); // the line break ends the first
        assertThat(s.get(1).tokens()).isEqualTo(6);
    }

    @Test
    void sentenceEndsAfterClosingQuoteAndBeforeCapital() {
        List<Sentence> s = SlavicTokenizer.sentences("Він сказав: «Ми тримаємо Куп'янськ.» Потім пішов! А 14 листопада повернувся…");
        assertThat(s).hasSize(3);
    }

    @Test
    void numbersKeepTheirSeparatorsAndEndings() {
        assertThat(words("У 2024-му році 1,5 тис. і 12.11.2024")).containsExactly("У", "2024-му", "році", "1,5", "тис.", "і", "12.11.2024");
    }

    @Test
    void latinLetterInsideCyrillicWordAndOddInputDoNotCrash() {
        // "Київ" with a Latin "i", a lone apostrophe, emoji, empty text
        assertThat(words("Kиїв ' 😀 Сирсьkий")).containsExactly("Kиїв", "'", "😀", "Сирсьkий");
        assertThat(SlavicTokenizer.split("").tokens()).isEmpty();
        assertThat(SlavicTokenizer.sentences("...")).hasSize(1);
    }
}
