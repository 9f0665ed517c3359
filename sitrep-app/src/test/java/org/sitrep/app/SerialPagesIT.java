package org.sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.SitrepStore;

/**
 * An outlet's numbered live pages, one per day, each ingested in a run of its own (as a daily `sitrep ingest` does):
 * from the second day on they are serial pages that stand alone, although the clusterer's memory of headlines is
 * rebuilt from the store at each run.
 */
class SerialPagesIT {
    @TempDir
    Path data;
    @TempDir
    Path inputs;

    @Test
    void numberedLivePagesAreRecognisedAcrossRuns() throws IOException {
        List<String> reasons = new ArrayList<>();
        for (int day = 0; day < 3; day++) {
            Path f = inputs.resolve("page" + day + ".json");
            Files.writeString(f, """
                    {"outlet": "Daily Front", "title": "War in Ukraine. Day %d of the invasion. Live coverage",
                     "published": "2023-03-%02dT08:00:00Z",
                     "text": "The latest news on the war: fighting near Bakhmut and Kupiansk, shelling of Kherson and Zaporizhzhia. Item %d. Follow our live coverage through the day."}
                    """.formatted(300 + day, 10 + day, day));
            try (Sitrep s = Understanding.open(data)) {
                Understanding.ingest(s, f);
                s.placeEvents(false, new EventPass.Listener() {
                });
                String id = s.store().articles(new SitrepStore.ArticleQuery(10, 0, null, null)).stream()
                        .filter(a -> a.title() != null && a.title().contains("Day " + (300 + reasons.size()) + " ")).findFirst().orElseThrow().id();
                String event = s.store().eventReads().ofArticle(id).orElseThrow().getKey();
                reasons.add(s.store().eventReads().event(event).orElseThrow().articles().stream()
                        .filter(m -> m.id().equals(id)).findFirst().orElseThrow().reason());
            }
        }
        assertThat(reasons).containsExactly("new", "serial", "serial");
    }
}
