package org.sitrep.understand;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.geo.GazetteerPlace;
import org.sitrep.geo.TransliterationKey;
import org.sitrep.nlp.Quote;
import org.sitrep.nlp.Sentence;
import org.sitrep.store.AnnotatedArticle;
import org.sitrep.store.EntityWrites;
import org.sitrep.understand.ArticleAnalysis.Found;
import org.sitrep.understand.ArticleAnalysis.Kind;

/**
 * Links an analysed article's names to entities, one article at a time in seq order, through the lookups and
 * creations the store offers ({@link EntityWrites}):
 * <ul>
 *   <li>a place resolved to GeoNames is the entity of its GeoNames id, whatever the spelling or script;</li>
 *   <li>a place the gazetteer lacks is merged by {@link TransliterationKey} with other unresolved places of that key;
 *       a place with several same-named candidates (ambiguous, or guessed among them) gets no entity: a wrong village
 *       is worse than none;</li>
 *   <li>an organisation is merged by the key of its name;</li>
 *   <li>a person: within an article, a surname alone joins the one full name with that surname
 *       ({@link #clusterPeople}); across articles, {@link PersonLinker} decides.</li>
 * </ul>
 * Stateless; the writes it is given are not thread-safe, so one article at a time.
 */
public final class EntityLinker {
    private EntityLinker() {
    }

    /** The article's annotations with each name's entity, creating entities the store does not have yet. */
    public static AnnotatedArticle link(ArticleAnalysis a, EntityWrites writes) {
        if (a.annotations() == null) {
            return new AnnotatedArticle(a.articleId(), a.seq(), a.status().wire(), a.reason(), null, a.placesNote(), List.of(), List.of());
        }
        Map<Found, Long> entityOf = new HashMap<>();
        // Places and organisations first: they are the context people are matched in.
        Set<Long> localPlaces = new HashSet<>();
        for (Found f : a.found()) {
            Long e = switch (f.kind()) {
                case PLACE -> placeEntity(f, writes);
                case ORGANIZATION -> keyedEntity("ORGANIZATION", EntityNames.clean(f.base()), writes);
                case PERSON -> null;
            };
            if (e == null) continue;
            entityOf.put(f, e);
            // A place named inside an organisation's name ("New York Times") is no context for the people of the article.
            if (f.place() != null && isLocal(f.place()) && !ArticleAnalysis.NESTED.equals(f.nerType())) localPlaces.add(e);
        }

        Map<String, PersonCluster> clusters = clusterPeople(a.found(), a.text(), a.annotations().sentences());
        Map<String, Long> clusterEntity = new HashMap<>();
        for (Map.Entry<String, PersonCluster> c : clusters.entrySet()) {
            long e = personEntity(c.getValue(), localPlaces, writes);
            clusterEntity.put(c.getKey(), e);
            for (Found f : c.getValue().mentions) entityOf.put(f, e);
        }

        List<AnnotatedArticle.LinkedMention> mentions = new ArrayList<>(a.found().size());
        for (Found f : a.found()) {
            Long e = entityOf.get(f);
            String spelling = e == null ? null : EntityNames.clean(f.base());
            mentions.add(new AnnotatedArticle.LinkedMention(f.start(), f.end(), f.text(), f.nerType(), f.kind().name(), f.sentence(), e,
                    f.placeStatus(), f.placeDetail(), spelling, spelling == null ? null : TransliterationKey.of(spelling),
                    f.placeConfidence(), f.placeEvidence()));
        }
        List<Long> speakers = new ArrayList<>();
        // A speaker named in an inflected form ("за словами Сирського") is matched by the name's base form.
        Map<String, String> baseOf = new HashMap<>();
        for (Found f : a.found()) if (f.kind() == Kind.PERSON) baseOf.putIfAbsent(EntityNames.clean(f.text()), f.base());
        for (Quote q : a.annotations().quotes()) {
            String speaker = q.speaker() == null ? null : baseOf.getOrDefault(EntityNames.clean(q.speaker()), q.speaker());
            speakers.add(speakerEntity(speaker, clusters, clusterEntity));
        }
        return new AnnotatedArticle(a.articleId(), a.seq(), a.status().wire(), a.reason(), a.annotations(), a.placesNote(), mentions, speakers);
    }

    /** A place that says where in a country, unlike a country, an oblast or a city of millions everyone names. */
    static boolean isLocal(GazetteerPlace p) {
        return "P".equals(p.featureClass()) && p.population() < 1_000_000;
    }

    /** The entity to make of a GeoNames place. */
    static EntityWrites.NewPlace newPlace(GazetteerPlace p) {
        return new EntityWrites.NewPlace(p.id(), p.name(), TransliterationKey.of(p.name()), p.latitude(), p.longitude(), p.countryCode(),
                p.admin1Name().isEmpty() ? null : p.admin1Name(), p.featureCode());
    }

    /** The entity of a place mention: by GeoNames id when resolved, by key when the gazetteer lacks it, else none. */
    private static Long placeEntity(Found f, EntityWrites writes) {
        // A guess among namesakes is shown with the article, as a guess, but is no entity: a wrong village on the
        // entity pages, maps and events is worse than none.
        if (ArticleAnalysis.GUESSED.equals(f.placeStatus())) return null;
        GazetteerPlace p = f.place();
        if (p != null) {
            Optional<Long> known = writes.placeByGeonameId(p.id());
            if (known.isPresent()) return known.get();
            return writes.createPlace(newPlace(p));
        }
        if ("not_in_gazetteer".equals(f.placeStatus()) || "no_gazetteer".equals(f.placeStatus()) || "out_of_context".equals(f.placeStatus())) {
            return keyedEntity("PLACE", EntityNames.clean(f.base()), writes);
        }
        return null;
    }

    /** The entity of this type and name key (places: unresolved ones only), created when there is none. */
    private static Long keyedEntity(String type, String name, EntityWrites writes) {
        String key = TransliterationKey.of(name);
        if (key.isEmpty()) return null;
        Optional<Long> known = writes.keyed(type, key);
        return known.isPresent() ? known.get() : writes.createKeyed(type, name, key);
    }

    /** The mentions of one person in one article, with the fullest name used and the roles around them. */
    static final class PersonCluster {
        final List<Found> mentions = new ArrayList<>();
        EntityNames.PersonKey key;
        String name;
        final Set<String> roles = new TreeSet<>();
    }

    /** The article's people: a surname alone joins the one full name with that surname, if there is exactly one. */
    static Map<String, PersonCluster> clusterPeople(List<Found> found, String text, List<Sentence> sentences) {
        Map<String, Set<String>> fullBySurname = new HashMap<>();
        for (Found f : found) {
            if (f.kind() != Kind.PERSON) continue;
            EntityNames.PersonKey k = EntityNames.person(f.base());
            if (k != null && k.given() != null) fullBySurname.computeIfAbsent(k.surname(), s -> new TreeSet<>()).add(k.full());
        }
        Map<String, PersonCluster> out = new LinkedHashMap<>();
        for (Found f : found) {
            if (f.kind() != Kind.PERSON) continue;
            EntityNames.PersonKey k = EntityNames.person(f.base());
            if (k == null) continue;
            String clusterKey;
            if (k.given() != null) clusterKey = k.full();
            else {
                Set<String> fulls = fullBySurname.getOrDefault(k.surname(), Set.of());
                clusterKey = fulls.size() == 1 ? fulls.iterator().next() : "~" + k.surname();
            }
            PersonCluster c = out.computeIfAbsent(clusterKey, x -> new PersonCluster());
            c.mentions.add(f);
            if (c.key == null || c.key.given() == null && k.given() != null) {
                c.key = k;
                c.name = EntityNames.clean(f.base());
            }
            if (f.sentence() < sentences.size()) {
                Sentence s = sentences.get(f.sentence());
                c.roles.addAll(EntityNames.roles(ArticleAnalysis.sentenceText(text, s)));
            }
        }
        return out;
    }

    /** The entity this article's person is, or a new one (see {@link PersonLinker}). */
    private static long personEntity(PersonCluster c, Set<Long> localPlaces, EntityWrites writes) {
        EntityNames.PersonKey k = c.key;
        Optional<EntityWrites.PersonRow> chosen = PersonLinker.choose(k, c.roles, writes.peopleBySurname(k.surname()),
                id -> writes.namedWithAny(id, localPlaces));
        if (chosen.isEmpty()) return writes.createPerson(c.name, k.full(), k.given(), k.surname(), c.roles);
        EntityWrites.PersonRow x = chosen.get();
        Set<String> roles = new TreeSet<>(x.roles());
        roles.addAll(c.roles);
        // A surname known alone until now gets its full name.
        if (x.givenKey() == null && k.given() != null) writes.namePerson(x.id(), c.name, k.full(), k.given());
        writes.setRoles(x.id(), roles);
        return x.id();
    }

    /** The person entity a quote's speaker names ("Fitio", "Volodymyr Fityo"), when it is one of the article's people. */
    private static Long speakerEntity(String speaker, Map<String, PersonCluster> clusters, Map<String, Long> entities) {
        if (speaker == null) return null;
        EntityNames.PersonKey k = EntityNames.person(speaker);
        if (k == null) return null;
        Long found = null;
        for (Map.Entry<String, PersonCluster> c : clusters.entrySet()) {
            EntityNames.PersonKey ck = c.getValue().key;
            boolean match = ck.full().equals(k.full()) || k.given() == null && ck.surname().equals(k.surname());
            if (!match) continue;
            if (found != null && !found.equals(entities.get(c.getKey()))) return null;
            found = entities.get(c.getKey());
        }
        return found;
    }
}
