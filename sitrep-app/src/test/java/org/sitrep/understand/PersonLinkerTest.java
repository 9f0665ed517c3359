package org.sitrep.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.store.EntityWrites.PersonRow;

class PersonLinkerTest {
    private static final PersonRow OLEKSANDR_SYRSKYI = new PersonRow(1, "oleksandr", Set.of("commander"));

    private static EntityNames.PersonKey key(String name) {
        return EntityNames.person(name);
    }

    @Test
    void theSameGivenNameAndSurnameIsTheSamePersonWithoutAnyContext() {
        var candidates = List.of(new PersonRow(1, key("Oleksandr Syrskyi").given(), Set.of()));
        assertThat(PersonLinker.choose(key("Oleksandr Syrskyi"), Set.of(), candidates, id -> false)).map(PersonRow::id).contains(1L);
    }

    @Test
    void aTransliterationOfTheSurnameSharesItsKey() {
        assertThat(key("Syrski").surname()).isEqualTo(key("Syrskyi").surname());
        assertThat(key("Fitio").surname()).isEqualTo(key("Fityo").surname());
    }

    @Test
    void aGivenNameOneEditApartJoinsOnlyWithSharedContext() {
        PersonRow known = new PersonRow(1, key("Oleksandre Syrskyi").given(), Set.of("commander"));
        var k = key("Oleksandr Syrskyi");
        assertThat(PersonLinker.choose(k, Set.of(), List.of(known), id -> false)).isEmpty();
        assertThat(PersonLinker.choose(k, Set.of("commander"), List.of(known), id -> false)).map(PersonRow::id).contains(1L);
        assertThat(PersonLinker.choose(k, Set.of(), List.of(known), id -> id == 1)).map(PersonRow::id).contains(1L);
    }

    @Test
    void differentGivenNamesAreNamesakesWhateverTheyShare() {
        var ivan = new PersonRow(1, key("Ivan Petrenko").given(), Set.of("spokesman"));
        assertThat(PersonLinker.choose(key("Ivana Petrenko"), Set.of("spokesman"), List.of(ivan), id -> true)).isEmpty();
    }

    @Test
    void aSurnameAloneJoinsTheOneCandidateThatSharesAPlaceButNotARole() {
        var a = new PersonRow(1, key("Volodymyr Fityo").given(), Set.of("spokesman"));
        assertThat(PersonLinker.choose(key("Fitio"), Set.of("spokesman"), List.of(a), id -> false)).isEmpty();
        assertThat(PersonLinker.choose(key("Fitio"), Set.of(), List.of(a), id -> id == 1)).map(PersonRow::id).contains(1L);
    }

    @Test
    void twoSupportedCandidatesMeanANewPersonRatherThanAGuess() {
        var a = new PersonRow(1, key("Volodymyr Fityo").given(), Set.of());
        var b = new PersonRow(2, key("Olena Fityo").given(), Set.of());
        assertThat(PersonLinker.choose(key("Fitio"), Set.of(), List.of(a, b), id -> true)).isEmpty();
    }

    @Test
    void aKnownPersonIsFoundByTheFirstExactGivenNameAmongSeveral() {
        var other = new PersonRow(2, "oleh", Set.of());
        assertThat(PersonLinker.choose(new EntityNames.PersonKey("oleksandr syrskyi", "oleksandr", "syrskyi"), Set.of(),
                List.of(other, OLEKSANDR_SYRSKYI), id -> false)).map(PersonRow::id).contains(1L);
    }
}
