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
 * A country acting, typed as an organisation ("Russia denied"), is a mention of the country in {@link
 * ArticleAnalysis#classify}; an organisation that only contains a place name, or is named like a small town, stays
 * an organisation. Over a small gazetteer written here.
 */
class ActingPlacesIT {
    @Test
    void anOrganisationTypedCountryIsThePlaceAndOtherOrganisationsStay(@TempDir Path dir) throws Exception {
        Path db = WrittenPlaces.gazetteer(dir, "2017370\tRussia\tRussia\tRussian Federation\t60.0\t100.0\tA\tPCLI\tRU\t\t00\t\t\t\t140702000\t\t195\tEurope/Moscow\t2023-01-01",
                "5128581\tNew York\tNew York\tNYC\t40.71427\t-74.00597\tP\tPPL\tUS\t\tNY\t\t\t\t8804190\t\t10\tAmerica/New_York\t2023-01-01",
                "4929023\tChelsea\tChelsea\t\t42.39176\t-71.03283\tP\tPPL\tUS\t\tMA\t\t\t\t40160\t\t10\tAmerica/New_York\t2023-01-01");
        String text = "Russia denied it, the New York Times reported. Chelsea won on Sunday.";
        int times = text.indexOf("New York Times");
        int chelsea = text.indexOf("Chelsea");
        Annotations ann = WrittenPlaces.annotations(List.of(new Sentence(0, 0, chelsea - 1, 10), new Sentence(1, chelsea, text.length(), 4)),
                List.of(new Mention("Russia", 0, 6, "ORGANIZATION", 0),
                        new Mention("New York Times", times, times + 14, "ORGANIZATION", 0),
                        new Mention("Chelsea", chelsea, chelsea + 7, "ORGANIZATION", 1)));
        try (PlaceLookup places = PlaceLookup.with(Gazetteer.open(db))) {
            List<ArticleAnalysis.Found> found = ArticleAnalysis.classify(text, ann, places, null);
            // "New York" inside the newspaper's name is a place of its own beside it (NestedPlacesIT).
            assertThat(found).extracting(ArticleAnalysis.Found::text).containsExactly("Russia", "New York Times", "New York", "Chelsea");
            assertThat(found.get(0).kind()).isEqualTo(ArticleAnalysis.Kind.PLACE);
            assertThat(found.get(0).place().id()).isEqualTo(2017370);
            assertThat(found.get(1).kind()).as("a newspaper that names a city").isEqualTo(ArticleAnalysis.Kind.ORGANIZATION);
            assertThat(found.get(2).nerType()).isEqualTo(ArticleAnalysis.NESTED);
            assertThat(found.get(3).kind()).as("a club named like a town of 40,000").isEqualTo(ArticleAnalysis.Kind.ORGANIZATION);
        }
    }

    @Test
    void aCountryAbbreviationAsAModifierIsAMentionOfTheCountryButOtherCapitalsAreNot(@TempDir Path dir) throws Exception {
        Path db = WrittenPlaces.gazetteer(dir, "6252001\tUnited States\tUnited States\tUSA,US,U.S.\t39.76\t-98.5\tA\tPCLI\tUS\t\t00\t\t\t\t327167434\t\t10\tAmerica/New_York\t2023-01-01");
        String text = "The fine was paid in US dollars while IT staff and the CEO left the US.";
        Annotations ann = WrittenPlaces.annotations(List.of(new Sentence(0, 0, text.length(), 16)),
                List.of(new Mention("US", text.lastIndexOf("US"), text.lastIndexOf("US") + 2, "LOCATION", 0)));
        try (PlaceLookup places = PlaceLookup.with(Gazetteer.open(db))) {
            List<ArticleAnalysis.Found> found = ArticleAnalysis.classify(text, ann, places, null);
            assertThat(found).filteredOn(f -> ArticleAnalysis.DEMONYM.equals(f.nerType())).singleElement().satisfies(f -> {
                assertThat(f.start()).isEqualTo(text.indexOf("US dollars"));
                assertThat(f.place().id()).isEqualTo(6252001);
            });
            assertThat(found).extracting(ArticleAnalysis.Found::text).as("no IT, no CEO").containsExactly("US", "US");
        }
    }

    @Test
    void aSurnameOfAPersonNamedInFullIsThatPersonNotTheTownSoNamed(@TempDir Path dir) throws Exception {
        Path db = WrittenPlaces.gazetteer(dir, "4738214\tTyler\tTyler\t\t32.35126\t-95.30106\tP\tPPL\tUS\t\tTX\t\t\t\t103700\t\t10\tAmerica/Chicago\t2023-01-01");
        String text = "Steven Tyler sang on Friday. Tyler said the tour goes on.";
        int second = text.indexOf("Tyler said");
        Annotations ann = WrittenPlaces.annotations(List.of(new Sentence(0, 0, second - 1, 6), new Sentence(1, second, text.length(), 7)),
                List.of(new Mention("Steven Tyler", 0, 12, "PERSON", 0), new Mention("Tyler", second, second + 5, "PERSON", 1)));
        try (PlaceLookup places = PlaceLookup.with(Gazetteer.open(db))) {
            List<ArticleAnalysis.Found> found = ArticleAnalysis.classify(text, ann, places, null);
            assertThat(found).extracting(ArticleAnalysis.Found::kind)
                    .as("the singer twice; without him, Tyler (a city of 100,000) would act as a place")
                    .containsExactly(ArticleAnalysis.Kind.PERSON, ArticleAnalysis.Kind.PERSON);
        }
        // Alone, the same "Tyler" is the city acting.
        String alone = "Tyler said the tour goes on.";
        Annotations ann2 = WrittenPlaces.annotations(List.of(new Sentence(0, 0, alone.length(), 7)),
                List.of(new Mention("Tyler", 0, 5, "PERSON", 0)));
        try (PlaceLookup places = PlaceLookup.with(Gazetteer.open(db))) {
            assertThat(ArticleAnalysis.classify(alone, ann2, places, null)).extracting(ArticleAnalysis.Found::kind)
                    .containsExactly(ArticleAnalysis.Kind.PLACE);
        }
    }

    @Test
    void aNameTypedAsAPersonOrLeftUntypedIsThePlaceTheArticlePlacedUnderThatName(@TempDir Path dir) throws Exception {
        Path db = WrittenPlaces.gazetteer(dir, "704508\tChasiv Yar\tChasiv Yar\tChasov Yar\t48.5867\t37.8355\tP\tPPL\tUA\t\t05\t\t\t\t12557\t\t10\tEurope/Kyiv\t2023-01-01",
                "712165\tBakhmut\tBakhmut\tArtemivsk\t48.5948\t38.0006\tP\tPPLA2\tUA\t\t05\t\t\t\t80500\t\t10\tEurope/Kyiv\t2023-01-01");
        String text = "Shells hit Chasiv Yar near Bakhmut. Troops were told to take Chasiv Yar. The targets would be Bakhmut and more.";
        int s2 = text.indexOf("Troops");
        int s3 = text.indexOf("The targets");
        int yar2 = text.indexOf("Chasiv Yar", s2);
        int bakhmut2 = text.indexOf("Bakhmut", s3);
        Annotations ann = WrittenPlaces.annotations(List.of(new Sentence(0, 0, s2 - 1, 7), new Sentence(1, s2, s3 - 1, 8),
                new Sentence(2, s3, text.length(), 7)),
                List.of(new Mention("Chasiv Yar", 11, 21, "LOCATION", 0), new Mention("Bakhmut", 27, 34, "LOCATION", 0),
                        new Mention("Chasiv Yar", yar2, yar2 + 10, "PERSON", 1),
                        new Mention("Bakhmut", bakhmut2, bakhmut2 + 7, Mention.PROPER, 2)));
        try (PlaceLookup places = PlaceLookup.with(Gazetteer.open(db))) {
            List<ArticleAnalysis.Found> found = ArticleAnalysis.classify(text, ann, places, null);
            assertThat(found).extracting(ArticleAnalysis.Found::kind).as("%s", found).containsOnly(ArticleAnalysis.Kind.PLACE).hasSize(4);
            assertThat(found.get(2).place().id()).as("a two-word 'person' spelt as the town placed before").isEqualTo(704508);
            assertThat(found.get(3).place().id()).as("an untyped name with nothing around it, spelt as a town placed before").isEqualTo(712165);
            assertThat(found.get(3).placeDetail()).contains("resolved elsewhere in the article");
        }
        // Without the located mentions, the same person and untyped name are no places.
        Annotations alone = WrittenPlaces.annotations(ann.sentences(), List.of(new Mention("Chasiv Yar", yar2, yar2 + 10, "PERSON", 1),
                new Mention("Bakhmut", bakhmut2, bakhmut2 + 7, Mention.PROPER, 2)));
        try (PlaceLookup places = PlaceLookup.with(Gazetteer.open(db))) {
            assertThat(ArticleAnalysis.classify(text, alone, places, null)).extracting(ArticleAnalysis.Found::kind)
                    .containsExactly(ArticleAnalysis.Kind.PERSON);
        }
    }

    @Test
    void countryInitialsAreTheCountryTheArticleIsAboutAndNothingElse(@TempDir Path dir) throws Exception {
        Path db = WrittenPlaces.gazetteer(dir, "953987\tSouth Africa\tSouth Africa\t\t-29.0\t24.0\tA\tPCLI\tZA\t\t00\t\t\t\t56000000\t\t10\tAfrica/Johannesburg\t2023-01-01",
                "102358\tSaudi Arabia\tSaudi Arabia\t\t25.0\t45.0\tA\tPCLI\tSA\t\t00\t\t\t\t34000000\t\t10\tAsia/Riyadh\t2023-01-01",
                "3573591\tTrinidad and Tobago\tTrinidad and Tobago\t\t11.0\t-61.0\tA\tPCLI\tTT\t\t00\t\t\t\t1300000\t\t10\tAmerica/Port_of_Spain\t2023-01-01");
        String text = "Mines in South Africa employ many. SA holds the reserves. T&T said nothing.";
        int sa = text.indexOf("SA ");
        int tt = text.indexOf("T&T");
        Annotations ann = WrittenPlaces.annotations(List.of(new Sentence(0, 0, sa - 1, 6), new Sentence(1, sa, tt - 1, 4),
                new Sentence(2, tt, text.length(), 4)),
                List.of(new Mention("South Africa", 9, 21, "LOCATION", 0), new Mention("SA", sa, sa + 2, Mention.PROPER, 1),
                        new Mention("T&T", tt, tt + 3, "ORGANIZATION", 2)));
        try (PlaceLookup places = PlaceLookup.with(Gazetteer.open(db))) {
            List<ArticleAnalysis.Found> found = ArticleAnalysis.classify(text, ann, places, null);
            // South Africa is named, Saudi Arabia (also "SA") is not; nothing says the article is about Trinidad and Tobago.
            assertThat(found).filteredOn(f -> f.kind() == ArticleAnalysis.Kind.PLACE).extracting(ArticleAnalysis.Found::text)
                    .containsExactly("South Africa", "SA");
            assertThat(found.get(1).place().id()).isEqualTo(953987);
            // On a site of Trinidad and Tobago, T&T is the country.
            List<ArticleAnalysis.Found> home = ArticleAnalysis.classify(text, ann, places, org.sitrep.geo.OutletHome.country("TT"));
            assertThat(home).filteredOn(f -> f.text().equals("T&T")).singleElement()
                    .satisfies(f -> assertThat(f.place().id()).isEqualTo(3573591));
            // A report that names both countries leaves "SA" alone; so does a headline in capitals.
            String both = "Saudi Arabia and South Africa met. SA holds the reserves.";
            int sa2 = both.indexOf("SA ");
            Annotations ann2 = WrittenPlaces.annotations(List.of(new Sentence(0, 0, sa2 - 1, 6), new Sentence(1, sa2, both.length(), 4)),
                    List.of(new Mention("Saudi Arabia", 0, 12, "LOCATION", 0), new Mention("South Africa", 17, 29, "LOCATION", 0)));
            assertThat(ArticleAnalysis.classify(both, ann2, places, null)).extracting(ArticleAnalysis.Found::text)
                    .containsExactly("Saudi Arabia", "South Africa");
            String headline = "MINES IN SOUTH AFRICA: SA HOLDS THE RESERVES";
            Annotations ann3 = WrittenPlaces.annotations(List.of(new Sentence(0, 0, headline.length(), 8)),
                    List.of(new Mention("SOUTH AFRICA", 9, 21, "LOCATION", 0)));
            assertThat(ArticleAnalysis.classify(headline, ann3, places, null)).extracting(ArticleAnalysis.Found::text)
                    .containsExactly("SOUTH AFRICA");
        }
    }
}
