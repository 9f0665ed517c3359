package org.sitrep.outlets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OutletDirectoryTest {
    @Test
    void threeSpellingsOfOneSiteAreOneOutletNamedByTheMostUsed() {
        OutletDirectory d = OutletDirectory.of(List.of(
                new Sighting("kyivpost.com", "Kyiv Post", "en", 3, "2024-01-02", "2024-01-05"),
                new Sighting("kyivpost.com", "kyivpost.com", "en", 1, "2024-01-01", "2024-01-01"),
                new Sighting("kyivpost", "KyivPost", "uk", 1, "2024-02-01", "2024-02-01")));
        assertThat(d.outlets()).hasSize(1);
        Outlet o = d.outlets().get(0);
        assertThat(o.key()).isEqualTo("kyivpost.com");
        assertThat(o.name()).isEqualTo("Kyiv Post");
        assertThat(o.spellings()).containsExactly("Kyiv Post", "KyivPost", "kyivpost.com");
        assertThat(o.aliases()).containsExactly("kyivpost");
        assertThat(o.articles()).isEqualTo(5);
        assertThat(o.language()).isEqualTo("en");
        assertThat(o.country()).isNull();
        assertThat(o.firstSeen()).isEqualTo("2024-01-01");
        assertThat(o.lastSeen()).isEqualTo("2024-02-01");
    }

    @Test
    void aFeedNameJoinsTheDomainItsArticlesCameFromEvenWhenItSpellsAnotherWord() {
        OutletDirectory d = OutletDirectory.of(List.of(
                new Sighting("bbc.co.uk", "BBC News", "en", 2, null, null),
                new Sighting("bbcnews", "BBC News", "en", 1, null, null)));
        assertThat(d.outlets()).extracting(Outlet::key).containsExactly("bbc.co.uk");
        assertThat(d.keyOf("bbcnews")).isEqualTo("bbc.co.uk");
        assertThat(d.resolve("bbc news")).isEqualTo("bbc.co.uk");
        assertThat(d.resolve("https://www.bbc.co.uk/news/1")).isEqualTo("bbc.co.uk");
        assertThat(d.outlets().get(0).country()).isEqualTo("GB");
    }

    @Test
    void aNameSeenOnSeveralDomainsJoinsTheOneThatCarriedItMost() {
        OutletDirectory d = OutletDirectory.of(List.of(
                new Sighting("msn.com", "Kyiv Post", "en", 1, null, null),
                new Sighting("kyivpost.com", "Kyiv Post", "en", 4, null, null),
                new Sighting("kyivpost", "Kyiv Post", "en", 1, null, null)));
        assertThat(d.keyOf("kyivpost")).isEqualTo("kyivpost.com");
        assertThat(d.outlets()).extracting(Outlet::key).containsExactly("kyivpost.com", "msn.com");
    }

    @Test
    void twoDomainsAndTwoUnrelatedNamesStayApart() {
        OutletDirectory d = OutletDirectory.of(List.of(
                new Sighting("kyivpost.com", "", "", 1, null, null),
                new Sighting("kyivpost.ua", "", "", 1, null, null),
                new Sighting("reuters", "Reuters", "en", 1, null, null),
                new Sighting("kyivindependent", "Kyiv Independent", "en", 1, null, null)));
        assertThat(d.outlets()).hasSize(4);
        Outlet ua = d.outlets().stream().filter(o -> o.key().equals("kyivpost.ua")).findFirst().orElseThrow();
        assertThat(ua.name()).isEqualTo("kyivpost.ua");
        assertThat(ua.country()).isEqualTo("UA");
        assertThat(ua.language()).isNull();
    }

    @Test
    void aNameNeverSeenBesideAnAddressJoinsTheDomainItSpells() {
        OutletDirectory d = OutletDirectory.of(List.of(
                new Sighting("kyivpost.com", "kyivpost.com", "en", 2, null, null),
                new Sighting("kyivpost", "KyivPost", "en", 1, null, null)));
        assertThat(d.outlets()).extracting(Outlet::key).containsExactly("kyivpost.com");
        assertThat(d.resolve("Kyiv Post")).isEqualTo("kyivpost.com");
        assertThat(d.resolve("nobody")).isEqualTo("nobody");
    }

    @Test
    void theResultDoesNotDependOnTheOrderOfSightings() {
        List<Sighting> s = List.of(new Sighting("a.com", "A", "en", 1, null, null), new Sighting("b.com", "A", "en", 1, null, null),
                new Sighting("a", "A", "pl", 1, null, null));
        assertThat(OutletDirectory.of(s).outlets()).isEqualTo(OutletDirectory.of(s.reversed()).outlets());
        assertThat(OutletDirectory.of(s).keyOf("a")).isEqualTo("a.com");
    }

    @Test
    void changesSinceAnEarlierDirectoryAreWhatAStoreMustRewrite() {
        Sighting domain = new Sighting("pravda.com.ua", "Ukrainska Pravda", "uk", 1, "2024-01-02", "2024-01-02");
        Sighting name = new Sighting("ukrainskapravda", "Ukrainska Pravda", "uk", 1, "2024-01-01", "2024-01-01");
        Sighting other = new Sighting("tvn24.pl", "TVN24", "pl", 1, "2024-01-01", "2024-01-01");
        OutletDirectory first = OutletDirectory.of(List.of(name, other));
        OutletDirectory.Changes fromNothing = first.changesSince(OutletDirectory.empty());
        assertThat(fromNothing.outlets()).extracting(Outlet::key).containsExactlyInAnyOrder("ukrainskapravda", "tvn24.pl");
        assertThat(fromNothing.keys()).as("the name TVN24 learned beside tvn24.pl too").containsOnlyKeys("ukrainskapravda", "tvn24.pl", "tvn24");
        assertThat(fromNothing.rekeyed()).isEmpty();
        assertThat(first.changesSince(first).isEmpty()).isTrue();

        OutletDirectory second = OutletDirectory.of(List.of(name, other, domain));
        OutletDirectory.Changes c = second.changesSince(first);
        assertThat(c.outlets()).extracting(Outlet::key).containsExactly("pravda.com.ua");
        assertThat(c.removed()).containsExactly("ukrainskapravda");
        assertThat(c.keys()).containsOnly(org.assertj.core.api.Assertions.entry("ukrainskapravda", "pravda.com.ua"),
                org.assertj.core.api.Assertions.entry("pravda.com.ua", "pravda.com.ua"));
        assertThat(c.rekeyed()).containsOnly(org.assertj.core.api.Assertions.entry("ukrainskapravda", "pravda.com.ua"));
    }
}
