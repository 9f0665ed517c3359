/**
 * Places at run time: a read-only GeoNames {@link org.sitrep.geo.Gazetteer} (one SQLite file, {@link
 * org.sitrep.geo.GazetteerSchema}), looked up by a spelling-independent {@link org.sitrep.geo.TransliterationKey}, and
 * {@link org.sitrep.geo.PlaceResolver}, which turns the place-like mentions of one article into GeoNames places chosen
 * by geography and context (weights and thresholds in one {@link org.sitrep.geo.PlaceParams}), or says why it could
 * not. Each pick carries a confidence and the {@link org.sitrep.geo.PlaceEvidence} that chose it: "City, State"
 * qualifiers, regions and countries the article names or places, nearby places, the outlet's home ({@link org.sitrep.geo.OutletHome}: its domain's country, or the region or
 * country {@link org.sitrep.geo.OutletHomes} learns from the places its earlier articles named). {@link
 * org.sitrep.geo.NestedPlaceNames} finds the places named inside an organisation's name ("New York" in "New York Times"), or inside a
 * place name the gazetteer lacks ("Air Zimbabwe"), and which runs are shaped like a county ("Daviess County"). Wherever this data shows, show {@link org.sitrep.geo.GeoNames#ATTRIBUTION}.
 *
 * <p>Imports: the JDK, ICU and sqlite-jdbc only; never {@code org.sitrep.geo.imports}, which builds the gazetteer
 * file and depends on this package (the schema, the key, distances).
 */
package org.sitrep.geo;
