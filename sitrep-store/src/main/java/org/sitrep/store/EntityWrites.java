package org.sitrep.store;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The entity lookups and creations that linking an article's names needs, carried out by the store inside the
 * transaction of {@link EntityIndex#store}: the rules that decide which entity a name is live in the library
 * ({@code org.sitrep.understand.EntityLinker}), which calls these. Not thread-safe; valid only during that call.
 */
public interface EntityWrites {
    /** The entity of this GeoNames place, if one was made. */
    Optional<Long> placeByGeonameId(long geonameId);

    long createPlace(NewPlace place);

    /** The oldest entity of this type and name key that is not a resolved place. */
    Optional<Long> keyed(String type, String key);

    long createKeyed(String type, String name, String key);

    /** The people with this surname key, oldest first. */
    List<PersonRow> peopleBySurname(String surnameKey);

    /** Whether an article already stored names both this entity and one of these. */
    boolean namedWithAny(long entity, Set<Long> others);

    long createPerson(String name, String key, String givenKey, String surnameKey, Set<String> roles);

    /** Gives a person known by surname alone their full name. */
    void namePerson(long id, String name, String key, String givenKey);

    void setRoles(long id, Set<String> roles);

    /** A person entity as linking sees it: its given-name key (null when known by surname alone) and its roles. */
    record PersonRow(long id, String givenKey, Set<String> roles) {
    }

    /** A resolved place to make an entity of. */
    record NewPlace(long geonameId, String name, String key, double latitude, double longitude, String country,
                    String admin1, String featureCode) {
    }
}
