package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.Ingestion;

/** Issue 17 part 6: the outlets API (as documented) and the outlet page linked from an article, one outlet spelt three ways. */
class OutletPagesIT {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path data;

    static final String BATCH = "["
            + "{\"title\":\"Four assaults repelled near Synkivka\",\"outlet\":\"Kyiv Post\",\"url\":\"https://www.kyivpost.com/post/1\",\"language\":\"en\","
            + "\"published\":\"2023-11-25\",\"text\":\"Ukrainian defenders repelled four assaults near Synkivka on Saturday, the General Staff said.\"},"
            + "{\"title\":\"Generators reach Kupiansk\",\"outlet\":\"kyivpost.com\",\"url\":\"https://kyivpost.com/post/2\",\"language\":\"en\","
            + "\"published\":\"2023-11-26\",\"text\":\"Volunteers delivered twelve generators to Kupiansk on Sunday, officials said.\"},"
            + "{\"title\":\"Evacuation from Kupiansk district\",\"outlet\":\"KyivPost\",\"language\":\"en\","
            + "\"published\":\"2023-11-27\",\"text\":\"The evacuation of children from the Kupiansk district was ordered on Monday.\"},"
            + "{\"title\":\"Shelling in Kherson\",\"outlet\":\"Ukrainska Pravda\",\"url\":\"https://www.pravda.com.ua/eng/news/3\",\"language\":\"en\","
            + "\"published\":\"2023-11-27\",\"text\":\"Russian shelling wounded two people in Kherson on Monday, the regional administration said.\"}]";

    static JsonNode get(Running running, String path, int status) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(running.url(path))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(status);
        return JSON.readTree(r.body());
    }

    @Test
    void outletsApiListsOneOutletPerSiteAndFindsItByAnySpelling() throws Exception {
        try (Running running = new Running(data)) {
            assertThat(running.sitrep.ingestion().submitJson(BATCH, "OutletPagesIT").count(Ingestion.Status.ADDED)).isEqualTo(4);
            OpenApi api = new OpenApi(get(running, "/api/openapi.json", 200));
            JsonNode list = get(running, "/api/outlets", 200);
            api.assertMatches(list, api.responseSchema("/api/outlets", "get", "200"), "outlets");
            assertThat(list.get("total").asInt()).isEqualTo(2);
            JsonNode kp = list.get("items").get(0);
            assertThat(kp.get("key").asText()).isEqualTo("kyivpost.com");
            assertThat(kp.get("name").asText()).isEqualTo("Kyiv Post");
            assertThat(kp.get("articles").asInt()).isEqualTo(3);
            assertThat(list.get("items").get(1).get("country").asText()).isEqualTo("UA");

            JsonNode one = get(running, "/api/outlets/" + URLEncoder.encode("KyivPost", StandardCharsets.UTF_8), 200);
            api.assertMatches(one, api.responseSchema("/api/outlets/{key}", "get", "200"), "outlet");
            assertThat(one.get("key").asText()).isEqualTo("kyivpost.com");
            assertThat(one.get("recent")).hasSize(3);
            assertThat(one.get("home").get("kind").asText()).as("no article annotated, so no home learned").isEqualTo("none");
            assertThat(one.get("recent").get(0).get("title").asText()).isEqualTo("Evacuation from Kupiansk district");
            assertThat(get(running, "/api/articles?outlet=" + URLEncoder.encode("Kyiv Post", StandardCharsets.UTF_8), 200).get("total").asInt()).isEqualTo(3);
            JsonNode missing = get(running, "/api/outlets/nobody.example", 404);
            api.assertMatches(missing, api.responseSchema("/api/outlets/{key}", "get", "404"), "error");
        }
    }

    @Test
    void theArticlePagesOutletLinksToItsOutletPage() throws Exception {
        assumeTrue(Files.isExecutable(WebUiIT.CHROMIUM), "Debian's chromium is not installed (./run-tests installs it as root)");
        try (Running running = new Running(data); Playwright pw = Playwright.create()) {
            running.sitrep.ingestion().submitJson(BATCH, "OutletPagesIT");
            Browser browser = pw.chromium().launch(WebUiIT.LAUNCH);
            Page page = browser.newPage();
            page.navigate(running.url("/"));
            page.waitForSelector("#articles tbody tr");
            page.click("text=Evacuation from Kupiansk district");
            page.waitForSelector("a.outlet-page-link");
            assertThat(page.locator("a.outlet-page-link").innerText()).isEqualTo("KyivPost");
            page.click("a.outlet-page-link");
            page.waitForSelector("#outlet-name");
            assertThat(page.locator("#outlet-name").innerText()).isEqualTo("Kyiv Post");
            assertThat(page.locator("#outlet-facts").innerText()).contains("kyivpost.com");
            assertThat(page.locator("#outlet-spellings").innerText()).contains("Kyiv Post").contains("kyivpost.com").contains("KyivPost");
            assertThat(page.locator("#outlet-articles li").count()).isEqualTo(3);
            Files.createDirectories(Path.of("target"));
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/webui-outlet.png")).setFullPage(true));
            page.click("#outlet-articles a.article-link >> nth=1");
            page.waitForSelector("#clean-text");
            assertThat(page.locator("h1").innerText()).isEqualTo("Generators reach Kupiansk");
            browser.close();
        }
    }
}
