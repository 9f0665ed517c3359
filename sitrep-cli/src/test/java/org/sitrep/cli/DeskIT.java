package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.sitrep.app.Sitrep;
import org.sitrep.app.SitrepConfig;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.NameMatch;
import org.sitrep.geo.imports.DefaultGazetteer;
import org.sitrep.model.Article;
import org.sitrep.server.SitrepServer;
import org.sitrep.store.EventReads;
import org.sitrep.store.SitrepStore;
import org.sitrep.testkit.Repository;
import org.sitrep.testkit.SharedData;

/**
 * Issue 17's filters and exports on the seeds plus the sample corpus, annotated with the default gazetteer (in
 * target/gazetteer-cache): filtering events to 2024 and Kupiansk leaves the 2024 event(s), checked against the
 * events' own articles read one by one; that view's GeoJSON (read with JTS) has Kupiansk at its GeoNames coordinates
 * from the gazetteer; its ACLED CSV (read with Commons CSV) has ACLED's header; the API answers as the CLI does.
 */
class DeskIT {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String[] VIEW = {"--from", "2024-01-01", "--to", "2024-12-31", "--place", "Kupiansk"};
    static final String VIEW_QUERY = "from=2024-01-01&to=2024-12-31&place=Kupiansk";

    @TempDir
    static Path data;

    @BeforeAll
    static void ingest() {
        Cli.Result seeds = Cli.run("--data", data.toString(), "ingest", "--no-progress", SharedData.require("seeds").toString());
        assertThat(seeds.exit()).as(seeds.err()).isEqualTo(ExitCodes.OK);
        Cli.Result corpus = Cli.run("--data", data.toString(), "ingest", "--no-progress", Repository.root().resolve("samples/corpus").toString());
        assertThat(corpus.exit()).as(corpus.err()).isIn(ExitCodes.OK, ExitCodes.SOME_REJECTED);
    }

    static JsonNode cliJson(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--data", data.toString()));
        all.addAll(List.of(args));
        Cli.Result r = Cli.run(all.toArray(String[]::new));
        assertThat(r.exit()).as(String.join(" ", args) + ": " + r.err()).isEqualTo(ExitCodes.OK);
        return JSON.readTree(r.out());
    }

    static String cliOut(String... args) {
        List<String> all = new ArrayList<>(List.of("--data", data.toString()));
        all.addAll(List.of(args));
        Cli.Result r = Cli.run(all.toArray(String[]::new));
        assertThat(r.exit()).as(String.join(" ", args) + ": " + r.err()).isEqualTo(ExitCodes.OK);
        return r.out();
    }

    static String[] view(String... more) {
        List<String> a = new ArrayList<>(List.of(more));
        a.addAll(List.of(VIEW));
        return a.toArray(String[]::new);
    }

    static Set<String> ids(JsonNode page) {
        Set<String> out = new HashSet<>();
        for (JsonNode e : page.get("items")) out.add(e.get("id").asText());
        return out;
    }

    static Gazetteer gazetteer() {
        return Gazetteer.open(DefaultGazetteer.file(Path.of(System.getProperty("sitrep.cache", "target/gazetteer-cache"))));
    }

    /** The events with an article published in 2024 and an article naming a place called Kupiansk, read article by article. */
    static Set<String> expected2024Kupiansk() {
        Set<String> out = new HashSet<>();
        try (SitrepStore store = SitrepStore.openReadOnly(data)) {
            Set<Long> kupiansk = new HashSet<>();
            for (var e : store.entityReads().entities(new org.sitrep.store.EntityReads.EntityQuery("place", "Kupiansk",
                    org.sitrep.geo.TransliterationKey.of("Kupiansk"), 50, 0)).items()) {
                if (e.spellings().stream().anyMatch(s -> org.sitrep.geo.TransliterationKey.of(s.text()).equals(org.sitrep.geo.TransliterationKey.of("Kupiansk")))) {
                    kupiansk.add(e.id());
                }
            }
            assertThat(kupiansk).as("Kupiansk is an entity").isNotEmpty();
            for (EventReads.EventSummary ev : store.eventReads().events(1, 10_000, 0).items()) {
                boolean in2024 = false;
                boolean names = false;
                for (String id : ev.articleIds()) {
                    Article a = store.article(id).orElseThrow();
                    if (a.published() != null && LocalDate.ofInstant(a.published().instant(), ZoneOffset.UTC).getYear() == 2024) in2024 = true;
                    for (var m : store.entityReads().annotations(id).mentions()) if (m.entityId() != null && kupiansk.contains(m.entityId())) names = true;
                }
                if (in2024 && names) out.add(ev.id());
            }
        }
        return out;
    }

    @Test
    void filteringEventsTo2024AndKupianskLeavesThe2024Events() throws Exception {
        JsonNode all = cliJson("events", "--json", "--limit", "1000");
        JsonNode view = cliJson(view("events", "--json"));
        Set<String> expected = expected2024Kupiansk();
        assertThat(expected).as("the seeds' 2024 report on Kupiansk makes an event").isNotEmpty();
        assertThat(ids(view)).isEqualTo(expected);
        assertThat(view.get("total").asLong()).isEqualTo(expected.size());
        assertThat(all.get("total").asLong()).isGreaterThan(expected.size());
        for (JsonNode e : view.get("items")) {
            assertThat(e.has("type")).isTrue();
            assertThat(e.get("disputed").isBoolean()).isTrue();
            assertThat(e.get("independent_sources").asInt()).isPositive();
        }
        // Exact place and the place inside a wider one: Kupiansk is in Kharkiv oblast (GeoNames admin1 area "Kharkiv").
        assertThat(ids(cliJson(view("events", "--json", "--exact-place")))).isEqualTo(expected);
        assertThat(ids(cliJson("events", "--json", "--from", "2024-01-01", "--to", "2024-12-31", "--place", "Kharkiv Oblast")))
                .containsAll(expected);
        // Sorting and paging keep the total.
        JsonNode newest = cliJson("events", "--json", "--sort", "newest", "--limit", "2");
        assertThat(newest.get("total").asLong()).isEqualTo(all.get("total").asLong());
        assertThat(newest.get("items").get(0).get("last_day").asText()).isGreaterThanOrEqualTo(newest.get("items").get(1).get("last_day").asText());
        // The other lists take the same options.
        JsonNode articles = cliJson(view("articles", "--json"));
        assertThat(articles.size()).isPositive();
        for (JsonNode a : articles) assertThat(a.get("published").asText()).startsWith("2024");
        assertThat(ids(cliJson(view("stories", "--json")))).isNotEmpty();
        assertThat(cliJson(view("search", "--json", "Kupiansk")).get("total").asLong()).isPositive();
        assertThat(cliJson(view("records", "--json")).get("total_events").asLong()).isEqualTo(expected.size());
    }

    @Test
    void thatViewsGeoJsonHasKupianskAtItsGeoNamesCoordinates() throws Exception {
        Path file = data.resolve("kupiansk.geojson");
        cliOut(view("export", "--format", "geojson", "-o", file.toString()));
        String text = Files.readString(file);
        Geometry g = new org.locationtech.jts.io.geojson.GeoJsonReader().read(text);
        assertThat(g).isInstanceOf(GeometryCollection.class);
        assertThat(g.getNumGeometries()).isPositive();
        JsonNode root = JSON.readTree(text);
        assertThat(root.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(root.get("properties").get("attribution").asText()).contains("GeoNames");
        Set<String> events = new HashSet<>();
        JsonNode kupiansk = null;
        for (JsonNode f : root.get("features")) {
            assertThat(f.get("type").asText()).isEqualTo("Feature");
            assertThat(f.get("geometry").get("type").asText()).isEqualTo("Point");
            events.add(f.get("properties").get("id").asText());
            if (f.get("properties").get("place").asText().equals("Kupiansk")) kupiansk = f;
        }
        assertThat(events).isSubsetOf(expected2024Kupiansk());
        assertThat(kupiansk).as("a feature at Kupiansk").isNotNull();
        long geonameId = kupiansk.get("properties").get("geonames_id").asLong();
        try (Gazetteer gz = gazetteer()) {
            List<NameMatch> named = gz.lookup("Kupiansk");
            assertThat(named).extracting(m -> m.place().id()).contains(geonameId);
            var place = gz.byId(geonameId).orElseThrow();
            JsonNode xy = kupiansk.get("geometry").get("coordinates");
            assertThat(xy.get(0).asDouble()).as("longitude").isEqualTo(place.longitude());
            assertThat(xy.get(1).asDouble()).as("latitude").isEqualTo(place.latitude());
        }
    }

    @Test
    void thatViewsAcledCsvHasAcledsHeader() throws Exception {
        String csv = cliOut(view("export", "--format", "acled-csv"));
        try (CSVParser p = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertThat(p.getHeaderNames()).startsWith("event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
                    "actor1", "actor2", "country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "notes", "fatalities");
            assertThat(p.getHeaderNames()).endsWith("independent_sources", "disputed", "sitrep_event_id", "sitrep_story_id");
            Set<String> events = new HashSet<>();
            p.getRecords().forEach(r -> events.add(r.get("sitrep_event_id")));
            assertThat(events).isEqualTo(expected2024Kupiansk());
        }
    }

    @Test
    void theApiAnswersAsTheCliDoesForTheSameFilter() throws Exception {
        String cliEvents = cliOut(view("events", "--json"));
        String cliGeo = cliOut(view("export", "--format", "geojson"));
        String cliClaims = cliOut(view("export", "--format", "jsonl", "--what", "claims"));
        JsonNode cliSearch = cliJson(view("search", "--json", "Kupiansk"));
        JsonNode cliArticles = cliJson(view("articles", "--json"));
        JsonNode cliStories = cliJson(view("stories", "--json"));
        SitrepConfig config = SitrepConfig.fromEnvironment(data, java.util.Map.of(), System.getProperties()).withAnnotation(false);
        try (Sitrep sitrep = Sitrep.open(config)) {
            SitrepServer server = new SitrepServer(sitrep, "127.0.0.1", 0);
            int port = server.start();
            try {
                HttpClient http = HttpClient.newHttpClient();
                HttpResponse<String> events = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/events?" + VIEW_QUERY)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(events.statusCode()).isEqualTo(200);
                JsonNode api = JSON.readTree(events.body());
                JsonNode cli = JSON.readTree(cliEvents);
                assertThat(api.get("items")).isEqualTo(cli.get("items"));
                assertThat(api.get("total")).isEqualTo(cli.get("total"));

                JsonNode search = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/search?q=Kupiansk&"
                        + VIEW_QUERY)).build(), HttpResponse.BodyHandlers.ofString()).body());
                assertThat(search.get("total")).isEqualTo(cliSearch.get("total"));
                List<String> apiHits = new ArrayList<>();
                search.get("items").forEach(h -> apiHits.add(h.get("id").asText()));
                List<String> cliHits = new ArrayList<>();
                cliSearch.get("items").forEach(h -> cliHits.add(h.get("id").asText()));
                assertThat(apiHits).isEqualTo(cliHits);
                assertThat(search.get("counts")).isEqualTo(cliSearch.get("counts"));
                JsonNode articles = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/articles?limit=500&"
                        + VIEW_QUERY)).build(), HttpResponse.BodyHandlers.ofString()).body());
                assertThat(articles.get("total").asInt()).isEqualTo(cliArticles.size());
                List<String> apiArticles = new ArrayList<>();
                articles.get("items").forEach(a -> apiArticles.add(a.get("id").asText()));
                List<String> cliArticleIds = new ArrayList<>();
                cliArticles.forEach(a -> cliArticleIds.add(a.get("id").asText()));
                assertThat(apiArticles).isEqualTo(cliArticleIds);
                JsonNode stories = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/stories?" + VIEW_QUERY))
                        .build(), HttpResponse.BodyHandlers.ofString()).body());
                assertThat(stories.get("items")).isEqualTo(cliStories.get("items"));
                HttpResponse<String> claimsPage = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/claims?from=2024-01-01&to=2024-12-31")).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(claimsPage.statusCode()).isEqualTo(200);

                HttpResponse<String> geo = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/export?format=geojson&"
                        + VIEW_QUERY)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(geo.statusCode()).isEqualTo(200);
                assertThat(geo.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/geo+json");
                assertThat(geo.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment; filename=\"sitrep-events-2024-01-01")
                        .endsWith(".geojson\"");
                assertThat(JSON.readTree(geo.body())).isEqualTo(JSON.readTree(cliGeo));

                HttpResponse<String> claims = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/export?format=jsonl&what=claims&" + VIEW_QUERY)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(claims.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/x-ndjson");
                assertThat(claims.body()).isEqualTo(cliClaims);
                for (String line : claims.body().split("\n")) if (!line.isBlank()) assertThat(JSON.readTree(line).has("event_id")).isTrue();

                HttpResponse<String> csv = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/export?format=acled-csv&"
                        + VIEW_QUERY)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");

                HttpResponse<String> bad = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/events?from=2024-13-01"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(bad.statusCode()).isEqualTo(400);
                JsonNode error = JSON.readTree(bad.body()).get("error");
                assertThat(error.get("message").asText()).isEqualTo("from: not a date (YYYY-MM-DD): 2024-13-01");
                

                HttpResponse<String> unknown = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/events?place="
                        + URLEncoder.encode("Nowhereville Xyzzy", StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(unknown.statusCode()).isEqualTo(400);
                assertThat(JSON.readTree(unknown.body()).get("error").get("message").asText()).startsWith("place: unknown place: Nowhereville Xyzzy");
            } finally {
                server.stop();
            }
        }
        Cli.Result bad = Cli.run("--data", data.toString(), "events", "--from", "2024-13-01");
        assertThat(bad.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("from: not a date (YYYY-MM-DD): 2024-13-01");
    }
}
