package org.sitrep.outlets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutletKeysTest {
    @Test
    void urlGivesTheRegistrableDomainWithoutWwwMobileOrAmp() {
        assertThat(OutletKeys.rawKey("Kyiv Post", "https://www.kyivpost.com/post/1")).isEqualTo("kyivpost.com");
        assertThat(OutletKeys.rawKey(null, "https://m.kyivpost.com/post/1")).isEqualTo("kyivpost.com");
        assertThat(OutletKeys.rawKey(null, "https://amp.theguardian.com/world/x")).isEqualTo("theguardian.com");
        assertThat(OutletKeys.rawKey(null, "http://WWW.Pravda.com.UA/news/2024/")).isEqualTo("pravda.com.ua");
    }

    @Test
    void publicSuffixesAreNotSites() {
        assertThat(OutletKeys.domain("news.bbc.co.uk")).isEqualTo("bbc.co.uk");
        assertThat(OutletKeys.domain("www.bbc.co.uk")).isEqualTo("bbc.co.uk");
        assertThat(OutletKeys.domain("co.uk")).isEqualTo("co.uk");
        assertThat(OutletKeys.domain("www.tvn24.pl")).isEqualTo("tvn24.pl");
        assertThat(OutletKeys.domain("localhost")).isEqualTo("localhost");
        assertThat(OutletKeys.domain("127.0.0.1")).isEqualTo("127.0.0.1");
    }

    @Test
    void urlWinsOverTheSpellingAndABrokenUrlStillGivesItsHost() {
        assertThat(OutletKeys.rawKey("Ukrainska Pravda", "https://www.pravda.com.ua/eng/news/1/")).isEqualTo("pravda.com.ua");
        assertThat(OutletKeys.rawKey(null, "https://www.kyivpost.com/a b|c")).isEqualTo("kyivpost.com");
        assertThat(OutletKeys.rawKey(null, "not a url")).isNull();
    }

    @Test
    void spellingsOfOneNameGiveOneKey() {
        assertThat(OutletKeys.rawKey("Kyiv Post", null)).isEqualTo("kyivpost");
        assertThat(OutletKeys.rawKey("KyivPost", null)).isEqualTo("kyivpost");
        assertThat(OutletKeys.rawKey(" kyiv post ", null)).isEqualTo("kyivpost");
        assertThat(OutletKeys.rawKey("The Kyiv Independent", null)).isEqualTo("kyivindependent");
        assertThat(OutletKeys.rawKey("Українська правда", null)).isEqualTo("українськаправда");
        assertThat(OutletKeys.rawKey("Gazeta Wyborcza", null)).isEqualTo(OutletKeys.rawKey("Gazéta Wyborcza", null));
        assertThat(OutletKeys.rawKey("Новинарня", null)).isEqualTo("новинарня");
        assertThat(OutletKeys.rawKey("Вчасно", null)).isNotEqualTo(OutletKeys.rawKey("Вчасно".replace('ч', 'щ'), null));
        assertThat(OutletKeys.rawKey("  ", null)).isNull();
    }

    @Test
    void aSpellingThatIsADomainIsKeyedAsOne() {
        assertThat(OutletKeys.rawKey("kyivpost.com", null)).isEqualTo("kyivpost.com");
        assertThat(OutletKeys.rawKey("www.KyivPost.com", null)).isEqualTo("kyivpost.com");
        assertThat(OutletKeys.rawKey("https://www.bbc.co.uk/", null)).isEqualTo("bbc.co.uk");
        assertThat(OutletKeys.isDomain("Kyiv Post")).isFalse();
        assertThat(OutletKeys.isDomain("U.S. News")).isFalse();
    }

    @Test
    void labelIsTheNamePartOfADomain() {
        assertThat(OutletKeys.label("kyivpost.com")).isEqualTo("kyivpost");
        assertThat(OutletKeys.label("bbc.co.uk")).isEqualTo("bbc");
        assertThat(OutletKeys.label("kyiv-independent.com")).isEqualTo("kyivindependent");
        assertThat(OutletKeys.label("kyivpost")).isNull();
    }

    @Test
    void countryComesFromACountryCodeDomainOnly() {
        assertThat(OutletKeys.country("pravda.com.ua")).isEqualTo("UA");
        assertThat(OutletKeys.country("tvn24.pl")).isEqualTo("PL");
        assertThat(OutletKeys.country("ria.ru")).isEqualTo("RU");
        assertThat(OutletKeys.country("bbc.co.uk")).isEqualTo("GB");
        assertThat(OutletKeys.country("kremlin.рф")).isEqualTo("RU");
        assertThat(OutletKeys.country("kyivpost.com")).isNull();
        assertThat(OutletKeys.country("euronews.tv")).isNull();
        assertThat(OutletKeys.country("kyivpost")).isNull();
    }

    @Test
    void sameOutletJoinsSpellingsOfOneSiteOnly() {
        assertThat(OutletKeys.sameOutlet("Kyiv Post", "KyivPost")).isTrue();
        assertThat(OutletKeys.sameOutlet("KyivPost", "kyivpost.com")).isTrue();
        assertThat(OutletKeys.sameOutlet("www.kyivpost.com", "kyivpost.com")).isTrue();
        assertThat(OutletKeys.sameOutlet("Kyiv Post", "Kyiv Independent")).isFalse();
        assertThat(OutletKeys.sameOutlet("kyivpost.com", "kyivpost.ua")).isFalse();
        assertThat(OutletKeys.sameOutlet("Kyiv Post", null)).isFalse();
    }
}
