package org.sitrep.server;

import org.sitrep.claims.ClaimFilter;
import org.sitrep.claims.ClaimKind;
import org.sitrep.claims.Side;
import org.sitrep.store.ClaimIndex;
import org.sitrep.store.Provenance;
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
import java.util.Objects;
import org.sitrep.model.Article;
import org.sitrep.json.ArticleJson;
import org.sitrep.app.Ingestion;
import org.sitrep.app.Sitrep;
import org.sitrep.store.SitrepStore;
import org.sitrep.store.SitrepStore.ArticleQuery;

/**
 * The REST API (described by {@code /api/openapi.json}) and the web UI over one store. {@link #start()} binds and
 * returns the port (0 picks a free one); {@link #stop()} releases it. Handlers only translate between HTTP and the
 * library: the {@link Sitrep} facade does the work, and every error leaves in the one shape {@link Errors} writes.
 *
 * <p>Reads and writes are kept apart: every {@code GET} borrows a read-only opening of the data directory from
 * {@link ReadPool} and never waits for the writer; a {@code POST} is accepted once its body is on disk in the
 * {@link Inbox}, whose one thread stores batches through the writer {@link Sitrep}, and the passes after storing run
 * on one more background thread.
 *
 * <p>Thread-safety: requests are served concurrently. {@code start} and {@code stop} are meant to be called once
 * each, from one thread.
 */
public final class SitrepServer {
    /** The largest request body accepted, so a batch of a few thousand articles fits in one POST. */
    public static final long MAX_BODY_BYTES = 32L * 1024 * 1024;
    static final int MAX_LIMIT = 500;

    /** Stores what is posted (through {@link #inbox}, one batch at a time) and runs the passes after storing. */
    private final Sitrep writer;
    /** Read-only openings of the same data directory, one per request at a time. */
    private final ReadPool reads;
    /** Accepted writes, on disk until stored; opened by {@link #start()}. */
    private Inbox inbox;
    /** Batches waiting to be stored at most, and their bodies' bytes at most, before a write is answered 503. */
    static final int INBOX_BATCHES = 64;
    /** {@link #INBOX_BATCHES}, lower in tests; read by {@link #start()}. */
    int inboxBatches = INBOX_BATCHES;
    static final long INBOX_BYTES = 256L * 1024 * 1024;
    /** How long {@code POST ?wait=true} waits for its batch to be stored before answering 202 anyway. */
    static final long WAIT_MILLIS = 120_000;
    /** Every route registered, as {@code METHOD /path}. */
    private final List<String> routes = new ArrayList<>();
    private final String host;
    private final Access access;
    /**
     * What a browser may do with our pages: scripts and data from this server only (no inline script), no framing,
     * no form posts elsewhere, no referrer sent to the sites articles link to.
     */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    private final int port;
    private final Javalin app;
    /** Whether the passes after storing (annotation, events) run in the background after posts (off in some tests). */
    private final boolean catchUp;
    private final java.util.concurrent.ExecutorService background = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sitrep-annotate");
        t.setDaemon(true);
        return t;
    });
    private final java.util.concurrent.ScheduledExecutorService timers = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sitrep-timers");
        t.setDaemon(true);
        return t;
    });
    private final java.util.concurrent.atomic.AtomicBoolean annotationQueued = new java.util.concurrent.atomic.AtomicBoolean();
    /**
     * Over a store opened for reading only ({@code serve --read-only}): every write is refused, nothing runs after
     * posts, and a follower's search index is brought up to its database every {@link #FOLLOW_SECONDS} seconds.
     */
    private final boolean readOnly;
    public static final int FOLLOW_SECONDS = 5;

    /** A server that stores what is posted and runs nothing after it (for tests of the API alone), with a token in memory. */
    public SitrepServer(Sitrep sitrep, String host, int port) {
        this(sitrep, false, host, port, Access.random());
    }

    /** As {@link #SitrepServer(Sitrep, boolean, String, int, Access)} with a token in memory ({@link #access()}). */
    public SitrepServer(Sitrep sitrep, boolean catchUp, String host, int port) {
        this(sitrep, catchUp, host, port, Access.random());
    }

    /**
     * @param catchUp whether {@link Sitrep#catchUp} (annotation, events) runs in the background after each post that
     *                adds articles, and once at start, so posted articles are annotated and placed without a separate
     *                command
     */
    public SitrepServer(Sitrep sitrep, boolean catchUp, String host, int port, Access access) {
        this.catchUp = catchUp;
        this.access = Objects.requireNonNull(access, "access");
        this.writer = Objects.requireNonNull(sitrep, "sitrep");
        this.readOnly = sitrep.readOnly();
        this.reads = new ReadPool(() -> Sitrep.openReadOnly(writer.config()), 4, 10_000);
        this.host = Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
        this.port = port;
        this.app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.http.prefer405over404 = true;
            cfg.http.maxRequestSize = MAX_BODY_BYTES;
            cfg.staticFiles.add("/web", Location.CLASSPATH);
            cfg.routes.before(this::guard);
            route(cfg.routes, "GET", "/api/articles", read(this::list));
            route(cfg.routes, "POST", "/api/articles", this::submit);
            route(cfg.routes, "GET", "/api/batches/{id}", this::batch);
            route(cfg.routes, "GET", "/api/articles/{id}", read(this::one));
            route(cfg.routes, "GET", "/api/articles/{id}/provenance", read(this::provenance));
            route(cfg.routes, "GET", "/api/search", read(this::search));
            route(cfg.routes, "GET", "/api/openapi.json", this::openapi);
            route(cfg.routes, "GET", "/api/entities", read(this::entities));
            route(cfg.routes, "GET", "/api/entities/{id}", read(this::entity));
            route(cfg.routes, "GET", "/api/articles/{id}/annotations", read(this::annotations));
            route(cfg.routes, "GET", "/api/articles/{id}/event", read(this::articleEvent));
            route(cfg.routes, "GET", "/api/events", read(this::events));
            route(cfg.routes, "GET", "/api/events/map", read(EventMap::handle));
            route(cfg.routes, "GET", "/api/events/{id}", read(this::event));
            route(cfg.routes, "GET", "/api/stories", read(this::stories));
            route(cfg.routes, "GET", "/api/stories/{id}", read(this::story));
            route(cfg.routes, "GET", "/api/events/{id}/claims", read(this::eventClaims));
            route(cfg.routes, "GET", "/api/stories/{id}/claims", read(this::storyClaims));
            route(cfg.routes, "GET", "/api/claims", read(this::claims));
            route(cfg.routes, "GET", "/api/events/{id}/records", read(this::eventRecords));
            route(cfg.routes, "GET", "/api/records", read(this::records));
            route(cfg.routes, "GET", "/api/export", read(this::export));
            WatchApi watch = new WatchApi(writer);
            route(cfg.routes, "GET", "/api/watchlists", read(watch::list));
            route(cfg.routes, "POST", "/api/watchlists", watch::add);
            route(cfg.routes, "GET", "/api/watchlists/{name}", read(watch::one));
            route(cfg.routes, "DELETE", "/api/watchlists/{name}", watch::remove);
            route(cfg.routes, "GET", "/api/watchlists/{name}/atom", read(watch::atom));
            route(cfg.routes, "GET", "/api/alerts", read(watch::alerts));
            route(cfg.routes, "POST", "/api/alerts/read", watch::markRead);
            route(cfg.routes, "GET", "/api/outlets", read(OutletRoutes::list));
            route(cfg.routes, "GET", "/api/outlets/{key}", read(OutletRoutes::one));
            Errors.install(cfg.routes);
        });
    }

    /** A handler that reads, given a reader of its own for the length of the request. */
    private interface ReadHandler {
        void handle(Context ctx, Sitrep reader) throws Exception;
    }

    private io.javalin.http.Handler read(ReadHandler h) {
        return ctx -> reads.with(r -> h.handle(ctx, r));
    }

    /** Who may write, and the names this server answers to. */
    public Access access() {
        return access;
    }

    /**
     * Before every request: the security headers, then the checks. A request must name this server in its Host (DNS
     * rebinding is refused); a write must carry the token, a JSON body, and, when a page sends it, an Origin of ours.
     */
    private void guard(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        if (!access.hostAllowed(ctx.header("Host"))) {
            throw new RefusedException(403, "host-not-allowed", "this server does not answer to the name '" + ctx.header("Host")
                    + "'; start it with --allow-host NAME to add one");
        }
        if (ctx.method() == io.javalin.http.HandlerType.GET || ctx.method() == io.javalin.http.HandlerType.HEAD) return;
        if (readOnly) {
            throw new RefusedException(403, "read-only", "this server only reads (serve --read-only): send writes to the process that "
                    + "writes its database");
        }
        if (!access.originAllowed(ctx.header("Origin"))) {
            throw new RefusedException(403, "origin-not-allowed", "writes from pages of '" + ctx.header("Origin") + "' are refused");
        }
        if (!access.authorized(ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new RefusedException(401, "token-required", "a write needs the server's token: Authorization: Bearer TOKEN"
                    + (access.tokenFile() == null ? "" : " (the token is in " + access.tokenFile() + ")"));
        }
        if (ctx.method() == io.javalin.http.HandlerType.DELETE) return; // no body
        String type = ctx.header("Content-Type");
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new RefusedException(415, "unsupported-media-type", "a write's body must be JSON sent as Content-Type: application/json");
        }
    }

    /** Binds the host and port given at construction and returns the port actually bound. */
    public int start() {
        if (readOnly) {
            app.start(host, port);
            // What the writer stores elsewhere becomes searchable here within a few seconds.
            timers.scheduleWithFixedDelay(() -> {
                try {
                    writer.store().followIndex();
                } catch (RuntimeException e) {
                    System.getLogger("sitrep.server").log(System.Logger.Level.WARNING, "following the database failed: " + e.getMessage(), e);
                }
            }, FOLLOW_SECONDS, FOLLOW_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
            return app.port();
        }
        inbox = new Inbox(writer.config().dataDir().resolve("inbox"), inboxBatches, INBOX_BYTES, this::store);
        if (inbox.waiting() > 0) {
            System.getLogger("sitrep.server").log(System.Logger.Level.INFO, inbox.waiting() + " accepted batches left from the last run are stored first");
        }
        app.start(host, port);
        annotateLater();
        if (catchUp) {
            // Webhook deliveries that failed are tried again when due, on the writer's thread, without a new post.
            timers.scheduleWithFixedDelay(() -> background.execute(() -> {
                try {
                    writer.watches().deliver();
                } catch (RuntimeException e) {
                    System.getLogger("sitrep.server").log(System.Logger.Level.WARNING, "webhook delivery failed: " + e.getMessage(), e);
                }
            }), 30, 30, java.util.concurrent.TimeUnit.SECONDS);
        }
        return app.port();
    }

    public void stop() {
        app.stop();
        if (inbox != null) inbox.close();
        timers.shutdownNow();
        background.shutdownNow();
        try {
            background.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        reads.close();
    }

    static final long CATCH_UP_DELAY_MILLIS = 1000;

    /** Queues one run of the annotation pass unless one is already waiting (a run covers every article stored before it). */
    private void annotateLater() {
        if (!catchUp || !annotationQueued.compareAndSet(false, true)) return;
        background.execute(() -> {
            try {
                // Batches that come meanwhile join this run: under a stream of posts the passes run about once a
                // second, not once per batch, each paying its fixed cost (loading the recent events) once.
                Thread.sleep(CATCH_UP_DELAY_MILLIS);
            } catch (InterruptedException e) {
                return; // stopping
            }
            annotationQueued.set(false);
            try {
                // One core is left to the requests: annotation is the heaviest work the server does.
                writer.catchUp(new Sitrep.CatchUpListener() {
                }, Runtime.getRuntime().availableProcessors() - 1);
            } catch (RuntimeException e) {
                System.getLogger("sitrep.server").log(System.Logger.Level.WARNING, "background annotation failed: " + e.getMessage(), e);
            }
        });
    }

    /** Every route registered with the HTTP router, as {@code METHOD /path} (path parameters as {@code {name}}). */
    public List<String> routes() {
        return List.copyOf(routes);
    }

    /** Registers a handler and remembers the route, so {@link #routes} needs no look into Javalin's internals. */
    private void route(io.javalin.config.RoutesConfig routesConfig, String method, String path, io.javalin.http.Handler handler) {
        switch (method) {
            case "GET" -> routesConfig.get(path, handler);
            case "POST" -> routesConfig.post(path, handler);
            case "DELETE" -> routesConfig.delete(path, handler);
            default -> throw new IllegalArgumentException("no such method here: " + method);
        }
        routes.add(method + " " + path);
    }

    private void list(Context ctx, Sitrep sitrep) {
        int limit = Params.intIn("limit", ctx.queryParam("limit"), 50, 1, MAX_LIMIT);
        int offset = Params.intIn("offset", ctx.queryParam("offset"), 0, 0, Integer.MAX_VALUE);
        org.sitrep.store.EventReads.Page<Article> page = sitrep.desk().articles(Params.filter(ctx), limit, offset);
        List<Map<String, Object>> items = new ArrayList<>();
        Map<String, org.sitrep.records.TypeCall> types = sitrep.articleTypes(page.items().stream().map(Article::id).toList());
        for (Article a : page.items()) {
            Map<String, Object> x = ArticleJson.summary(a);
            org.sitrep.json.RecordJson.putType(x, types.get(a.id()));
            items.add(x);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", page.total());
        m.put("limit", limit);
        m.put("offset", offset);
        m.put("items", items);
        Json.write(ctx, 200, m);
    }

    private void one(Context ctx, Sitrep sitrep) {
        Article a = find(sitrep, ctx.pathParam("id"));
        Map<String, Object> m = ArticleJson.full(a);
        org.sitrep.json.RecordJson.putType(m, sitrep.articleType(a.id()));
        Json.write(ctx, 200, m);
    }

    private void provenance(Context ctx, Sitrep sitrep) {
        Article a = find(sitrep, ctx.pathParam("id"));
        Provenance p = sitrep.provenance(a.id());
        Map<String, Object> m = org.sitrep.json.ProvenanceJson.of(p);
        // The article itself and the others named, so a client can show titles without more requests.
        Map<String, Object> articles = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>(List.of(a.id()));
        p.copyOf().forEach(r -> ids.add(r.originalId()));
        p.copiedBy().forEach(r -> ids.add(r.copyId()));
        List<String> named = new ArrayList<>(ids);
        p.lookalikes().forEach(l -> named.add(l.other(a.id())));
        Map<String, org.sitrep.records.TypeCall> types = sitrep.articleTypes(named);
        Map<String, Article> found = sitrep.articleSummaries(named);
        for (String id : named) {
            Article x = found.get(id);
            if (x == null) continue;
            Map<String, Object> s = ArticleJson.summary(x);
            org.sitrep.json.RecordJson.putType(s, types.get(id));
            articles.put(id, s);
        }
        m.put("articles", articles);
        m.put("counts", org.sitrep.json.ProvenanceJson.counts(sitrep.sourceCounts(ids)));
        Json.write(ctx, 200, m);
    }

    private static Article find(Sitrep sitrep, String id) {
        try {
            return sitrep.article(id).orElseThrow(() -> new NotFoundException("no article with id or id prefix '" + Params.clip(id) + "'"));
        } catch (IllegalArgumentException e) {
            // The store's word for a prefix shared by several ids; its message lists them.
            throw new BadRequestException("ambiguous-id", e.getMessage());
        }
    }

    private void search(Context ctx, Sitrep sitrep) {
        String q = Params.required("q", ctx.queryParam("q"));
        int limit = Params.intIn("limit", ctx.queryParam("limit"), 20, 1, MAX_LIMIT);
        int offset = Params.intIn("offset", ctx.queryParam("offset"), 0, 0, 10_000 - limit);
        org.sitrep.app.Filter filter = Params.filter(ctx);
        org.sitrep.understand.NameQuery.Widened w = sitrep.widenToSpellings(q);
        org.sitrep.app.Filter widened = filter.withQ(w.query());
        SitrepStore.SearchResult r = sitrep.desk().search(widened, limit, offset);
        List<Map<String, Object>> items = new ArrayList<>();
        Map<String, org.sitrep.records.TypeCall> types = sitrep.articleTypes(r.hits().stream().map(h -> h.article().id()).toList());
        for (SitrepStore.SearchHit h : r.hits()) {
            Map<String, Object> m = ArticleJson.summary(h.article());
            org.sitrep.records.TypeCall t = types.get(h.article().id());
            org.sitrep.json.RecordJson.putType(m, t);
            m.put("score", h.score());
            m.put("snippet", h.snippet());
            items.add(m);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("query", q);
        m.put("also_searched", w.alsoSearched());
        m.put("total", r.total());
        m.put("limit", limit);
        m.put("offset", offset);
        // Over every hit (up to 10,000), not the page: how many sources say this is a property of the result set.
        m.put("counts", org.sitrep.json.ProvenanceJson.counts(filter.withQ(null).isEmpty() ? sitrep.searchCounts(w.query(), 10_000)
                : sitrep.desk().counts(widened)));
        m.put("items", items);
        Json.write(ctx, 200, m);
    }

    /**
     * Accepts a batch: once its body is on disk the answer is 202 with the batch's id and where to follow it; with
     * {@code ?wait=true}, the answer waits until it is stored (201 when something was added, else 200, with every
     * item's outcome). A full inbox answers 503 with Retry-After.
     */
    private void submit(Context ctx) {
        String body = ctx.body();
        Json.requireJson(body);
        Inbox.Ticket t;
        try {
            // The bytes as sent: a byte that is not UTF-8 is said on the article (invalid-utf8), not replaced unseen.
            t = inbox.offer(ctx.bodyAsBytes());
        } catch (Inbox.Full e) {
            throw new UnavailableException("too many writes are waiting: " + e.getMessage() + "; try again later", e.retryAfterSeconds);
        }
        if ("true".equals(ctx.queryParam("wait"))) {
            try {
                Inbox.Outcome o = t.done().get(WAIT_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
                if (o.failure() != null) throw new IllegalStateException("storing batch " + t.id() + " failed: " + o.failure());
                @SuppressWarnings("unchecked")
                Map<String, Object> report = (Map<String, Object>) o.result();
                Json.write(ctx, ((Number) report.get("added")).longValue() > 0 ? 201 : 200, report);
                return;
            } catch (java.util.concurrent.TimeoutException e) {
                // still queued: answer as without wait
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("batch", t.id());
        m.put("status", "queued");
        m.put("position", t.position());
        m.put("status_url", "/api/batches/" + t.id());
        ctx.header("Location", "/api/batches/" + t.id());
        Json.write(ctx, 202, m);
    }

    /** Where a batch stands: queued, storing, done (with every item's outcome) or failed. */
    private void batch(Context ctx) {
        String id = ctx.pathParam("id").strip();
        if (inbox == null) throw new NotFoundException("no batch " + Params.clip(id) + " (this server only reads: it takes no batches)");
        Map<String, Object> m = inbox.status(id).orElseThrow(() -> new NotFoundException("no batch " + Params.clip(id)
                + " (batches are remembered until the server restarts; a batch accepted before a restart was stored at start)"));
        Json.write(ctx, 200, m);
    }

    /** Stores one accepted batch (on the inbox's thread) and says what became of each item. */
    private Map<String, Object> store(byte[] body) {
        Ingestion.Report r = writer.ingestion().submitJson(body, "POST /api/articles");
        List<Map<String, Object>> items = new ArrayList<>();
        for (Ingestion.Item i : r.items()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", i.id());
            m.put("status", i.status().name().toLowerCase(java.util.Locale.ROOT));
            m.put("input", i.input());
            // Always present, null unless rejected: clients read one shape.
            m.put("reason", i.reason());
            m.put("message", i.message());
            items.add(m);
        }
        long added = r.count(Ingestion.Status.ADDED);
        if (added > 0) annotateLater();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("added", added);
        m.put("known", r.count(Ingestion.Status.KNOWN));
        m.put("rejected", r.count(Ingestion.Status.REJECTED));
        m.put("items", items);
        return m;
    }

    // Understanding (issue 4): entities and annotations; the store does the work, EntityJson gives the shape.

    private void entities(Context ctx, Sitrep sitrep) {
        int limit = Params.intIn("limit", ctx.queryParam("limit"), 50, 1, MAX_LIMIT);
        int offset = Params.intIn("offset", ctx.queryParam("offset"), 0, 0, Integer.MAX_VALUE);
        String type = Params.optional(ctx.queryParam("type"));
        org.sitrep.store.EntityReads.EntityPage page;
        try {
            page = sitrep.entities(type, Params.optional(ctx.queryParam("q")), limit, offset);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        Json.write(ctx, 200, org.sitrep.json.EntityJson.page(page, limit, offset));
    }

    private void entity(Context ctx, Sitrep sitrep) {
        String raw = ctx.pathParam("id");
        long id;
        try {
            id = Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException("an entity id is a whole number, not '" + Params.clip(raw) + "'");
        }
        org.sitrep.store.EntityReads.EntityDetail d = sitrep.entity(id)
                .orElseThrow(() -> new NotFoundException("no entity with id " + id));
        Json.write(ctx, 200, org.sitrep.json.EntityJson.detail(d));
    }

    private void annotations(Context ctx, Sitrep sitrep) {
        Article a = find(sitrep, ctx.pathParam("id"));
        Json.write(ctx, 200, org.sitrep.json.EntityJson.annotations(sitrep.annotations(a.id()), a.text()));
    }

    // Events and stories (issue 5): the store does the work, EventJson gives the shape.

    private void events(Context ctx, Sitrep sitrep) {
        int limit = Params.intIn("limit", ctx.queryParam("limit"), 50, 1, MAX_LIMIT);
        int offset = Params.intIn("offset", ctx.queryParam("offset"), 0, 0, Integer.MAX_VALUE);
        int min = Params.intIn("min_articles", ctx.queryParam("min_articles"), 1, 1, Integer.MAX_VALUE);
        var page = sitrep.desk().events(Params.filter(ctx), min, limit, offset);
        var traits = sitrep.desk().traits(page.items().stream().map(org.sitrep.store.EventReads.EventSummary::id).toList());
        Map<String, Object> m = org.sitrep.json.EventJson.page(page, limit, offset, e -> org.sitrep.json.EventJson.event(e, traits.get(e.id())));
        m.put("attribution", org.sitrep.geo.GeoNames.ATTRIBUTION);
        Json.write(ctx, 200, m);
    }

    private void event(Context ctx, Sitrep sitrep) {
        String id = ctx.pathParam("id").strip();
        var d = sitrep.event(id).orElseThrow(() -> new NotFoundException("no event with id " + Params.clip(id)));
        Map<String, Object> m = org.sitrep.json.EventJson.event(d);
        var summary = sitrep.claimSummary(d.event().id());
        m.put("claims_summary", summary == null ? null : org.sitrep.json.ClaimJson.summary(summary));
        m.put("follow_ups", org.sitrep.json.EventJson.followUps(sitrep.followUps(d)));
        Json.write(ctx, 200, m);
    }

    private void stories(Context ctx, Sitrep sitrep) {
        int limit = Params.intIn("limit", ctx.queryParam("limit"), 50, 1, MAX_LIMIT);
        int offset = Params.intIn("offset", ctx.queryParam("offset"), 0, 0, Integer.MAX_VALUE);
        int min = Params.intIn("min_events", ctx.queryParam("min_events"), 1, 1, Integer.MAX_VALUE);
        Json.write(ctx, 200, org.sitrep.json.EventJson.page(sitrep.desk().stories(Params.filter(ctx), min, limit, offset), limit, offset,
                org.sitrep.json.EventJson::story));
    }

    private void story(Context ctx, Sitrep sitrep) {
        String id = ctx.pathParam("id").strip();
        var d = sitrep.story(id).orElseThrow(() -> new NotFoundException("no story with id " + Params.clip(id)));
        Map<String, Object> m = org.sitrep.json.EventJson.story(d);
        m.put("attribution", org.sitrep.geo.GeoNames.ATTRIBUTION);
        Json.write(ctx, 200, m);
    }

    // Event records (issue 21): the library decides them when read, RecordJson gives the shape.

    private void eventRecords(Context ctx, Sitrep sitrep) {
        String id = ctx.pathParam("id").strip();
        var d = sitrep.event(id).orElseThrow(() -> new NotFoundException("no event with id " + Params.clip(id)));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("event_id", d.event().id());
        m.put("records", org.sitrep.json.RecordJson.records(sitrep.eventRecords(d.event().id())));
        m.put("attribution", org.sitrep.geo.GeoNames.ATTRIBUTION);
        Json.write(ctx, 200, m);
    }

    private void records(Context ctx, Sitrep sitrep) {
        int limit = Params.intIn("limit", ctx.queryParam("limit"), 20, 1, 200);
        int offset = Params.intIn("offset", ctx.queryParam("offset"), 0, 0, Integer.MAX_VALUE);
        int min = Params.intIn("min_articles", ctx.queryParam("min_articles"), 1, 1, Integer.MAX_VALUE);
        var page = sitrep.desk().records(Params.filter(ctx), min, limit, offset);
        Json.write(ctx, 200, org.sitrep.json.RecordJson.page(page.totalEvents(), page.records(), limit, offset, org.sitrep.geo.GeoNames.ATTRIBUTION));
    }

    /**
     * An export of what the filter matches (issue 17): {@code format} acled-csv, geojson or jsonl (with {@code what}
     * articles, events or claims), sent as a file to save.
     */
    private void export(Context ctx, Sitrep sitrep) throws IOException {
        org.sitrep.export.ExportFormat format;
        org.sitrep.export.ExportFormat.What what;
        try {
            format = org.sitrep.export.ExportFormat.parse(Params.required("format", ctx.queryParam("format")));
            what = org.sitrep.export.ExportFormat.What.parse(java.util.Objects.requireNonNullElse(Params.optional(ctx.queryParam("what")), "events"));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        org.sitrep.app.Filter filter = Params.filter(ctx);
        java.io.StringWriter out = new java.io.StringWriter();
        new org.sitrep.export.Exporter(sitrep).write(filter, format, what, out);
        ctx.header("Content-Disposition", "attachment; filename=\"" + org.sitrep.export.Exporter.fileName(filter, format, what) + "\"");
        ctx.status(200).contentType(format.mediaType()).result(out.toString());
    }

    // Claims and disputes (issue 13): the library compares, ClaimJson gives the shape.

    private static ClaimFilter claimFilter(Context ctx) {
        String disputed = Params.optional(ctx.queryParam("disputed"));
        if (disputed != null && !disputed.equals("true") && !disputed.equals("false")) {
            throw new BadRequestException("disputed must be true or false, not '" + Params.clip(disputed) + "'");
        }
        try {
            String kind = Params.optional(ctx.queryParam("kind"));
            String side = Params.optional(ctx.queryParam("side"));
            return new ClaimFilter(kind == null ? null : ClaimKind.parse(kind), side == null ? null : Side.parse(side),
                    Params.optional(ctx.queryParam("place")), Params.optional(ctx.queryParam("q")), "true".equals(disputed));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    private void eventClaims(Context ctx, Sitrep sitrep) {
        String id = ctx.pathParam("id").strip();
        var d = sitrep.event(id).orElseThrow(() -> new NotFoundException("no event with id " + Params.clip(id)));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("event_id", d.event().id());
        m.putAll(org.sitrep.json.ClaimJson.report(claimFilter(ctx).apply(sitrep.eventClaims(d.event().id())), sitrep::eventIdOf));
        Json.write(ctx, 200, m);
    }

    private void storyClaims(Context ctx, Sitrep sitrep) {
        String id = ctx.pathParam("id").strip();
        var d = sitrep.story(id).orElseThrow(() -> new NotFoundException("no story with id " + Params.clip(id)));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("story_id", d.story().id());
        m.putAll(org.sitrep.json.ClaimJson.report(claimFilter(ctx).apply(sitrep.storyClaims(d.story().id())), sitrep::eventIdOf));
        Json.write(ctx, 200, m);
    }

    /**
     * Claims: {@code kind}, {@code side}, {@code place} (the claim's place as written) and {@code q} (words of the
     * claim) narrow the claims themselves; the other filter parameters (issue 17) narrow the articles they come from.
     */
    private void claims(Context ctx, Sitrep sitrep) {
        ClaimFilter f = claimFilter(ctx);
        org.sitrep.app.Filter articles = Params.filter(ctx, "place", "q", "disputed");
        int limit = Params.intIn("limit", ctx.queryParam("limit"), f.disputedOnly() ? 20 : 200, 1, MAX_LIMIT);
        int offset = Params.intIn("offset", ctx.queryParam("offset"), 0, 0, Integer.MAX_VALUE);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("limit", limit);
        m.put("offset", offset);
        var report = f.disputedOnly() && articles.isEmpty() ? sitrep.disputes(f, limit, offset)
                : f.disputedOnly() ? f.apply(sitrep.desk().claims(articles.withDisputed(true), new ClaimIndex.Query(null, f.kind(), f.side(), f.place(), f.words(), limit, offset)))
                : sitrep.desk().claims(articles, new ClaimIndex.Query(null, f.kind(), f.side(), f.place(), f.words(), limit, offset));
        m.putAll(org.sitrep.json.ClaimJson.report(report, sitrep::eventIdOf));
        Json.write(ctx, 200, m);
    }

    private void articleEvent(Context ctx, Sitrep sitrep) {
        Article a = find(sitrep, ctx.pathParam("id"));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("article_id", a.id());
        var placed = sitrep.eventOf(a.id());
        m.put("event_id", placed.map(Map.Entry::getKey).orElse(null));
        m.put("story_id", placed.map(Map.Entry::getValue).orElse(null));
        m.put("status", placed.isPresent() ? "placed" : "pending");
        Json.write(ctx, 200, m);
    }

    private void openapi(Context ctx) {
        try (InputStream in = SitrepServer.class.getResourceAsStream("openapi.json")) {
            if (in == null) throw new IllegalStateException("openapi.json is missing from the jar");
            ctx.contentType("application/json; charset=utf-8").result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
