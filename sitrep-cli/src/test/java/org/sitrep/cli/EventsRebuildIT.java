package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.Sitrep;
import org.sitrep.app.SitrepConfig;
import org.sitrep.store.EventReads;
import org.sitrep.testkit.Repository;

/**
 * {@code sitrep events --rebuild} gives back the events it forgot. A store ingested with {@code --no-nlp} has no
 * annotated article; the rebuild once placed only annotated articles, so it left such a store (the 100k desk store)
 * with no events at all.
 */
class EventsRebuildIT {
    @TempDir
    Path data;

    @Test
    void aRebuildOfAStoreIngestedWithoutNlpPlacesEveryArticleAgainIntoTheSameEvents() {
        Cli.Result in = Cli.run("--data", data.toString(), "ingest", "--no-nlp", "--no-progress", Repository.root().resolve("samples/corpus").toString());
        assertThat(in.exit()).as(in.out() + in.err()).isIn(0, ExitCodes.SOME_REJECTED);
        Map<String, List<String>> before = events();
        assertThat(before).hasSizeGreaterThan(5);

        Cli.Result rebuilt = Cli.run("--data", data.toString(), "events", "--rebuild");

        assertThat(rebuilt.exit()).as(rebuilt.err()).isZero();
        assertThat(rebuilt.out()).doesNotContain("No events yet");
        assertThat(events()).isEqualTo(before);
    }

    /** Each event's id and its articles. */
    private Map<String, List<String>> events() {
        try (Sitrep s = Sitrep.openReadOnly(SitrepConfig.defaults(data))) {
            Map<String, List<String>> out = new TreeMap<>();
            for (EventReads.EventSummary e : s.events(1, 1_000_000, 0).items()) {
                List<String> members = new ArrayList<>(s.store().eventReads().articlesOf(e.id()));
                members.sort(null);
                out.put(e.id(), members);
            }
            return out;
        }
    }
}
