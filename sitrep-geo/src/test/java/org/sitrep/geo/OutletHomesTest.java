package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.geo.OutletHomes.Decision;
import org.sitrep.geo.OutletHomes.Kind;
import org.sitrep.geo.OutletHomes.Named;

/** The outlet's home, learned from the places its earlier articles named with confidence (issue 16). */
class OutletHomesTest {
    private static final OutletHomes.Params DEFAULTS = OutletHomes.Params.defaults();

    /** Each place is "CC.admin1" (a town there) or "CC" (the country itself); one article per argument, places comma separated. */
    private static List<Named> articles(String... placesPerArticle) {
        List<Named> out = new ArrayList<>();
        for (int i = 0; i < placesPerArticle.length; i++) {
            for (String p : placesPerArticle[i].split(",")) {
                String[] f = p.strip().split("\\.");
                out.add(f.length == 1 ? new Named("a" + i, f[0], "00", "PCLI") : new Named("a" + i, f[0], f[1], "PPL"));
            }
        }
        return out;
    }

    @Test
    void aLocalPaperIsAtHomeInItsRegion() {
        Decision d = OutletHomes.decide(articles("US.OH", "US.OH,US.OH", "US.OH,US.DC", "US.OH", "US.TX", "US.OH,US",
                "US.OH", "US.NY"), DEFAULTS);
        assertThat(d.kind()).isEqualTo(Kind.REGION);
        assertThat(d.home()).isEqualTo(new OutletHome("US", "OH", d.why()));
        assertThat(d.articles()).isEqualTo(8);
        assertThat(d.share()).isEqualTo(6 / 8.0);
    }

    @Test
    void aKyivOutletIsAtHomeInKyiv() {
        Decision d = OutletHomes.decide(articles("UA.12", "UA.12,UA.07", "UA.12", "UA.14,UA.12", "UA.12,RU", "UA.07"), DEFAULTS);
        assertThat(d.kind()).isEqualTo(Kind.REGION);
        assertThat(d.home().country()).isEqualTo("UA");
        assertThat(d.home().admin1()).isEqualTo("12");
    }

    @Test
    void aNationalOutletIsAtHomeInItsCountryOnly() {
        Decision d = OutletHomes.decide(articles("US.OH", "US.TX", "US.CA,US.NY", "US.FL", "US.CA", "US.WA", "FR.11"), DEFAULTS);
        assertThat(d.kind()).isEqualTo(Kind.COUNTRY);
        assertThat(d.home()).isEqualTo(new OutletHome("US", null, d.why()));
        assertThat(d.share()).isEqualTo(6 / 7.0);
    }

    @Test
    void aRegionMustLeadTheNextOne() {
        // Half the articles in Ohio, but nearly as many in Kentucky: the country, not the region.
        Decision d = OutletHomes.decide(articles("US.OH", "US.OH", "US.OH", "US.KY", "US.KY,US.OH", "US.KY"), DEFAULTS);
        assertThat(d.kind()).isEqualTo(Kind.COUNTRY);
    }

    @Test
    void aForeignDeskThatNamesManyCountriesHasNoHome() {
        Decision d = OutletHomes.decide(articles("UA.07", "RU.48", "FR.11", "US.DC", "IL.06", "UA.12", "CN.22", "SY.13"), DEFAULTS);
        assertThat(d.kind()).isEqualTo(Kind.NONE);
        assertThat(d.home()).isNull();
        assertThat(d.why()).startsWith("no country in most articles");
    }

    @Test
    void namingCountriesIsNotBeingAtHome() {
        // Every article names the United States, the country; the towns named are all over the world.
        Decision d = OutletHomes.decide(articles("US,UA.07", "US,RU.48", "US,FR.11", "US,IL.06", "US,CN.22"), DEFAULTS);
        assertThat(d.kind()).isEqualTo(Kind.NONE);
    }

    @Test
    void tooFewArticlesGiveNoHome() {
        Decision d = OutletHomes.decide(articles("US.OH", "US.OH,US.OH", "US.OH", "US.OH"), DEFAULTS);
        assertThat(d.kind()).isEqualTo(Kind.NONE);
        assertThat(d.articles()).isEqualTo(4);
        assertThat(d.why()).contains("fewer than 5");
        assertThat(OutletHomes.decide(List.of(), DEFAULTS).kind()).isEqualTo(Kind.NONE);
        // With a lower minimum the same four articles are enough.
        assertThat(OutletHomes.decide(articles("US.OH", "US.OH,US.OH", "US.OH", "US.OH"), new OutletHomes.Params(3, 0.6, 0.5, 2, 300))
                .kind()).isEqualTo(Kind.REGION);
    }
}
