package org.sitrep.geo;

import java.util.Locale;

/**
 * Where an outlet is at home, as a prior for the places it names: a country, and a first-level region of it when one
 * is known ("US", "OH": an Ohio paper; "UA", null: a Ukrainian national outlet). From the outlet's country-code domain
 * ({@link #country}) or from the places its earlier articles named ({@link OutletHomes}).
 *
 * @param country ISO 3166-1 alpha-2 code, upper case
 * @param admin1  its first-level region: the gazetteer's name of it ("Ohio", as the store keeps a place's region) or its
 *                GeoNames admin1 code ("OH"); null when only the country is known
 * @param why     what it was learned from, for people
 */
public record OutletHome(String country, String admin1, String why) {
    public OutletHome {
        if (country == null || country.isBlank()) throw new IllegalArgumentException("an outlet's home needs a country");
        country = country.strip().toUpperCase(Locale.ROOT);
        if (admin1 != null && admin1.isBlank()) admin1 = null;
        if (why == null) why = "";
    }

    /** The home country alone (from a country-code domain); null for a null or blank code. */
    public static OutletHome country(String countryCode) {
        return countryCode == null || countryCode.isBlank() ? null : new OutletHome(countryCode, null, "its domain's country");
    }

    /** Whether a place lies in the home region (never when only the country is known). */
    public boolean inRegion(GazetteerPlace p) {
        return admin1 != null && country.equals(p.countryCode())
                && (admin1.equals(p.admin1Name()) || admin1.equals(p.admin1Code()));
    }

    /** Whether a place lies in the home country. */
    public boolean inCountry(GazetteerPlace p) {
        return country.equals(p.countryCode());
    }
}
