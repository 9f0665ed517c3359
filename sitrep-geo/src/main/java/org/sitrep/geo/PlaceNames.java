package org.sitrep.geo;

import static org.sitrep.geo.PlaceKinds.isCountryOrContinent;

import java.util.List;
import java.util.Locale;
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
        String s = PlaceResolver.LEADING_THE.matcher(PlaceResolver.POSSESSIVE.matcher(text.strip()).replaceAll(""))
                .replaceAll("").strip();
        int letters = PlaceResolver.lettersIn(s);
        if (letters < 2) return false;
        String folded = PlaceResolver.fold(s);
        List<NameMatch> found = letters <= 2 ? PlaceResolver.shortForm(gazetteer, s) : gazetteer.lookup(s);
        for (NameMatch c : found) {
            if (!PlaceResolver.fold(c.matchedName()).equals(folded)) continue;
            GazetteerPlace p = c.place();
            if (isCountryOrContinent(p)) return true;
            if (c.mainName() && ("ADM1".equals(p.featureCode()) || p.population() >= bigCityPopulation)) return true;
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
}
