package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NestedPlaceNamesTest {
    /** Names a gazetteer would call prominent places (countries, first-level regions, big cities). */
    private static final Set<String> PLACES = Set.of("New York", "York", "Washington", "Louisville", "Mississippi", "Georgia",
            "Jordan", "Victoria", "England", "Texas", "Austin", "U.S.", "Surprise", "Mary", "South", "Central", "Madrid");

    private static List<String> in(String name, String type) {
        return NestedPlaceNames.find(name, type, PLACES::contains).stream().map(NestedPlaceNames.Run::text).toList();
    }

    private static List<String> in(String org) {
        return in(org, NestedPlaceNames.ORGANIZATION);
    }

    @Test
    void findsThePlaceAnOrganisationIsNamedAfterLongestFirst() {
        assertThat(in("New York Times")).containsExactly("New York");
        assertThat(in("The New York Times")).containsExactly("New York");
        assertThat(in("Washington Post")).containsExactly("Washington");
        assertThat(in("Louisville Metro Police")).containsExactly("Louisville");
        assertThat(in("Mississippi State")).containsExactly("Mississippi");
        assertThat(in("University of Texas at Austin")).containsExactly("Texas", "Austin");
        assertThat(in("U.S. Army")).containsExactly("U.S.");
        assertThat(in("Louisville's Metro Police")).containsExactly("Louisville");
    }

    @Test
    void georgiaTechIsNamedAfterTheState() {
        // A decision: the institute is named after the state, and GeoWebNews labels such names ("New York" of the Times).
        assertThat(in("Georgia Tech")).containsExactly("Georgia");
    }

    @Test
    void givesOffsetsIntoTheName() {
        NestedPlaceNames.Run r = NestedPlaceNames.find("The New York Times", NestedPlaceNames.ORGANIZATION, PLACES::contains).getFirst();
        assertThat("The New York Times".substring(r.start(), r.end())).isEqualTo("New York");
        assertThat(r.start()).isEqualTo(4);
    }

    @Test
    void readsNoPersonNorAWholeNameNorLowerCaseWords() {
        assertThat(in("Jordan Peterson", "PERSON")).isEmpty();
        assertThat(in("Victoria Beckham", "PERSON")).isEmpty();
        assertThat(in("Washington Post", "PERSON")).isEmpty();
        // The whole name is a place acting, not a place inside a name.
        assertThat(in("Georgia")).isEmpty();
        assertThat(in("the bank of england")).isEmpty();
        assertThat(in("Interior Ministry")).isEmpty();
        assertThat(in("Cauvery Management Board")).isEmpty();
        assertThat(in(null, NestedPlaceNames.ORGANIZATION)).isEmpty();
    }

    @Test
    void aPlaceMayStandAnywhereUnlessAskedToOpenTheNameOrFollowALinkingWord() {
        assertThat(in("Real Madrid")).containsExactly("Madrid");
        assertThat(in("Rainbow Kitten Surprise")).as("the cost of anywhere: a band").containsExactly("Surprise");
        assertThat(NestedPlaceNames.find("Real Madrid", NestedPlaceNames.ORGANIZATION, PLACES::contains, false)).isEmpty();
        assertThat(NestedPlaceNames.find("Smoky Mary", NestedPlaceNames.ORGANIZATION, PLACES::contains, false)).isEmpty();
        assertThat(NestedPlaceNames.find("Bank of Texas", NestedPlaceNames.ORGANIZATION, PLACES::contains, false))
                .extracting(NestedPlaceNames.Run::text).containsExactly("Texas");
    }

    @Test
    void aCompassPointAloneIsADescriptor() {
        assertThat(in("South Central Ambulance Service")).isEmpty();
        assertThat(NestedPlaceNames.find("South Central Ambulance Service", NestedPlaceNames.ORGANIZATION, PLACES::contains, false)).isEmpty();
    }

    @Test
    void neverOverlapsItself() {
        // "New York" is kept; "York" inside it is not tried again.
        assertThat(in("New York Police Department")).containsExactly("New York");
        assertThat(in("Bank of England")).containsExactly("England");
    }

    @Test
    void readsAPlaceTypedNameForThePlaceInsideIt() {
        // The caller passes a place-typed name only where the gazetteer lacks it as a whole.
        List<String> inside = NestedPlaceNames.find("Air Zimbabwe", "LOCATION", Set.of("Zimbabwe")::contains).stream()
                .map(NestedPlaceNames.Run::text).toList();
        assertThat(inside).containsExactly("Zimbabwe");
        assertThat(in("Birmingham Texas City", "CITY")).containsExactly("Texas");
        assertThat(in("Texas Jones", "MISC")).as("a type that is neither an organisation's nor a place's").isEmpty();
    }

    @Test
    void aCountyIsShapedByItsFullName() {
        assertThat(NestedPlaceNames.countyShaped("Daviess County")).isTrue();
        assertThat(NestedPlaceNames.countyShaped("St. Tammany Parish")).isTrue();
        assertThat(NestedPlaceNames.countyShaped("Prince George's County")).isTrue();
        assertThat(NestedPlaceNames.countyShaped("County")).as("the word alone").isFalse();
        assertThat(NestedPlaceNames.countyShaped("Cavan County Council")).as("a council, not a county").isFalse();
        assertThat(NestedPlaceNames.countyShaped("the county")).isFalse();
        assertThat(NestedPlaceNames.countyShaped("Walker Countyline")).isFalse();
        assertThat(NestedPlaceNames.countyShaped(null)).isFalse();
    }
}
