package org.sitrep.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.imports.GazetteerImport;
import org.sitrep.nlp.Annotations;
import org.sitrep.nlp.Mention;
import org.sitrep.nlp.Sentence;

/**
 * What a careful reader finds inside names beyond the prominent places ({@link NestedPlacesIT}): one sense per
 * article ("Slidell PD" and the club "Allendale" in an article that names Slidell and Allendale as places), a county
 * under its full name inside a name ("Daviess County Public Schools"), and a place inside a place-typed name the
 * gazetteer lacks ("Air Zimbabwe", which then is the airline); each rule off, the names are as they were. A person
 * named like a place is never read. Over a small gazetteer written here.
 */
class PlacesInsideNamesIT {
    private static final long SLIDELL = 4341378;
    private static final long ALLENDALE = 4497000;
    private static final long DAVIESS = 4290000;
    private static final long ZIMBABWE = 878675;

    private static Path gazetteer(Path dir) throws Exception {
        Path main = Files.writeString(dir.resolve("g.txt"), String.join("\n",
                "4341378\tSlidell\tSlidell\t\t30.27519\t-89.78117\tP\tPPL\tUS\t\tLA\t103\t\t\t27634\t\t10\tAmerica/Chicago\t2023-01-01",
                "4497000\tAllendale\tAllendale\t\t33.00793\t-81.30844\tP\tPPLA2\tUS\t\tSC\t005\t\t\t3482\t\t10\tAmerica/New_York\t2023-01-01",
                "4290000\tDaviess County\tDaviess County\t\t37.73\t-87.07\tA\tADM2\tUS\t\tKY\t059\t\t\t0\t\t10\tAmerica/Chicago\t2023-01-01",
                "4289000\tOwensboro\tOwensboro\t\t37.77422\t-87.11333\tP\tPPLA2\tUS\t\tKY\t059\t\t\t59809\t\t10\tAmerica/Chicago\t2023-01-01",
                "878675\tZimbabwe\tZimbabwe\tRhodesia\t-19.0\t29.75\tA\tPCLI\tZW\t\t00\t\t\t\t16320537\t\t10\tAfrica/Harare\t2023-01-01",
                "4331987\tLouisiana\tLouisiana\tLA\t31.00047\t-92.0004\tA\tADM1\tUS\t\tLA\t\t\t\t4681666\t\t10\tAmerica/Chicago\t2023-01-01", ""));
        Path db = dir.resolve("g.sqlite");
        GazetteerImport.importFile(main, db);
        return db;
    }

    private static final String TEXT = "Police in Slidell, Louisiana, said the Slidell PD will help. Allendale won at home in Allendale. "
            + "Daviess County Public Schools closed. Air Zimbabwe flew. Slidell Jones sang.";

    private static Mention at(String name, String type, int sentence) {
        int start = TEXT.indexOf(name);
        return new Mention(name, start, start + name.length(), type, sentence);
    }

    private static Mention atLast(String name, String type, int sentence) {
        int start = TEXT.lastIndexOf(name);
        return new Mention(name, start, start + name.length(), type, sentence);
    }

    private static Annotations annotations() {
        List<Sentence> sentences = new ArrayList<>();
        int from = 0;
        int i = 0;
        for (String s : TEXT.split("(?<=\\.) ")) {
            int start = TEXT.indexOf(s, from);
            sentences.add(new Sentence(i++, start, start + s.length(), s.split(" ").length));
            from = start + s.length();
        }
        return new Annotations(sentences, List.of(
                at("Slidell", "CITY", 0), at("Louisiana", "STATE_OR_PROVINCE", 0), at("Slidell PD", "ORGANIZATION", 0),
                at("Allendale", "ORGANIZATION", 1), atLast("Allendale", "LOCATION", 1),
                at("Daviess County Public Schools", "ORGANIZATION", 2), at("Air Zimbabwe", "LOCATION", 3), at("Slidell Jones", "PERSON", 4)),
                List.of(), List.of(), List.of(), Instant.parse("2024-01-01T00:00:00Z"), false);
    }

    private static ArticleAnalysis.Found nested(List<ArticleAnalysis.Found> found, String text, int from) {
        return found.stream().filter(f -> ArticleAnalysis.NESTED.equals(f.nerType()) && f.text().equals(text) && f.start() >= from).findFirst().orElse(null);
    }

    @Test
    void aReaderFindsThePlacesInsideTheseNames(@TempDir Path dir) throws Exception {
        try (PlaceLookup places = PlaceLookup.with(Gazetteer.open(gazetteer(dir)))) {
            List<ArticleAnalysis.Found> found = ArticleAnalysis.classify(TEXT, annotations(), places, null);
            ArticleAnalysis.Found pd = nested(found, "Slidell", TEXT.indexOf("Slidell PD"));
            assertThat(pd).as("Slidell inside Slidell PD, as the article places it").isNotNull();
            assertThat(pd.place().id()).isEqualTo(SLIDELL);
            assertThat(pd.placeDetail()).contains("resolved elsewhere in the article");
            assertThat(ArticleAnalysis.placesNothing(pd.nerType())).isTrue();
            ArticleAnalysis.Found club = nested(found, "Allendale", TEXT.indexOf("Allendale"));
            assertThat(club).as("the club's whole name, spelt as the town").isNotNull();
            assertThat(club.start()).isEqualTo(TEXT.indexOf("Allendale"));
            assertThat(club.place().id()).isEqualTo(ALLENDALE);
            assertThat(found).as("the organisation stays beside it")
                    .anyMatch(f -> f.kind() == ArticleAnalysis.Kind.ORGANIZATION && f.start() == club.start() && f.text().equals("Allendale"));
            ArticleAnalysis.Found county = nested(found, "Daviess County", 0);
            assertThat(county).as("a county under its full name inside a name").isNotNull();
            assertThat(county.place().id()).isEqualTo(DAVIESS);
            ArticleAnalysis.Found zimbabwe = nested(found, "Zimbabwe", 0);
            assertThat(zimbabwe).isNotNull();
            assertThat(zimbabwe.place().id()).isEqualTo(ZIMBABWE);
            assertThat(found).as("the name the gazetteer lacks, named after the country, is the airline")
                    .anyMatch(f -> f.text().equals("Air Zimbabwe") && f.kind() == ArticleAnalysis.Kind.ORGANIZATION);
            assertThat(found).as("a person named like the town is read for nothing")
                    .noneMatch(f -> f.start() >= TEXT.indexOf("Slidell Jones") && f.kind() == ArticleAnalysis.Kind.PLACE);
        }
    }

    @Test
    void eachRuleOffLeavesItsNamesAsTheyWere(@TempDir Path dir) throws Exception {
        try (PlaceLookup places = PlaceLookup.with(Gazetteer.open(gazetteer(dir)))) {
            MentionRules all = MentionRules.defaults();
            List<ArticleAnalysis.Found> noSense = ArticleAnalysis.classify(TEXT, annotations(), places, null, all.withOneSense(false));
            assertThat(nested(noSense, "Slidell", TEXT.indexOf("Slidell PD"))).as("Slidell is no prominent place").isNull();
            assertThat(nested(noSense, "Allendale", 0)).isNull();
            assertThat(nested(noSense, "Daviess County", 0)).isNotNull();
            List<ArticleAnalysis.Found> noCounty = ArticleAnalysis.classify(TEXT, annotations(), places, null, all.withNestedCounties(false));
            assertThat(nested(noCounty, "Daviess County", 0)).isNull();
            assertThat(nested(noCounty, "Allendale", 0)).isNotNull();
            List<ArticleAnalysis.Found> noUnknown = ArticleAnalysis.classify(TEXT, annotations(), places, null, all.withInsideUnknownPlaces(false));
            assertThat(nested(noUnknown, "Zimbabwe", 0)).isNull();
            assertThat(noUnknown).as("Air Zimbabwe stays a place the gazetteer lacks")
                    .anyMatch(f -> f.text().equals("Air Zimbabwe") && f.kind() == ArticleAnalysis.Kind.PLACE && "not_in_gazetteer".equals(f.placeStatus()));
        }
    }
}
