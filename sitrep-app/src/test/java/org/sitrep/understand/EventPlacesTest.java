package org.sitrep.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.store.EventPlaceRows.ArticleText;
import org.sitrep.store.EventPlaceRows.PlaceRow;

/** Which stored place mentions an event may settle, and which count as places an article named (issue 16). */
class EventPlacesTest {
    private static PlaceRow row(String text, String nerType, String status, Double confidence, Long geonameId) {
        return new PlaceRow("a1", 0, text.length(), text, nerType, 0, status, confidence, geonameId);
    }

    @Test
    void onlyAmbiguousMentionsAndGuessesAreDoubtful() {
        assertThat(EventPlaces.doubtful(row("Ivanivka", "LOCATION", "ambiguous", null, null))).isTrue();
        assertThat(EventPlaces.doubtful(row("Ivanivka", "LOCATION", "guessed", 0.5, 900_001L))).isTrue();
        assertThat(EventPlaces.doubtful(row("Kupiansk", "LOCATION", "resolved", 0.9, 703656L))).isFalse();
        assertThat(EventPlaces.doubtful(row("Atlantis", "LOCATION", "not_in_gazetteer", null, null))).isFalse();
    }

    @Test
    void theEventsPlacesAreThoseChosenWithConfidenceThatSayWhere() {
        List<PlaceRow> article = List.of(
                row("Kupiansk", "LOCATION", "resolved", 0.92, 703656L),
                row("Ukraine", "LOCATION", "resolved", null, 690791L), // resolved before confidences were stored
                row("Russian", "DEMONYM", "resolved", 1.0, 2017370L), // says who, not where
                row("Kyiv Independent", "NESTED", "resolved", 0.95, 703448L),
                row("Izium", "LOCATION", "resolved", 0.55, 707292L), // below the bar
                row("Ivanivka", "LOCATION", "guessed", 0.5, 900_001L));
        assertThat(EventPlaces.confidentPlaces(article, 0.7)).containsExactly(703656L, 690791L);
    }

    @Test
    void anArticleWithNothingDoubtfulOrNoEventPlacesIsNotReadAgain() {
        ArticleText text = new ArticleText("Kupiansk was shelled.", List.of(new int[] {0, 21}), "en");
        List<PlaceRow> sure = List.of(row("Kupiansk", "LOCATION", "resolved", 0.9, 703656L));
        // No resolver is needed, or asked: null would fail if it were.
        assertThat(EventPlaces.settle(sure, text, List.of(), null, null)).isEmpty();
        List<PlaceRow> doubtful = List.of(row("Ivanivka", "LOCATION", "ambiguous", null, null));
        assertThat(EventPlaces.settle(doubtful, text, List.of(), null, null)).isEmpty();
    }
}
