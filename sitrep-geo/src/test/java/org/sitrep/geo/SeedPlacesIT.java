package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.testkit.SharedData;

/**
 * The five seed articles through the resolver, with the default gazetteer plus the GeoNames postal file for
 * Ukraine (villages). Mentions come from a crude capitalised-span finder, untyped, so the resolver must also
 * reject people, months and organisations by itself.
 */
class SeedPlacesIT {
    private static Gazetteer gazetteer;
    private static PlaceResolver resolver;

    @BeforeAll
    static void open() throws Exception {
        gazetteer = Gazetteer.open(TestData.defaultPlusPostal());
        resolver = new PlaceResolver(gazetteer);
    }

    @AfterAll
    static void close() {
        if (gazetteer != null) gazetteer.close();
    }

    static Map<String, PlaceResolution> resolveSeed(String prefix) throws Exception {
        Path seeds = SharedData.require("seeds");
        Path file;
        try (var s = Files.list(seeds)) {
            file = s.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
        List<PlaceMention> mentions = TestData.capitalisedSpans(Files.readString(file));
        Map<String, PlaceResolution> out = new LinkedHashMap<>();
        List<PlaceResolution> all = resolver.resolve(mentions);
        for (PlaceResolution r : all) out.putIfAbsent(r.mention().text(), r);
        // -Dseeds.dump=DIR writes every decision of each seed, to compare two versions of the resolver.
        String dumpTo = System.getProperty("seeds.dump", "");
        if (!dumpTo.isEmpty()) {
            StringBuilder b = new StringBuilder();
            for (PlaceResolution r : all) b.append(r).append('\n');
            Files.writeString(Files.createDirectories(Path.of(dumpTo)).resolve("seed-" + prefix + ".txt"), b);
        }
        return out;
    }

    private static void assertAt(Map<String, PlaceResolution> seed, String mention, double lat, double lon) {
        assertThat(seed).containsKey(mention);
        assertThat(seed.get(mention)).as(mention).isInstanceOf(PlaceResolution.Resolved.class);
        GazetteerPlace p = ((PlaceResolution.Resolved) seed.get(mention)).place();
        assertThat(Geo.distanceKm(lat, lon, p.latitude(), p.longitude())).as(mention + " -> " + p).isLessThan(10);
    }

    @Test
    void resolvesThePlacesOfTheNovember2023Report() throws Exception {
        Map<String, PlaceResolution> s = resolveSeed("000");
        assertAt(s, "Kupyansk", 49.71, 37.616);
        assertThat(((PlaceResolution.Resolved) s.get("Kupyansk")).place().id()).isEqualTo(703656);
        assertAt(s, "Bakhmut", 48.594, 38.0);
        assertAt(s, "Avdiivka", 48.14, 37.743);
        assertAt(s, "Khromovoy", 48.569, 38.026);
        assertAt(s, "Klishchiivka", 48.53, 37.96);
        assertAt(s, "Andriivka", 48.50, 37.968);
        assertAt(s, "Luhansk", 48.57, 39.329);
    }

    @Test
    void resolvesTheGermanRoundTripSpellingsOfTheRewrite() throws Exception {
        Map<String, PlaceResolution> s = resolveSeed("001");
        assertAt(s, "Kupyansk", 49.71, 37.616);
        assertAt(s, "Chromovoy", 48.569, 38.026);
        assertAt(s, "Klitschiivka", 48.53, 37.96);
        assertThat(s.get("Chortyzja")).isNotInstanceOf(PlaceResolution.Resolved.class);
    }

    @Test
    void resolvesTheFrenchSpellingsOfThe2022Counteroffensive() throws Exception {
        Map<String, PlaceResolution> s = resolveSeed("002");
        assertAt(s, "Izioum", 49.207, 37.277);
        assertAt(s, "Balaklya", 49.456, 36.844);
        assertAt(s, "Balakliïa", 49.456, 36.844);
        assertAt(s, "Kiev", 50.455, 30.524);
        // Two Hrakove in the Kharkiv region, 80 km apart, each near a town the article names: a guess at best, shown
        // as one (issue 16), naming the other.
        assertThat(s.get("Grakové")).isInstanceOfSatisfying(PlaceResolution.Resolved.class, r -> {
            assertThat(r.lowConfidence(PlaceParams.defaults())).isTrue();
            assertThat(r.guess()).isTrue();
            assertThat(r.why()).startsWith("a guess, Гракове").contains("; also Гракове");
        });
    }

    @Test
    void picksTheIvanivkaNearKupianskAmongDozens() throws Exception {
        Map<String, PlaceResolution> s = resolveSeed("003");
        assertAt(s, "Kupiansk", 49.71, 37.616);
        assertAt(s, "Sinkivka", 49.763, 37.692);
        assertAt(s, "Ivanivka", 49.818, 37.970);
    }

    @Test
    void resolvesRegionsAndRussianPlacesOf2024() throws Exception {
        Map<String, PlaceResolution> s = resolveSeed("004");
        assertAt(s, "Kupyansk", 49.71, 37.616);
        assertAt(s, "Kurakhovo", 47.984, 37.279);
        // "one over Kursk and one over Belgorod Oblast": the city or its oblast (a parallel to Belgorod Oblast) are
        // both right; either is in Russia's Kursk region, within 25 km of the city.
        assertThat(((PlaceResolution.Resolved) s.get("Kursk")).place().admin1Name()).isEqualTo("Kursk");
        assertThat(Geo.distanceKm(51.737, 36.187, ((PlaceResolution.Resolved) s.get("Kursk")).place().latitude(),
                ((PlaceResolution.Resolved) s.get("Kursk")).place().longitude())).isLessThan(25);
        assertAt(s, "Belgorod Oblast", 50.611, 36.580);
        assertThat(s.get("February")).isInstanceOf(PlaceResolution.Unresolved.class);
    }

    /**
     * Places of the seeds that the default gazetteer plus the postal file lack, and why; if one starts resolving,
     * the gazetteer changed and this list must be revisited.
     */
    @Test
    void listsThePlacesTheGazetteerLacks() throws Exception {
        Map<String, String> lacking = Map.of(
                "Usenkivka", "003: village near Kupiansk, in neither cities500 nor the 2022 postal file",
                "Severna", "000: village near Avdiivka (Siverne), absent from both",
                "Tonenke", "000: village near Avdiivka, absent from the postal file's Donetsk rows",
                "Shevchbeenko", "004: a typo of Shevchenko; no key matches",
                "Oskil River", "000: a river; cities500 has populated places only (allCountries has it)");
        Map<String, PlaceResolution> all = new LinkedHashMap<>();
        for (String seed : List.of("000", "001", "002", "003", "004")) all.putAll(resolveSeed(seed));
        for (String name : lacking.keySet()) {
            assertThat(all).as(lacking.get(name)).containsKey(name);
            assertThat(all.get(name)).as(name + ": " + lacking.get(name)).isInstanceOf(PlaceResolution.Unresolved.class);
        }
        // Pervomaiske near Avdiivka is not in the gazetteer either, but 33 others are: left ambiguous, not guessed.
        assertThat(all.get("Pervomaiske")).isInstanceOfSatisfying(PlaceResolution.Unresolved.class,
                u -> assertThat(u.reason()).isEqualTo(PlaceResolution.Reason.AMBIGUOUS));
    }
}
