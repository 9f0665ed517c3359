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
import org.sitrep.store.Ingestion;

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
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(running.url(path)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return new Resp(r.statusCode(), JSON.readTree(r.body()));
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
        for (Resp r : List.of(get("/api/articles/ffffffffffffffff"), get("/api/search"), get("/api/articles?limit=abc"), get("/api/nothing-here"))) {
            assertThat(r.status()).isIn(400, 404);
            assertThat(r.body().get("error").get("status").asInt()).isEqualTo(r.status());
            assertThat(r.body().get("error").get("code").asText()).isNotBlank();
            assertThat(r.body().get("error").get("message").asText()).isNotBlank();
        }
        Resp bad = post("/api/articles", "{not json");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("error").get("code").asText()).isEqualTo("invalid-json");
    }

    @Test
    void acceptsOneOrManyArticlesAndSaysWhatWasKnown() throws Exception {
        String one = "{\"title\":\"Drone attack on Kharkiv\",\"text\":\"Officials in Kharkiv said drones struck an energy facility overnight.\","
                + "\"url\":\"https://example.test/a1\",\"published\":\"2024-03-01T06:00:00Z\",\"outlet\":\"example.test\",\"section\":\"war\"}";
        Resp first = post("/api/articles", one);
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.body().get("added").asInt()).isEqualTo(1);
        Resp again = post("/api/articles", one);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("known").asInt()).isEqualTo(1);

        Resp batch = post("/api/articles", "[" + one + ",{\"title\":\"Second\",\"text\":\"A second report about shelling in Kupiansk district.\"},{\"foo\":1}]");
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
    void openApiDescribesEveryRoute() throws Exception {
        Resp doc = get("/api/openapi.json");
        assertThat(doc.status()).isEqualTo(200);
        for (String route : SitrepServer.ROUTES) {
            String[] mp = route.split(" ");
            assertThat(doc.body().get("paths").has(mp[1])).as(route).isTrue();
            assertThat(doc.body().get("paths").get(mp[1]).has(mp[0].toLowerCase())).as(route).isTrue();
        }
    }
}
