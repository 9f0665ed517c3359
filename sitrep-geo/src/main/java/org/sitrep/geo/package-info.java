/**
 * Places: a GeoNames gazetteer on disk ({@link org.sitrep.geo.GazetteerImport}, {@link org.sitrep.geo.Gazetteer},
 * {@link org.sitrep.geo.DefaultGazetteer}), looked up by a spelling-independent {@link org.sitrep.geo.TransliterationKey},
 * and {@link org.sitrep.geo.PlaceResolver}, which turns the place-like mentions of one article into GeoNames places
 * chosen by geography and context, or says why it could not. Wherever this data shows, show
 * {@link org.sitrep.geo.GeoNames#ATTRIBUTION}.
 */
package org.sitrep.geo;
