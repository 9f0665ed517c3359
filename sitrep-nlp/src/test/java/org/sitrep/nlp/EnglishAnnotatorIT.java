package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.sitrep.testkit.SharedData;

class EnglishAnnotatorIT {
    /**
     * Seed 000 carries no date. It is the Kyiv Post's report of the interview that seed 003 (Ukrinform, "date
     * 2023-11-26") reports on the same day; 2023-11-26 is taken as its publication date.
     */
    private static final Instant SEED_000_PUBLISHED = Instant.parse("2023-11-26T12:00:00Z");
    private final EnglishAnnotator nlp = EnglishAnnotator.shared();

    @Test
    void resolvesSaturdayAgainstPublicationDate() {
        Annotations a = nlp.annotate(SharedData.seedText("000_"), SEED_000_PUBLISHED, false);
        List<TimeMention> saturdays = a.times().stream().filter(t -> t.text().equals("Saturday")).toList();
        assertThat(saturdays).hasSize(2).allSatisfy(t -> {
            assertThat(t.precision()).isEqualTo(TimePrecision.DAY);
            assertThat(t.relative()).isTrue();
            assertThat(t.ownDate()).isFalse();
            assertThat(t.begin()).isBefore(SEED_000_PUBLISHED).isAfterOrEqualTo(SEED_000_PUBLISHED.minus(Duration.ofDays(7)));
            assertThat(t.value()).isEqualTo("2023-11-25");
        });
        assertThat(a.times()).extracting(TimeMention::text, TimeMention::value, TimeMention::precision)
                .contains(tuple("last week", "2023-W46", TimePrecision.WEEK), tuple("March 2024", "2024-03", TimePrecision.MONTH));
    }

    @Test
    void resolvesAgainstFetchTimeWhenPublicationIsUnknown() {
        Instant fetched = Instant.parse("2024-03-13T08:00:00Z"); // a Wednesday
        Annotations a = nlp.annotate("Officials said on Saturday that 12 drones were shot down over Odesa in 2023.", fetched, true);
        assertThat(a.referenceIsFetchTime()).isTrue();
        TimeMention saturday = a.times().stream().filter(t -> t.text().equals("Saturday")).findFirst().orElseThrow();
        assertThat(saturday.value()).isEqualTo("2024-03-09");
        assertThat(saturday.againstFetchTime()).isTrue();
        TimeMention year = a.times().stream().filter(t -> t.text().equals("2023")).findFirst().orElseThrow();
        assertThat(year.relative()).isFalse();
        assertThat(year.againstFetchTime()).isFalse();
        assertThat(a.quantities()).extracting(Quantity::value, Quantity::counted).containsExactly(tuple(12.0, "drones"));
    }

    @Test
    void findsTheNumbersOfEachSeedWithWhatTheyCount() {
        assertThat(counts("000_", "2023-11-26T12:00:00Z")).contains(tuple(10.0, "attacks"), tuple(18.0, "attacks"));
        assertThat(counts("001_", "2023-11-27T00:00:00Z")).contains(tuple(10.0, "attacks"), tuple(18.0, "attacks"));
        assertThat(counts("002_", "2022-09-11T00:00:00Z"))
                .contains(tuple(1000.0, "km2"), tuple(2000.0, "km"), tuple(30.0, "locations"), tuple(2.8e9, "USD"));
        assertThat(counts("003_", "2023-11-26T00:00:00Z"))
                .contains(tuple(4.0, "attacks"), tuple(10.0, "attacks"), tuple(18.0, "drones"), tuple(508.0, "rounds"));
        assertThat(counts("004_", "2024-11-14T15:10:00Z")).contains(tuple(21.0, "drones"), tuple(59.0, "drones"),
                tuple(2.0, "killed"), tuple(8.0, "wounded"), tuple(43.0, "settlements"), tuple(38.0, "drones"));
    }

    @Test
    void attributesQuotesToTheirSpeakers() {
        Annotations a = nlp.annotate(SharedData.seedText("000_"), SEED_000_PUBLISHED, false);
        assertThat(a.quotes()).extracting(Quote::speaker).containsExactly("Volodymyr Fityo", "Fityo", "Ukraine’s General staff");
        Quote first = a.quotes().getFirst();
        assertThat(first.text()).startsWith("And since there are no victories").endsWith("Russian occupation army,");
        assertThat(SharedData.seedText("000_").substring(first.start(), first.end())).isEqualTo(first.text());
        assertThat(a.sentences().get(first.sentence()).start()).isLessThanOrEqualTo(first.start());

        Annotations b = nlp.annotate(SharedData.seedText("003_"), Instant.parse("2023-11-26T00:00:00Z"), false);
        assertThat(b.quotes()).extracting(Quote::speaker).contains("Fitio", "the spokesman");
    }

    @Test
    void tellsTheArticlesOwnDatesFromReportedOnes() {
        Annotations a = nlp.annotate(SharedData.seedText("003_"), Instant.parse("2023-11-26T00:00:00Z"), false);
        assertThat(a.times()).filteredOn(TimeMention::ownDate).extracting(TimeMention::value).containsExactly("2023-11-26");
        assertThat(a.times()).filteredOn(t -> t.text().equals("the past day")).singleElement()
                .satisfies(t -> assertThat(t.ownDate()).isFalse());

        Annotations b = nlp.annotate(SharedData.seedText("004_"), Instant.parse("2024-11-14T15:10:00Z"), false);
        assertThat(b.times()).filteredOn(TimeMention::ownDate).singleElement().satisfies(t -> {
            assertThat(t.value()).isEqualTo("2024-11-14T15:10");
            assertThat(t.precision()).isEqualTo(TimePrecision.TIME);
        });
        assertThat(b.times()).filteredOn(t -> t.text().equals("November 13")).singleElement()
                .satisfies(t -> assertThat(t.ownDate()).isFalse());
    }

    @Test
    void keepsPlaceNamesCoreNlpTypedAsPersonsAsProperNouns() {
        Annotations a = nlp.annotate(SharedData.seedText("000_"), SEED_000_PUBLISHED, false);
        assertThat(a.mentions()).filteredOn(m -> m.type().equals(Mention.PROPER)).extracting(Mention::text)
                .contains("Kupyansk", "Bakhmut", "Tonenke");
        assertThat(a.mentions()).filteredOn(m -> m.type().equals("PERSON")).extracting(Mention::text)
                .contains("Volodymyr Fityo", "Vladimir Putin").doesNotContain("he");
        assertThat(a.mentions()).extracting(Mention::text, Mention::type).contains(tuple("Russia", "LOCATION"), tuple("Reuters", "ORGANIZATION"));
        String text = SharedData.seedText("000_");
        assertThat(a.mentions()).allSatisfy(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text()));
    }

    @Test
    void concurrentCallsGiveTheSameResultsAsSequentialOnes() throws Exception {
        List<String> seeds = List.of("000_", "002_", "003_", "004_");
        Instant ref = Instant.parse("2024-01-01T00:00:00Z");
        List<Annotations> sequential = new ArrayList<>();
        for (String s : seeds) sequential.add(nlp.annotate(SharedData.seedText(s), ref, false));
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<Annotations>> futures = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                for (String s : seeds) futures.add(pool.submit(() -> nlp.annotate(SharedData.seedText(s), ref, false)));
            }
            for (int i = 0; i < futures.size(); i++) assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % seeds.size()));
        }
    }

    @Test
    void emptyTextGivesEmptyAnnotations() {
        Annotations a = nlp.annotate("", Instant.parse("2024-01-01T00:00:00Z"), false);
        assertThat(a.sentences()).isEmpty();
        assertThat(a.times()).isEmpty();
    }

    @Test
    void aTextThatTripsCoreNlpsQuoteAnnotatorIsStillAnnotated() {
        // Written to reproduce what a real GeoWebNews listing did: CoreNLP's QuoteAnnotator threw
        // StringIndexOutOfBoundsException ("Range [159, 158)") on it.
        String text = "Va. There will be 70 townhouses. Builder : Basheer & Edgemoore. Features : All townhouses have a "
                + "two-car garage and covered entry. There’s gas heating, a 65-g";
        Annotations a = nlp.annotate(text, Instant.parse("2018-06-01T00:00:00Z"), false);
        assertThat(a.sentences()).isNotEmpty();
        assertThat(a.mentions()).extracting(Mention::text).contains("Basheer", "Edgemoore");
    }

    private List<org.assertj.core.groups.Tuple> counts(String seed, String published) {
        return nlp.annotate(SharedData.seedText(seed), Instant.parse(published), false).quantities().stream()
                .map(q -> tuple(q.value(), q.counted())).toList();
    }
}
