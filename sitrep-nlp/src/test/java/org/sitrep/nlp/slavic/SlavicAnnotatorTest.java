package org.sitrep.nlp.slavic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sitrep.nlp.Annotations;
import org.sitrep.nlp.Mention;
import org.sitrep.nlp.TimeMention;

/** The annotator joins names, dates, numbers and quotes over one text, with offsets into it. */
class SlavicAnnotatorTest {
    private static final Instant PUBLISHED = Instant.parse("2022-09-10T19:05:00Z");

    @Test
    void aUkrainianReportGivesNamesDatesNumbersAndQuotes() {
        String text = "Українські військові в суботу увійшли до Купʼянська, повідомив Олег Синєгубов. "
                + "За добу сили оборони відбили 12 атак. «Ми чекали на цей день пів року», — сказала журналістам місцева мешканка.";
        Annotations a = SlavicAnnotator.shared(Lang.UK).annotate(text, PUBLISHED, false);
        assertThat(a.sentences()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(a.mentions()).extracting(Mention::base).contains("Куп'янськ", "Олег Синєгубов");
        // "в суботу", read on Saturday 10 September 2022, is that day.
        assertThat(a.times()).extracting(TimeMention::value).contains("2022-09-10");
        assertThat(a.quantities()).anySatisfy(q -> {
            assertThat(q.value()).isEqualTo(12);
            assertThat(q.counted()).isEqualTo("attacks");
        });
        assertThat(a.quotes()).singleElement().satisfies(q -> assertThat(q.text()).startsWith("Ми чекали"));
        for (Mention m : a.mentions()) assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
    }

    @Test
    void aPolishReportGivesItsDatesAgainstThePublicationDay() {
        Annotations a = SlavicAnnotator.shared(Lang.PL).annotate(
                "Ukraińscy żołnierze w sobotę weszli do Kupiańska – poinformował Ołeh Syniehubow.", Instant.parse("2022-09-11T08:30:00Z"), false);
        assertThat(a.times()).extracting(TimeMention::value).contains("2022-09-10");
        assertThat(a.mentions()).extracting(Mention::base).contains("Kupiańsk");
    }
}
