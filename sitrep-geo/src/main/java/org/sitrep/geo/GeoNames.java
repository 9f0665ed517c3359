package org.sitrep.geo;

/** What every screen, export and API answer that shows GeoNames data must carry (CC BY 4.0 requires it). */
public final class GeoNames {
    /** The attribution line for place data. */
    public static final String ATTRIBUTION = "Place data: GeoNames (geonames.org), CC BY 4.0";

    private GeoNames() {
    }
}
