package org.sitrep.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.alerts.Alert;
import org.sitrep.app.Sitrep;
import org.sitrep.json.AlertJson;
import org.sitrep.store.WatchIndex;

/**
 * The API of watchlists and alerts: list, add ({@code {"name", "filter", "webhook_url", "secret"}}, the filter being
 * the query string the lists take), remove, each watchlist's Atom feed, the alerts with the unread count, and marking
 * them read. Reads go through the caller's read-only reader; writes through the server's writer.
 */
final class WatchApi {
    private final Sitrep writer;

    WatchApi(Sitrep writer) {
        this.writer = writer;
    }

    void list(Context ctx, Sitrep sitrep) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (WatchIndex.Watchlist w : sitrep.watches().list()) {
            items.add(AlertJson.watchlist(w, sitrep.watches().count(w.name(), false), sitrep.watches().count(w.name(), true)));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("items", items);
        Json.write(ctx, 200, m);
    }

    void one(Context ctx, Sitrep sitrep) {
        WatchIndex.Watchlist w = find(sitrep, ctx.pathParam("name"));
        Json.write(ctx, 200, AlertJson.watchlist(w, sitrep.watches().count(w.name(), false), sitrep.watches().count(w.name(), true)));
    }

    void add(Context ctx) {
        JsonNode body = object(ctx.body());
        String name = text(body, "name");
        if (name == null) throw new BadRequestException("the field name is required");
        try {
            WatchIndex.Watchlist w = writer.watches().add(name, text(body, "filter"), text(body, "webhook_url"), text(body, "secret"));
            ctx.header("Location", "/api/watchlists/" + java.net.URLEncoder.encode(w.name(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
            Json.write(ctx, 201, AlertJson.watchlist(w, 0, 0));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    void remove(Context ctx) {
        if (!writer.watches().remove(ctx.pathParam("name"))) throw new NotFoundException("no watchlist named '" + Params.clip(ctx.pathParam("name")) + "'");
        ctx.status(204);
    }

    void atom(Context ctx, Sitrep sitrep) {
        String base = ctx.scheme() + "://" + ctx.header("Host");
        String xml = sitrep.watches().atom(base, ctx.pathParam("name"))
                .orElseThrow(() -> new NotFoundException("no watchlist named '" + Params.clip(ctx.pathParam("name")) + "'"));
        ctx.status(200).contentType("application/atom+xml; charset=utf-8").result(xml);
    }

    void alerts(Context ctx, Sitrep sitrep) {
        int limit = Params.intIn("limit", ctx.queryParam("limit"), 50, 1, 1000);
        int offset = Params.intIn("offset", ctx.queryParam("offset"), 0, 0, Integer.MAX_VALUE);
        boolean unread = "true".equals(ctx.queryParam("unread"));
        String which = Params.optional(ctx.queryParam("watchlist"));
        String name = which == null ? null : find(sitrep, which).name();
        List<Map<String, Object>> items = new ArrayList<>();
        for (Alert a : sitrep.watches().alerts(name, unread, limit, offset)) {
            Map<String, Object> m = AlertJson.alert(a);
            m.put("delivery", null);
            sitrep.watches().delivery(a.id()).filter(d -> d.delivery() != null).ifPresent(d -> m.put("delivery", AlertJson.delivery(d)));
            items.add(m);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", sitrep.watches().count(name, unread));
        m.put("unread", sitrep.watches().count(name, true));
        m.put("limit", limit);
        m.put("offset", offset);
        m.put("items", items);
        Json.write(ctx, 200, m);
    }

    /** {@code {"ids": [1, 2]}} marks those read; {@code {}} every one. */
    void markRead(Context ctx) {
        JsonNode body = object(ctx.body());
        List<Long> ids = new ArrayList<>();
        JsonNode list = body.get("ids");
        if (list != null && !list.isNull()) {
            if (!list.isArray()) throw new BadRequestException("ids must be an array of alert ids");
            for (JsonNode n : list) {
                if (!n.canConvertToLong() || !n.isIntegralNumber()) throw new BadRequestException("ids must be an array of alert ids, not " + Params.clip(n.toString()));
                ids.add(n.asLong());
            }
            if (ids.isEmpty()) {
                Json.write(ctx, 200, Map.of("marked", 0));
                return;
            }
        }
        Json.write(ctx, 200, Map.of("marked", writer.watches().markRead(ids)));
    }

    private static WatchIndex.Watchlist find(Sitrep sitrep, String which) {
        return sitrep.watches().find(which).orElseThrow(() -> new NotFoundException("no watchlist named '" + Params.clip(which) + "'"));
    }

    private static JsonNode object(String body) {
        Json.requireJson(body);
        try {
            JsonNode n = Json.MAPPER.readTree(body);
            if (!n.isObject()) throw new BadRequestException("invalid-json", "the request body must be a JSON object");
            return n;
        } catch (JsonProcessingException e) {
            throw new BadRequestException("invalid-json", "the request body is not JSON: " + e.getOriginalMessage());
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) throw new BadRequestException(field + " must be a string");
        return v.asText();
    }
}
