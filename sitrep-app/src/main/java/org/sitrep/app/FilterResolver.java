package org.sitrep.app;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.TransliterationKey;
import org.sitrep.records.RecordFilter;
import org.sitrep.records.SubEventType;
import org.sitrep.store.FilteredReads;
import org.sitrep.store.Selection;

/**
 * Turns a {@link Filter}'s names into what the store executes ({@link Selection}): a place's name or id into the
 * entity ids of it and, unless {@code exact_place}, of the places inside it (a country: the places in it; a
 * first-order area such as "Kharkiv oblast": those in its GeoNames admin1 area, whose name the store keeps from the
 * gazetteer for each place); an area no article names itself ("Kharkiv oblast") is found in the gazetteer when one is
 * at hand; an entity's name or id into entity ids; a type into the stored sub-event types. A name nothing knows is a
 * {@link Filter.Invalid}. Not thread-safe beyond what the store and gazetteer are.
 */
final class FilterResolver {
    private final FilteredReads store;
    private final Gazetteer gazetteer;

    /** @param gazetteer the gazetteer for areas no article names, or null */
    FilterResolver(FilteredReads store, Gazetteer gazetteer) {
        this.store = store;
        this.gazetteer = gazetteer;
    }

    Selection resolve(Filter f, Filter.Sort defaultSort) {
        Filter.Sort sort = f.sortOr(f.q() != null && defaultSort == null ? Filter.Sort.RELEVANCE : defaultSort == null ? Filter.Sort.NEWEST : defaultSort);
        if (sort == Filter.Sort.RELEVANCE && f.q() == null) sort = Filter.Sort.NEWEST;
        return new Selection(f.from() == null ? null : f.from().toString(), f.to() == null ? null : f.to().toString(),
                f.date() == Filter.DateField.EVENT, f.place() == null ? null : places(f.place(), f.exactPlace()),
                f.entity() == null ? null : entities(f.entity()), f.outlet(), f.language(), f.type() == null ? null : subTypes(f.type()),
                f.disputed(), f.q(), Selection.Order.valueOf(sort.name()));
    }

    /** The entity ids a place stands for: itself and, unless exact, the places inside it. */
    Set<Long> places(String place, boolean exact) {
        List<FilteredReads.Named> found = byIdOrName(place, "PLACE");
        Set<Long> out = new LinkedHashSet<>();
        for (FilteredReads.Named n : found) {
            out.add(n.id());
            if (exact || n.country() == null || n.featureCode() == null) continue;
            if (n.featureCode().startsWith("PCL")) out.addAll(store.placesWithin(n.country(), null));
            else if (n.featureCode().equals("ADM1") && n.admin1() != null && !n.admin1().isEmpty()) out.addAll(store.placesWithin(n.country(), n.admin1()));
        }
        if (!found.isEmpty()) return out;
        if (gazetteer != null) {
            List<Gazetteer.Admin1> areas = gazetteer.admin1ByName(place);
            String area = withoutAreaWord(place);
            if (areas.isEmpty() && area != null) areas = gazetteer.admin1ByName(area);
            if (!areas.isEmpty()) {
                // Named by no article itself: the places inside it are what can match (none when exact).
                if (!exact) for (Gazetteer.Admin1 a : areas) out.addAll(store.placesWithin(a.countryCode(), a.name()));
                return out;
            }
            if (!gazetteer.lookup(place).isEmpty()) return out; // a real place no article names
        }
        throw new Filter.Invalid("place", "unknown place: " + place + " (no article names a place of that name"
                + (gazetteer == null ? "; no gazetteer to look it up in)" : " and the gazetteer has none)"));
    }

    /** Words that say a name is a first-order area: the gazetteer names Kharkiv Oblast "Kharkiv". */
    private static final java.util.regex.Pattern AREA_WORD = java.util.regex.Pattern.compile(
            "(?iu)^(.+?)[\\s,]+(oblast'?|oblast's'ka|region|province|область|обл\\.?|obwód|obwod|voivodeship|województwo)$");

    /** "Kharkiv oblast" → "Kharkiv"; null when the name ends in no such word. */
    static String withoutAreaWord(String place) {
        java.util.regex.Matcher m = AREA_WORD.matcher(place.strip());
        return m.matches() ? m.group(1) : null;
    }

    Set<Long> entities(String entity) {
        List<FilteredReads.Named> found = byIdOrName(entity, null);
        if (found.isEmpty()) throw new Filter.Invalid("entity", "unknown entity: " + entity + " (no article names one of that name)");
        Set<Long> out = new LinkedHashSet<>();
        for (FilteredReads.Named n : found) out.add(n.id());
        return out;
    }

    private List<FilteredReads.Named> byIdOrName(String s, String type) {
        if (s.matches("\\d{1,18}")) {
            List<FilteredReads.Named> byId = store.entityById(Long.parseLong(s));
            if (!byId.isEmpty()) return type == null || byId.getFirst().type().equals(type) ? byId : List.of();
        }
        String key = TransliterationKey.of(s);
        return key.isEmpty() ? List.of() : store.entitiesByKey(type, key);
    }

    static Set<String> subTypes(String type) {
        RecordFilter r;
        try {
            r = RecordFilter.of(type, false);
        } catch (IllegalArgumentException e) {
            throw new Filter.Invalid("type", e.getMessage());
        }
        Set<String> out = new LinkedHashSet<>();
        if (r.subType() != null) out.add(r.subType().name());
        for (SubEventType t : SubEventType.values()) if (r.type() != null && t.type() == r.type()) out.add(t.name());
        return out;
    }
}
