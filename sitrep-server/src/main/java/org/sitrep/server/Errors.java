package org.sitrep.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives every failure the one error shape {@code {"error":{"status","code","message"}}}: a handler's
 * {@link ApiException}, Javalin's own responses (unknown path, wrong method, body too large) and any other exception,
 * which becomes a 500 whose message names no class and carries no stack trace (the log has it). Stateless.
 */
final class Errors {
    /** Set once a handler wrote the error body, so that Javalin's status-based error handlers leave it alone. */
    private static final String WRITTEN = "sitrep.error-written";
    private static final List<Integer> STATUSES = List.of(400, 404, 405, 413, 415, 500, 503);
    private static final System.Logger LOG = System.getLogger("sitrep.server");

    private Errors() {
    }

    static void install(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> {
            if (e instanceof UnavailableException u) ctx.header("Retry-After", Integer.toString(u.retryAfterSeconds()));
            write(ctx, e.status(), e.code(), e.getMessage());
        });
        // A filter's bad value (issue 17): its message starts with the parameter's name ("from: not a date …").
        routes.exception(org.sitrep.app.Filter.Invalid.class, (e, ctx) -> write(ctx, 400, "bad-request", e.getMessage()));
        routes.exception(HttpResponseException.class, (e, ctx) -> write(ctx, e.getStatus(), code(e.getStatus()), message(e.getStatus(), ctx)));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.log(System.Logger.Level.ERROR, "internal error on " + ctx.method() + " " + ctx.path(), e);
            write(ctx, 500, "internal", "internal error while answering " + ctx.method() + " " + ctx.path() + "; the server log has the details");
        });
        for (int status : STATUSES) {
            routes.error(status, ctx -> {
                if (ctx.attribute(WRITTEN) == null) write(ctx, status, code(status), message(status, ctx));
            });
        }
    }

    static String code(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            case 500 -> "internal";
            case 503 -> "busy";
            default -> "http-" + status;
        };
    }

    private static String message(int status, Context ctx) {
        return switch (status) {
            case 404 -> "nothing at " + ctx.path();
            case 405 -> ctx.method() + " is not allowed on " + ctx.path();
            case 413 -> "the request body is larger than " + SitrepServer.MAX_BODY_BYTES / (1024 * 1024) + " MiB";
            default -> "HTTP " + status + " on " + ctx.method() + " " + ctx.path();
        };
    }

    private static void write(Context ctx, int status, String code, String message) {
        ctx.attribute(WRITTEN, Boolean.TRUE);
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("status", status);
        e.put("code", code);
        e.put("message", message);
        Json.write(ctx, status, Map.of("error", e));
    }
}
