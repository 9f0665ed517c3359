package org.sitrep.geo;

import java.util.Locale;

/**
 * What kind of thing a gazetteer place is, from its GeoNames feature class: a settlement (P), an administrative area
 * (A: countries, regions, districts), an area (L: continents, regions such as "the Middle East", parks), water (H:
 * seas, rivers, lakes), terrain (T: mountains, islands, peninsulas), a spot (S: buildings, dams, airports), a road
 * (R), an undersea feature (U) or vegetation (V); {@link #UNKNOWN} for anything else.
 *
 * <p>The resolver's feature-kind prior reads it: a river, sea or mountain named like a town never makes the town
 * ambiguous ({@link #isNatural()}). Immutable.
 */
public enum FeatureKind {
    SETTLEMENT, ADMINISTRATIVE, AREA, WATER, TERRAIN, SPOT, ROAD, UNDERSEA, VEGETATION, UNKNOWN;

    /** The kind of a GeoNames feature class ("P", "H"…); {@link #UNKNOWN} for a blank or unknown class. */
    public static FeatureKind ofClass(String featureClass) {
        if (featureClass == null) return UNKNOWN;
        return switch (featureClass.strip().toUpperCase(Locale.ROOT)) {
            case "P" -> SETTLEMENT;
            case "A" -> ADMINISTRATIVE;
            case "L" -> AREA;
            case "H" -> WATER;
            case "T" -> TERRAIN;
            case "S" -> SPOT;
            case "R" -> ROAD;
            case "U" -> UNDERSEA;
            case "V" -> VEGETATION;
            default -> UNKNOWN;
        };
    }

    /** The kind of a place. */
    public static FeatureKind of(GazetteerPlace p) {
        return ofClass(p.featureClass());
    }

    /** Water, terrain, undersea and vegetation: features of nature, which nobody lives in. */
    public boolean isNatural() {
        return this == WATER || this == TERRAIN || this == UNDERSEA || this == VEGETATION;
    }

    /** Settlements and administrative areas: the places news means by a bare name when one has it. */
    public boolean isInhabited() {
        return this == SETTLEMENT || this == ADMINISTRATIVE;
    }
}
