package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.Ingestion;

/** The web UI in Debian's Chromium: list, search, article view with the removed boilerplate struck through. */
class WebUiIT {
    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

    @TempDir
    Path data;

    @Test
    void listSearchAndArticleWithStruckThroughBoilerplate() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Debian's chromium is not installed (./run-tests installs it as root)");
        try (Running running = new Running(data); Playwright pw = Playwright.create()) {
            running.sitrep.ingestion().run(List.of(Running.seeds().toString()), new Ingestion.Listener() {
            });
            Browser browser = pw.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync")));
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
            page.click("text=The Ukrainian military claims");
            page.waitForSelector("#clean-text");
            assertThat(page.locator("#clean-text").innerText()).contains("full control over the city of Kupyansk").doesNotContain("Bonus video");
            page.click("#tab-source");
            page.waitForSelector("#source-text del.removed");
            assertThat(page.locator("#source-text del.removed[data-rule=bonus-video]").innerText()).contains("Bonus video");
            assertThat(page.locator("#source-text del.removed[data-rule=disclaimer]").count()).isEqualTo(1);
            Files.createDirectories(Path.of("target"));
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/webui-article.png")).setFullPage(true));
            browser.close();
        }
    }
}
