package org.sitrep.geo;

/**
 * One place of the gazetteer.
 *
 * @param id           the GeoNames id; negative for a place known only from a GeoNames postal file, which has no
 *                     GeoNames id (see {@link #hasGeonameId()})
 * @param name         the main name (UTF-8, as GeoNames writes it)
 * @param asciiName    the ASCII name
 * @param latitude     WGS84 degrees
 * @param longitude    WGS84 degrees
 * @param featureClass GeoNames feature class: P populated place, A administrative area, H water, T terrain…
 * @param featureCode  GeoNames feature code: PPL, PPLA, PPLC, ADM1, PCLI…
 * @param countryCode  ISO 3166 alpha-2, upper case
 * @param admin1Code   GeoNames first-order admin code within the country ("07" for Kharkiv Oblast), or ""
 * @param admin1Name   the admin1 name when the gazetteer knows it, or ""
 * @param population   0 when unknown
 */
public record GazetteerPlace(long id, String name, String asciiName, double latitude, double longitude,
                             String featureClass, String featureCode, String countryCode, String admin1Code,
                             String admin1Name, long population) {

    /** False for a place from a postal file: it has coordinates and names but no GeoNames id. */
    public boolean hasGeonameId() {
        return id > 0;
    }

    /** Great-circle distance in kilometres. */
    public double distanceKm(GazetteerPlace other) {
        return Geo.distanceKm(latitude, longitude, other.latitude, other.longitude);
    }
}
