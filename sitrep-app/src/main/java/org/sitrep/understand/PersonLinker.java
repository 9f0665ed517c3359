package org.sitrep.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongPredicate;
import org.sitrep.store.EntityWrites.PersonRow;

/**
 * Whether a person named in an article is a person already known, decided from the candidates with the same surname
 * key: the same given-name key is the same person; otherwise a given name one edit apart (Oleksandr = Oleksandre) or
 * a surname alone on either side joins only the ONE candidate that shares context with this article (a local place
 * both articles name, or for full names also a role such as spokesman). Two or more such candidates, or none: a new
 * person, since a false merge is worse than a missed one. Pure and stateless.
 */
public final class PersonLinker {
    private PersonLinker() {
    }

    /**
     * The known person this one is, or empty for a new person.
     *
     * @param name        the person's keys as named in the article (the fullest form used there)
     * @param roles       role words found around the person's mentions in the article
     * @param candidates  the known people with the same surname key, oldest first
     * @param sharesPlace whether a known person (by id) was named in an article together with one of this article's
     *                    local places
     */
    public static Optional<PersonRow> choose(EntityNames.PersonKey name, Set<String> roles, List<PersonRow> candidates,
                                             LongPredicate sharesPlace) {
        if (name.given() != null) {
            for (PersonRow x : candidates) {
                if (name.given().equals(x.givenKey())) return Optional.of(x);
            }
        }
        List<PersonRow> supported = new ArrayList<>();
        for (PersonRow x : candidates) {
            boolean surnameOnly = x.givenKey() == null || name.given() == null;
            if (!surnameOnly && !EntityNames.sameGiven(x.givenKey(), name.given())) continue;
            boolean sharedRole = x.roles().stream().anyMatch(roles::contains);
            if (sharesPlace.test(x.id()) || !surnameOnly && sharedRole) supported.add(x);
        }
        return supported.size() == 1 ? Optional.of(supported.get(0)) : Optional.empty();
    }
}
