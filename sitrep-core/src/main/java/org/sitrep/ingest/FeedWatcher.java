package org.sitrep.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.RawDocument;
import org.sitrep.model.Rejection;

/**
 * Polls feeds and returns only items not seen before. Remembers, per feed, the ETag and Last-Modified of the last
 * response (for conditional GETs) and the keys (guid, else link, else title) of the last {@value #REMEMBER} items,
 * in a JSON state file written atomically after each poll. Not thread-safe: one poller per state file.
 */
public final class FeedWatcher {
    static final int REMEMBER = 5000;

    private final List<String> feeds;
    private final Path stateFile;
    private final ReaderOptions options;
    private final Map<String, FeedState> state = new HashMap<>();
    private final List<Rejection> lastRejections = new ArrayList<>();
    private HttpClient http;

    public FeedWatcher(List<String> feeds, Path stateFile, ReaderOptions options) {
        this.feeds = List.copyOf(feeds);
        this.stateFile = stateFile;
        this.options = options;
        load();
    }

    /** Rejections met in the last poll (a feed that could not be fetched or parsed). */
    public List<Rejection> lastRejections() {
        return List.copyOf(lastRejections);
    }

    /** Fetches every feed once; returns the items never returned before, in feed order. */
    public List<RawDocument> poll(Instant now) {
        lastRejections.clear();
        List<RawDocument> fresh = new ArrayList<>();
        for (String feed : feeds) {
            FeedState st = state.computeIfAbsent(feed, k -> new FeedState());
            byte[] bytes = fetch(feed, st);
            if (bytes == null) continue;
            DocumentSink sink = new DocumentSink() {
                @Override
                public void accept(RawDocument doc) {
                }

                @Override
                public void reject(Rejection r, byte[] sample) {
                    lastRejections.add(r);
                }
            };
            for (RawDocument d : Feeds.parse(feed, bytes, now, sink)) {
                String key = d.fields().getOrDefault("guid", d.url() != null ? d.url() : String.valueOf(d.title()));
                if (st.seen.add(key)) {
                    st.order.addLast(key);
                    while (st.order.size() > REMEMBER) st.seen.remove(st.order.removeFirst());
                    fresh.add(d);
                }
            }
        }
        save();
        return fresh;
    }

    private byte[] fetch(String feed, FeedState st) {
        try {
            if (!feed.startsWith("http://") && !feed.startsWith("https://")) {
                return Files.readAllBytes(Path.of(feed));
            }
            if (http == null) http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(options.httpTimeout()).build();
            HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(feed)).timeout(options.httpTimeout())
                    .header("User-Agent", "Sitrep/0.1 feed watcher");
            if (st.etag != null) req.header("If-None-Match", st.etag);
            if (st.lastModified != null) req.header("If-Modified-Since", st.lastModified);
            HttpResponse<InputStream> resp = http.send(req.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = resp.body()) {
                if (resp.statusCode() == 304) return null;
                if (resp.statusCode() != 200) {
                    lastRejections.add(new Rejection(feed, "fetch-failed", "HTTP " + resp.statusCode()));
                    return null;
                }
                byte[] bytes = Readers.readBounded(body, options.maxDocumentBytes());
                if (bytes == null) {
                    lastRejections.add(new Rejection(feed, "too-large", "the feed is over the document limit"));
                    return null;
                }
                st.etag = resp.headers().firstValue("ETag").orElse(null);
                st.lastModified = resp.headers().firstValue("Last-Modified").orElse(null);
                return bytes;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (IOException | IllegalArgumentException e) {
            lastRejections.add(new Rejection(feed, "fetch-failed", "cannot fetch: " + e.getMessage()));
            return null;
        }
    }

    private void load() {
        if (!Files.exists(stateFile)) return;
        try {
            JsonNode root = JsonArticles.JSON.readTree(stateFile.toFile());
            root.path("feeds").fields().forEachRemaining(e -> {
                FeedState st = new FeedState();
                st.etag = e.getValue().path("etag").isTextual() ? e.getValue().get("etag").asText() : null;
                st.lastModified = e.getValue().path("last_modified").isTextual() ? e.getValue().get("last_modified").asText() : null;
                for (JsonNode k : e.getValue().path("seen")) {
                    st.seen.add(k.asText());
                    st.order.addLast(k.asText());
                }
                state.put(e.getKey(), st);
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the watch state " + stateFile + " (delete it to start afresh)", e);
        }
    }

    private void save() {
        ObjectNode root = JsonArticles.JSON.createObjectNode();
        ObjectNode fs = root.putObject("feeds");
        state.forEach((feed, st) -> {
            ObjectNode o = fs.putObject(feed);
            if (st.etag != null) o.put("etag", st.etag);
            if (st.lastModified != null) o.put("last_modified", st.lastModified);
            ArrayNode seen = o.putArray("seen");
            st.order.forEach(seen::add);
        });
        try {
            Files.createDirectories(stateFile.toAbsolutePath().getParent());
            Path tmp = stateFile.resolveSibling(stateFile.getFileName() + ".tmp");
            JsonArticles.JSON.writeValue(tmp.toFile(), root);
            Files.move(tmp, stateFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the watch state " + stateFile, e);
        }
    }

    private static final class FeedState {
        String etag;
        String lastModified;
        final Set<String> seen = new LinkedHashSet<>();
        final Deque<String> order = new ArrayDeque<>();
    }
}
