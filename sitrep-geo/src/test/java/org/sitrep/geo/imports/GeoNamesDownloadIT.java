package org.sitrep.geo.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.geo.Gazetteer;

/** {@link GeoNamesDownload} against a loopback HTTP server that serves a small GeoNames dump written here. */
class GeoNamesDownloadIT {
    /** GeoNames main format: a town, its raion (ADM2) and the country, values as GeoNames has them. */
    static final String UA_MAIN = String.join("\n",
            "703656\tKupiansk\tKupiansk\tKupjansk,Kupyansk,Куп'янськ\t49.71003\t37.61581\tP\tPPLA2\tUA\t\t07\t6308\t\t\t27169\t\t99\tEurope/Kyiv\t2023-01-01",
            "706483\tKharkiv\tKharkiv\tCharkiw,Kharkov,Харків\t49.98081\t36.25272\tP\tPPLA\tUA\t\t07\t6312\t\t\t1433886\t\t152\tEurope/Kyiv\t2023-01-01",
            "11902398\tKupianskyi Raion\tKupianskyi Raion\t\t49.70000\t37.90000\tA\tADM2\tUA\t\t07\t6308\t\t\t0\t\t110\tEurope/Kyiv\t2023-01-01",
            "690791\tUkraine\tUkraine\tУкраїна\t49.0\t32.0\tA\tPCLI\tUA\t\t00\t\t\t\t41130432\t\t189\tEurope/Kyiv\t2023-01-01",
            "");
    static final String ADMIN1 = "UA.07\tKharkivska Oblast\tKharkiv Oblast\t706482\n";
    static final String ADMIN2 = "UA.07.6308\tKup'yans'kyy rayon\tKupianskyi raion\t11902398\n"
            + "US.OH.035\tCuyahoga County\tCuyahoga County\t5150931\n";
    static final String COUNTRY_INFO = "#ISO\tISO3\tISO-Numeric\tfips\tCountry\tCapital\tArea(in sq km)\tPopulation\t"
            + "Continent\ttld\tCurrencyCode\tCurrencyName\tPhone\tPostal Code Format\tPostal Code Regex\tLanguages\t"
            + "geonameid\tneighbours\tEquivalentFipsCode\n"
            + "UA\tUKR\t804\tUP\tUkraine\tKyiv\t603700\t44622516\tEU\t.ua\tUAH\tHryvnia\t380\t#####\t^(\\d{5})$\t"
            + "uk,ru-UA,rom,pl,hu\t690791\tPL,MD,HU,SK,BY,RO,RU\t\n";
    static final String ALTERNATES = "9\t703656\tde\tKupjansk-Stadt\t\t\t\t\t\t\n";

    private HttpServer server;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    /** Paths whose next answer stops half-way through the body. */
    private final Map<String, Boolean> cutOnce = new ConcurrentHashMap<>();
    private volatile boolean honourRange = true;
    /** Paths whose next answer sends half the body, then nothing (the connection stays open). */
    private final Map<String, Boolean> stallOnce = new ConcurrentHashMap<>();

    @TempDir
    Path tmp;

    @BeforeEach
    void serve() throws IOException {
        files.put("/dump/UA.zip", zip("UA.txt", UA_MAIN + "x".repeat(0)));
        files.put("/dump/alternatenames/UA.zip", zip("UA.txt", ALTERNATES));
        files.put("/dump/admin1CodesASCII.txt", ADMIN1.getBytes(StandardCharsets.UTF_8));
        files.put("/dump/admin2Codes.txt", ADMIN2.getBytes(StandardCharsets.UTF_8));
        files.put("/dump/countryInfo.txt", COUNTRY_INFO.getBytes(StandardCharsets.UTF_8));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool()); // a stalled answer blocks one thread
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        String range = x.getRequestHeaders().getFirst("Range");
        requests.add(path + (range == null ? "" : " " + range));
        byte[] body = files.get(path);
        if (body == null) {
            x.sendResponseHeaders(404, -1);
            x.close();
            return;
        }
        int from = 0;
        Matcher m = range == null ? null : Pattern.compile("bytes=(\\d+)-").matcher(range);
        if (honourRange && m != null && m.matches()) {
            from = Integer.parseInt(m.group(1));
            x.getResponseHeaders().set("Content-Range", "bytes " + from + "-" + (body.length - 1) + "/" + body.length);
            x.sendResponseHeaders(206, body.length - from);
        } else {
            x.sendResponseHeaders(200, body.length);
        }
        OutputStream out = x.getResponseBody();
        if (stallOnce.remove(path) != null) {
            out.write(body, from, (body.length - from) / 2);
            out.flush();
            try {
                Thread.sleep(20_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IOException("stalled on purpose");
        }
        if (cutOnce.remove(path) != null) {
            out.write(body, from, (body.length - from) / 2);
            out.flush();
            // A handler that throws makes the server drop the connection: the client has half the announced body.
            throw new IOException("cut half-way on purpose");
        }
        out.write(body, from, body.length - from);
        out.close();
        x.close();
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/dump/");
    }

    private GeoNamesDownload download(Path cache) {
        return new GeoNamesDownload(cache, new GeoNamesDownload.Params(base(), 3, Duration.ofMillis(5),
                Duration.ofSeconds(5)));
    }

    static byte[] zip(String entry, String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            z.putNextEntry(new ZipEntry(entry));
            z.write(text.getBytes(StandardCharsets.UTF_8));
            // a stored readme as GeoNames ships with each country zip
            z.putNextEntry(new ZipEntry("readme.txt"));
            z.write("GeoNames readme".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private List<GeoNamesDownload.FileResult> fetchAll(GeoNamesDownload d) throws IOException {
        List<GeoNamesDownload.FileResult> out = new java.util.ArrayList<>();
        for (GeoNamesDownload.Source s : GeoNamesDownload.plan(List.of("ua"), false)) out.add(d.fetch(s, b -> { }));
        return out;
    }

    @Test
    void downloadsACountryAndImportsItsPlacesRaionsNamesAndSecondRunFetchesNothing() throws Exception {
        Path cache = tmp.resolve("cache");
        List<GeoNamesDownload.FileResult> first = fetchAll(download(cache));
        assertThat(first).extracting(GeoNamesDownload.FileResult::outcome).containsOnly(GeoNamesDownload.Outcome.DOWNLOADED);
        assertThat(first.get(0).file().getFileName().toString()).isEqualTo("UA.zip");
        assertThat(first.get(first.size() - 1).file().getFileName().toString()).isEqualTo("alternatenames-UA.zip");
        assertThat(first.get(0).sha256()).isEqualTo(DownloadManifest.sha256(first.get(0).file())).hasSize(64);
        for (GeoNamesDownload.FileResult r : first) {
            assertThat(GeoNamesDownload.needsImport(cache, r)).isTrue();
            GazetteerImport.Report rep = DefaultGazetteer.importInto(cache, r.file(), b -> { });
            assertThat(rep.skipped()).as(r.file() + ": " + rep.problems()).isZero();
            GeoNamesDownload.markImported(cache, r);
        }
        try (Gazetteer g = Gazetteer.open(DefaultGazetteer.file(cache))) {
            assertThat(g.lookup("Kupjansk-Stadt")).singleElement()
                    .satisfies(m -> assertThat(m.place().id()).isEqualTo(703656));
            assertThat(g.lookup("Kupianskyi raion")).as("raion (ADM2) with its GeoNames id").singleElement()
                    .satisfies(m -> assertThat(m.place().featureCode()).isEqualTo("ADM2"));
            assertThat(g.lookup("Kupyanskyy rayon")).as("the admin2Codes name").singleElement()
                    .satisfies(m -> assertThat(m.place().id()).isEqualTo(11902398));
            assertThat(g.lookup("Cuyahoga County")).as("no place for it in a Ukrainian dump").isEmpty();
            assertThat(g.lookup("Kupyansk")).singleElement()
                    .satisfies(m -> assertThat(m.place().admin1Name()).isEqualTo("Kharkivska Oblast"));
        }

        int before = requests.size();
        List<GeoNamesDownload.FileResult> second = fetchAll(download(cache));
        assertThat(requests).hasSize(before);
        assertThat(second).extracting(GeoNamesDownload.FileResult::outcome)
                .containsOnly(GeoNamesDownload.Outcome.ALREADY_COMPLETE);
        assertThat(second).allSatisfy(r -> assertThat(GeoNamesDownload.needsImport(cache, r)).isFalse());
    }

    @Test
    void resumesAnInterruptedDownloadWithARange() throws Exception {
        files.put("/dump/UA.zip", zip("UA.txt", UA_MAIN.repeat(40)));
        cutOnce.put("/dump/UA.zip", true);
        Path cache = tmp.resolve("cache");
        GeoNamesDownload.FileResult r = download(cache).fetch(new GeoNamesDownload.Source("UA.zip", "UA.zip"), b -> { });
        assertThat(r.outcome()).as(r.error()).isEqualTo(GeoNamesDownload.Outcome.RESUMED);
        int half = files.get("/dump/UA.zip").length / 2;
        assertThat(requests).containsExactly("/dump/UA.zip", "/dump/UA.zip bytes=" + half + "-");
        assertThat(Files.readAllBytes(r.file())).isEqualTo(files.get("/dump/UA.zip"));
        assertThat(Files.exists(r.file().resolveSibling("UA.zip.part"))).isFalse();
    }

    @Test
    void resumesADownloadWhoseServerStopsSendingWithoutClosing() throws Exception {
        files.put("/dump/UA.zip", zip("UA.txt", UA_MAIN.repeat(40)));
        stallOnce.put("/dump/UA.zip", true);
        GeoNamesDownload d = new GeoNamesDownload(tmp.resolve("cache"), new GeoNamesDownload.Params(base(), 3,
                Duration.ofMillis(5), Duration.ofMillis(500)));
        long t0 = System.nanoTime();
        GeoNamesDownload.FileResult r = d.fetch(new GeoNamesDownload.Source("UA.zip", "UA.zip"), b -> { });
        assertThat(r.outcome()).as(r.error()).isEqualTo(GeoNamesDownload.Outcome.RESUMED);
        assertThat(requests).hasSize(2).last().asString().contains("bytes=" + files.get("/dump/UA.zip").length / 2 + "-");
        assertThat(Files.readAllBytes(r.file())).isEqualTo(files.get("/dump/UA.zip"));
        assertThat((System.nanoTime() - t0) / 1e9).as("the watchdog, not the server's 20 s").isLessThan(10);
    }

    @Test
    void restartsCleanlyWhenTheServerIgnoresTheRange() throws Exception {
        files.put("/dump/UA.zip", zip("UA.txt", UA_MAIN.repeat(40)));
        cutOnce.put("/dump/UA.zip", true);
        honourRange = false;
        Path cache = tmp.resolve("cache");
        GeoNamesDownload.FileResult r = download(cache).fetch(new GeoNamesDownload.Source("UA.zip", "UA.zip"), b -> { });
        assertThat(r.outcome()).as(r.error()).isEqualTo(GeoNamesDownload.Outcome.DOWNLOADED);
        assertThat(requests).hasSize(2).last().asString().contains("bytes=");
        assertThat(Files.readAllBytes(r.file())).as("the whole body once, not appended to the half")
                .isEqualTo(files.get("/dump/UA.zip"));
        assertThat(ResumableFetch.zipProblem(r.file())).isNull();
    }

    @Test
    void reports404NamingTheUrlAndDoesNotRetry() throws Exception {
        Path cache = tmp.resolve("cache");
        GeoNamesDownload.FileResult r = download(cache).fetch(new GeoNamesDownload.Source("XX.zip", "XX.zip"), b -> { });
        assertThat(r.outcome()).isEqualTo(GeoNamesDownload.Outcome.FAILED);
        assertThat(r.error()).contains(base() + "XX.zip").contains("404").contains("not found");
        assertThat(requests).containsExactly("/dump/XX.zip");
        assertThat(DownloadManifest.read(GeoNamesDownload.directory(cache)).get("XX.zip")).isEmpty();
    }

    @Test
    void reportsNoServerNamingTheUrlAfterRetrying() throws Exception {
        URI dead = base();
        server.stop(0);
        GeoNamesDownload d = new GeoNamesDownload(tmp.resolve("cache"), new GeoNamesDownload.Params(dead, 2,
                Duration.ofMillis(5), Duration.ofSeconds(2)));
        GeoNamesDownload.FileResult r = d.fetch(new GeoNamesDownload.Source("UA.zip", "UA.zip"), b -> { });
        assertThat(r.outcome()).isEqualTo(GeoNamesDownload.Outcome.FAILED);
        assertThat(r.error()).contains(dead + "UA.zip").contains("cannot connect").contains("2 attempts");
    }

    @Test
    void refetchesAZipWhoseCrcDoesNotCheck() throws Exception {
        byte[] good = files.get("/dump/UA.zip");
        byte[] bad = good.clone();
        // flip a byte of the first entry's compressed data (after its 30-byte local header and 6-byte name)
        bad[40] ^= 0x55;
        Path cache = tmp.resolve("cache");
        Path dir = GeoNamesDownload.directory(cache);
        Files.createDirectories(dir);
        Files.write(dir.resolve("bad.zip"), bad);
        assertThat(ResumableFetch.zipProblem(dir.resolve("bad.zip"))).isNotNull();
        assertThat(ResumableFetch.zipProblem(dir.resolve("bad.zip").resolveSibling("none.zip"))).isNotNull();
        files.put("/dump/UA.zip", bad);
        GeoNamesDownload.FileResult r = download(cache).fetch(new GeoNamesDownload.Source("UA.zip", "UA.zip"), b -> { });
        assertThat(r.outcome()).isEqualTo(GeoNamesDownload.Outcome.FAILED);
        assertThat(r.error()).contains("damaged").contains("3 attempts");
    }

    @Test
    void plansCountriesOrTheWorldPlacesBeforeNames() {
        assertThat(GeoNamesDownload.plan(List.of("ua", "RU"), false)).extracting(GeoNamesDownload.Source::remote)
                .containsExactly("UA.zip", "RU.zip", "admin1CodesASCII.txt", "admin2Codes.txt", "countryInfo.txt",
                        "alternatenames/UA.zip", "alternatenames/RU.zip");
        assertThat(GeoNamesDownload.plan(List.of(), true)).extracting(GeoNamesDownload.Source::local)
                .containsExactly("allCountries.zip", "admin1CodesASCII.txt", "admin2Codes.txt", "countryInfo.txt",
                        "alternateNamesV2.zip");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> GeoNamesDownload.plan(List.of("Ukraine"), false))
                .hasMessageContaining("Ukraine");
    }
}
