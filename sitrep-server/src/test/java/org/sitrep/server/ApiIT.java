package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.Ingestion;
import org.sitrep.app.Sitrep;

class ApiIT {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path data;
    Running running;

    @BeforeEach
    void start() {
        running = new Running(data);
        Ingestion.Report r = running.sitrep.ingestion().run(List.of(Running.seeds().toString()), new Ingestion.Listener() {
        });
        assertThat(r.count(Ingestion.Status.ADDED)).isEqualTo(5);
    }

    @AfterEach
    void stop() {
        running.close();
    }

    record Resp(int status, JsonNode body) {
    }

    Resp get(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(running.url(path))).build(), HttpResponse.BodyHandlers.ofString());
        return new Resp(r.statusCode(), JSON.readTree(r.body()));
    }

    Resp post(String path, String body) throws Exception {
        return send("POST", path, body);
    }

    Resp send(String method, String path, String body) throws Exception {
        HttpRequest.BodyPublisher pub = body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body);
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(running.url(path)))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + running.server.access().token())
                .method(method, pub).build(), HttpResponse.BodyHandlers.ofString());
        return new Resp(r.statusCode(), JSON.readTree(r.body()));
    }

    /** A request as a client other than ours would send it: any headers, Host included (raw HTTP/1.1 over a socket). */
    String raw(String request) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", running.port)) {
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    static final String ARTICLE = "{\"title\":\"Reuters: city captured\",\"outlet\":\"Reuters\",\"text\":\"Planted text.\"}";

    @Test
    void writesNeedTheTokenAJsonBodyAndOurOwnOrigin() throws Exception {
        long before = get("/api/articles").body().get("total").asLong();
        String token = running.server.access().token();
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(running.url("/api/articles"))).POST(HttpRequest.BodyPublishers.ofString(ARTICLE));
        // No token, a wrong token, the token with a text/plain form body, the token from another site's page.
        HttpResponse<String> none = HTTP.send(post.copy().header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertError(new Resp(none.statusCode(), JSON.readTree(none.body())), 401, "token-required");
        assertThat(none.headers().firstValue("WWW-Authenticate")).contains("Bearer");
        HttpResponse<String> wrong = HTTP.send(post.copy().header("Content-Type", "application/json").header("Authorization", "Bearer " + "0".repeat(64))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(401);
        HttpResponse<String> plain = HTTP.send(post.copy().header("Content-Type", "text/plain").header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        assertError(new Resp(plain.statusCode(), JSON.readTree(plain.body())), 415, "unsupported-media-type");
        HttpResponse<String> elsewhere = HTTP.send(post.copy().header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .header("Origin", "https://evil.example").build(), HttpResponse.BodyHandlers.ofString());
        assertError(new Resp(elsewhere.statusCode(), JSON.readTree(elsewhere.body())), 403, "origin-not-allowed");
        assertThat(get("/api/articles").body().get("total").asLong()).as("nothing was stored").isEqualTo(before);
        // Our own page's origin with the token writes.
        HttpResponse<String> ours = HTTP.send(post.copy().header("Content-Type", "application/json; charset=utf-8").header("Authorization", "Bearer " + token)
                .header("Origin", "http://127.0.0.1:" + running.port).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ours.statusCode()).as("accepted: on disk, stored by the writer in a moment").isEqualTo(202);
        JsonNode accepted = JSON.readTree(ours.body());
        assertThat(ours.headers().firstValue("Location")).contains(accepted.get("status_url").asText());
        JsonNode batch = waitForBatch(accepted.get("batch").asText());
        assertThat(batch.get("status").asText()).isEqualTo("done");
        assertThat(batch.get("result").get("added").asInt()).isEqualTo(1);
        assertThat(get("/api/articles").body().get("total").asLong()).isEqualTo(before + 1);
    }

    /** Polls a batch until it is stored (or failed), for at most 30 s. */
    JsonNode waitForBatch(String id) throws Exception {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        JsonNode b = get("/api/batches/" + id).body();
        while (!b.get("status").asText().matches("done|failed") && System.nanoTime() < deadline) {
            Thread.sleep(50);
            b = get("/api/batches/" + id).body();
        }
        return b;
    }

    @Test
    void aRequestNamingAnotherHostIsRefused() throws Exception {
        String rebound = raw("GET /api/articles HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        assertThat(rebound).startsWith("HTTP/1.1 403").contains("host-not-allowed");
        String ours = raw("GET /api/articles?limit=1 HTTP/1.1\r\nHost: localhost:" + running.port + "\r\nConnection: close\r\n\r\n");
        assertThat(ours).startsWith("HTTP/1.1 200");
    }

    @Test
    void everyAnswerCarriesTheBrowserSafetyHeaders() throws Exception {
        for (String path : List.of("/", "/app.js", "/api/articles", "/api/nothing-here")) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(running.url(path))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).contains(SitrepServer.CSP);
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(path).contains("no-referrer");
            assertThat(r.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
        }
        assertThat(SitrepServer.CSP).contains("script-src 'self';").doesNotContain("unsafe-eval").contains("frame-ancestors 'none'");
    }

    @Test
    void anAddressThatIsNotAWebUrlIsNeverKept() throws Exception {
        Resp r = post("/api/articles?wait=true", "[{\"title\":\"Click me\",\"url\":\"JaVaScRiPt:alert(document.domain)\",\"text\":\"A report about shelling near Izium.\"},"
                + "{\"title\":\"Data\",\"url\":\"data:text/html,<script>alert(1)</script>\",\"text\":\"Another report about shelling near Kupiansk.\"}]");
        assertThat(r.status()).isEqualTo(201);
        for (JsonNode item : r.body().get("items")) {
            JsonNode a = get("/api/articles/" + item.get("id").asText()).body();
            assertThat(a.path("url").isMissingNode() || a.path("url").isNull()).as(a.toString()).isTrue();
            assertThat(a.toString()).contains("not-a-web-url");
        }
    }

    /** Issue 15: a body byte that was not UTF-8 became U+FFFD without a word. */
    @Test
    void aBodyByteThatIsNotUtf8IsSaidOnTheArticle() throws Exception {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes("{\"title\":\"Shelling near Izium\",\"text\":\"A report about shelling near Izium".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.write(0xFF);
        body.writeBytes(" overnight.\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(running.url("/api/articles?wait=true")))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + running.server.access().token())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode a = get("/api/articles/" + JSON.readTree(r.body()).get("items").get(0).get("id").asText()).body();
        assertThat(a.toString()).contains("invalid-utf8").contains("\uFFFD overnight");
    }

    @Test
    void listsGetsByPrefixAndSearches() throws Exception {
        Resp list = get("/api/articles?limit=2");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().get("total").asLong()).isEqualTo(5);
        assertThat(list.body().get("items")).hasSize(2);
        JsonNode first = list.body().get("items").get(0);
        assertThat(first.get("published").asText()).startsWith("2024-11-14");

        String id = first.get("id").asText();
        Resp one = get("/api/articles/" + id.substring(0, 6));
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.body().get("id").asText()).isEqualTo(id);
        assertThat(one.body().get("removed").size()).isPositive();
        JsonNode span = one.body().get("removed").get(0);
        assertThat(one.body().get("source_text").asText().substring(span.get("start").asInt(), span.get("end").asInt()))
                .isEqualTo(span.get("text").asText());

        Resp search = get("/api/search?q=kamikaze%20drones");
        assertThat(search.status()).isEqualTo(200);
        assertThat(search.body().get("total").asLong()).isEqualTo(1);
        assertThat(search.body().get("items").get(0).get("snippet").asText()).containsIgnoringCase("kamikaze");
    }

    @Test
    void errorsHaveOneShape() throws Exception {
        assertError(get("/api/articles/ffffffffffffffff"), 404, "not-found");
        assertError(get("/api/search"), 400, "bad-request");
        assertError(get("/api/search?q=%20"), 400, "bad-request");
        assertError(get("/api/articles?limit=abc"), 400, "bad-request");
        assertError(get("/api/articles?limit=0"), 400, "bad-request");
        assertError(get("/api/articles?offset=-1"), 400, "bad-request");
        assertError(get("/api/nothing-here"), 404, "not-found");
        assertError(send("DELETE", "/api/articles", null), 405, "method-not-allowed");
        assertError(send("PUT", "/api/search", "{}"), 405, "method-not-allowed");
        assertError(post("/api/articles?wait=true", "{not json"), 400, "invalid-json");
        assertError(post("/api/articles?wait=true", ""), 400, "invalid-json");
        assertError(post("/api/articles?wait=true", "{\"title\":\"a\"} trailing"), 400, "invalid-json");
    }

    @Test
    void tooLargeBodyIsRefusedInTheErrorShape() throws Exception {
        String huge = "[\"" + "x".repeat((int) SitrepServer.MAX_BODY_BYTES) + "\"]";
        assertError(post("/api/articles?wait=true", huge), 413, "too-large");
    }

    @Test
    void internalFailureIsA500WithoutInternals(@TempDir Path other) throws Exception {
        Sitrep broken = Sitrep.open(other);
        SitrepServer server = new SitrepServer(broken, "127.0.0.1", 0);
        int port = server.start();
        try {
            broken.close();
            // The database is gone: opening a reader for the request fails inside the store.
            for (String f : List.of("sitrep.db", "sitrep.db-wal", "sitrep.db-shm")) java.nio.file.Files.deleteIfExists(other.resolve(f));
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/articles")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertError(new Resp(r.statusCode(), JSON.readTree(r.body())), 500, "internal");
            assertThat(r.body()).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("SQL");
        } finally {
            server.stop();
        }
    }

    @Test
    void aPostedArticleIsAnnotatedInTheBackground(@TempDir Path other) throws Exception {
        Path cache = Path.of(System.getProperty("sitrep.gazetteer.cache", "target/gazetteer-cache")).toAbsolutePath();
        Sitrep sitrep = Sitrep.open(org.sitrep.app.SitrepConfig.fromEnvironment(other, java.util.Map.of(), new java.util.Properties())
                .withGazetteerCache(cache));
        SitrepServer server = new SitrepServer(sitrep, true, "127.0.0.1", 0);
        int port = server.start();
        try {
            String body = "{\"title\":\"Shelling in Kharkiv\",\"text\":\"Russian artillery shelled Kharkiv on Monday, the regional "
                    + "governor Oleh Syniehubov said. Two people were wounded.\",\"published\":\"2024-05-20\"}";
            HttpResponse<String> posted = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/articles?wait=true"))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + server.access().token()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(posted.statusCode()).isEqualTo(201);
            String id = JSON.readTree(posted.body()).get("items").get(0).get("id").asText();
            String status = "pending";
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(120);
            JsonNode ann = null;
            while (status.equals("pending") && System.nanoTime() < deadline) {
                Thread.sleep(250);
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/articles/" + id + "/annotations")).build(),
                        HttpResponse.BodyHandlers.ofString());
                ann = JSON.readTree(r.body());
                status = ann.get("status").asText();
            }
            assertThat(status).isEqualTo("annotated");
            assertThat(ann.get("mentions").toString()).contains("Kharkiv");
        } finally {
            server.stop();
            sitrep.close();
        }
    }

    /** Runs the annotation pass over what is stored, with the default gazetteer cached in target/gazetteer-cache. */
    static void annotate(Running running) throws Exception {
        try (org.sitrep.geo.Gazetteer g = org.sitrep.geo.imports.DefaultGazetteer.ensure(Path.of(System.getProperty("sitrep.gazetteer.cache", "target/gazetteer-cache")).toAbsolutePath());
             org.sitrep.understand.PlaceLookup places = org.sitrep.understand.PlaceLookup.with(g)) {
            running.sitrep.annotate(places, new org.sitrep.app.AnnotationPass.Listener() {
            });
        }
    }

    /** Runs the annotation pass, then places the annotated articles into events and stories. */
    static void annotateAndPlaceEvents(Running running) throws Exception {
        annotate(running);
        running.sitrep.placeEvents(true, new org.sitrep.app.EventPass.Listener() {
        });
    }

    @Test
    void entitiesAndAnnotationsOfTheSeeds() throws Exception {
        OpenApi api = new OpenApi(get("/api/openapi.json").body());
        String rewrite = get("/api/search?q=Chortyzja").body().get("items").get(0).get("id").asText();
        JsonNode pending = get("/api/articles/" + rewrite + "/annotations").body();
        api.assertMatches(pending, api.responseSchema("/api/articles/{id}/annotations", "get", "200"), "pending annotations");
        assertThat(pending.get("status").asText()).isEqualTo("pending");

        annotate(running);
        JsonNode page = get("/api/entities?type=place&q=Kupyansk").body();
        api.assertMatches(page, api.responseSchema("/api/entities", "get", "200"), "entities");
        assertThat(page.get("attribution").asText()).isEqualTo(org.sitrep.geo.GeoNames.ATTRIBUTION).startsWith("Place data: GeoNames (geonames.org), CC BY 4.0");
        assertThat(page.get("items")).hasSize(1);
        JsonNode kupiansk = page.get("items").get(0);
        assertThat(kupiansk.get("geonames_id").asLong()).isEqualTo(703656);
        assertThat(kupiansk.get("spellings").toString()).contains("Kupyansk", "Kupiansk");
        long id = kupiansk.get("id").asLong();
        assertThat(get("/api/entities?q=" + java.net.URLEncoder.encode("Куп'янськ", java.nio.charset.StandardCharsets.UTF_8)).body()
                .get("items").get(0).get("id").asLong()).isEqualTo(id);

        JsonNode one = get("/api/entities/" + id).body();
        api.assertMatches(one, api.responseSchema("/api/entities/{id}", "get", "200"), "entity");
        assertThat(one.get("article_list")).hasSize(5);
        assertThat(one.get("attribution").asText()).contains("GeoNames");

        JsonNode ann = get("/api/articles/" + rewrite + "/annotations").body();
        api.assertMatches(ann, api.responseSchema("/api/articles/{id}/annotations", "get", "200"), "annotations");
        assertThat(ann.get("status").asText()).isEqualTo("annotated");
        boolean linked = false;
        for (JsonNode m : ann.get("mentions")) linked |= m.get("entity_id").asLong(-1) == id && m.get("latitude").isNumber();
        assertThat(linked).as("a mention of 001 is the Kupiansk entity, with coordinates").isTrue();
        JsonNode people = get("/api/entities?type=person&limit=500").body();
        api.assertMatches(people, api.responseSchema("/api/entities", "get", "200"), "people");

        assertError(get("/api/entities/abc"), 400, "bad-request");
        assertError(get("/api/entities/999999"), 404, "not-found");
        assertError(get("/api/entities?type=weapon"), 400, "bad-request");
        assertError(get("/api/entities?limit=0"), 400, "bad-request");
        assertError(get("/api/articles/ffffffffffffffff/annotations"), 404, "not-found");
    }

    static void assertError(Resp r, int status, String code) {
        assertThat(r.status()).as(r.body().toString()).isEqualTo(status);
        assertThat(r.body().size()).as("only the error member").isEqualTo(1);
        JsonNode e = r.body().get("error");
        assertThat(e.get("status").asInt()).isEqualTo(status);
        assertThat(e.get("code").asText()).isEqualTo(code);
        assertThat(e.get("message").asText()).isNotBlank();
    }

    @Test
    void totalCountsOnlyArticlesMatchingTheFilters() throws Exception {
        StringBuilder batch = new StringBuilder("[");
        for (int i = 0; i < 3; i++) {
            if (i > 0) batch.append(',');
            batch.append("{\"title\":\"Report ").append(i).append("\",\"outlet\":\"filter.test\",\"url\":\"https://filter.test/").append(i)
                    .append("\",\"text\":\"Report number ").append(i).append(" says artillery struck a bridge near Kupiansk overnight.\"}");
        }
        assertThat(post("/api/articles?wait=true", batch.append(']').toString()).body().get("added").asInt()).isEqualTo(3);

        JsonNode firstPage = get("/api/articles?outlet=filter.test&limit=2").body();
        assertThat(firstPage.get("total").asLong()).isEqualTo(3);
        assertThat(firstPage.get("items")).hasSize(2);
        JsonNode lastPage = get("/api/articles?outlet=filter.test&limit=2&offset=2").body();
        assertThat(lastPage.get("total").asLong()).isEqualTo(3);
        assertThat(lastPage.get("items")).hasSize(1);
        assertThat(get("/api/articles?outlet=nobody.test").body().get("total").asLong()).isZero();
        assertThat(get("/api/articles").body().get("total").asLong()).isEqualTo(8);

        JsonNode all = get("/api/articles?limit=500").body().get("items");
        long english = 0;
        for (JsonNode a : all) if (a.get("language").asText().equals("en")) english++;
        assertThat(english).isPositive();
        JsonNode en = get("/api/articles?language=en&limit=1").body();
        assertThat(en.get("total").asLong()).isEqualTo(english);
        assertThat(en.get("items")).hasSize(1);
    }

    @Test
    void acceptsOneOrManyArticlesAndSaysWhatWasKnown() throws Exception {
        String one = "{\"title\":\"Drone attack on Kharkiv\",\"text\":\"Officials in Kharkiv said drones struck an energy facility overnight.\","
                + "\"url\":\"https://example.test/a1\",\"published\":\"2024-03-01T06:00:00Z\",\"outlet\":\"example.test\",\"section\":\"war\"}";
        Resp first = post("/api/articles?wait=true", one);
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.body().get("added").asInt()).isEqualTo(1);
        Resp again = post("/api/articles?wait=true", one);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("known").asInt()).isEqualTo(1);

        Resp batch = post("/api/articles?wait=true", "[" + one + ",{\"title\":\"Second\",\"text\":\"A second report about shelling in Kupiansk district.\"},{\"foo\":1}]");
        assertThat(batch.status()).isEqualTo(201);
        assertThat(batch.body().get("added").asInt()).isEqualTo(1);
        assertThat(batch.body().get("known").asInt()).isEqualTo(1);
        assertThat(batch.body().get("rejected").asInt()).isEqualTo(1);

        String id = first.body().get("items").get(0).get("id").asText();
        JsonNode stored = get("/api/articles/" + id).body();
        assertThat(stored.get("fields").get("section").asText()).isEqualTo("war");
        assertThat(stored.get("published").asText()).isEqualTo("2024-03-01T06:00:00Z");
    }

    @Test
    void eventsAndStoriesOfTheSeeds() throws Exception {
        OpenApi api = new OpenApi(get("/api/openapi.json").body());
        annotateAndPlaceEvents(running);
        JsonNode stories = get("/api/stories").body();
        api.assertMatches(stories, api.responseSchema("/api/stories", "get", "200"), "stories");
        assertThat(stories.get("total").asInt()).as("the seeds tell one story").isEqualTo(1);
        String storyId = stories.get("items").get(0).get("id").asText();
        JsonNode story = get("/api/stories/" + storyId).body();
        api.assertMatches(story, api.responseSchema("/api/stories/{id}", "get", "200"), "story");
        assertThat(story.get("timeline")).hasSize(3);
        assertThat(story.get("independent_sources").asInt()).isEqualTo(4);
        assertThat(story.get("places").toString()).contains("Kupiansk");

        JsonNode events = get("/api/events?min_articles=2").body();
        api.assertMatches(events, api.responseSchema("/api/events", "get", "200"), "events");
        assertThat(events.get("total").asInt()).as("only the 2023 event has several articles").isEqualTo(1);
        JsonNode big = events.get("items").get(0);
        assertThat(big.get("articles").asInt()).isEqualTo(3);
        assertThat(big.get("independent_sources").asInt()).isEqualTo(2);
        JsonNode detail = get("/api/events/" + big.get("id").asText()).body();
        api.assertMatches(detail, api.responseSchema("/api/events/{id}", "get", "200"), "event");
        assertThat(detail.get("members")).hasSize(3);

        String rewrite = get("/api/search?q=Chortyzja").body().get("items").get(0).get("id").asText();
        JsonNode placed = get("/api/articles/" + rewrite + "/event").body();
        api.assertMatches(placed, api.responseSchema("/api/articles/{id}/event", "get", "200"), "article event");
        assertThat(placed.get("event_id").asText()).isEqualTo(big.get("id").asText());
        assertError(get("/api/events/Enope"), 404, "not-found");
        assertError(get("/api/stories/Snope"), 404, "not-found");
        assertError(get("/api/events?limit=0"), 400, "bad-request");
    }

    @Test
    void eventRecordsOfTheSeeds() throws Exception {
        OpenApi api = new OpenApi(get("/api/openapi.json").body());
        annotateAndPlaceEvents(running);
        running.sitrep.findClaims(new org.sitrep.app.ClaimPass.Listener() {
        });
        running.sitrep.findTypes(new org.sitrep.app.TypePass.Listener() {
        });
        JsonNode articles = get("/api/articles").body();
        api.assertMatches(articles, api.responseSchema("/api/articles", "get", "200"), "articles with their types");
        for (JsonNode a : articles.get("items")) assertThat(a.get("type_status").asText()).isIn("typed", "none");
        String disputedEvent = get("/api/claims?disputed=true").body().get("disputes").get(0).get("event_id").asText();
        JsonNode records = get("/api/events/" + disputedEvent + "/records").body();
        api.assertMatches(records, api.responseSchema("/api/events/{id}/records", "get", "200"), "event records");
        JsonNode main = records.get("records").get(0);
        assertThat(main.get("disputed").asBoolean()).isTrue();
        assertThat(main.get("location").get("name").asText()).isEqualTo("Kupiansk");
        assertThat(main.get("fatalities").get("best").asInt()).isZero();
        assertThat(records.get("attribution").asText()).contains("GeoNames");
        JsonNode page = get("/api/records?disputed=true").body();
        api.assertMatches(page, api.responseSchema("/api/records", "get", "200"), "records page");
        assertThat(page.get("items")).isNotEmpty().allSatisfy(r -> assertThat(r.get("disputed").asBoolean()).isTrue());
        assertError(get("/api/records?type=picnic"), 400, "bad-request");
        assertError(get("/api/events/Enope/records"), 404, "not-found");

        // The global map's answer: every event, each with its main record's place (Kupiansk's GeoNames coordinates).
        JsonNode map = get("/api/events/map").body();
        api.assertMatches(map, api.responseSchema("/api/events/map", "get", "200"), "event map");
        assertThat(map.get("total").asInt()).isEqualTo(get("/api/events").body().get("total").asInt()).isPositive();
        assertThat(map.get("items")).hasSize(map.get("total").asInt());
        assertThat(map.get("truncated").asBoolean()).isFalse();
        JsonNode kupiansk = null;
        for (JsonNode e : map.get("items")) if (e.get("id").asText().equals(disputedEvent)) kupiansk = e;
        assertThat(kupiansk).as("the disputed event is on the map").isNotNull();
        assertThat(kupiansk.get("place").asText()).isEqualTo("Kupiansk");
        assertThat(kupiansk.get("latitude").asDouble()).isBetween(49.6, 49.8);
        assertThat(kupiansk.get("longitude").asDouble()).isBetween(37.5, 37.7);
        assertThat(kupiansk.get("disputed").asBoolean()).isTrue();
        assertError(get("/api/events/map?min_articles=0"), 400, "bad-request");
    }

    @Test
    void claimsAndDisputesOfTheSeeds() throws Exception {
        OpenApi api = new OpenApi(get("/api/openapi.json").body());
        annotateAndPlaceEvents(running);
        running.sitrep.findClaims(new org.sitrep.app.ClaimPass.Listener() {
        });
        JsonNode disputed = get("/api/claims?disputed=true").body();
        api.assertMatches(disputed, api.responseSchema("/api/claims", "get", "200"), "disputes");
        assertThat(disputed.get("dispute_count").asInt()).isEqualTo(1);
        JsonNode dispute = disputed.get("disputes").get(0);
        assertThat(dispute.get("question").asText()).startsWith("Who controls Kup");
        String eventId = dispute.get("event_id").asText();
        JsonNode event = get("/api/events/" + eventId + "/claims").body();
        api.assertMatches(event, api.responseSchema("/api/events/{id}/claims", "get", "200"), "event claims");
        assertThat(event.get("dispute_count").asInt()).isEqualTo(1);
        for (JsonNode c : event.get("claims")) {
            for (String field : List.of("kind", "speaker", "side", "place", "time", "quantity", "text", "articles", "independent_sources")) {
                assertThat(c.has(field)).as(field).isTrue();
            }
        }
        JsonNode detail = get("/api/events/" + eventId).body();
        api.assertMatches(detail, api.responseSchema("/api/events/{id}", "get", "200"), "event with its claims summary");
        assertThat(detail.get("claims_summary").get("disputes").asInt()).isEqualTo(1);
        String storyId = detail.get("story_id").asText();
        JsonNode story = get("/api/stories/" + storyId + "/claims?disputed=true").body();
        api.assertMatches(story, api.responseSchema("/api/stories/{id}/claims", "get", "200"), "story claims");
        assertThat(story.get("dispute_count").asInt()).isEqualTo(1);
        JsonNode search = get("/api/claims?q=kamikaze&kind=launched").body();
        api.assertMatches(search, api.responseSchema("/api/claims", "get", "200"), "claims search");
        List<Integer> values = new java.util.ArrayList<>();
        for (JsonNode c : search.get("claims")) {
            values.add(c.get("quantity").get("value").asInt());
            assertThat(c.get("speaker").get("name").asText()).isEqualTo("Fitio");
            assertThat(c.get("side").asText()).isEqualTo("ukraine");
        }
        assertThat(values).as("the sentence with 18 kamikaze drones also fired 508 rounds").containsExactlyInAnyOrder(18, 508);
        JsonNode russia = get("/api/events/" + eventId + "/claims?side=russia").body();
        assertThat(russia.get("claims")).allSatisfy(c -> assertThat(c.get("side").asText()).isIn("russia", "ukraine"));
        assertError(get("/api/claims?kind=bogus"), 400, "bad-request");
        assertError(get("/api/claims?disputed=maybe"), 400, "bad-request");
        assertError(get("/api/events/Enope/claims"), 404, "not-found");
    }

    @Test
    void watchlistsRaiseAlertsServedAsJsonAndAtom() throws Exception {
        OpenApi api = new OpenApi(get("/api/openapi.json").body());
        Resp made = post("/api/watchlists", "{\"name\":\"Kupiansk\",\"filter\":\"q=Kupiansk OR Kupyansk\"}");
        assertThat(made.status()).isEqualTo(201);
        api.assertMatches(made.body(), api.responseSchema("/api/watchlists", "post", "201"), "watchlist");
        assertThat(made.body().get("filter").asText()).isEqualTo("q=Kupiansk%20OR%20Kupyansk");
        assertError(post("/api/watchlists", "{\"name\":\"Kupiansk\"}"), 400, "bad-request");
        assertError(post("/api/watchlists", "{\"filter\":\"q=x\"}"), 400, "bad-request");
        Resp bad = post("/api/watchlists", "{\"name\":\"later\",\"filter\":\"from=2024-13-01\"}");
        assertError(bad, 400, "bad-request");
        assertThat(bad.body().get("error").get("message").asText()).startsWith("from:");
        assertError(post("/api/watchlists", "{\"name\":\"hook\",\"webhook_url\":\"file:///etc/passwd\"}"), 400, "bad-request");

        // The seeds are placed into events after the watchlist was made: each matching event is news to it.
        annotateAndPlaceEvents(running);
        List<org.sitrep.alerts.Alert> raised = running.sitrep.watches().raise().raised();
        assertThat(raised).isNotEmpty().allSatisfy(a -> assertThat(a.reasons().getFirst().kind()).isEqualTo(org.sitrep.alerts.Alert.Kind.NEW_EVENT));
        assertThat(running.sitrep.watches().raise().raised()).as("nothing new the second time").isEmpty();

        JsonNode page = get("/api/alerts?unread=true").body();
        api.assertMatches(page, api.responseSchema("/api/alerts", "get", "200"), "alerts");
        assertThat(page.get("total").asInt()).isEqualTo(raised.size());
        assertThat(page.get("unread").asInt()).isEqualTo(raised.size());
        JsonNode list = get("/api/watchlists").body();
        api.assertMatches(list, api.responseSchema("/api/watchlists", "get", "200"), "watchlists");
        assertThat(list.get("items").get(0).get("unread").asInt()).isEqualTo(raised.size());
        assertThat(get("/api/watchlists/Kupiansk").body().get("alerts").asInt()).isEqualTo(raised.size());

        HttpResponse<String> atom = HTTP.send(HttpRequest.newBuilder(URI.create(running.url("/api/watchlists/Kupiansk/atom"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(atom.statusCode()).isEqualTo(200);
        assertThat(atom.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        org.w3c.dom.Document feed = f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(atom.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength()).isEqualTo(raised.size());
        assertThat(atom.body()).contains("http://127.0.0.1:" + running.port + "/#/event/" + raised.getFirst().eventId());

        assertThat(post("/api/alerts/read", "{\"ids\":[" + raised.getFirst().id() + "]}").body().get("marked").asInt()).isEqualTo(1);
        assertThat(get("/api/alerts?unread=true").body().get("total").asInt()).isEqualTo(raised.size() - 1);
        assertThat(post("/api/alerts/read", "{}").body().get("marked").asInt()).isEqualTo(raised.size() - 1);
        assertError(post("/api/alerts/read", "{\"ids\":\"all\"}"), 400, "bad-request");

        HttpResponse<String> anonymous = HTTP.send(HttpRequest.newBuilder(URI.create(running.url("/api/watchlists/Kupiansk"))).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).as("a delete needs the token").isEqualTo(401);
        HttpResponse<String> gone = HTTP.send(HttpRequest.newBuilder(URI.create(running.url("/api/watchlists/Kupiansk"))).DELETE()
                .header("Authorization", "Bearer " + running.server.access().token()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(gone.statusCode()).isEqualTo(204);
        assertError(get("/api/watchlists/Kupiansk"), 404, "not-found");
        assertThat(get("/api/alerts").body().get("total").asInt()).as("its alerts went with it").isZero();
    }

    @Test
    void openApiDescribesEveryRegisteredRoute() throws Exception {
        Resp doc = get("/api/openapi.json");
        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.body().get("openapi").asText()).isEqualTo("3.1.0");
        List<String> routes = running.server.routes();
        assertThat(routes).contains("GET /api/articles", "POST /api/articles", "GET /api/articles/{id}", "GET /api/search");
        for (String route : routes) {
            String[] mp = route.split(" ");
            assertThat(doc.body().get("paths").has(mp[1])).as(route).isTrue();
            assertThat(doc.body().get("paths").get(mp[1]).has(mp[0].toLowerCase())).as(route).isTrue();
        }
        // and nothing documented that the server does not answer
        doc.body().get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(
                m -> assertThat(routes).as("documented " + m + " " + p.getKey()).contains(m.toUpperCase() + " " + p.getKey())));
    }

    @Test
    void responsesHaveExactlyTheDocumentedFields() throws Exception {
        OpenApi api = new OpenApi(get("/api/openapi.json").body());
        JsonNode list = get("/api/articles?limit=3").body();
        assertThat(list.get("items")).isNotEmpty();
        api.assertMatches(list, api.responseSchema("/api/articles", "get", "200"), "list");
        String id = list.get("items").get(0).get("id").asText();
        api.assertMatches(get("/api/articles/" + id).body(), api.responseSchema("/api/articles/{id}", "get", "200"), "article");
        JsonNode hits = get("/api/search?q=Kupiansk").body();
        assertThat(hits.get("items")).isNotEmpty();
        api.assertMatches(hits, api.responseSchema("/api/search", "get", "200"), "search");
        JsonNode report = post("/api/articles?wait=true", "[{\"title\":\"Shelling near Izium\",\"text\":\"Shelling was reported near Izium on Monday morning.\"},{\"foo\":1}]").body();
        api.assertMatches(report, api.responseSchema("/api/articles", "post", "201"), "ingest report");
        api.assertMatches(get("/api/articles/0000000000000000").body(), api.responseSchema("/api/articles/{id}", "get", "404"), "error");
    }

    @Test
    void provenanceShowsTheSeedRewriteWithItsEvidence() throws Exception {
        OpenApi api = new OpenApi(get("/api/openapi.json").body());
        String rewrite = get("/api/search?q=Chortyzja").body().get("items").get(0).get("id").asText();
        JsonNode p = get("/api/articles/" + rewrite + "/provenance").body();
        api.assertMatches(p, api.responseSchema("/api/articles/{id}/provenance", "get", "200"), "provenance");
        assertThat(p.get("copied_by")).isEmpty();
        JsonNode rel = p.get("copy_of").get(0);
        assertThat(rel.get("kind").asText()).isEqualTo("rewrite");
        assertThat(rel.get("credited").asText()).isEqualTo("Kyiv Post");
        assertThat(rel.get("direction").asText()).isEqualTo("attribution");
        assertThat(p.get("articles").get(rel.get("original").asText()).get("id").asText()).isEqualTo(rel.get("original").asText());
        assertThat(p.get("counts").get("independent_sources").asInt()).isEqualTo(1);
        JsonNode all = get("/api/search?q=Kupyansk%20OR%20Kupiansk").body();
        assertThat(all.get("counts").get("articles").asInt()).isEqualTo(5);
        assertThat(all.get("counts").get("independent_sources").asInt()).isEqualTo(4);
        assertError(get("/api/articles/ffffffffffffffff/provenance"), 404, "not-found");
    }
}
