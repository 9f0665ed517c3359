package org.sitrep.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.geo.TransliterationKey;

class NameQueryTest {
    /** The spellings an entity index holds for Kupiansk, by the key every one of them shares. */
    private static final Map<String, List<String>> INDEX = Map.of(
            TransliterationKey.of("Kupiansk"), List.of("Kupiansk", "Kupyansk", "Куп'янськ", "Kupiańsk", "KUPIANSK"));

    private static NameQuery.Widened widen(String q) {
        List<String> asked = new ArrayList<>();
        NameQuery.Widened w = NameQuery.widen(q, key -> {
            asked.add(key);
            return INDEX.getOrDefault(key, List.of());
        });
        return w;
    }

    @Test
    void aNameIsAlsoSearchedInItsOtherSpellingsAndScripts() {
        NameQuery.Widened w = widen("Kupyansk");
        // Kupyansk itself is the query; Kupiańsk and KUPIANSK fold to what the index already matches.
        assertThat(w.alsoSearched()).containsExactly("Kupiansk", "Куп'янськ");
        assertThat(w.query()).startsWith("(Kupyansk)").contains("OR \"Kupiansk\"").contains("OR \"Куп'янськ\"")
                // A prefix for the inflected forms: Куп'янську, Kupiańsku.
                .contains("OR Kupiansk*").contains("OR Куп'янськ*");
    }

    @Test
    void aCyrillicQueryFindsTheLatinSpellings() {
        assertThat(widen("Купʼянськ").alsoSearched()).contains("Kupiansk", "Kupyansk");
    }

    @Test
    void queriesInTheSearchSyntaxAreLeftAsWritten() {
        for (String q : List.of("\"Kupiansk\"", "Kupiansk AND shelling", "title:Kupiansk", "Kupi*", "Kupiansk -Izium")) {
            NameQuery.Widened w = widen(q);
            assertThat(w.query()).as(q).isEqualTo(q);
            assertThat(w.alsoSearched()).as(q).isEmpty();
        }
    }

    @Test
    void nothingIsAddedWhenNoEntityCarriesTheName() {
        NameQuery.Widened w = widen("Vovchansk");
        assertThat(w.query()).isEqualTo("Vovchansk");
        assertThat(w.alsoSearched()).isEmpty();
    }

    @Test
    void quotesAndSyntaxInsideASpellingAreEscaped() {
        NameQuery.Widened w = NameQuery.widen("Odesa", k -> List.of("Odesa", "Odessa \"port\"", "O(dessa)"));
        assertThat(w.query()).contains("\"Odessa \\\"port\\\"\"").contains("O\\(dessa\\)*");
    }
}
