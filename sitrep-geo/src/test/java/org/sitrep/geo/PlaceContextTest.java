package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.geo.SmallGazetteer.IVANIVKA_KHARKIV;
import static org.sitrep.geo.SmallGazetteer.IVANIVKA_KHERSON;
import static org.sitrep.geo.SmallGazetteer.PARIS_FR;
import static org.sitrep.geo.SmallGazetteer.PARIS_TX;
import static org.sitrep.geo.SmallGazetteer.TEXAS;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.geo.PlaceResolution.Reason;
import org.sitrep.geo.PlaceResolution.Resolved;
import org.sitrep.geo.PlaceResolution.Unresolved;

/**
 * What the article and its outlet say when namesakes compete (issue 16): "City, State" qualifiers, a region placed
 * elsewhere in the text, the outlet's home country, and the confidence and evidence of each pick.
 */
class PlaceContextTest {
    @TempDir
    static Path dir;
    private static Gazetteer gazetteer;
    private static PlaceResolver resolver;

    @BeforeAll
    static void open() throws Exception {
        gazetteer = Gazetteer.open(SmallGazetteer.build(dir));
        resolver = new PlaceResolver(gazetteer);
    }

    @AfterAll
    static void close() {
        gazetteer.close();
    }

    /** Each mention is "text|type|sentence"; the sentence must contain the text. */
    private static List<PlaceResolution> resolve(PlaceResolver r, String outletCountry, String... mentions) {
        return resolveAt(r, OutletHome.country(outletCountry), mentions);
    }

    private static List<PlaceResolution> resolveAt(PlaceResolver r, OutletHome home, String... mentions) {
        List<PlaceMention> out = new ArrayList<>();
        for (String m : mentions) {
            String[] f = m.split("\\|", 3);
            int at = f[2].indexOf(f[0]);
            if (at < 0) throw new IllegalArgumentException("sentence lacks the mention: " + m);
            out.add(new PlaceMention(f[0], at, at + f[0].length(), f[2], f[1]));
        }
        return r.resolve(out, home);
    }

    private static Resolved resolvedTo(PlaceResolution r, long id) {
        assertThat(r).isInstanceOf(Resolved.class);
        Resolved resolved = (Resolved) r;
        assertThat(resolved.place().id()).as(resolved.why()).isEqualTo(id);
        return resolved;
    }

    @Test
    void cityCommaStatePicksTheTownInThatState() {
        Resolved r = resolvedTo(resolve(resolver, null, "Paris|LOCATION|He grew up in Paris, Texas, and left.").get(0), PARIS_TX);
        assertThat(r.evidence()).contains(PlaceEvidence.QUALIFIER);
        assertThat(r.why()).contains("followed by its region");
        assertThat(r.confidence()).isGreaterThan(0.99);
    }

    @Test
    void anAbbreviatedStateAfterTheCommaCountsToo() {
        resolvedTo(resolve(resolver, null, "Paris|LOCATION|Storms hit Paris, Tex., overnight.").get(0), PARIS_TX);
        resolvedTo(resolve(resolver, null, "Paris|LOCATION|Storms hit Paris, TX overnight.").get(0), PARIS_TX);
    }

    @Test
    void cityCommaCountryPicksTheTownInThatCountry() {
        Resolved r = resolvedTo(resolve(resolver, null, "Paris|LOCATION|Talks in Paris, France ended.").get(0), PARIS_FR);
        assertThat(r.evidence()).contains(PlaceEvidence.QUALIFIER);
        assertThat(r.why()).contains("followed by its country");
    }

    @Test
    void aCommaBeforeAnotherTownIsNoQualifier() {
        // "Paris, Moscow and Kharkiv": Moscow is neither a region nor a country, so the capital keeps its lead.
        Resolved r = resolvedTo(resolve(resolver, null, "Paris|LOCATION|Envoys flew to Paris, Moscow and Kharkiv.").get(0), PARIS_FR);
        assertThat(r.evidence()).doesNotContain(PlaceEvidence.QUALIFIER);
    }

    @Test
    void aRegionPlacedElsewhereInTheArticleContainsTheTown() {
        List<PlaceResolution> out = resolve(resolver, null, "Texas|LOCATION|Storms swept across Texas on Monday.",
                "Paris|LOCATION|In Paris, roofs were torn off.");
        resolvedTo(out.get(0), TEXAS);
        Resolved paris = resolvedTo(out.get(1), PARIS_TX);
        assertThat(paris.evidence()).contains(PlaceEvidence.REGION_NAMED, PlaceEvidence.COUNTRY_NAMED);
        assertThat(paris.why()).contains("its region (Texas) named in the article");
    }

    @Test
    void withoutTheRegionTheFamousNamesakeStillWins() {
        Resolved r = resolvedTo(resolve(resolver, null, "Paris|LOCATION|In Paris, roofs were torn off.").get(0), PARIS_FR);
        assertThat(r.evidence()).containsExactly(PlaceEvidence.POPULATION);
    }

    @Test
    void aPrepositionBeforeAnUntypedNameCountsInTheOutletsHomeCountry() {
        // "driving into Castlegar" on a Canadian site: local news does not name its towns' country.
        Resolved home = resolvedTo(resolve(resolver, "CA", "Castlegar|PROPER|Instead of driving into Castlegar, people can stay.")
                .get(0), SmallGazetteer.CASTLEGAR);
        assertThat(home.evidence()).contains(PlaceEvidence.OUTLET_HOME);
        // Elsewhere the same words are no evidence of a place: the name stays a name.
        Unresolved abroad = (Unresolved) resolve(resolver, "IE", "Castlegar|PROPER|Instead of driving into Castlegar, people can stay.").get(0);
        assertThat(abroad.reason()).isEqualTo(Reason.NOT_A_PLACE);
        Unresolved noPreposition = (Unresolved) resolve(resolver, "CA", "Castlegar|PROPER|Castlegar said it would appeal.").get(0);
        assertThat(noPreposition.reason()).isEqualTo(Reason.NOT_A_PLACE);
    }

    @Test
    void aNameInCapitalsFitsOnlyAPlaceSpeltSoNotOneThatSharesItsKey() {
        // "Kharkow" is Kharkiv by its transliteration key; in capitals it is read as an acronym would be, by spelling.
        resolvedTo(resolve(resolver, null, "Kharkow|LOCATION|Shells hit Kharkow overnight.").get(0), SmallGazetteer.KHARKIV);
        Unresolved caps = (Unresolved) resolve(resolver, null, "KHARKOW|LOCATION|SHELLS HIT KHARKOW OVERNIGHT.").get(0);
        assertThat(caps.reason()).isEqualTo(Reason.NOT_IN_GAZETTEER);
        resolvedTo(resolve(resolver, null, "KHARKIV|LOCATION|SHELLS HIT KHARKIV OVERNIGHT.").get(0), SmallGazetteer.KHARKIV);
        resolvedTo(resolve(resolver, null, "KHARKOV|LOCATION|SHELLS HIT KHARKOV OVERNIGHT.").get(0), SmallGazetteer.KHARKIV);
    }

    @Test
    void theNameAfterSeaOfIsTheSeaNotTheTown() {
        resolvedTo(resolve(resolver, null, "Azov|LOCATION|Ships left the port of Azov on Monday.").get(0), SmallGazetteer.AZOV);
        Unresolved sea = (Unresolved) resolve(resolver, null, "Azov|LOCATION|Ships left the Sea of Azov on Monday.").get(0);
        assertThat(sea.reason()).isEqualTo(Reason.NOT_IN_GAZETTEER);
        Unresolved gulf = (Unresolved) resolve(resolver, null, "Azov|LOCATION|A storm in the gulf of Azov sank two boats.").get(0);
        assertThat(gulf.reason()).isEqualTo(Reason.NOT_IN_GAZETTEER);
        // Untyped, it is still a place the gazetteer lacks, not a name that is no place.
        Unresolved untyped = (Unresolved) resolve(resolver, null, "Azov|PROPER|Ships left the Sea of Azov on Monday.").get(0);
        assertThat(untyped.reason()).isEqualTo(Reason.NOT_IN_GAZETTEER);
    }

    @Test
    void theOutletsHomeCountryIsAWeakPrior() {
        // The default weight does not move the capital of France to a town of 25,000 in a US outlet...
        Resolved weak = resolvedTo(resolve(resolver, "US", "Paris|LOCATION|In Paris, roofs were torn off.").get(0), PARIS_FR);
        assertThat(weak.evidence()).doesNotContain(PlaceEvidence.OUTLET_HOME);
        Resolved without = resolvedTo(resolve(resolver, null, "Paris|LOCATION|In Paris, roofs were torn off.").get(0), PARIS_FR);
        assertThat(weak.confidence()).isLessThan(without.confidence());
        // ...but it is the prior that counts, and it counts for its places only.
        PlaceResolver strong = new PlaceResolver(gazetteer, PlaceParams.defaults().toBuilder().outletHomeWeight(8).build());
        Resolved home = resolvedTo(resolve(strong, "us", "Paris|LOCATION|In Paris, roofs were torn off.").get(0), PARIS_TX);
        assertThat(home.evidence()).contains(PlaceEvidence.OUTLET_HOME);
        assertThat(home.why()).contains("in the outlet's country");
        resolvedTo(resolve(strong, "UA", "Paris|LOCATION|In Paris, roofs were torn off.").get(0), PARIS_FR);
    }

    @Test
    void aSoleCandidateIsCertain() {
        Resolved r = resolvedTo(resolve(resolver, null, "Kupiansk|LOCATION|Shelling hit Kupiansk.").get(0), SmallGazetteer.KUPIANSK);
        assertThat(r.confidence()).isEqualTo(1.0);
        assertThat(r.evidence()).contains(PlaceEvidence.ONLY_CANDIDATE);
        assertThat(r.lowConfidence(resolver.params())).isFalse();
    }

    @Test
    void aCoinTossBetweenNamesakesIsALowConfidenceGuessOrLeftAmbiguous() {
        String mention = "Ivanivka|LOCATION|Ivanivka was shelled overnight.";
        Resolved guess = resolvedTo(resolve(resolver, null, mention).get(0), IVANIVKA_KHARKIV);
        assertThat(guess.confidence()).isBetween(0.5, 0.52);
        assertThat(guess.lowConfidence(resolver.params())).isTrue();
        assertThat(guess.guess()).isTrue();
        assertThat(guess.why()).startsWith("a guess, Ivanivka (UA, Kharkiv").contains("; also Ivanivka (UA, Kherson");

        PlaceResolver strict = new PlaceResolver(gazetteer, PlaceParams.defaults().toBuilder().minConfidence(0.6).build());
        assertThat(resolve(strict, null, mention).get(0))
                .isInstanceOfSatisfying(Unresolved.class, u -> assertThat(u.reason()).isEqualTo(Reason.AMBIGUOUS));
    }

    @Test
    void aMentionTypedAsSomethingElseIsNoPlaceWhenItsBestFitIsOnlyAGuess() {
        String sentence = "The counteroffensive near Ivanivka in Ukraine began.";
        PlaceResolution r = resolve(resolver, null, "Ukraine|LOCATION|" + sentence, "Ivanivka|MISC|" + sentence).get(1);
        assertThat(r).isInstanceOfSatisfying(Unresolved.class, u -> {
            assertThat(u.reason()).isEqualTo(Reason.NOT_A_PLACE);
            assertThat(u.detail()).startsWith("typed MISC and its best fit is only a guess among namesakes (Ivanivka (UA, Kharkiv");
        });
        // Untyped, it is a guess as before.
        resolvedTo(resolve(resolver, null, "Ukraine|LOCATION|" + sentence, "Ivanivka||" + sentence).get(1), IVANIVKA_KHARKIV);
    }

    @Test
    void aMentionThatCarriesItsQualifierIsTheNameBeforeTheComma() {
        Resolved r = resolvedTo(resolve(resolver, null, "Paris, Texas|LOCATION|Storms hit Paris, Texas overnight.").get(0), PARIS_TX);
        assertThat(r.evidence()).contains(PlaceEvidence.QUALIFIER);
    }

    @Test
    void theOutletsCountryDoesNotTellNamesakesInItApart() {
        // Both Ivanivkas are Ukrainian: the outlet's country lifts both alike, and the call stays a coin toss.
        Resolved r = resolvedTo(resolve(resolver, "UA", "Ivanivka|LOCATION|Ivanivka was shelled overnight.").get(0), IVANIVKA_KHARKIV);
        assertThat(r.lowConfidence(resolver.params())).isTrue();
        // A region named in the text makes the pick, with the evidence recorded.
        Resolved kherson = resolvedTo(resolve(resolver, "UA",
                "Ivanivka|LOCATION|Ivanivka was shelled overnight, the Kherson region's governor said.").get(0), IVANIVKA_KHERSON);
        assertThat(kherson.evidence()).contains(PlaceEvidence.REGION_NAMED, PlaceEvidence.OUTLET_HOME);
        assertThat(kherson.confidence()).isGreaterThan(0.99);
    }

    @Test
    void anOhioOutletsDublinIsDublinOhioAndEveryoneElsesIsIreland() {
        String mention = "Dublin|LOCATION|The school board in Dublin met on Tuesday.";
        OutletHome ohio = new OutletHome("US", "OH", "test");
        Resolved local = resolvedTo(resolveAt(resolver, ohio, mention).get(0), SmallGazetteer.DUBLIN_OH);
        assertThat(local.guess()).isFalse();
        assertThat(local.evidence()).contains(PlaceEvidence.OUTLET_HOME);
        assertThat(local.why()).contains("in the outlet's home region");
        // No home, a US outlet with no region known, an outlet at home in Texas: Ireland's capital, by population.
        resolvedTo(resolveAt(resolver, null, mention).get(0), SmallGazetteer.DUBLIN_IE);
        resolvedTo(resolve(resolver, "US", mention).get(0), SmallGazetteer.DUBLIN_IE);
        resolvedTo(resolveAt(resolver, new OutletHome("US", "TX", "test"), mention).get(0), SmallGazetteer.DUBLIN_IE);
        // Naming Ohio too only helps.
        resolvedTo(resolveAt(resolver, ohio, mention, "Ohio|LOCATION|Ohio officials came.").get(0), SmallGazetteer.DUBLIN_OH);
    }

    @Test
    void theTextOutweighsTheOutletsHomeRegion() {
        OutletHome ohio = new OutletHome("US", "OH", "test");
        // A qualifier places the name elsewhere: the prior does not count for any candidate.
        Resolved r = resolvedTo(resolveAt(resolver, ohio, "Dublin|LOCATION|Flights to Dublin, Ireland were cancelled.").get(0),
                SmallGazetteer.DUBLIN_IE);
        assertThat(r.evidence()).contains(PlaceEvidence.QUALIFIER).doesNotContain(PlaceEvidence.OUTLET_HOME);
        // A region named in the article does too: an Ohio paper's story from Texas.
        String sentence = "Storms hit Paris and damaged homes across Texas.";
        resolvedTo(resolveAt(resolver, ohio, "Paris|LOCATION|" + sentence, "Texas|LOCATION|" + sentence).get(0), PARIS_TX);
    }

    @Test
    void aPartNamedByACompassWordIsPlacedInTheWhole() {
        Resolved us = resolvedTo(resolve(resolver, null, "Western US|LOCATION|Fires spread across the Western US this week.").get(0),
                SmallGazetteer.UNITED_STATES);
        assertThat(us.why()).contains("'Western US' names a part of it");
        resolvedTo(resolve(resolver, null, "Eastern Ukraine|LOCATION|Shelling went on in Eastern Ukraine.").get(0), SmallGazetteer.UKRAINE);
        resolvedTo(resolve(resolver, null, "South Texas|LOCATION|Floods in South Texas closed roads.").get(0), TEXAS);
        // Never the United States for a part of the Americas, and never a small town for the rest of a name.
        assertThat(resolve(resolver, null, "Central America|LOCATION|Migrants from Central America waited.").get(0))
                .isInstanceOf(Unresolved.class);
        assertThat(resolve(resolver, null, "North Ivanivka|LOCATION|Troops left North Ivanivka.").get(0)).isInstanceOf(Unresolved.class);
        // A compass word alone is a direction or a bloc ("diplomats expelled from both the West and Russia").
        Unresolved west = (Unresolved) resolve(resolver, null, "West|PROPER|Diplomats were expelled from both the West and Russia.").get(0);
        assertThat(west.reason()).isEqualTo(Reason.NOT_A_PLACE);
        assertThat(west.detail()).contains("alone is a direction");
        // Written as a region, it is one.
        resolvedTo(resolve(resolver, null, "West|LOCATION|Floods hit the West region of Cameroon.").get(0), 900_003);
    }

    @Test
    void aCityNamedWithTheWordCityIsTheCity() {
        // The gazetteer holds Kharkiv, not "Kharkiv City"; the region of Kharkiv is never the answer to "City".
        Resolved r = resolvedTo(resolve(resolver, null, "Kharkiv City|LOCATION|Strikes hit Kharkiv City overnight.").get(0),
                SmallGazetteer.KHARKIV);
        assertThat(r.why()).contains("'Kharkiv City' names the city");
        assertThat(resolve(resolver, null, "Texas City|LOCATION|Storms reached Texas City.").get(0)).isInstanceOf(Unresolved.class);
    }

    @Test
    void theEventsOtherPlacesTellNamesakesApart() {
        // Alone, "Ivanivka" is one of two villages with nothing to tell them apart.
        String sentence = "Shelling hit Ivanivka overnight.";
        PlaceResolution alone = resolve(resolver, null, "Ivanivka|LOCATION|" + sentence).get(0);
        assertThat(alone instanceof Resolved a && !a.guess()).as("alone: at most a guess, " + alone).isFalse();
        // Another report of the same event placed Kupiansk: the Ivanivka near it.
        GazetteerPlace kupiansk = gazetteer.byId(SmallGazetteer.KUPIANSK).orElseThrow();
        List<PlaceMention> one = List.of(new PlaceMention("Ivanivka", 13, 21, sentence, "LOCATION"));
        Resolved r = resolvedTo(resolver.resolve(one, null, List.of(kupiansk)).get(0), IVANIVKA_KHARKIV);
        assertThat(r.evidence()).contains(PlaceEvidence.EVENT_PLACES).doesNotContain(PlaceEvidence.NEARBY);
        assertThat(r.why()).contains("named in other reports of this event");
    }

    @Test
    void aRegionTheEventsOtherReportsNamedIsNoEvidence() {
        // Another report of the event named Texas, as the setting: that does not make this report's Paris the Texan one
        // (a namesake inside a state or oblast, or near its middle, is no likelier the one meant).
        GazetteerPlace texas = gazetteer.byId(TEXAS).orElseThrow();
        String sentence = "Storms hit Paris overnight.";
        List<PlaceMention> one = List.of(new PlaceMention("Paris", 11, 16, sentence, "LOCATION"));
        Resolved r = resolvedTo(resolver.resolve(one, null, List.of(texas)).get(0), PARIS_FR);
        assertThat(r.evidence()).doesNotContain(PlaceEvidence.EVENT_PLACES);
    }
}
