package org.sitrep.geo;

import static org.sitrep.geo.PlaceKinds.isCountryOrContinent;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a name alone says about being a place, before any context: whether a name a recogniser typed as an
 * organisation or person is a place acting, and which country an abbreviation in capitals names. For the mentions
 * a recogniser misses ({@code ArticleAnalysis} asks through {@link PlaceResolver}). Thread-safe when its gazetteer
 * is (it is).
 */
final class PlaceNames {
    private final Gazetteer gazetteer;
    private final long bigCityPopulation;

    PlaceNames(Gazetteer gazetteer, long bigCityPopulation) {
        this.gazetteer = gazetteer;
        this.bigCityPopulation = bigCityPopulation;
    }

    /**
     * Whether a name the recogniser typed as an organisation or a person is, exactly as written, a country or continent
     * (under any of its names: "Britain", "America"), or under its own name a first-level region or a city of at least
     * {@link PlaceParams#bigCityPopulation()} people: a place acting, as news writes it ("Russia said", "Washington
     * denied", "Tamil Nadu will appeal"). Such a span is worth resolving as a place; "New York Times", "Chelsea" or
     * "Interior Ministry" is not. A possessive and a leading "the" are not part of the name.
     */
    boolean namesProminentPlace(String text) {
        return namesProminentPlace(text, false);
    }

    /**
     * As {@link #namesProminentPlace(String)}; {@code strictly}: a country or continent too must be written as its main
     * name ("India", not "Indie", its Polish name, in "Indie Series Awards"), and only a city counts beside them, no
     * region however populous ("Nord" in "Nord Stream" is no department of Haiti, "Maritime" no region of Togo).
     */
    boolean namesProminentPlace(String text, boolean strictly) {
        String s = PlaceResolver.LEADING_THE.matcher(PlaceResolver.POSSESSIVE.matcher(text.strip()).replaceAll(""))
                .replaceAll("").strip();
        int letters = PlaceResolver.lettersIn(s);
        if (letters < 2) return false;
        String folded = PlaceResolver.fold(s);
        List<NameMatch> found = letters <= 2 ? PlaceResolver.shortForm(gazetteer, s) : gazetteer.lookup(s);
        for (NameMatch c : found) {
            if (!PlaceResolver.fold(c.matchedName()).equals(folded)) continue;
            GazetteerPlace p = c.place();
            if (isCountryOrContinent(p) && (c.mainName() || !strictly)) return true;
            if (c.mainName() && ("ADM1".equals(p.featureCode()) && !strictly
                    || p.population() >= bigCityPopulation && (!strictly || "P".equals(p.featureClass())))) return true;
        }
        return false;
    }

    /**
     * Whether a run shaped like a county ({@link NestedPlaceNames#countyShaped}: "Daviess County") is, exactly as
     * written, the main name of a second-level region in the gazetteer (where US counties and parishes are held under
     * their full names only). A possessive is not part of the name.
     */
    boolean namesCounty(String text) {
        String s = PlaceResolver.POSSESSIVE.matcher(text.strip()).replaceAll("").strip();
        if (!NestedPlaceNames.countyShaped(s)) return false;
        String folded = PlaceResolver.fold(s);
        for (NameMatch c : gazetteer.lookup(s)) {
            if (c.mainName() && "ADM2".equals(c.place().featureCode()) && PlaceResolver.fold(c.matchedName()).equals(folded)) return true;
        }
        return false;
    }

    /**
     * The country or continent spelt exactly so in capitals ("US", "U.K.", "EU", "UAE"), as the gazetteer names it;
     * empty for any other word in capitals ("IT", "CEO") and for a name that is not all capitals. For an abbreviation
     * used as a modifier that the recogniser left untyped ("US dollars", "UK officials").
     */
    Optional<GazetteerPlace> countryAbbreviation(String text) {
        String s = text.strip();
        if (!s.equals(s.toUpperCase(Locale.ROOT)) || PlaceResolver.lettersIn(s) < 2) return Optional.empty();
        for (NameMatch c : gazetteer.lookup(s)) {
            if (isCountryOrContinent(c.place()) && c.matchedName().equals(s)) return Optional.of(c.place());
        }
        return Optional.empty();
    }

    /** Lower-case words a country's initials skip: "Trinidad and Tobago" is T&T, "Democratic Republic of the Congo" DRC. */
    private static final java.util.Set<String> NOT_INITIALLED = java.util.Set.of("and", "of", "the", "&");
    private volatile Map<String, List<GazetteerPlace>> byInitials;

    /**
     * The countries whose main name has these initials: "SA" is South Africa and Saudi Arabia, "T&T" Trinidad and
     * Tobago, "DRC" the Democratic Republic of the Congo (letters only, in capitals; "and", "of", "the" skipped). For
     * names of two or more words only; empty for anything else. The caller tells the candidates apart.
     */
    List<GazetteerPlace> countriesWithInitials(String abbreviation) {
        String letters = abbreviation.replaceAll("[^\\p{L}]", "");
        if (letters.length() < 2 || !letters.equals(letters.toUpperCase(Locale.ROOT))) return List.of();
        Map<String, List<GazetteerPlace>> index = byInitials;
        if (index == null) {
            Map<String, List<GazetteerPlace>> built = new java.util.HashMap<>();
            for (GazetteerPlace c : gazetteer.countries()) {
                String initials = initials(c.name());
                if (initials.length() >= 2) built.computeIfAbsent(initials, k -> new java.util.ArrayList<>()).add(c);
            }
            byInitials = index = Map.copyOf(built);
        }
        return index.getOrDefault(letters, List.of());
    }

    /** "Trinidad and Tobago" -> "TT", "Papua New Guinea" -> "PNG"; "" for a one-word name. */
    static String initials(String name) {
        String[] words = name.strip().split("[\\s-]+");
        if (words.length < 2) return "";
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            if (w.isEmpty() || NOT_INITIALLED.contains(w.toLowerCase(Locale.ROOT))) continue;
            out.append(Character.toUpperCase(w.charAt(0)));
        }
        return out.toString();
    }
}
