package org.sitrep.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.geo.Gazetteer;
import org.sitrep.nlp.Annotations;
import org.sitrep.nlp.Mention;
import org.sitrep.nlp.Sentence;

/** Demonyms as mentions of their country in {@link ArticleAnalysis#classify}, over a small gazetteer written here. */
class DemonymPlacesIT {
    @Test
    void aDemonymModifierIsAMentionOfItsCountryUnlessANameCoversIt(@TempDir Path dir) throws Exception {
        Path db = WrittenPlaces.gazetteer(dir, "2017370\tRussia\tRussia\tRussian Federation\t60.0\t100.0\tA\tPCLI\tRU\t\t00\t\t\t\t140702000\t\t195\tEurope/Moscow\t2023-01-01",
                "703656\tKupiansk\tKupiansk\tKupyansk\t49.71003\t37.61581\tP\tPPLA2\tUA\t\t07\t\t\t\t27169\t\t99\tEurope/Kyiv\t2023-01-01");
        String text = "Russian forces shelled Kupiansk, the Russian Defence Ministry said. Ukrainian troops held.";
        int ministry = text.indexOf("Russian Defence Ministry");
        int kupiansk = text.indexOf("Kupiansk");
        int second = text.indexOf("Ukrainian");
        Annotations ann = WrittenPlaces.annotations(List.of(new Sentence(0, 0, second - 1, 12), new Sentence(1, second, text.length(), 3)),
                List.of(new Mention("Kupiansk", kupiansk, kupiansk + 8, "LOCATION", 0),
                        new Mention("Russian Defence Ministry", ministry, ministry + 24, "ORGANIZATION", 0)));
        try (PlaceLookup places = PlaceLookup.with(Gazetteer.open(db))) {
            List<ArticleAnalysis.Found> found = ArticleAnalysis.classify(text, ann, places, null);
            assertThat(found).filteredOn(f -> ArticleAnalysis.DEMONYM.equals(f.nerType())).singleElement().satisfies(f -> {
                assertThat(f.start()).isZero();
                assertThat(f.kind()).isEqualTo(ArticleAnalysis.Kind.PLACE);
                assertThat(f.place().id()).isEqualTo(2017370);
                assertThat(f.sentence()).isZero();
            });
            assertThat(found).as("the ministry stays an organisation, its demonym a place named inside it; Ukraine is not in this gazetteer")
                    .extracting(ArticleAnalysis.Found::text).containsExactly("Russian", "Kupiansk", "Russian Defence Ministry", "Russian");
            assertThat(found.get(3).nerType()).isEqualTo(ArticleAnalysis.NESTED);
            assertThat(found.get(3).start()).isEqualTo(ministry);
            assertThat(found.get(3).place().id()).isEqualTo(2017370);
        }
    }
}
