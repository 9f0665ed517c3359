package org.sitrep.geo;

/** What every screen, export and API answer that shows place data must carry (CC BY 4.0 and ODbL 1.0 require it). */
public final class GeoNames {
    /** The attribution line for place data. */
    public static final String ATTRIBUTION = "Place data: GeoNames (geonames.org), CC BY 4.0;"
            + " regions and second-level areas: countries-states-cities-database (github.com/dr5hn), ODbL 1.0";

    /** Where imported seas, rivers and geographic regions come from (public domain: credited, not required). */
    public static final String NATURAL_EARTH = "Physical features: Natural Earth (naturalearthdata.com), public domain";

    private GeoNames() {
    }
}
