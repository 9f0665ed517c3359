package org.sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.copies.Lookalike;
import org.sitrep.model.Article;
import org.sitrep.store.Provenance;
import org.sitrep.store.SitrepStore;

/**
 * Issue 14 end to end, on texts we wrote in the shape of the real ones: three outlets' daily shelling bulletins from
 * one template (other communities, regions and counts) are other reports, not copies, and other events, while the
 * same bulletin republished is a copy; two paywall pages are stored, flagged, neither copies of each other nor in
 * an event; a copy republished three months later is a copy that stays out of its original's event.
 */
class TemplatedReportsIT {
    @TempDir
    Path data;
    @TempDir
    Path inputs;

    static final String BULLETIN = "Russian forces shelled the %s community of the %s region %d times over the past day, the regional military "
            + "administration said on Telegram. The attacks used mortars, artillery and drones, it said. No casualties were reported, and damage "
            + "to homes and power lines is being assessed.";

    static String item(String url, String title, String text, String published) {
        return "{\"url\": \"%s\", \"title\": \"%s\", \"published\": \"%s\", \"text\": \"%s\"}".formatted(url, title, published,
                text.replace("\n", "\\n"));
    }

    @Test
    void bulletinsOfOneTemplateArePaywallsAreNothingAndLateCopiesStayApart() throws IOException {
        String dam = "The Kakhovka dam on the Dnipro was breached early on Tuesday, flooding villages downstream and parts of Kherson, "
                + "regional officials said. Thousands of residents were being evacuated by bus and boat as the water kept rising.";
        Path f = inputs.resolve("bulletins.jsonl");
        Files.write(f, List.of(
                item("https://eastwire.example/b/sumy", "Shelling in the Sumy region", BULLETIN.formatted("Bilopillia", "Sumy", 7), "2024-03-02T08:00:00Z"),
                item("https://danube.example/b/balakliia", "Shelling in the Kharkiv region", BULLETIN.formatted("Balakliia", "Kharkiv", 1), "2024-03-02T09:00:00Z"),
                item("https://nordwest.example/b/nikopol", "Shelling in the Dnipropetrovsk region", BULLETIN.formatted("Marhanets", "Dnipropetrovsk", 12), "2024-03-02T09:30:00Z"),
                item("https://danube.example/b/sumy", "Shelling in the Sumy region", BULLETIN.formatted("Bilopillia", "Sumy", 7), "2024-03-02T10:00:00Z"),
                item("https://paper.example/a/1", "Explosions in Odesa", "Subscribe to continue reading.\nAlready a subscriber? Log in.", "2024-03-02T11:00:00Z"),
                item("https://paper.example/a/2", "Drone debris falls in Izmail", "Subscribe to continue reading.\nAlready a subscriber? Log in.", "2024-03-03T11:00:00Z"),
                item("https://southnews.example/dam", "Kakhovka dam breached, Kherson flooding", dam, "2023-06-06T07:00:00Z"),
                item("https://archive.example/dam-anniversary", "Kakhovka dam breached, Kherson flooding", dam, "2023-09-06T07:00:00Z")));
        try (Sitrep s = Understanding.open(data)) {
            Understanding.ingest(s, f);
            s.placeEvents(false, new EventPass.Listener() {
            });
            Map<String, Article> byUrl = new HashMap<>();
            for (Article a : s.store().articles(new SitrepStore.ArticleQuery(50, 0, null, null))) byUrl.put(a.url(), a);
            String sumy = byUrl.get("https://eastwire.example/b/sumy").id();
            String balakliia = byUrl.get("https://danube.example/b/balakliia").id();
            String marhanets = byUrl.get("https://nordwest.example/b/nikopol").id();
            String sumyAgain = byUrl.get("https://danube.example/b/sumy").id();

            // The republished bulletin is a copy; the other bulletins are look-alikes with what differs.
            Provenance p = s.provenance(sumy);
            assertThat(p.copiedBy()).extracting(r -> r.copyId()).containsExactly(sumyAgain);
            assertThat(p.copyOf()).isEmpty();
            Lookalike toBalakliia = p.lookalikes().stream().filter(l -> l.other(sumy).equals(balakliia)).findFirst().orElseThrow();
            assertThat(toBalakliia.differsFrom(sumy)).extracting(Object::toString).contains("Bilopillia ≠ Balakliia", "Sumy ≠ Kharkiv", "7 ≠ 1");
            assertThat(toBalakliia.otherIncident()).isTrue();
            assertThat(s.sourceCounts(List.of(sumy, balakliia, marhanets, sumyAgain)).independentSources()).isEqualTo(3);

            // Three bulletins, three events; the copy with its original.
            String evSumy = s.eventOf(sumy).orElseThrow().getKey();
            assertThat(s.eventOf(sumyAgain).orElseThrow().getKey()).isEqualTo(evSumy);
            assertThat(s.eventOf(balakliia).orElseThrow().getKey()).isNotEqualTo(evSumy);
            assertThat(s.eventOf(marhanets).orElseThrow().getKey()).isNotIn(evSumy, s.eventOf(balakliia).orElseThrow().getKey());

            // Paywall pages: flagged with a problem, no copy of each other, in no event.
            Article pay1 = byUrl.get("https://paper.example/a/1");
            Article pay2 = byUrl.get("https://paper.example/a/2");
            assertThat(pay1.noArticle()).isEqualTo("paywall");
            assertThat(pay1.problems().items()).extracting(x -> x.code()).contains("no-article-text");
            assertThat(s.provenance(pay1.id()).copiedBy()).isEmpty();
            assertThat(s.provenance(pay2.id()).copyOf()).isEmpty();
            assertThat(s.eventOf(pay1.id())).isEmpty();
            assertThat(s.eventOf(pay2.id())).isEmpty();

            // The dam report republished three months later: a copy (one source), not in the original's event.
            String dam1 = byUrl.get("https://southnews.example/dam").id();
            String dam2 = byUrl.get("https://archive.example/dam-anniversary").id();
            assertThat(s.provenance(dam2).copyOf()).extracting(r -> r.originalId()).containsExactly(dam1);
            assertThat(s.sourceCounts(List.of(dam1, dam2)).independentSources()).isEqualTo(1);
            assertThat(s.eventOf(dam2).orElseThrow().getKey()).isNotEqualTo(s.eventOf(dam1).orElseThrow().getKey());
        }
    }
}
