package org.sitrep.server;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.app.Sitrep;
import org.sitrep.json.ArticleJson;
import org.sitrep.json.OutletJson;
import org.sitrep.model.Article;
import org.sitrep.outlets.Outlet;
import org.sitrep.store.SitrepStore.ArticleQuery;

/** {@code GET /api/outlets} and {@code GET /api/outlets/{key}}: translation only, the outlets come from {@link Sitrep}. */
final class OutletRoutes {
    private OutletRoutes() {
    }

    /** Every outlet, most articles first: {items: [Outlet]}. */
    static void list(Context ctx, Sitrep sitrep) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Outlet o : sitrep.outlets()) items.add(OutletJson.of(o));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", items.size());
        m.put("items", items);
        Json.write(ctx, 200, m);
    }

    /** One outlet, by its key or any spelling of it, with its most recent articles ({@code limit}, default 20). */
    static void one(Context ctx, Sitrep sitrep) {
        String spelling = ctx.pathParam("key");
        int limit = Params.intIn("limit", ctx.queryParam("limit"), 20, 1, 200);
        Outlet o = sitrep.outlet(spelling).orElseThrow(() -> new NotFoundException("no outlet '" + Params.clip(spelling) + "'"));
        List<Map<String, Object>> recent = new ArrayList<>();
        List<Article> page = sitrep.articleSummaries(new ArticleQuery(limit, 0, o.key(), null));
        Map<String, org.sitrep.records.TypeCall> types = sitrep.articleTypes(page.stream().map(Article::id).toList());
        for (Article a : page) {
            Map<String, Object> x = ArticleJson.summary(a);
            org.sitrep.json.RecordJson.putType(x, types.get(a.id()));
            recent.add(x);
        }
        Map<String, Object> m = OutletJson.of(o);
        org.sitrep.geo.OutletHomes.Decision d = sitrep.outletHome(o.key());
        Map<String, Object> home = new LinkedHashMap<>();
        home.put("kind", d.kind().name().toLowerCase(java.util.Locale.ROOT));
        home.put("country", d.home() == null ? null : d.home().country());
        home.put("region", d.home() == null ? null : d.home().admin1());
        home.put("articles", d.articles());
        home.put("share", d.share());
        home.put("why", d.why());
        m.put("home", home);
        m.put("recent", recent);
        Json.write(ctx, 200, m);
    }
}
