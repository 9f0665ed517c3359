package org.sitrep.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Article;
import org.sitrep.store.ArticleJson;
import org.sitrep.store.Ingestion;
import org.sitrep.store.SitrepStore;

/**
 * The REST API and the web UI over one store. {@link #start()} binds and returns the port (0 picks a free one);
 * {@link #stop()} releases it. Handlers only translate: the store and the ingestion do the work. Thread-safe as the
 * store is (its methods are synchronized).
 */
public final class SitrepServer {
    /** Every route this server answers, as {@code METHOD path}; the OpenAPI document must describe each. */
    public static final List<String> ROUTES = List.of("GET /api/articles", "POST /api/articles", "GET /api/articles/{id}",
            "GET /api/search", "GET /api/openapi.json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_LIMIT = 500;

    private final SitrepStore store;
    private final Ingestion ingestion;
    private final String host;
    private final int port;
    private Javalin app;

    public SitrepServer(SitrepStore store, Ingestion ingestion, String host, int port) {
        this.store = store;
        this.ingestion = ingestion;
        this.host = host;
        this.port = port;
    }

    public int start() {
        app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.staticFiles.add("/web", Location.CLASSPATH);
            cfg.routes.get("/api/articles", this::list);
            cfg.routes.post("/api/articles", this::submit);
            cfg.routes.get("/api/articles/{id}", this::one);
            cfg.routes.get("/api/search", this::search);
            cfg.routes.get("/api/openapi.json", this::openapi);
            cfg.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.code(), e.getMessage()));
            cfg.routes.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, "bad-request", e.getMessage()));
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                System.getLogger("sitrep.server").log(System.Logger.Level.ERROR, "internal error on " + ctx.path(), e);
                error(ctx, 500, "internal", "internal error: " + e.getClass().getSimpleName());
            });
            cfg.routes.error(404, ctx -> {
                if (ctx.attribute(ERROR_WRITTEN) == null) error(ctx, 404, "not-found", "no such resource: " + ctx.path());
            });
            cfg.routes.error(405, ctx -> error(ctx, 405, "method-not-allowed", ctx.method() + " is not allowed on " + ctx.path()));
        });
        app.start(host, port);
        return app.port();
    }

    public void stop() {
        if (app != null) app.stop();
    }

    private void list(Context ctx) {
        int limit = intParam(ctx, "limit", 50, 1, MAX_LIMIT);
        int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        List<Article> items = store.articles(new SitrepStore.ArticleQuery(limit, offset, blank(ctx.queryParam("outlet")), blank(ctx.queryParam("language"))));
        List<Map<String, Object>> out = new ArrayList<>();
        for (Article a : items) out.add(ArticleJson.summary(a));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", store.countArticles());
        m.put("limit", limit);
        m.put("offset", offset);
        m.put("items", out);
        json(ctx, 200, m);
    }

    private void one(Context ctx) {
        String id = ctx.pathParam("id");
        Article a = store.article(id).orElseThrow(() -> ApiException.notFound("no article with id " + id));
        json(ctx, 200, ArticleJson.full(a));
    }

    private void search(Context ctx) {
        String q = blank(ctx.queryParam("q"));
        if (q == null) throw ApiException.badRequest("the query parameter q is required");
        int limit = intParam(ctx, "limit", 20, 1, MAX_LIMIT);
        SitrepStore.SearchResult r = store.search(q, limit);
        List<Map<String, Object>> items = new ArrayList<>();
        for (SitrepStore.SearchHit h : r.hits()) {
            Map<String, Object> m = ArticleJson.summary(h.article());
            m.remove("text");
            m.put("score", h.score());
            m.put("snippet", h.snippet());
            items.add(m);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("query", q);
        m.put("total", r.total());
        m.put("items", items);
        json(ctx, 200, m);
    }

    private void submit(Context ctx) {
        String body = ctx.body();
        try {
            JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ApiException(400, "invalid-json", "the request body is not JSON: " + e.getOriginalMessage());
        }
        Ingestion.Report r = ingestion.submitJson(body, "POST /api/articles");
        List<Map<String, Object>> items = new ArrayList<>();
        for (Ingestion.Item i : r.items()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", i.id());
            m.put("status", i.status().name().toLowerCase());
            m.put("input", i.input());
            if (i.reason() != null) {
                m.put("reason", i.reason());
                m.put("message", i.message());
            }
            items.add(m);
        }
        long added = r.count(Ingestion.Status.ADDED);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("added", added);
        m.put("known", r.count(Ingestion.Status.KNOWN));
        m.put("rejected", r.count(Ingestion.Status.REJECTED));
        m.put("items", items);
        json(ctx, added > 0 ? 201 : 200, m);
    }

    private void openapi(Context ctx) {
        try (InputStream in = SitrepServer.class.getResourceAsStream("openapi.json")) {
            ctx.contentType("application/json").result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String ERROR_WRITTEN = "sitrep.error";

    private static void error(Context ctx, int status, String code, String message) {
        ctx.attribute(ERROR_WRITTEN, Boolean.TRUE);
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("status", status);
        e.put("code", code);
        e.put("message", message);
        json(ctx, status, Map.of("error", e));
    }

    private static void json(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType("application/json").result(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int intParam(Context ctx, String name, int def, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return def;
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > max) throw ApiException.badRequest(name + " must be between " + min + " and " + max + ", not " + n);
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be a whole number, not '" + v + "'");
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
