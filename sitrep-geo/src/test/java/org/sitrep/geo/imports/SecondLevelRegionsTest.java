package org.sitrep.geo.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rule that makes second-level areas of the regions that link to no admin1 code, on hand-written regions and
 * GeoNames towns (points and populations as GeoNames has them, admin2 codes made up).
 */
class SecondLevelRegionsTest {
    // Fife (GB.SCT.F1): Kirkcaldy, Dunfermline, Glenrothes; Kent (GB.ENG.G5): Maidstone, Canterbury, Ashford;
    // Leeds (GB.ENG.L1): Leeds, Morley; Greater London (GB.ENG.GL): Southwark, Camden.
    private static final List<SecondLevelRegions.Town> TOWNS = List.of(
            town("SCT", "F1", 56.11683, -3.15999, 49460),
            town("SCT", "F1", 56.07156, -3.45887, 49000),
            town("SCT", "F1", 56.19467, -3.17278, 39000),
            town("ENG", "G5", 51.26667, 0.51667, 107627),
            town("ENG", "G5", 51.27904, 1.07992, 43432),
            town("ENG", "G5", 51.14648, 0.87376, 74204),
            town("ENG", "L1", 53.79648, -1.54785, 455123),
            town("ENG", "L1", 53.74013, -1.59877, 44440),
            town("ENG", "GL", 51.50, -0.08, 288283),
            town("ENG", "GL", 51.54, -0.16, 220338),
            town("ENG", "", 52.0, -1.0, 1000));

    private static SecondLevelRegions.Town town(String admin1, String admin2, double lat, double lon, long population) {
        return new SecondLevelRegions.Town("GB", admin1, admin2, lat, lon, population);
    }

    private static SecondLevelRegions.Region region(long id, String name, double lat, double lon, double[]... namesakes) {
        return new SecondLevelRegions.Region(id, name, "GB", lat, lon, List.of(namesakes));
    }

    private static Map<String, SecondLevelRegions.Placed> byName(List<SecondLevelRegions.Placed> placed) {
        return placed.stream().collect(java.util.stream.Collectors.toMap(p -> p.region().name(), p -> p));
    }

    @Test
    void aRegionTakesTheAreaOfTheTownsAroundItsPointWithTheirPopulationAndAdmin1() {
        var placed = byName(SecondLevelRegions.place(List.of(region(-1, "Fife", 56.20821, -3.14952)), TOWNS));
        assertThat(placed).containsOnlyKeys("Fife");
        SecondLevelRegions.Placed fife = placed.get("Fife");
        assertThat(fife.admin1()).as("inside Scotland").isEqualTo("SCT");
        assertThat(fife.population()).isEqualTo(49460 + 49000 + 39000);
        assertThat(fife.towns()).isEqualTo(3);
        // The mean of the package's point and the centre of the towns' extent.
        assertThat(fife.lat()).isCloseTo((56.20821 + (56.07156 + 56.19467) / 2) / 2, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(fife.lon()).isCloseTo((-3.14952 + (-3.45887 + -3.15999) / 2) / 2, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aRegionPlacedFarFromAnyTownOfItsCountryGetsNoArea() {
        // The package's Kent lies at Kent, Ohio.
        assertThat(SecondLevelRegions.place(List.of(region(-2, "Kent", 41.15367, -81.35789)), TOWNS)).isEmpty();
    }

    @Test
    void aRegionNamedLikeATownOfItsAreaLeavesTheNameToTheTown() {
        var placed = byName(SecondLevelRegions.place(List.of(
                region(-3, "Leeds", 53.80076, -1.54908, new double[] {53.79648, -1.54785}),
                region(-4, "Kent", 51.21, 0.72, new double[] {47.38, -122.23})), TOWNS));
        assertThat(placed.get("Leeds").population()).as("Leeds, the city, is inside it").isZero();
        assertThat(placed.get("Leeds").namedLikeItsTown()).isTrue();
        assertThat(placed.get("Kent").population()).as("a namesake far away is not its town").isEqualTo(107627 + 43432 + 74204);
    }

    @Test
    void severalRegionsOnOneLargerAreaGetNoneOfItUnlessOneIsClearlyItsMiddle() {
        List<SecondLevelRegions.Placed> boroughs = SecondLevelRegions.place(List.of(
                region(-5, "London Borough of Southwark", 51.50, -0.09),
                region(-6, "London Borough of Camden", 51.545, -0.165)), TOWNS);
        assertThat(boroughs).as("two boroughs as near the middle of Greater London's towns").isEmpty();
        var kent = byName(SecondLevelRegions.place(List.of(
                region(-7, "Kent", 51.21, 0.80),
                region(-8, "Medway", 51.30, 0.52)), TOWNS));
        assertThat(kent).containsOnlyKeys("Kent");
    }

    @Test
    void aPointInACornerOfAnAreaOfFiveTownsIsTakenForItsNeighboursAndGetsNoArea() {
        // Five towns of one area spread over 1 degree; Var's point is in its corner, Bouches-du-Rhone's in its middle.
        List<SecondLevelRegions.Town> area = new java.util.ArrayList<>();
        for (double[] p : new double[][] {{43.2, 4.6}, {43.3, 5.4}, {43.5, 5.0}, {43.7, 4.8}, {43.8, 5.6}}) {
            area.add(new SecondLevelRegions.Town("FR", "93", "13", p[0], p[1], 100000));
        }
        assertThat(SecondLevelRegions.place(List.of(new SecondLevelRegions.Region(-9, "Var", "FR", 43.75, 5.55, List.of())), area))
                .isEmpty();
        assertThat(SecondLevelRegions.place(List.of(new SecondLevelRegions.Region(-10, "Bouches-du-Rhône", "FR", 43.45, 5.05,
                List.of())), area)).singleElement().satisfies(p -> assertThat(p.population()).isEqualTo(500000));
    }

    @Test
    void readsTheTownsWithAnAdmin2CodeOfTheAskedCountries() throws Exception {
        String rows = String.join("\n",
                "2651269\tDunfermline\tDunfermline\t\t56.07156\t-3.45887\tP\tPPL\tGB\t\tSCT\tF1\t\t\t49000\t\t0\tUTC\t2023-01-01",
                "2655984\tNowhere\tNowhere\t\t56.0\t-3.0\tP\tPPL\tGB\t\tSCT\t\t\t\t100\t\t0\tUTC\t2023-01-01",
                "703656\tKupiansk\tKupiansk\t\t49.71\t37.62\tP\tPPLA2\tUA\t\t07\t\t\t\t27169\t\t0\tUTC\t2023-01-01",
                "bad row", "");
        assertThat(SecondLevelRegions.towns(new StringReader(rows), Set.of("GB")))
                .containsExactly(new SecondLevelRegions.Town("GB", "SCT", "F1", 56.07156, -3.45887, 49000));
    }
}
