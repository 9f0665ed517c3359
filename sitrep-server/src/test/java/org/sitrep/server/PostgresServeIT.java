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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.Ingestion;
import org.sitrep.app.Sitrep;
import org.sitrep.app.SitrepConfig;
import org.sitrep.testkit.TestPostgres;

/**
 * Issue 18: the server over a store in PostgreSQL ({@code sitrep serve --db postgresql://...}) answers the event list and
 * search from it, including through its read-only connections; and a second server on another, empty data directory
 * (another machine's) rebuilds its search index from the database and finds the same.
 */
class PostgresServeIT {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path data;
    @TempDir
    Path elsewhere;

    @Test
    void eventsAndSearchComeFromPostgres() throws Exception {
        String db = TestPostgres.freshDatabase();
        SitrepConfig config = SitrepConfig.defaults(data).withDb(db).withEmbeddings(false).withAnnotation(false);
        Sitrep sitrep = Sitrep.open(config);
        Ingestion.Report r = sitrep.ingestion().run(List.of(Running.seeds().toString()), new Ingestion.Listener() {
        });
        assertThat(r.count(Ingestion.Status.ADDED)).isEqualTo(5);
        sitrep.catchUp(new Sitrep.CatchUpListener() {
        });
        JsonNode events;
        SitrepServer server = new SitrepServer(sitrep, "127.0.0.1", 0);
        try {
            int port = server.start();
            events = get(port, "/api/events");
            assertThat(events.get("items").size()).isPositive();
            JsonNode search = get(port, "/api/search?q=kamikaze%20drones");
            assertThat(search.get("total").asLong()).isEqualTo(1);
            assertThat(search.get("items").get(0).get("snippet").asText()).containsIgnoringCase("kamikaze");
        } finally {
            server.stop();
            sitrep.close();
        }

        Sitrep other = Sitrep.open(SitrepConfig.defaults(elsewhere).withDb(db).withEmbeddings(false).withAnnotation(false));
        SitrepServer second = new SitrepServer(other, "127.0.0.1", 0);
        try {
            int port = second.start();
            assertThat(get(port, "/api/events").get("items")).isEqualTo(events.get("items"));
            assertThat(get(port, "/api/search?q=kamikaze%20drones").get("total").asLong()).isEqualTo(1);
        } finally {
            second.stop();
            other.close();
        }
    }

    /**
     * {@code serve --read-only --db ...} beside the process that writes the database (here an open writer holding the
     * database's writer lock, as a Flink job's sink does): it answers from the database, refuses writes, and what the
     * writer stores afterwards becomes searchable through its own index within seconds.
     */
    @Test
    void aReadOnlyServerBesideTheWriterFollowsIt() throws Exception {
        String db = TestPostgres.freshDatabase();
        try (Sitrep writer = Sitrep.open(SitrepConfig.defaults(data).withDb(db).withEmbeddings(false).withAnnotation(false))) {
            writer.ingestion().run(List.of(Running.seeds().toString()), new Ingestion.Listener() {
            });
            writer.catchUp(new Sitrep.CatchUpListener() {
            });
            long events = writer.desk().events(org.sitrep.app.Filter.NONE, 1, 100, 0).total();
            Sitrep follower = Sitrep.openFollower(SitrepConfig.defaults(elsewhere).withDb(db).withEmbeddings(false).withAnnotation(false));
            SitrepServer server = new SitrepServer(follower, true, "127.0.0.1", 0, Access.random());
            try {
                int port = server.start();
                assertThat(get(port, "/api/events").get("total").asLong()).isEqualTo(events).isPositive();
                assertThat(get(port, "/api/search?q=kamikaze%20drones").get("total").asLong()).isEqualTo(1);
                HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/articles"))
                        .header("Authorization", "Bearer " + server.access().token()).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"title\": \"t\", \"text\": \"x\"}")).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(post.statusCode()).isEqualTo(403);
                assertThat(post.body()).contains("read-only");

                Ingestion.Report added = writer.ingestion().submitJson(("{\"title\": \"Zebrafinch sighted over Kupiansk\", \"url\": "
                        + "\"https://example.org/zebrafinch\", \"text\": \"A zebrafinch was sighted over Kupiansk on Monday, officials said.\"}")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8), "test");
                assertThat(added.count(Ingestion.Status.ADDED)).isEqualTo(1);
                long found = 0;
                for (long until = System.nanoTime() + 30_000_000_000L; found == 0 && System.nanoTime() < until; Thread.sleep(250)) {
                    found = get(port, "/api/search?q=zebrafinch").get("total").asLong();
                }
                assertThat(found).as("the writer's new article, searchable here").isEqualTo(1);
            } finally {
                server.stop();
                follower.close();
            }
        }
    }

    private static JsonNode get(int port, String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }
}
