package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.geo.imports.GazetteerImport;

/**
 * Second-level areas as the default gazetteer's region import now writes them (feature ADM2, the admin1 code of
 * their towns, their towns' population; 0 when named like a town inside them): an English county against its
 * American namesakes, and a city against the area named after it. GeoNames ids and points for the towns; the areas
 * ids made up (positive: the main-format import takes no negative ids), their populations the sum of their
 * cities500 towns (rounded).
 */
class SecondLevelAreaResolutionTest {
    private static final long KENT_COUNTY = 9_200_001L;
    private static final long KENT_WA = 5799625;
    private static final long KENT_OH = 5159537;
    private static final long LEEDS = 2644688;
    @TempDir
    static Path dir;
    private static Gazetteer gazetteer;

    @BeforeAll
    static void open() throws Exception {
        String rows = String.join("\n",
                row(KENT_COUNTY, "Kent", "A", "ADM2", "GB", "ENG", 51.21, 0.72, 700000),
                row(KENT_WA, "Kent", "P", "PPL", "US", "WA", 47.38093, -122.23484, 126952),
                row(KENT_OH, "Kent", "P", "PPL", "US", "OH", 41.15367, -81.35789, 29810),
                row(2643179, "Maidstone", "P", "PPLA2", "GB", "ENG", 51.26667, 0.51667, 107627),
                row(2643743, "London", "P", "PPLC", "GB", "ENG", 51.50853, -0.12574, 8961989),
                row(6269131, "England", "A", "ADM1", "GB", "ENG", 52.16045, -0.70312, 54610000),
                row(5165418, "Ohio", "A", "ADM1", "US", "OH", 40.25034, -83.00018, 11689100),
                row(LEEDS, "Leeds", "P", "PPLA2", "GB", "ENG", 53.79648, -1.54785, 516298),
                row(9_200_002L, "Leeds", "A", "ADM2", "GB", "ENG", 53.8, -1.55, 0), "");
        Path file = Files.writeString(dir.resolve("areas.txt"), rows);
        GazetteerImport.Report r = GazetteerImport.importFile(file, dir.resolve("areas.sqlite"));
        assertThat(r.skipped()).isZero();
        gazetteer = Gazetteer.open(dir.resolve("areas.sqlite"));
    }

    @AfterAll
    static void close() {
        gazetteer.close();
    }

    private static String row(long id, String name, String fclass, String fcode, String cc, String admin1, double lat,
                              double lon, long population) {
        return id + "\t" + name + "\t" + name + "\t\t" + lat + "\t" + lon + "\t" + fclass + "\t" + fcode + "\t" + cc
                + "\t\t" + admin1 + "\t\t\t\t" + population + "\t\t0\tUTC\t2023-01-01";
    }

    /** Resolves every listed name at its first occurrence in {@code text} (one sentence) and returns the first's. */
    private static PlaceResolution resolveFirst(String text, String... names) {
        List<PlaceMention> mentions = new ArrayList<>();
        for (String n : names) {
            int at = text.indexOf(n);
            mentions.add(new PlaceMention(n, at, at + n.length(), text, "LOCATION"));
        }
        return new PlaceResolver(gazetteer).resolve(mentions).getFirst();
    }

    private static long idOf(PlaceResolution r) {
        assertThat(r).as(r.toString()).isInstanceOf(PlaceResolution.Resolved.class);
        return ((PlaceResolution.Resolved) r).place().id();
    }

    @Test
    void kentInAnArticleAboutEnglandIsTheCounty() {
        PlaceResolution r = resolveFirst("Police in Kent said a man from Maidstone was arrested on his way to London.",
                "Kent", "Maidstone", "London");
        assertThat(idOf(r)).isEqualTo(KENT_COUNTY);
        assertThat(((PlaceResolution.Resolved) r).guess()).isFalse();
    }

    @Test
    void kentInEnglandNamedAsSuchIsTheCounty() {
        assertThat(idOf(resolveFirst("Flooding hit Kent, England, overnight.", "Kent"))).isEqualTo(KENT_COUNTY);
    }

    @Test
    void kentOhioStaysInOhio() {
        assertThat(idOf(resolveFirst("Students marched in Kent, Ohio, on Monday.", "Kent"))).isEqualTo(KENT_OH);
    }

    @Test
    void anAreaNamedAfterItsCityLeavesTheNameToTheCity() {
        PlaceResolution r = resolveFirst("Fans in Leeds celebrated the promotion.", "Leeds");
        assertThat(idOf(r)).as(r.toString()).isEqualTo(LEEDS);
    }
}
