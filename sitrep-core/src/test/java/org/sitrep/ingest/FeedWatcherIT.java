package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Polls a real local HTTP feed that changes, and returns only what is new, across restarts. */
class FeedWatcherIT {
    @TempDir
    Path dir;

    static String feed(String... items) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>W</title><link>https://w.example/</link>");
        for (String i : items) {
            sb.append("<item><title>").append(i).append("</title><link>https://w.example/").append(i)
                    .append("</link><guid>w-").append(i).append("</guid><description>Report ").append(i).append(" from the front.</description></item>");
        }
        return sb.append("</channel></rss>").toString();
    }

    @Test
    void returnsOnlyNewItemsAndUsesConditionalRequests() throws Exception {
        AtomicReference<String> body = new AtomicReference<>(feed("a", "b"));
        AtomicInteger notModified = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/feed.xml", ex -> {
            String etag = "\"" + Integer.toHexString(body.get().hashCode()) + "\"";
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                notModified.incrementAndGet();
                ex.sendResponseHeaders(304, -1);
            } else {
                byte[] b = body.get().getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().add("ETag", etag);
                ex.getResponseHeaders().add("Content-Type", "application/rss+xml");
                ex.sendResponseHeaders(200, b.length);
                ex.getResponseBody().write(b);
            }
            ex.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.xml";
            Path state = dir.resolve("watch-state.json");
            FeedWatcher w = new FeedWatcher(List.of(url), state, ReaderOptions.defaults());
            assertThat(w.poll(Instant.EPOCH)).extracting(d -> d.title()).containsExactly("a", "b");
            assertThat(w.poll(Instant.EPOCH)).isEmpty();
            assertThat(notModified.get()).isEqualTo(1);

            body.set(feed("c", "a", "b"));
            assertThat(w.poll(Instant.EPOCH)).extracting(d -> d.title()).containsExactly("c");

            body.set(feed("d", "c", "a", "b"));
            FeedWatcher restarted = new FeedWatcher(List.of(url), state, ReaderOptions.defaults());
            assertThat(restarted.poll(Instant.EPOCH)).extracting(d -> d.title()).containsExactly("d");
        } finally {
            server.stop(0);
        }
    }
}
