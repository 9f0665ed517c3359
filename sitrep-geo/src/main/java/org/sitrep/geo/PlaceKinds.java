package org.sitrep.geo;

import java.util.Locale;

/** What kind of place a gazetteer place is, and how to name it for people; for the resolver. Stateless. */
final class PlaceKinds {
    private PlaceKinds() {
    }

    /** A first- or second-level administrative area (a region, oblast, state, county, raion). */
    static boolean isRegion(GazetteerPlace p) {
        return "ADM1".equals(p.featureCode()) || "ADM2".equals(p.featureCode());
    }

    static boolean isCountryOrContinent(GazetteerPlace p) {
        return isCountry(p) || "CONT".equals(p.featureCode());
    }

    static boolean isCountry(GazetteerPlace p) {
        return "PCLI".equals(p.featureCode()) || "PCLD".equals(p.featureCode()) || "PCLF".equals(p.featureCode())
                || "PCL".equals(p.featureCode()) || "PCLS".equals(p.featureCode());
    }

    static boolean isPlaceType(String nerType) {
        String t = nerType.toUpperCase(Locale.ROOT);
        return t.equals("LOCATION") || t.equals("LOC") || t.equals("GPE") || t.equals("CITY") || t.equals("COUNTRY")
                || t.equals("STATE_OR_PROVINCE") || t.equals("FAC");
    }

    static String regionName(GazetteerPlace p) {
        return p.admin1Name().isEmpty() ? p.countryCode() + "." + p.admin1Code() : p.admin1Name();
    }

    static String describe(GazetteerPlace p) {
        return p.name() + " (" + p.countryCode() + (p.admin1Name().isEmpty() ? "" : ", " + p.admin1Name()) + ", "
                + String.format(Locale.ROOT, "%.3f, %.3f", p.latitude(), p.longitude()) + ")";
    }
}
