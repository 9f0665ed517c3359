package org.sitrep.understand;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.store.EntityWrites;

/** The entity store in memory, for testing the linking rules without SQLite. Articles are named by test code. */
final class MemoryEntities implements EntityWrites {
    record Row(long id, String type, String name, String key, Long geonameId, String givenKey, String surnameKey, Set<String> roles) {
    }

    final Map<Long, Row> rows = new LinkedHashMap<>();
    /** Entity ids named together in one stored article, as the mentions table would say. */
    final List<Set<Long>> articles = new ArrayList<>();

    private long add(Row r) {
        rows.put(r.id(), r);
        return r.id();
    }

    @Override
    public Optional<Long> placeByGeonameId(long geonameId) {
        return rows.values().stream().filter(r -> Long.valueOf(geonameId).equals(r.geonameId())).map(Row::id).findFirst();
    }

    @Override
    public long createPlace(NewPlace p) {
        return add(new Row(rows.size() + 1, "PLACE", p.name(), p.key(), p.geonameId(), null, null, Set.of()));
    }

    @Override
    public Optional<Long> keyed(String type, String key) {
        return rows.values().stream().filter(r -> r.type().equals(type) && key.equals(r.key()) && r.geonameId() == null).map(Row::id).findFirst();
    }

    @Override
    public long createKeyed(String type, String name, String key) {
        return add(new Row(rows.size() + 1, type, name, key, null, null, null, Set.of()));
    }

    @Override
    public List<PersonRow> peopleBySurname(String surnameKey) {
        return rows.values().stream().filter(r -> r.type().equals("PERSON") && surnameKey.equals(r.surnameKey()))
                .map(r -> new PersonRow(r.id(), r.givenKey(), r.roles())).toList();
    }

    @Override
    public boolean namedWithAny(long entity, Set<Long> others) {
        return articles.stream().anyMatch(a -> a.contains(entity) && others.stream().anyMatch(a::contains));
    }

    @Override
    public long createPerson(String name, String key, String givenKey, String surnameKey, Set<String> roles) {
        return add(new Row(rows.size() + 1, "PERSON", name, key, null, givenKey, surnameKey, new TreeSet<>(roles)));
    }

    @Override
    public void namePerson(long id, String name, String key, String givenKey) {
        Row r = rows.get(id);
        rows.put(id, new Row(id, r.type(), name, key, null, givenKey, r.surnameKey(), r.roles()));
    }

    @Override
    public void setRoles(long id, Set<String> roles) {
        Row r = rows.get(id);
        rows.put(id, new Row(id, r.type(), r.name(), r.key(), r.geonameId(), r.givenKey(), r.surnameKey(), new TreeSet<>(roles)));
    }
}
