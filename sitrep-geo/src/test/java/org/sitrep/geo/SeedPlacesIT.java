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
        Path seeds = TestData.shared().resolve("seeds");
        Path file;
        try (var s = Files.list(seeds)) {
            file = s.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
        List<PlaceMention> mentions = TestData.capitalisedSpans(Files.readString(file));
        Map<String, PlaceResolution> out = new LinkedHashMap<>();
        for (PlaceResolution r : resolver.resolve(mentions)) out.putIfAbsent(r.mention().text(), r);
        return out;
    }

    @Test
    void printsSeeds() throws Exception {
        for (String seed : List.of("000", "001", "002", "003", "004")) {
            System.out.println("=== " + seed);
            resolveSeed(seed).forEach((k, v) -> System.out.println(k + " -> " + (v instanceof PlaceResolution.Resolved r
                    ? r.place().name() + " " + r.place().id() + " " + r.place().latitude() + "," + r.place().longitude() + " | " + r.why()
                    : v instanceof PlaceResolution.Unresolved u ? u.reason() + " " + u.detail() : "")));
        }
        assertThat(gazetteer.size()).isPositive();
    }
}
