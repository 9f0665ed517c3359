package org.sitrep.geo;

import java.util.List;

/**
 * The tables of a gazetteer file: what {@link Gazetteer} reads and the import ({@code org.sitrep.geo.imports})
 * writes. One SQLite file with
 * <ul>
 *   <li>{@code places}: one row per place (id, name, ascii, lat, lon, fclass, fcode, cc, admin1, population);</li>
 *   <li>{@code names}: every name of every place under its {@link TransliterationKey}, with its {@code kind};</li>
 *   <li>{@code admin1}: first-order region names by country and admin1 code, with the key of the name and whether
 *       the name was derived (from a region's seat or record) rather than given by an admin1 file;</li>
 *   <li>{@code features}: for a place that is not a GeoNames record (a Natural Earth sea or river), where it came
 *       from (source, the source's id, its Wikidata id) and its extent (south, west, north, east in degrees);</li>
 *   <li>{@code meta}: key-value notes on how the file was built.</li>
 * </ul>
 * Constants only; no state.
 */
public final class GazetteerSchema {
    /** Name kind: the place's main name (UTF-8, as GeoNames writes it). */
    public static final int KIND_MAIN = 0;
    /** Name kind: the place's ASCII name. A name of this kind or {@link #KIND_MAIN} counts as the place's own name. */
    public static final int KIND_ASCII = 1;
    /** Name kind: an alternate name (another language, a former or short name). */
    public static final int KIND_ALTERNATE = 2;
    /** Name kind: a name from a GeoNames postal file. */
    public static final int KIND_POSTAL = 3;

    /** The statements that create the tables and index of an empty file; each may run again on a full one. */
    public static final List<String> CREATE = List.of(
            "CREATE TABLE IF NOT EXISTS places (id INTEGER PRIMARY KEY, name TEXT NOT NULL, ascii TEXT,"
                    + " lat REAL NOT NULL, lon REAL NOT NULL, fclass TEXT, fcode TEXT, cc TEXT, admin1 TEXT,"
                    + " population INTEGER)",
            "CREATE TABLE IF NOT EXISTS names (key TEXT NOT NULL, id INTEGER NOT NULL, name TEXT NOT NULL,"
                    + " kind INTEGER NOT NULL, PRIMARY KEY (key, id, name)) WITHOUT ROWID",
            "CREATE TABLE IF NOT EXISTS admin1 (cc TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL,"
                    + " key TEXT NOT NULL, derived INTEGER NOT NULL, PRIMARY KEY (cc, code))",
            "CREATE INDEX IF NOT EXISTS admin1_key ON admin1 (key)",
            "CREATE TABLE IF NOT EXISTS features (id INTEGER PRIMARY KEY, source TEXT NOT NULL, source_id TEXT NOT NULL,"
                    + " wikidata TEXT, south REAL, west REAL, north REAL, east REAL)",
            "CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT)");

    private GazetteerSchema() {
    }
}
