package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.imports.DefaultGazetteer;

/** {@code sitrep gazetteer import} and {@code sitrep gazetteer} on small GeoNames files written here. */
class GazetteerCommandIT {
    /** Two rows in the GeoNames main format (values as GeoNames has them) and one with a broken latitude. */
    private static final String UA = String.join("\n",
            "703656\tKupiansk\tKupiansk\tKupjansk,Kupyansk,Куп'янськ\t49.71003\t37.61581\tP\tPPLA2\tUA\t\t07\t6308\t\t\t27169\t\t99\tEurope/Kyiv\t2023-01-01",
            "706483\tKharkiv\tKharkiv\tCharkiw,Kharkov,Харків\t49.98081\t36.25272\tP\tPPLA\tUA\t\t07\t6312\t\t\t1433886\t\t152\tEurope/Kyiv\t2023-01-01",
            "1\tBroken\tBroken\t\tnorth\t37.0\tP\tPPL\tUA\t\t07\t\t\t\t0\t\t0\tEurope/Kyiv\t2023-01-01", "");

    @TempDir
    Path tmp;

    @Test
    void importsAZippedDumpAndAdmin1NamesReportingTheBadLineWithFileAndLine() throws Exception {
        Path zip = tmp.resolve("UA.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("UA.txt"));
            z.write(UA.getBytes(StandardCharsets.UTF_8));
        }
        Path admin1 = Files.writeString(tmp.resolve("admin1CodesASCII.txt"),
                "UA.07\tKharkivska Oblast\tKharkiv Oblast\t706482\n");
        Path cache = tmp.resolve("cache");

        Cli.Result r = Cli.run("gazetteer", "--cache", cache.toString(), "import", "--no-default", zip.toString(),
                admin1.toString());
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(ExitCodes.SOME_REJECTED);
        assertThat(r.out()).contains("UA.zip: 2 places").contains("1 lines skipped")
                .contains("UA.zip!UA.txt line 3").contains("admin1CodesASCII.txt: 0 places, 0 names, 1 region names");
        try (Gazetteer g = Gazetteer.open(DefaultGazetteer.file(cache))) {
            assertThat(g.lookup("Kupyansk")).singleElement()
                    .satisfies(m -> assertThat(m.place().admin1Name()).isEqualTo("Kharkivska Oblast"));
        }

        Cli.Result shown = Cli.run("gazetteer", "--cache", cache.toString());
        assertThat(shown.exit()).isZero();
        assertThat(shown.out()).contains(DefaultGazetteer.file(cache).toAbsolutePath().toString())
                .contains("UA.zip: 2 places").contains("admin1CodesASCII.txt")
                .contains("3 places: 1 countries").contains("2 populated places").contains("GeoNames");

        JsonNode json = new ObjectMapper().readTree(Cli.run("gazetteer", "--cache", cache.toString(), "--json").out());
        assertThat(json.path("contents").path("populated").asLong()).isEqualTo(2);
        assertThat(json.path("userImports").has("UA.zip")).isTrue();
        assertThat(json.path("defaultImport").isNull()).isTrue();
    }

    @Test
    void importsAPostalFileOncePerVillageWithIdsThatCannotClashAndResolvesItsVillagesInflected() throws Exception {
        // GeoNames postal format (UA.txt of ../shared/data/gazetteer/geonames-postal-UA): one row per postal code, so
        // Кліщіївка twice at one point.
        Path postal = Files.writeString(tmp.resolve("UA.txt"), String.join("\n",
                "UA\t84558\tКліщіївка\tDonetska\t05\tBahmutskiy\t\t\t\t48.53\t37.9605\t4",
                "UA\t84559\tКліщіївка\tDonetska\t05\tBahmutskiy\t\t\t\t48.53\t37.9605\t4",
                "UA\t63700\tКуп'янськ\tKharkivska\t07\tKupianskyi\t\t\t\t49.6136\t37.5081\t", ""));
        Path cache = tmp.resolve("cache");
        Cli.Result r = Cli.run("gazetteer", "--cache", cache.toString(), "import", "--no-default", postal.toString());
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("UA.txt: 2 places");
        try (Gazetteer g = Gazetteer.open(DefaultGazetteer.file(cache))) {
            assertThat(g.lookup("Klishchiivka")).singleElement().satisfies(m -> {
                assertThat(m.place().hasGeonameId()).as("postal places get negative ids").isFalse();
                assertThat(m.place().population()).isZero();
            });
            String sentence = "Бої тривали у Кліщіївці.";
            int at = sentence.indexOf("Кліщіївці");
            var resolved = new org.sitrep.geo.PlaceResolver(g).resolve(java.util.List.of(new org.sitrep.geo.PlaceMention(
                    "Кліщіївці", at, at + "Кліщіївці".length(), sentence, "LOC"))).get(0);
            assertThat(resolved).as(resolved.toString()).isInstanceOfSatisfying(
                    org.sitrep.geo.PlaceResolution.Resolved.class,
                    res -> assertThat(res.place().latitude()).isEqualTo(48.53));
        }
    }

    @Test
    void aMissingFileIsAnIoErrorAndTheOthersAreStillImported() throws Exception {
        Path good = Files.writeString(tmp.resolve("UA.txt"), UA.lines().limit(2).reduce("", (a, b) -> a + b + "\n"));
        Path cache = tmp.resolve("cache");
        Cli.Result r = Cli.run("gazetteer", "--cache", cache.toString(), "import", "--no-default", "--json",
                tmp.resolve("allCountries.zip").toString(), good.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.IO);
        assertThat(r.err()).contains("no file").contains("allCountries.zip");
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get(0).path("error").asText()).isEqualTo("no such file");
        assertThat(json.get(1).path("places").asLong()).isEqualTo(2);
        assertThat(json.get(1).path("skipped").asLong()).isZero();
    }

    @Test
    void showsThatThereIsNoGazetteerYet() {
        Cli.Result r = Cli.run("gazetteer", "--cache", tmp.resolve("empty").toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("none yet").contains("sitrep gazetteer import");
    }

    @Test
    void downloadsACountryFromAServerImportsItAndASecondRunFetchesAndImportsNothing() throws Exception {
        java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zipped)) {
            z.putNextEntry(new ZipEntry("UA.txt"));
            z.write(UA.lines().limit(2).reduce("", (a, b) -> a + b + "\n").getBytes(StandardCharsets.UTF_8));
        }
        java.util.Map<String, byte[]> files = java.util.Map.of(
                "/dump/UA.zip", zipped.toByteArray(),
                "/dump/admin1CodesASCII.txt", "UA.07\tKharkivska Oblast\tKharkiv Oblast\t706482\n".getBytes(StandardCharsets.UTF_8),
                "/dump/admin2Codes.txt", "UA.07.6308\tKupianskyi Raion\tKupianskyi Raion\t11902398\n".getBytes(StandardCharsets.UTF_8),
                "/dump/countryInfo.txt", "#ISO\n".getBytes(StandardCharsets.UTF_8),
                "/dump/alternatenames/UA.zip", zipped.toByteArray());
        java.util.List<String> requests = new java.util.concurrent.CopyOnWriteArrayList<>();
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", x -> {
            requests.add(x.getRequestURI().getPath());
            byte[] body = files.get(x.getRequestURI().getPath());
            x.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            if (body != null) x.getResponseBody().write(body);
            x.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/dump/";
            Path cache = tmp.resolve("cache");
            Cli.Result r = Cli.run("gazetteer", "--cache", cache.toString(), "download", "--countries", "ua",
                    "--base-url", base, "--no-default", "--no-progress");
            assertThat(r.exit()).as(r.out() + r.err()).isZero();
            assertThat(r.out()).contains(base + "UA.zip: downloaded").contains("UA.zip: 2 places")
                    .contains(base + "alternatenames/UA.zip: downloaded").contains("sha256 ");
            assertThat(requests).hasSize(5);
            try (Gazetteer g = Gazetteer.open(DefaultGazetteer.file(cache))) {
                assertThat(g.lookup("Kupyansk")).singleElement()
                        .satisfies(m -> assertThat(m.place().admin1Name()).isEqualTo("Kharkivska Oblast"));
            }

            Cli.Result again = Cli.run("gazetteer", "--cache", cache.toString(), "download", "--countries", "UA",
                    "--base-url", base, "--no-default", "--no-progress");
            assertThat(again.exit()).as(again.out() + again.err()).isZero();
            assertThat(requests).as("nothing fetched again").hasSize(5);
            assertThat(again.out()).contains("UA.zip: already complete").contains("UA.zip: imported before, unchanged");

            Cli.Result missing = Cli.run("gazetteer", "--cache", cache.toString(), "download", "--countries", "XK",
                    "--base-url", base, "--no-default", "--no-progress", "--json");
            assertThat(missing.exit()).isEqualTo(ExitCodes.IO);
            assertThat(missing.err()).contains(base + "XK.zip").contains("404");
            JsonNode json = new ObjectMapper().readTree(missing.out());
            assertThat(json.get(0).path("outcome").asText()).isEqualTo("failed");
            assertThat(json.get(1).path("outcome").asText()).isEqualTo("already_complete");

            assertThat(Cli.run("gazetteer", "--cache", cache.toString(), "download", "--countries", "Ukraine",
                    "--no-default").exit()).isEqualTo(ExitCodes.USAGE);
            assertThat(Cli.run("gazetteer", "--cache", cache.toString(), "download", "--no-default").exit())
                    .as("--countries or --all").isEqualTo(ExitCodes.USAGE);
        } finally {
            server.stop(0);
        }
    }
}
