package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.Ingestion;

/** The web UI in Debian's Chromium: list, search, article view with the removed boilerplate struck through. */
class WebUiIT {
    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

    static final BrowserType.LaunchOptions LAUNCH = new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
            .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync"));

    @TempDir
    Path data;

    @Test
    void listSearchAndArticleWithStruckThroughBoilerplate() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Debian's chromium is not installed (./run-tests installs it as root)");
        try (Running running = new Running(data); Playwright pw = Playwright.create()) {
            ingestSeeds(running);
            Browser browser = pw.chromium().launch(LAUNCH);
            Page page = browser.newPage();
            page.navigate(running.url("/"));
            page.waitForSelector("#articles tbody tr");
            assertThat(page.locator("#articles tbody tr").count()).isEqualTo(5);
            assertThat(page.locator("#articles").innerText()).contains("full control of Kupyansk");

            page.fill("#q", "Fitio");
            page.press("#q", "Enter");
            page.waitForSelector("#hits .hit");
            assertThat(page.locator("#hits .hit").count()).isEqualTo(1);
            assertThat(page.locator("#hits .snippet").innerText()).contains("Fitio");

            page.navigate(running.url("/#/"));
            page.waitForSelector("#articles tbody tr");
            assertThat(page.inputValue("#q")).as("the search box empties outside search results").isEmpty();
            page.click("text=The Ukrainian military claims");
            page.waitForSelector("#clean-text");
            assertThat(page.locator("#clean-text").innerText()).contains("full control over the city of Kupyansk").doesNotContain("Bonus video");
            page.click("#tab-source");
            page.waitForSelector("#source-text del.removed");
            assertThat(page.locator("#source-text del.removed[data-rule=bonus-video]").innerText()).contains("Bonus video");
            assertThat(page.locator("#source-text del.removed[data-rule=disclaimer]").count()).isEqualTo(1);
            assertThat(page.locator("#provenance").innerText()).contains("No copies found");
            Files.createDirectories(Path.of("target"));
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/webui-article.png")).setFullPage(true));

            // The seed rewrite shows its original, the credited outlet and the aligned sentences.
            page.fill("#q", "Chortyzja");
            page.press("#q", "Enter");
            page.waitForSelector("#hits .hit");
            page.click("#hits a.article-link >> nth=0");
            page.waitForSelector("#provenance li.relation");
            assertThat(page.locator("#provenance li.relation").innerText()).contains("Copy of", "rewrite", "credits Kyiv Post", "attribution");
            page.click("#provenance summary");
            assertThat(page.locator("#provenance table.aligned tbody tr").count()).isGreaterThanOrEqualTo(3);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/webui-provenance.png")).setFullPage(true));
            browser.close();
        }
    }

    @Test
    void articleHighlightsEntitiesAndMapsPlacesAndEntityPageListsSpellings() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Debian's chromium is not installed (./run-tests installs it as root)");
        try (Running running = new Running(data); Playwright pw = Playwright.create()) {
            ingestSeeds(running);
            ApiIT.annotate(running);
            Browser browser = pw.chromium().launch(LAUNCH);
            Page page = browser.newPage();
            page.navigate(running.url("/#/search?q=Usenkivka"));
            page.waitForSelector("#hits .hit");
            page.click("#hits a.article-link >> nth=0");
            page.waitForSelector("#clean-text a.mention-place");
            assertThat(page.locator("#clean-text a.mention-place", new Page.LocatorOptions().setHasText("Kupiansk")).count()).isPositive();
            assertThat(page.locator("#clean-text a.mention-person").allInnerTexts()).contains("Fitio");
            // A marker outside the fitted view is not drawn (Leaflet gives it an empty path): wait for one that is.
            page.waitForSelector("#article-map path.leaflet-interactive:not([d=\"M0 0\"])");
            assertThat(page.locator("#article-map path.leaflet-interactive").count()).isGreaterThanOrEqualTo(2);
            assertThat(page.locator("#annotations figcaption.attribution").innerText()).startsWith("Place data: GeoNames (geonames.org), CC BY 4.0");
            assertThat(page.locator("#quantities").innerText()).contains("508", "rounds");
            Files.createDirectories(Path.of("target"));
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/webui-annotations.png")).setFullPage(true));

            page.click("#clean-text a.mention-place >> text=Kupiansk >> nth=0");
            page.waitForSelector("#spellings");
            assertThat(page.locator("h1").innerText()).isEqualTo("Kupiansk");
            assertThat(page.locator("#spellings").innerText()).contains("Kupyansk", "Kupiansk");
            assertThat(page.locator("#entity-articles li").count()).isEqualTo(5);
            page.waitForSelector("#entity-map path.leaflet-interactive");
            assertThat(page.locator("#entity .attribution").innerText()).contains("GeoNames");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/webui-entity.png")).setFullPage(true));

            page.click("#nav-entities");
            page.waitForSelector("#entities tbody tr");
            assertThat(page.locator("#entities").innerText()).contains("Volodymyr Fityo");
            browser.close();
        }
    }

    @Test
    void articlePageShowsLookalikesWithWhatDiffersAndFlagsAPaywall() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Debian's chromium is not installed (./run-tests installs it as root)");
        String bulletin = "Russian forces shelled the %s community of the %s region %d times over the past day, the regional military "
                + "administration said on Telegram. The attacks used mortars, artillery and drones, it said. No casualties were reported.";
        try (Running running = new Running(data); Playwright pw = Playwright.create()) {
            running.sitrep.ingestion().submitJson("{\"url\": \"https://eastwire.example/b/sumy\", \"title\": \"Shelling in the Sumy region\", "
                    + "\"published\": \"2024-03-02T08:00:00Z\", \"text\": \"" + bulletin.formatted("Bilopillia", "Sumy", 7) + "\"}", "test");
            running.sitrep.ingestion().submitJson("{\"url\": \"https://danube.example/b/balakliia\", \"title\": \"Shelling in the Kharkiv region\", "
                    + "\"published\": \"2024-03-02T09:00:00Z\", \"text\": \"" + bulletin.formatted("Balakliia", "Kharkiv", 1) + "\"}", "test");
            running.sitrep.ingestion().submitJson("{\"url\": \"https://paper.example/a/1\", \"title\": \"Explosions in Odesa\", "
                    + "\"text\": \"Subscribe to continue reading.\\nAlready a subscriber? Log in.\"}", "test");
            Browser browser = pw.chromium().launch(LAUNCH);
            Page page = browser.newPage();
            page.navigate(running.url("/"));
            page.waitForSelector("#articles tbody tr");
            page.click("text=Shelling in the Kharkiv region");
            page.waitForSelector("#lookalikes li.lookalike");
            assertThat(page.locator("#lookalikes").innerText()).contains("Shelling in the Sumy region", "Kharkiv ≠ Sumy", "Balakliia ≠ Bilopillia", "1 ≠ 7");
            assertThat(page.locator("#provenance").innerText()).contains("No copies found");
            Files.createDirectories(Path.of("target"));
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/webui-lookalikes.png")).setFullPage(true));
            page.navigate(running.url("/"));
            page.waitForSelector("#articles tbody tr");
            page.click("text=Explosions in Odesa");
            page.waitForSelector("#clean-text");
            assertThat(page.locator("dl.facts").innerText()).contains("no_article", "paywall", "no-article-text");
            browser.close();
        }
    }

    @Test
    void aWebPageShowsItsArticleAndWhyEveryOtherLineWasSetAside() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Debian's chromium is not installed (./run-tests installs it as root)");
        Path html = org.sitrep.testkit.Repository.file("samples/corpus/html/kupiansk-2024-11-14-frontmonitor.html");
        try (Running running = new Running(data); Playwright pw = Playwright.create()) {
            running.sitrep.ingestion().run(List.of(html.toString()), new Ingestion.Listener() {
            });
            Browser browser = pw.chromium().launch(LAUNCH);
            Page page = browser.newPage();
            page.navigate(running.url("/"));
            page.waitForSelector("#articles tbody tr");
            page.click("text=General Staff denies Russian troops are in Kupiansk");
            page.waitForSelector("#clean-text");
            assertThat(page.locator("#clean-text").innerText()).contains("rejected claims that Russian troops had entered Kupiansk", "railway hub")
                    .doesNotContain("Share on Facebook", "We use cookies", "Hold on, Kupiansk!", "All rights reserved");
            assertThat(page.locator("dl.facts").innerText()).contains("site_name", "Eastern Front Monitor");
            page.click("#tab-source");
            page.waitForSelector("#source-text del.removed");
            assertThat(page.locator("#source-text del.removed[data-rule=html-cookie]").innerText()).contains("We use cookies");
            assertThat(page.locator("#source-text del.removed[data-rule=html-share]").innerText()).contains("Share on Facebook");
            assertThat(page.locator("#source-text del.removed[data-rule=html-comments]").allInnerTexts()).anyMatch(t -> t.contains("Hold on, Kupiansk!"));
            assertThat(page.locator("#source-text del.removed[data-rule=html-nav]").count()).isGreaterThanOrEqualTo(4);
            Files.createDirectories(Path.of("target"));
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/webui-html-audit.png")).setFullPage(true));
            browser.close();
        }
    }

    @Test
    void hostileArticlesRunNoScriptInThePage() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Debian's chromium is not installed (./run-tests installs it as root)");
        String payload = "<img src=x onerror=\\\"window.__xss=1\\\"><script>window.__xss=2</script>";
        try (Running running = new Running(data); Playwright pw = Playwright.create()) {
            running.sitrep.ingestion().submitJson("[{\"url\": \"JaVaScRiPt:window.__xss=3\", \"title\": \"Click the address " + payload + "\", "
                    + "\"outlet\": \"" + payload + "\", \"text\": \"Shelling near Izium was reported on Monday. " + payload + "\"},"
                    + "{\"url\": \"data:text/html,<script>alert(1)</script>\", \"title\": \"Data address\", \"text\": \"Drones over Kupiansk.\"}]", "test");
            Browser browser = pw.chromium().launch(LAUNCH);
            Page page = browser.newPage();
            java.util.concurrent.atomic.AtomicInteger dialogs = new java.util.concurrent.atomic.AtomicInteger();
            page.onDialog(d -> {
                dialogs.incrementAndGet();
                d.dismiss();
            });
            page.navigate(running.url("/"));
            page.waitForSelector("#articles tbody tr");
            for (String title : List.of("Click the address", "Data address")) {
                page.navigate(running.url("/"));
                page.waitForSelector("#articles tbody tr");
                page.click("text=" + title);
                page.waitForSelector("#clean-text");
                assertThat(page.locator("a[href]").evaluateAll("as => as.map(a => a.getAttribute('href'))").toString().toLowerCase())
                        .doesNotContain("javascript:").doesNotContain("data:");
                page.click("#tab-source");
            }
            assertThat(page.evaluate("() => window.__xss === undefined")).isEqualTo(true);
            assertThat(dialogs.get()).isZero();
            page.navigate(running.url("/"));
            page.waitForSelector("#articles tbody tr");
            assertThat(page.locator("#articles").innerText()).contains("<img src=x"); // shown as text, not markup
            assertThat(page.evaluate("() => window.__xss === undefined")).isEqualTo(true);
            browser.close();
        }
    }

    private static void ingestSeeds(Running running) {
        running.sitrep.ingestion().run(List.of(Running.seeds().toString()), new Ingestion.Listener() {
        });
    }

    @Test
    void storyPageShowsTheSeedEventsOnATimelineAndLeadsToTheirArticles() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Debian's chromium is not installed (./run-tests installs it as root)");
        try (Running running = new Running(data); Playwright pw = Playwright.create()) {
            ingestSeeds(running);
            ApiIT.annotateAndPlaceEvents(running);
            Browser browser = pw.chromium().launch(LAUNCH);
            Page page = browser.newPage();
            page.navigate(running.url("/"));
            page.click("#nav-stories");
            page.waitForSelector("#stories tbody tr");
            assertThat(page.locator("#stories tbody tr").count()).isEqualTo(1);
            page.click("#stories a.story-link");
            page.waitForSelector("svg.timeline circle.timeline-event");
            assertThat(page.locator("svg.timeline circle.timeline-event").count()).isEqualTo(3);
            assertThat(page.locator("#story-events li").count()).isEqualTo(3);
            assertThat(page.locator("#story").innerText()).contains("Kupiansk", "5 articles", "4 independent sources");
            // The places line is links with counts, not the text of nested arrays.
            String placesLine = page.locator("#story p.meta").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Places:"))
                    .first().innerText();
            assertThat(placesLine).matches("(?s)Places: .*Kup(i|y)ansk \\(\\d+\\).*")
                    .doesNotContain("http", ",,");
            assertThat(page.locator("#story p.meta a[href^='#/entity/']").count()).isGreaterThan(3);
            page.waitForSelector("#story-map path.leaflet-interactive:not([d=\"M0 0\"])");
            assertThat(page.locator("#story .attribution").innerText()).contains("GeoNames");
            Files.createDirectories(Path.of("target"));
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/webui-story.png")).setFullPage(true));

            page.click("#story-events a.event-link >> text=/Kupyansk|Kupiansk/ >> nth=0");
            page.waitForSelector("#event-articles tbody tr");
            int members = page.locator("#event-articles tbody tr").count();
            assertThat(members).isBetween(1, 3);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/webui-event.png")).setFullPage(true));
            page.click("#event-articles a.article-link >> nth=0");
            page.waitForSelector("#article-event a");
            assertThat(page.locator("#article-event").innerText()).startsWith("E");
            browser.close();
        }
    }

    @Test
    void eventPageShowsTheClaimsAndTheKupianskDisputeSideBySide() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Debian's chromium is not installed (./run-tests installs it as root)");
        try (Running running = new Running(data); Playwright pw = Playwright.create()) {
            ingestSeeds(running);
            ApiIT.annotateAndPlaceEvents(running);
            running.sitrep.findClaims(new org.sitrep.app.ClaimPass.Listener() {
            });
            running.sitrep.findTypes(new org.sitrep.app.TypePass.Listener() {
            });
            Browser browser = pw.chromium().launch(LAUNCH);
            Page page = browser.newPage();
            page.navigate(running.url("/"));
            page.click("#nav-disputes");
            page.waitForSelector(".dispute");
            assertThat(page.locator(".dispute").count()).isEqualTo(1);
            assertThat(page.locator(".dispute h3").innerText()).contains("Who controls Kup");
            page.click(".disputed-event a.event-link");
            page.waitForSelector("#claims-table tbody tr");
            assertThat(page.locator("#disputes .dispute").count()).isEqualTo(1);
            assertThat(page.locator("#disputes .position").count()).isEqualTo(2);
            assertThat(page.locator("#disputes .position").first().innerText()).contains("held by", "General Staff");
            assertThat(page.locator("#disputes").innerText()).contains("Vitaly Ganchev", "Center for Strategic Communications");
            assertThat(page.locator("#claims-table tbody tr").count()).isGreaterThan(5);
            assertThat(page.locator("#claims-table .side-russia").count()).isPositive();
            assertThat(page.locator("#claims-table .side-ukraine").count()).isPositive();
            page.waitForSelector("#records-table tbody tr");
            assertThat(page.locator("#records-table tr.record.disputed").first().innerText()).contains("Kupiansk", "Who controls Kup");
            assertThat(page.locator("#event-records").innerText()).contains("GeoNames");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/webui-claims.png")).setFullPage(true));

            page.click("#nav-claims");
            page.waitForSelector("#claims-form");
            page.fill("#claims-form input[name=q]", "kamikaze");
            page.click("#claims-form button");
            page.waitForSelector("#claims-table tbody tr");
            assertThat(page.locator("#claims-table").innerText()).contains("18", "Fitio");
            browser.close();
        }
    }

    @Test
    void pagesFiltersByOutletAndShowsMarkupAsText() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Debian's chromium is not installed (./run-tests installs it as root)");
        try (Running running = new Running(data); Playwright pw = Playwright.create()) {
            StringBuilder batch = new StringBuilder("[");
            for (int i = 0; i < 30; i++) {
                batch.append(i == 0 ? "" : ",").append("{\"title\":\"Paging report ").append(i).append("\",\"outlet\":\"paging.test\",")
                        .append("\"url\":\"https://paging.test/").append(i).append("\",\"published\":\"2024-01-").append(String.format("%02d", i + 1))
                        .append("\",\"text\":\"Report ").append(i).append(" from the front: shelling was reported near Kupiansk overnight.\"}");
            }
            batch.append(",{\"title\":\"<img src=x onerror=\\\"document.body.dataset.pwned=1\\\"> & <b>bold</b>\",\"outlet\":\"other.test\",")
                    .append("\"published\":\"2024-02-01\",\"text\":\"<script>document.body.dataset.pwned=1</script> Shelling near Izium.\"}]");
            Ingestion.Report r = running.sitrep.ingestion().submitJson(batch.toString(), "WebUiIT");
            assertThat(r.count(Ingestion.Status.ADDED)).isEqualTo(31);

            Browser browser = pw.chromium().launch(LAUNCH);
            Page page = browser.newPage();
            page.navigate(running.url("/"));
            page.waitForSelector("#articles tbody tr");
            assertThat(page.locator("#articles tbody tr").count()).isEqualTo(25);
            assertThat(page.locator("#range").innerText()).isEqualTo("1–25 of 31");
            Locator hostile = page.locator("#articles a.article-link").first();
            assertThat(hostile.innerText()).isEqualTo("<img src=x onerror=\"document.body.dataset.pwned=1\"> & <b>bold</b>");
            assertThat(page.locator("#articles img, #articles b").count()).isZero();

            page.click("#older");
            page.waitForSelector("text=26–31 of 31");
            assertThat(page.locator("#articles tbody tr").count()).isEqualTo(6);
            assertThat(page.locator("#articles").innerText()).contains("Paging report 0").doesNotContain("Paging report 29");

            page.click("#articles a.outlet-link >> nth=0");
            page.waitForSelector(".filters");
            assertThat(page.locator(".filters").innerText()).contains("paging.test");
            assertThat(page.locator("#range").innerText()).isEqualTo("1–25 of 30");
            page.click("#older");
            page.waitForSelector("text=26–30 of 30");
            assertThat(page.url()).contains("outlet=paging.test").contains("offset=25");

            page.navigate(running.url("/#/"));
            page.waitForSelector("#articles tbody tr");
            page.click("#articles a.article-link >> nth=0");
            page.waitForSelector("#clean-text");
            assertThat(page.locator("h1").innerText()).startsWith("<img src=x");
            assertThat(page.locator("#clean-text").innerText()).contains("<script>");
            assertThat(page.locator("#view img, #view script, #view b").count()).isZero();
            assertThat(page.evaluate("() => document.body.dataset.pwned === undefined")).isEqualTo(true);
            Files.createDirectories(Path.of("target"));
            page.navigate(running.url("/#/?outlet=paging.test"));
            page.waitForSelector(".filters");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/webui-list.png")).setFullPage(true));
            browser.close();
        }
    }

    /**
     * Counts pairs of the visible elements matching a selector whose boxes overlap (by more than half a pixel), in
     * the page: the maps' labels and the timeline's dots and labels must never collide.
     */
    static final String OVERLAPS = """
            sel => {
              const boxes = [...document.querySelectorAll(sel)].filter(e => getComputedStyle(e).display !== 'none')
                .map(e => e.getBoundingClientRect()).filter(r => r.width > 0 && r.height > 0);
              let n = 0;
              for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
                const a = boxes[i], b = boxes[j];
                if (a.left < b.right - .5 && b.left < a.right - .5 && a.top < b.bottom - .5 && b.top < a.bottom - .5) n++;
              }
              return [boxes.length, n];
            }""";

    static List<Integer> overlaps(Page page, String selector) {
        @SuppressWarnings("unchecked")
        List<Number> r = (List<Number>) page.evaluate(OVERLAPS, selector);
        return List.of(r.get(0).intValue(), r.get(1).intValue());
    }

    @Test
    void eventsPageGlobalMapFilterBarLabelsAndTimeline() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Debian's chromium is not installed (./run-tests installs it as root)");
        try (Running running = new Running(data); Playwright pw = Playwright.create()) {
            ingestSeeds(running);
            ApiIT.annotateAndPlaceEvents(running);
            running.sitrep.findClaims(new org.sitrep.app.ClaimPass.Listener() {
            });
            running.sitrep.findTypes(new org.sitrep.app.TypePass.Listener() {
            });
            var json = new com.fasterxml.jackson.databind.ObjectMapper();
            var http = java.net.http.HttpClient.newHttpClient();
            java.util.function.Function<String, com.fasterxml.jackson.databind.JsonNode> get = path -> {
                try {
                    return json.readTree(http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(running.url(path))).build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString()).body());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            };
            var events = get.apply("/api/events?limit=500");
            var located = new java.util.ArrayList<String>();
            for (var e : get.apply("/api/events/map").get("items")) if (!e.get("latitude").isNull()) located.add(e.get("id").asText());
            assertThat(events.get("total").asInt()).isPositive();
            assertThat(located).isNotEmpty();
            Browser browser = pw.chromium().launch(LAUNCH);
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900));
            Files.createDirectories(Path.of("target"));

            // The events page lists every event with its counts, disputed ones badged.
            page.navigate(running.url("/"));
            page.click("#nav-events");
            page.waitForSelector("#events tbody tr");
            assertThat(page.locator("#events tbody tr").count()).isEqualTo(events.get("total").asInt());
            for (var e : events.get("items")) {
                Locator row = page.locator("#events tr[data-event='" + e.get("id").asText() + "']");
                int n = e.get("articles").asInt(), o = e.get("outlets").asInt(), s = e.get("independent_sources").asInt();
                assertThat(row.locator("td.counts").innerText()).isEqualTo(n + " article" + (n == 1 ? "" : "s") + " · " + o + " outlet" + (o == 1 ? "" : "s")
                        + " · " + s + " independent source" + (s == 1 ? "" : "s"));
            }

            // The global map: country borders from the bundled Natural Earth data, a marker or cluster per located event.
            page.waitForSelector("#events-map[data-ready=true]");
            assertThat(page.locator("#events td.place").allInnerTexts()).contains("Kupiansk");
            assertThat(page.locator("#events .badge").count()).as("the Kupiansk dispute is badged").isPositive();
            assertThat(page.locator("#events-map path.country").count()).isGreaterThan(100);
            assertThat(page.locator("#events .attribution, figure.map .attribution").first().innerText()).contains("Natural Earth", "GeoNames");
            int marked = 0;
            for (String c : page.locator("#events-map .event-marker").evaluateAll("ms => ms.map(m => m.dataset.count)").toString()
                    .replaceAll("[\\[\\] ]", "").split(",")) marked += Integer.parseInt(c);
            assertThat(marked).as("every located event has a marker or is in a cluster").isEqualTo(located.size());
            assertThat(page.locator("#events-map .country-label").count()).isGreaterThan(100);
            assertThat(overlaps(page, "#events-map .map-label").get(1)).as("country names do not overlap").isZero();
            int clusterPairs = overlaps(page, "#events-map .event-marker").get(1);
            assertThat(overlaps(page, "#events-map .map-label, #events-map .event-marker").get(1) - clusterPairs)
                    .as("country names clear of the markers").isZero();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/webui-events.png")).setFullPage(true));
            page.locator("#events-map").screenshot(new Locator.ScreenshotOptions().setPath(Path.of("target/webui-global-map.png")));
            if (page.locator("#events-map .event-cluster").count() > 0) {
                Locator cluster = page.locator("#events-map .event-cluster").first();
                int inCluster = Integer.parseInt(cluster.getAttribute("data-count"));
                cluster.click();
                page.waitForSelector("#cluster-list li");
                assertThat(page.locator("#cluster-list li").count()).isEqualTo(inCluster);
            }

            // The filter bar writes the hash (shareable) and the API request carries the same parameters.
            page.fill("#filter-bar input[name=from]", "2024-01-01");
            page.fill("#filter-bar input[name=place]", "Kupiansk");
            com.microsoft.playwright.Request request = page.waitForRequest(r -> r.url().contains("/api/events?") && r.url().contains("from=2024-01-01"),
                    () -> page.click("#filter-bar button[type=submit]"));
            assertThat(request.url()).contains("place=Kupiansk", "sort=largest", "limit=25");
            assertThat(page.url()).endsWith("#/events?from=2024-01-01&place=Kupiansk");
            page.waitForSelector("#filter-bar input[name=place][value=Kupiansk]"); // the page drawn again from the hash
            page.click("#export summary");
            assertThat(page.locator("#export a[data-format=geojson]").getAttribute("href"))
                    .isEqualTo("/api/export?format=geojson&from=2024-01-01&place=Kupiansk");
            assertThat(page.locator("#export a.export-link").count()).isEqualTo(3);
            page.click("#sort-newest");
            page.waitForSelector("#sort-newest.active");
            assertThat(page.url()).contains("from=2024-01-01", "place=Kupiansk", "sort=newest");
            page.navigate(running.url("/#/stories?disputed=true&entity=Fitio"));
            page.waitForSelector("#filter-bar input[name=entity][value=Fitio]"); // only a hash change: wait for the page drawn from it
            assertThat(page.inputValue("#filter-bar input[name=entity]")).isEqualTo("Fitio");
            assertThat(page.locator("#filter-bar input[name=disputed]").isChecked()).isTrue();
            page.navigate(running.url("/#/search?q=Kupiansk"));
            page.waitForSelector("#hits .hit");
            page.selectOption("#filter-bar select[name=sort]", "newest");
            request = page.waitForRequest(r -> r.url().contains("/api/search?"), () -> page.click("#filter-bar button[type=submit]"));
            assertThat(request.url()).contains("q=Kupiansk", "sort=newest");

            // Small maps: the country borders under the markers, labels that never overlap.
            String kupiansk = null;
            for (var e : get.apply("/api/events/map").get("items")) if ("Kupiansk".equals(e.get("place").asText(null))) kupiansk = e.get("id").asText();
            page.navigate(running.url("/#/event/" + kupiansk));
            page.waitForSelector("#event-map[data-ready=true]");
            assertThat(page.locator("#event-map path.country").count()).isGreaterThan(100);
            assertThat(overlaps(page, "#event-map .map-label").get(1)).isZero();
            assertThat(page.evaluate("""
                    () => {
                      const m = document.getElementById('event-map').getBoundingClientRect();
                      return [...document.querySelectorAll('#event-map .country-label')].filter(e => getComputedStyle(e).display !== 'none')
                        .map(e => e.getBoundingClientRect()).filter(r => r.left < m.left || r.right > m.right || r.top < m.top || r.bottom > m.bottom).length;
                    }""")).as("country names cut at the map's edge").isEqualTo(0);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/webui-event-page.png")).setFullPage(true));
            page.locator("#event-map").screenshot(new Locator.ScreenshotOptions().setPath(Path.of("target/webui-event-map.png")));
            // Eight villages a few kilometres apart, the worst case: every shown label is clear of the others and of the markers.
            page.evaluate("""
                    () => {
                      const places = ['Kupiansk', 'Kupiansk-Vuzlovyi', 'Petropavlivka', 'Kurylivka', 'Pishchane', 'Synkivka', 'Ivanivka', 'Kyslivka']
                        .map((label, i) => ({ label, latitude: 49.70 + 0.012 * Math.sin(i), longitude: 37.60 + 0.018 * Math.cos(i), weight: 8 - i }));
                      const fig = placeMap('crowded-map', places, 'test');
                      fig.querySelector('.place-map').style.height = '260px';
                      document.getElementById('view').prepend(fig);
                    }""");
            page.waitForSelector("#crowded-map[data-ready=true]");
            List<Integer> labels = overlaps(page, "#crowded-map .map-label");
            assertThat(labels.get(0)).as("some labels shown").isGreaterThanOrEqualTo(2);
            assertThat(labels.get(1)).as("overlapping labels").isZero();
            int markerPairs = overlaps(page, "#crowded-map path.place-marker").get(1);
            assertThat(overlaps(page, "#crowded-map .map-label, #crowded-map path.place-marker").get(1) - markerPairs)
                    .as("labels over markers").isZero();
            page.locator("#crowded-map").screenshot(new Locator.ScreenshotOptions().setPath(Path.of("target/webui-crowded-map.png")));
            assertThat(page.locator("#crowded-map .map-label[title=Kupiansk]").getAttribute("data-hidden")).as("the weightiest label is shown").isEqualTo("false");

            // The story timeline: a time axis with dated ticks, dots and labels that never collide.
            page.navigate(running.url("/#/stories"));
            page.click("#stories a.story-link");
            page.waitForSelector("svg.timeline circle.timeline-event");
            assertThat(page.locator("svg.timeline .axis-tick").count()).isGreaterThanOrEqualTo(2);
            assertThat(page.locator("svg.timeline .axis-label").allTextContents()).allMatch(t -> t.matches("\\d{4}(-\\d{2}(-\\d{2})?)?|undated"));
            assertThat(overlaps(page, "svg.timeline circle.timeline-event, svg.timeline .timeline-label, svg.timeline .axis-label").get(1)).isZero();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/webui-story-page.png")).setFullPage(true));
            page.locator("svg.timeline").screenshot(new Locator.ScreenshotOptions().setPath(Path.of("target/webui-story-timeline.png")));
            page.evaluate("""
                    () => {
                      const evs = [...Array(12).keys()].map(i => ({ id: 'E' + i, title: 'Shelling of village number ' + i, articles: 1 + i,
                        first_day: i < 8 ? '2024-11-14' : '2024-11-1' + (i - 3), last_day: i < 8 ? '2024-11-14' : '2024-11-1' + (i - 3) }));
                      const svg = timeline(evs);
                      svg.id = 'crowded-timeline';
                      document.getElementById('view').prepend(svg);
                    }""");
            List<Integer> dots = overlaps(page, "#crowded-timeline circle.timeline-event, #crowded-timeline .timeline-label, #crowded-timeline .axis-label");
            assertThat(dots.get(0)).as("12 dots, 12 labels and the ticks' dates").isGreaterThan(26);
            assertThat(dots.get(1)).as("overlapping dot/label pairs").isZero();
            page.locator("#crowded-timeline").screenshot(new Locator.ScreenshotOptions().setPath(Path.of("target/webui-crowded-timeline.png")));
            assertThat(page.locator("#crowded-timeline .axis-label").allTextContents()).contains("2024-11-14");
            browser.close();
        }
    }

    @Test
    void aWatchlistsAlertShowsWithTheUnreadCountAndLeadsToItsEvent() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Debian's chromium is not installed (./run-tests installs it as root)");
        try (Running running = new Running(data); Playwright pw = Playwright.create()) {
            List<Path> seeds;
            try (var files = Files.list(Running.seeds())) {
                seeds = files.sorted().toList();
            }
            Path s004 = seeds.stream().filter(p -> p.getFileName().toString().startsWith("004")).findFirst().orElseThrow();
            running.sitrep.ingestion().run(seeds.stream().filter(p -> p != s004).map(Path::toString).toList(), new Ingestion.Listener() {
            });
            ApiIT.annotateAndPlaceEvents(running);
            running.sitrep.watches().add("Kupiansk", "place=Kupiansk", null, null);
            running.sitrep.ingestion().run(List.of(s004.toString()), new Ingestion.Listener() {
            });
            ApiIT.annotateAndPlaceEvents(running);
            running.sitrep.findClaims(new org.sitrep.app.ClaimPass.Listener() {
            });
            List<org.sitrep.alerts.Alert> raised = running.sitrep.watches().raise().raised();
            assertThat(raised).hasSize(1);
            Browser browser = pw.chromium().launch(LAUNCH);
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900));
            page.navigate(running.url("/"));
            page.waitForFunction("() => document.getElementById('unread-count').textContent === '1'");
            page.click("#nav-alerts");
            page.waitForSelector("#alerts li.alert.unread");
            assertThat(page.locator("#alerts li.alert").count()).isEqualTo(1);
            assertThat(page.locator("#alerts li.alert").innerText()).contains("new event (1 article)", "new dispute: Who controls Kupyansk?");
            assertThat(page.locator("#watchlists").innerText()).contains("Kupiansk", "place=Kupiansk", "1 (1 unread)");
            assertThat(page.locator("#watchlists a.atom-link").getAttribute("href")).isEqualTo("/api/watchlists/Kupiansk/atom");
            Files.createDirectories(Path.of("target"));
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/webui-alerts.png")).setFullPage(true));
            page.click("#alerts a.event-link");
            page.waitForURL("**#/event/" + raised.getFirst().eventId());
            // A page whose answer comes after the reader has moved on does not draw over the page they went to.
            page.route("**/api/events/" + raised.getFirst().eventId(), r -> {
                try {
                    Thread.sleep(1500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                r.resume();
            });
            page.navigate(running.url("/#/event/" + raised.getFirst().eventId() + "?slow"));
            page.navigate(running.url("/#/alerts"));
            page.waitForSelector("#mark-read #write-token");
            page.waitForTimeout(2500);
            assertThat(page.locator("#event").count()).as("the slow event page drew nothing").isZero();
            assertThat(page.locator("#mark-read").count()).isEqualTo(1);
            page.unrouteAll();
            // Marked read in the page: the write token is asked for; a wrong one is refused and nothing changes.
            page.fill("#write-token", "not-the-token-" + "x".repeat(32));
            page.click("#mark-read button");
            page.waitForFunction("() => document.getElementById('mark-read-status').textContent.startsWith('Not marked: the server refused the token')");
            assertThat(page.locator("#alerts li.alert.unread").count()).isEqualTo(1);
            assertThat(page.locator("#unread-count").innerText()).isEqualTo("1");
            page.fill("#write-token", running.server.access().token());
            page.click("#mark-read button");
            page.waitForFunction("() => document.getElementById('unread-count').textContent === ''");
            assertThat(page.locator("#alerts li.alert.unread").count()).isZero();
            assertThat(page.locator("#mark-read").count()).as("nothing left to mark").isZero();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/webui-alerts-read.png")).setFullPage(true));
            // The store has it: a fresh page shows no unread alert.
            page.reload();
            page.waitForSelector("#alerts li.alert");
            assertThat(page.locator("#alerts li.alert.unread").count()).isZero();
            assertThat(page.locator("#unread-count").innerText()).isEmpty();
            browser.close();
        }
    }
}
