package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.SitrepStore;
import org.sitrep.testkit.SharedData;

/**
 * Kills an ingest of the 56,212 real RSS items with SIGKILL midway, runs it again, and checks that every item is
 * stored exactly once, in SQLite and in the search index. 62 items are the same article listed in two feeds (their
 * URLs differ only in tracking parameters or a fragment, title and teaser are identical): they are one article, so
 * 56,150 are stored.
 */
class KillIngestIT {
    static final int RSS_ITEMS = 56_212;
    static final int DISTINCT_ARTICLES = 56_150;

    @TempDir
    Path data;

    @Test
    void sigkillMidwayThenRerunStoresEveryItemExactlyOnce() throws Exception {
        Path rss = SharedData.require("data/real-news/rss-link-db-ukraine-2022-2023/rss_ukraine_2022_2023.jsonl.gz");
        assertThat(rss).exists();

        Process child = startIngest(rss);
        long seen = 0;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        // Kill once a good part, but not all, is committed: midway, in a batch, at an arbitrary moment.
        while (System.nanoTime() < deadline && child.isAlive()) {
            Thread.sleep(200);
            seen = committedRows();
            if (seen >= 8_000) break;
        }
        assertThat(child.isAlive()).as("ingest finished before it could be killed (%d rows)", seen).isTrue();
        child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no chance to flush
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        long afterKill = committedRows();
        assertThat(afterKill).isBetween(8_000L, (long) DISTINCT_ARTICLES - 1);

        Cli.Result rerun = Cli.run("--data", data.toString(), "ingest", "--no-progress", "--no-nlp", rss.toString());
        assertThat(rerun.exit()).as(rerun.out() + rerun.err()).isEqualTo(ExitCodes.OK);
        assertThat(rerun.out()).contains("Ingested " + RSS_ITEMS + " items", (DISTINCT_ARTICLES - afterKill) + " accepted", "0 rejected");

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("sitrep.db"));
             Statement s = c.createStatement();
             // count(distinct url) skips the one item whose address is not a web URL ("cnn://deeplink?…", kept without one).
             ResultSet r = s.executeQuery("select count(*), count(distinct id), count(distinct coalesce(url, id)) from articles")) {
            r.next();
            assertThat(r.getLong(1)).isEqualTo(DISTINCT_ARTICLES);
            assertThat(r.getLong(2)).isEqualTo(DISTINCT_ARTICLES);
            assertThat(r.getLong(3)).isEqualTo(DISTINCT_ARTICLES);
        }
        try (SitrepStore store = SitrepStore.open(data)) {
            assertThat(store.countArticles()).isEqualTo(DISTINCT_ARTICLES);
            assertThat(store.countIndexed()).isEqualTo(DISTINCT_ARTICLES);
            assertThat(store.search("*:*", 1).total()).isEqualTo(DISTINCT_ARTICLES);
        }
    }

    private Process startIngest(Path rss) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of("--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of("--data", data.toString(), "ingest", "--no-progress", "--no-nlp", rss.toString()));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private long committedRows() {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + data.resolve("sitrep.db") + "?mode=ro");
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(*) from articles")) {
            return r.next() ? r.getLong(1) : 0;
        } catch (Exception notYetThere) {
            return 0;
        }
    }
}
