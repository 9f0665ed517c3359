package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.Ingestion;

/**
 * Issue 15's findings about load, each shown against a real server: reads do not wait for the writer, a write is
 * answered at once and a full queue of writes is answered 503 with Retry-After, and pages of articles carry
 * snippets, not whole texts.
 */
class SteadyUnderLoadIT {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

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

    HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(running.url(path))).timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(running.url(path))).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + running.server.access().token())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Holds the writer's store lock (as a long commit or a pass does) on another thread until the latch opens. */
    Thread holdTheWriter(CountDownLatch held, CountDownLatch release) {
        Thread t = new Thread(() -> {
            synchronized (running.sitrep.store()) {
                held.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        t.start();
        return t;
    }

    @Test
    void readsDoNotWaitForTheWriter() throws Exception {
        String id = JSON.readTree(get("/api/articles?limit=1").body()).get("items").get(0).get("id").asText();
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread writer = holdTheWriter(held, release);
        try {
            assertThat(held.await(5, TimeUnit.SECONDS)).isTrue();
            // Before: every read waited for the store's one lock (p95 3.5 s with 4 writers). Each of these would hang.
            for (String path : List.of("/api/articles", "/api/articles/" + id, "/api/search?q=Kupiansk", "/api/events", "/api/stories",
                    "/api/articles/" + id + "/provenance", "/api/entities", "/api/claims")) {
                long t0 = System.nanoTime();
                HttpResponse<String> r = get(path);
                assertThat(r.statusCode()).as(path).isEqualTo(200);
                assertThat(Duration.ofNanos(System.nanoTime() - t0)).as(path).isLessThan(Duration.ofSeconds(2));
            }
            // A write is accepted while the writer is busy: it is on disk, and stored once the writer is free.
            HttpResponse<String> accepted = post("/api/articles", "{\"title\":\"Shelling near Izium\",\"text\":\"Shelling was reported near Izium.\"}");
            assertThat(accepted.statusCode()).isEqualTo(202);
            String batch = JSON.readTree(accepted.body()).get("batch").asText();
            assertThat(JSON.readTree(get("/api/batches/" + batch).body()).get("status").asText()).isIn("queued", "storing");
            release.countDown();
            writer.join();
            assertThat(waitForBatch(batch).get("status").asText()).isEqualTo("done");
            assertThat(JSON.readTree(get("/api/articles").body()).get("total").asInt()).isEqualTo(6);
        } finally {
            release.countDown();
        }
    }

    @Test
    void aFullQueueOfWritesIsAnswered503WithRetryAfter(@TempDir Path other) throws Exception {
        running.close();
        running = new Running(other, 2);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread writer = holdTheWriter(held, release);
        try {
            assertThat(held.await(5, TimeUnit.SECONDS)).isTrue();
            String a = "{\"title\":\"First\",\"text\":\"Shelling was reported near Izium on Monday.\"}";
            String b = "{\"title\":\"Second\",\"text\":\"Drones struck Kharkiv overnight, the mayor said.\"}";
            String c = "{\"title\":\"Third\",\"text\":\"A missile hit a port in Odesa, officials said.\"}";
            assertThat(post("/api/articles", a).statusCode()).isEqualTo(202); // taken by the writer, which waits for the lock
            assertThat(post("/api/articles", b).statusCode()).isEqualTo(202);
            HttpResponse<String> full = post("/api/articles", c);
            assertThat(full.statusCode()).isEqualTo(503);
            assertThat(JSON.readTree(full.body()).get("error").get("code").asText()).isEqualTo("busy");
            assertThat(Integer.parseInt(full.headers().firstValue("Retry-After").orElseThrow())).isBetween(1, 60);
            // Reads go on meanwhile.
            assertThat(get("/api/articles").statusCode()).isEqualTo(200);
            release.countDown();
            writer.join();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            int status = 503;
            while (status == 503 && System.nanoTime() < deadline) {
                Thread.sleep(100);
                status = post("/api/articles?wait=true", c).statusCode();
            }
            assertThat(status).isEqualTo(201);
            assertThat(JSON.readTree(get("/api/articles").body()).get("total").asInt()).isEqualTo(3);
        } finally {
            release.countDown();
        }
    }

    @Test
    void pagesOfArticlesCarrySnippetsNotWholeTexts() throws Exception {
        StringBuilder text = new StringBuilder();
        while (text.length() < 400_000) text.append("Shelling was reported near Izium on Monday, the governor said. ");
        HttpResponse<String> posted = post("/api/articles?wait=true", JSON.writeValueAsString(java.util.Map.of("title", "A very long report", "text", text.toString())));
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        String id = JSON.readTree(posted.body()).get("items").get(0).get("id").asText();
        HttpResponse<String> list = get("/api/articles");
        assertThat(list.body().length()).as("a page of six articles").isLessThan(20_000);
        JsonNode item = null;
        for (JsonNode i : JSON.readTree(list.body()).get("items")) if (i.get("id").asText().equals(id)) item = i;
        assertThat(item).isNotNull();
        assertThat(item.has("text")).isFalse();
        assertThat(item.get("snippet").asText()).startsWith("Shelling was reported near Izium").endsWith("…").hasSizeLessThanOrEqualTo(301);
        HttpResponse<String> search = get("/api/search?q=Izium&limit=1");
        assertThat(search.body().length()).isLessThan(5_000);
        // Paging through search hits.
        JsonNode first = JSON.readTree(get("/api/search?q=Ukraine&limit=1").body());
        JsonNode second = JSON.readTree(get("/api/search?q=Ukraine&limit=1&offset=1").body());
        assertThat(first.get("total").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(second.get("offset").asInt()).isEqualTo(1);
        assertThat(second.get("items").get(0).get("id").asText()).isNotEqualTo(first.get("items").get(0).get("id").asText());
        // The whole text is one request away.
        JsonNode full = JSON.readTree(get("/api/articles/" + id).body());
        assertThat(full.get("text_length").asInt()).isEqualTo(full.get("text").asText().length());
    }

    JsonNode waitForBatch(String id) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        JsonNode b = JSON.readTree(get("/api/batches/" + id).body());
        while (!b.get("status").asText().matches("done|failed") && System.nanoTime() < deadline) {
            Thread.sleep(50);
            b = JSON.readTree(get("/api/batches/" + id).body());
        }
        return b;
    }
}
