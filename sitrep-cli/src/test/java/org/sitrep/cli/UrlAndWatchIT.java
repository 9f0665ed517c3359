package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sitrep ingest URL} and {@code sitrep watch --once FEED} against a real local HTTP server. */
class UrlAndWatchIT {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;
    HttpServer server;
    final Map<String, String[]> pages = new ConcurrentHashMap<>();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            String[] p = pages.get(ex.getRequestURI().getPath());
            if (p == null) {
                ex.sendResponseHeaders(404, -1);
            } else {
                byte[] b = p[1].getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().add("Content-Type", p[0]);
                ex.sendResponseHeaders(200, b.length);
                ex.getResponseBody().write(b);
            }
            ex.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    static String rss(String... titles) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Local</title><link>https://local.example/</link>");
        for (String t : titles) {
            sb.append("<item><title>").append(t).append("</title><link>https://local.example/").append(t.hashCode())
                    .append("</link><description>").append(t).append(", officials said on Monday.</description></item>");
        }
        return sb.append("</channel></rss>").toString();
    }

    @Test
    void ingestsAPageByUrlAndReportsAFailedFetch() throws Exception {
        pages.put("/story.html", new String[] {"text/html; charset=utf-8", "<!doctype html><html><head><title>Drones hit Kharkiv</title>"
                + "<meta property=\"article:published_time\" content=\"2024-05-01T04:00:00Z\"><meta property=\"og:site_name\" content=\"Local News\"></head>"
                + "<body><nav><a href=\"/\">Home</a></nav><article><h1>Drones hit Kharkiv</h1><p>Russian drones struck Kharkiv overnight, the mayor said, damaging homes in two districts.</p></article></body></html>"});
        Cli.Result r = Cli.run("--data", data.toString(), "ingest", url("/story.html"), url("/missing.html"));
        assertThat(r.exit()).isEqualTo(ExitCodes.SOME_REJECTED);
        assertThat(r.out()).contains("1 accepted", "1 rejected", "missing.html: fetch-failed — HTTP 404");
        JsonNode a = JSON.readTree(Cli.run("--data", data.toString(), "articles", "--json").out()).get(0);
        assertThat(a.get("title").asText()).isEqualTo("Drones hit Kharkiv");
        assertThat(a.get("outlet").asText()).isEqualTo("Local News");
        assertThat(a.get("url").asText()).isEqualTo(url("/story.html"));
        assertThat(a.get("published").asText()).isEqualTo("2024-05-01T04:00:00Z");
        assertThat(a.get("text").asText()).isEqualTo("Russian drones struck Kharkiv overnight, the mayor said, damaging homes in two districts.");
    }

    @Test
    void watchIngestsOnlyNewFeedItems() {
        pages.put("/feed.xml", new String[] {"application/rss+xml", rss("Shelling in Kupiansk district", "Power cut in Kharkiv")});
        Cli.Result first = Cli.run("--data", data.toString(), "watch", "--once", url("/feed.xml"));
        assertThat(first.exit()).isZero();
        assertThat(first.out()).contains("2 new items, 2 accepted");
        pages.put("/feed.xml", new String[] {"application/rss+xml", rss("Evacuation ordered near Kupiansk", "Shelling in Kupiansk district", "Power cut in Kharkiv")});
        // Watching for Kupiansk (issue 17): what matched before is known; the new report raises one alert, printed.
        Cli.Result second = Cli.run("--data", data.toString(), "watch", "--once", "--place", "Kupiansk", url("/feed.xml"));
        assertThat(second.out()).as(second.err()).contains("1 new item, 1 accepted", "watching for: place=Kupiansk");
        assertThat(second.out().lines().filter(l -> l.startsWith("ALERT [watch place=Kupiansk]"))).hasSize(1);
        Cli.Result third = Cli.run("--data", data.toString(), "watch", "--once", "--place", "Kupiansk", url("/feed.xml"));
        assertThat(third.out()).contains("0 new items, 0 accepted").doesNotContain("ALERT");
        assertThat(Cli.run("--data", data.toString(), "alerts").out()).contains("[watch place=Kupiansk]", "1 of 1 alert shown (1 unread)");
    }
}
