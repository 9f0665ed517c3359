package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The rules that turn what a store knows of an article into the clusterer's features, without a store. */
class EventInputsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2023, 6, 8);
    private static final Function<String, String> LOWER = w -> w.toLowerCase(Locale.ROOT);
    private static final EventVectors.Frequencies FLAT = new EventVectors.Frequencies() {
        @Override
        public long documents() {
            return 100;
        }

        @Override
        public long df(String key) {
            return 1;
        }
    };

    private static ArticleFacts facts(String title, String text, LocalDate published, boolean annotated, List<Long> entities,
                                      List<ArticleFacts.PlaceMention> places, List<LocalDate> days) {
        return new ArticleFacts("a1", "outlet", title, text, published, annotated, entities, places, days, null, null, null, null);
    }

    @Test
    void anAnnotatedArticleInALanguageThatDeclinesNamesIsNamedByItsEntitiesNames() {
        Function<String, String> key = w -> w.toLowerCase(Locale.ROOT);
        String enText = "Troops entered Kupiansk, Oleksandr Syrskyi said.";
        ArticleFacts en = new ArticleFacts("en", "o", null, enText, PUBLISHED, true, null, List.of(), List.of(), null, null, null, null,
                "en", List.of(new ArticleFacts.NamedSpan(15, 23, "Kupiansk"), new ArticleFacts.NamedSpan(25, 42, "Oleksandr Syrskyi")));
        String ukText = "Військові увійшли до Купʼянська, повідомив Олександр Сирський з Генштабу.";
        int at = ukText.indexOf("Купʼянська"), who = ukText.indexOf("Олександр");
        ArticleFacts uk = new ArticleFacts("uk", "o", null, ukText, PUBLISHED, true, null, List.of(), List.of(), null, null, null, null,
                "uk", List.of(new ArticleFacts.NamedSpan(at, at + 10, "Kupiansk"), new ArticleFacts.NamedSpan(who, who + 18, "Oleksandr Syrskyi")));
        // English: its capitalised words, as before (the entity names are not read).
        assertThat(EventInputs.names(en, key)).containsExactly("w:kupiansk", "w:oleksandr", "w:syrskyi");
        // Ukrainian: a linked word counts as its entity's name, whatever its case ending; an unlinked name stays as written.
        assertThat(EventInputs.names(uk, key)).containsExactly("w:kupiansk", "w:oleksandr", "w:syrskyi", "w:генштабу");
        // Not annotated: its capitalised words, inflected as written.
        ArticleFacts raw = new ArticleFacts("uk2", "o", null, ukText, PUBLISHED, false, null, List.of(), List.of(), null, null, null,
                null, "uk", List.of());
        assertThat(EventInputs.names(raw, key)).hasSize(4).doesNotContain("w:kupiansk");
    }

    @Test
    void theReportedDayIsTheDayNamedMostOftenWithinTheMonthBeforePublication() {
        LocalDate dam = PUBLISHED.minusDays(2);
        List<LocalDate> named = List.of(dam, dam, PUBLISHED.minusDays(1), PUBLISHED.minusDays(40), PUBLISHED.minusDays(40),
                PUBLISHED.minusDays(40), PUBLISHED.plusDays(3), PUBLISHED.plusDays(3), PUBLISHED.plusDays(3));
        assertThat(EventInputs.reportedDay(PUBLISHED, true, named, 30))
                .as("40 days back and 3 days ahead are out of the window, however often named").isEqualTo(dam);
    }

    @Test
    void theLookBackIsInclusiveAndConfigurable() {
        LocalDate edge = PUBLISHED.minusDays(30);
        assertThat(EventInputs.reportedDay(PUBLISHED, true, List.of(edge), 30)).isEqualTo(edge);
        assertThat(EventInputs.reportedDay(PUBLISHED, true, List.of(edge), 29)).isEqualTo(PUBLISHED);
    }

    @Test
    void tiesBetweenNamedDaysGoToTheLatest() {
        LocalDate early = PUBLISHED.minusDays(5);
        LocalDate late = PUBLISHED.minusDays(3);
        assertThat(EventInputs.reportedDay(PUBLISHED, true, List.of(late, early, early, late), 30)).isEqualTo(late);
        assertThat(EventInputs.reportedDay(PUBLISHED, true, List.of(early), 30)).as("one mention beats the publication day").isEqualTo(early);
    }

    @Test
    void withoutAnnotationOrPublicationDateTheDayFallsBack() {
        List<LocalDate> named = List.of(PUBLISHED.minusDays(2));
        assertThat(EventInputs.reportedDay(PUBLISHED, false, named, 30)).isEqualTo(PUBLISHED);
        assertThat(EventInputs.reportedDay(null, true, named, 30)).as("a fetch time says nothing of when things happened").isNull();
        assertThat(EventInputs.reportedDay(PUBLISHED, true, List.of(), 30)).isEqualTo(PUBLISHED);
    }

    @Test
    void capitalisedWordsThatDoNotOpenASentenceAreNamesByTheirKey() {
        List<String> names = EventInputs.capitalised("Shelling hit Kupiansk overnight. Officials in Kharkiv said: Two died, "
                + "said Syniehubov and the UN.", LOWER);
        assertThat(names).containsExactly("w:kupiansk", "w:kharkiv", "w:syniehubov", "w:un");
    }

    @Test
    void aWordWithoutAKeyIsItsOwnKey() {
        assertThat(EventInputs.capitalised("Shelling hit Kupyansk", w -> w.equals("kupyansk") ? "kupiansk" : ""))
                .containsExactly("w:kupiansk");
        assertThat(EventInputs.capitalised("Shelling hit Kupyansk", w -> "")).containsExactly("w:kupyansk");
    }

    @Test
    void numbersOfTwoDigitsOrMoreAreNames() {
        assertThat(EventInputs.numbers("7 killed, 45 wounded in 2023 attack")).containsExactly("#45", "#2023");
        assertThat(EventInputs.numbers(null)).isEmpty();
    }

    @Test
    void namesAreTheEntitiesWhenGivenElseTheCapitalisedWordsAndAlwaysTheNumbers() {
        String text = "Shelling hit Kupiansk, 12 hurt.";
        assertThat(EventInputs.names(facts("Attack on Kupiansk", text, PUBLISHED, true, List.of(7L, 7L, 9L), List.of(), List.of()), LOWER))
                .containsExactly("e:7", "e:7", "e:9", "#12");
        assertThat(EventInputs.names(facts("Attack on Kupiansk", text, PUBLISHED, false, null, List.of(), List.of()), LOWER))
                .containsExactly("w:kupiansk", "w:kupiansk", "#12");
    }

    @Test
    void aPlaceInTheFirstSentenceWeighsThreeAndCountriesAndRegionsDoNotCount() {
        Map<String, Integer> w = EventInputs.placeWeights(List.of(
                new ArticleFacts.PlaceMention(1, 0, "PPL"),
                new ArticleFacts.PlaceMention(1, 2, "PPL"),
                new ArticleFacts.PlaceMention(2, 4, null),
                new ArticleFacts.PlaceMention(3, 0, "PCLI"),
                new ArticleFacts.PlaceMention(4, 0, "pcld"),
                new ArticleFacts.PlaceMention(5, 0, "ADM1"),
                new ArticleFacts.PlaceMention(6, 0, "ADM2"),
                new ArticleFacts.PlaceMention(7, 1, "CONT"),
                new ArticleFacts.PlaceMention(8, 1, "RGN"),
                new ArticleFacts.PlaceMention(9, 1, "AREA")));
        assertThat(w).containsExactlyInAnyOrderEntriesOf(Map.of("e:1", 4, "e:2", 1, "e:6", 3));
    }

    @Test
    void anArticleWithoutAHeadlineIsTitledByItsFirstSentence() {
        assertThat(EventInputs.title("  Dam destroyed  ", "ignored")).isEqualTo("Dam destroyed");
        assertThat(EventInputs.title(" ", "The Kakhovka dam was breached overnight. Water flooded Kherson."))
                .isEqualTo("The Kakhovka dam was breached overnight.");
        assertThat(EventInputs.title(null, "x".repeat(200))).hasSize(120).endsWith("…");
    }

    @Test
    void featuresCarryTheRulesAndTheCopyLink() {
        float[] raw = {3, 4};
        EventFeatures.Vectors replaced = new EventFeatures.Vectors(Map.of("dam", 1f), Map.of(), null);
        ArticleFacts a = new ArticleFacts("a1", "outlet", null, "The Kakhovka dam in Nova Kakhovka was breached, 12 villages flooded.",
                PUBLISHED, true, null, List.of(new ArticleFacts.PlaceMention(5, 0, "PPL")), List.of(PUBLISHED.minusDays(2)), raw,
                "Eb", "b", replaced);
        EventFeatures f = EventInputs.features(a, FLAT, LOWER, EventParams.defaults());
        assertThat(f.date()).isEqualTo(PUBLISHED.minusDays(2));
        assertThat(f.title()).startsWith("The Kakhovka dam");
        assertThat(f.embedding()).containsExactly(0.6f, 0.8f);
        assertThat(f.places()).isEqualTo(Map.of("e:5", 3));
        assertThat(f.names()).containsOnlyKeys("w:nova", "w:kakhovka", "#12");
        assertThat(f.originEvent()).isEqualTo("Eb");
        assertThat(f.originArticle()).isEqualTo("b");
        assertThat(f.replaces()).isSameAs(replaced);
        assertThat(EventInputs.features(a, FLAT, LOWER, EventParams.defaults().toBuilder().reportedDaysBack(1).build()).date())
                .as("the look-back comes from the parameters").isEqualTo(PUBLISHED);
    }
}
