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

/**
 * A place named inside an organisation's name ("New York" in "New York Times") is a place mention of its own
 * ({@link ArticleAnalysis#NESTED}) beside the organisation, which stays; a person named like a place, a small town
 * inside a name, and every such place with the rule off stay as they were. Over a small gazetteer written here.
 */
class NestedPlacesIT {
    private static Path gazetteer(Path dir) throws Exception {
        Path db = WrittenPlaces.gazetteer(dir, "5128581\tNew York\tNew York\tNYC\t40.71427\t-74.00597\tP\tPPL\tUS\t\tNY\t\t\t\t8804190\t\t10\tAmerica/New_York\t2023-01-01",
                "4160021\tJordan\tJordan\t\t40.0\t-75.0\tP\tPPL\tUS\t\tNY\t\t\t\t1200000\t\t10\tAmerica/New_York\t2023-01-01",
                "4929023\tChelsea\tChelsea\t\t42.39176\t-71.03283\tP\tPPL\tUS\t\tMA\t\t\t\t40160\t\t10\tAmerica/New_York\t2023-01-01");
        return db;
    }

    private static final String TEXT = "The New York Times reported that Jordan Peterson spoke. Chelsea Football Club won.";

    private static Annotations annotations() {
        int times = TEXT.indexOf("New York Times");
        int jordan = TEXT.indexOf("Jordan Peterson");
        int chelsea = TEXT.indexOf("Chelsea");
        return WrittenPlaces.annotations(List.of(new Sentence(0, 0, chelsea - 1, 9), new Sentence(1, chelsea, TEXT.length(), 5)),
                List.of(new Mention("New York Times", times, times + 14, "ORGANIZATION", 0),
                        new Mention("Jordan Peterson", jordan, jordan + 15, "PERSON", 0),
                        new Mention("Chelsea Football Club", chelsea, chelsea + 21, "ORGANIZATION", 1)));
    }

    @Test
    void aPlaceInsideAnOrganisationsNameIsAPlaceBesideIt(@TempDir Path dir) throws Exception {
        try (PlaceLookup places = PlaceLookup.with(Gazetteer.open(gazetteer(dir)))) {
            List<ArticleAnalysis.Found> found = ArticleAnalysis.classify(TEXT, annotations(), places, null);
            assertThat(found).extracting(ArticleAnalysis.Found::text)
                    .as("the newspaper, the city in its name, the person, the club (Chelsea, 40,160 people, is no big city)")
                    .containsExactly("New York Times", "New York", "Jordan Peterson", "Chelsea Football Club");
            assertThat(found.get(0).kind()).isEqualTo(ArticleAnalysis.Kind.ORGANIZATION);
            ArticleAnalysis.Found nested = found.get(1);
            assertThat(nested.kind()).isEqualTo(ArticleAnalysis.Kind.PLACE);
            assertThat(nested.nerType()).isEqualTo(ArticleAnalysis.NESTED);
            assertThat(ArticleAnalysis.placesNothing(nested.nerType())).isTrue();
            assertThat(nested.start()).isEqualTo(TEXT.indexOf("New York"));
            assertThat(nested.end()).isEqualTo(TEXT.indexOf(" Times"));
            assertThat(nested.place().id()).isEqualTo(5128581);
            assertThat(nested.placeStatus()).isEqualTo("resolved");
            assertThat(nested.placeDetail()).startsWith("named inside “New York Times”");
            assertThat(found.get(2).kind()).as("a person named like a big city").isEqualTo(ArticleAnalysis.Kind.PERSON);
        }
    }

    @Test
    void withTheRuleOffTheNameIsOnlyTheOrganisation(@TempDir Path dir) throws Exception {
        try (PlaceLookup places = PlaceLookup.with(Gazetteer.open(gazetteer(dir)))) {
            List<ArticleAnalysis.Found> found = ArticleAnalysis.classify(TEXT, annotations(), places, null, new MentionRules(true, false, false, false, false, false, false));
            assertThat(found).extracting(ArticleAnalysis.Found::text).containsExactly("New York Times", "Jordan Peterson", "Chelsea Football Club");
        }
    }

    @Test
    void anUntypedNameIsReadForAPlaceThatOpensItUnderItsMainName(@TempDir Path dir) throws Exception {
        Path db = WrittenPlaces.gazetteer(dir, "287286\tMuscat\tMuscat\t\t23.58413\t58.40778\tP\tPPLC\tOM\t\t06\t\t\t\t797000\t\t10\tAsia/Muscat\t2023-01-01",
                "298795\tTurkey\tTurkey\tTurcja\t39.0\t35.0\tA\tPCLI\tTR\t\t00\t\t\t\t82000000\t\t10\tEurope/Istanbul\t2023-01-01",
                "1269750\tIndia\tIndia\tIndie\t22.0\t79.0\tA\tPCLI\tIN\t\t00\t\t\t\t1300000000\t\t10\tAsia/Kolkata\t2023-01-01");
        String text = "The Muscat International Film Festival closed. The Butterball Turkey Talk Line opened. Indie Series Awards went out.";
        int festival = text.indexOf("Muscat");
        int line = text.indexOf("Butterball");
        int awards = text.indexOf("Indie");
        Annotations ann = WrittenPlaces.annotations(List.of(new Sentence(0, 0, line - 5, 6), new Sentence(1, line - 4, awards - 1, 6),
                new Sentence(2, awards, text.length(), 5)),
                List.of(new Mention("Muscat International Film Festival", festival, festival + 34, Mention.PROPER, 0),
                        new Mention("Butterball Turkey Talk Line", line, line + 27, Mention.PROPER, 1),
                        new Mention("Indie Series Awards", awards, awards + 19, Mention.PROPER, 2)));
        try (PlaceLookup places = PlaceLookup.with(Gazetteer.open(db))) {
            // The festival's city, which opens its name; not the bird inside a hotline's name, nor India's Polish name.
            assertThat(ArticleAnalysis.classify(text, ann, places, null)).singleElement().satisfies(f -> {
                assertThat(f.text()).isEqualTo("Muscat");
                assertThat(f.nerType()).isEqualTo(ArticleAnalysis.NESTED);
                assertThat(f.place().id()).isEqualTo(287286);
            });
            assertThat(ArticleAnalysis.classify(text, ann, places, null, MentionRules.defaults().withInsideUntypedNames(false)))
                    .as("with the rule off").isEmpty();
        }
    }
}
