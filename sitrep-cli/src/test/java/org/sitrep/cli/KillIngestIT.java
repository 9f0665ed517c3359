package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.SitrepStore;
import org.sitrep.testkit.SharedData;

/**
 * Kills an ingest of 10,000 real RSS items with SIGKILL midway, runs it again, and checks that every item is stored
 * exactly once, in SQLite and in the search index. The items are a fixed part of the 56,212 of the RSS file (lines
 * 11,001-12,000, which hold the one item whose address is not a web URL, and 36,001-45,000, where most of the
 * articles listed in two feeds lie), written by the test to a temporary file: a crash and a re-run prove the same on
 * them as on the whole file, in a fifth of the time. 47 of them are the same article listed in two feeds (their URLs
 * differ only in tracking parameters or a fragment, title and teaser are identical): they are one article, so 9,953
 * are stored ({@code bench/ingest/rss-distinct.py} counts them independently: 56,150 of the whole file, 9,953 here).
 * The whole file's ingest is measured by the command in BENCHMARKS.md.
 */
class KillIngestIT {
    /** The lines of the RSS file ingested, 0-based, end exclusive ({@code bench/ingest/rss-distinct.py}'s SUBSET). */
    static final int[][] SUBSET = {{11_000, 12_000}, {36_000, 45_000}};
    static final int RSS_ITEMS = 10_000;
    static final int DISTINCT_ARTICLES = 9_953;
    /** Rows committed before the kill: four batches of 500, a fifth of the articles. */
    static final long KILL_AFTER = 2_000;

    @TempDir
    Path data;
    @TempDir
    Path input;

    @Test
    void sigkillMidwayThenRerunStoresEveryItemExactlyOnce() throws Exception {
        Path rss = subset(SharedData.require("data/real-news/rss-link-db-ukraine-2022-2023/rss_ukraine_2022_2023.jsonl.gz"));

        Process child = startIngest(rss);
        long seen = 0;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        // Kill once a good part, but not all, is committed: midway, in a batch, at an arbitrary moment.
        while (System.nanoTime() < deadline && child.isAlive()) {
            Thread.sleep(200);
            seen = committedRows();
            if (seen >= KILL_AFTER) break;
        }
        assertThat(child.isAlive()).as("ingest finished before it could be killed (%d rows)", seen).isTrue();
        child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no chance to flush
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        long afterKill = committedRows();
        assertThat(afterKill).isBetween(KILL_AFTER, (long) DISTINCT_ARTICLES - 1);

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

    /** The lines {@link #SUBSET} names, as they are in the file, written to a file of their own. */
    private Path subset(Path rss) throws IOException {
        List<String> kept = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(rss)), StandardCharsets.UTF_8))) {
            int line = 0;
            for (String s; (s = r.readLine()) != null; line++) {
                for (int[] range : SUBSET) if (line >= range[0] && line < range[1]) kept.add(s);
            }
        }
        assertThat(kept).hasSize(RSS_ITEMS);
        Path file = input.resolve("rss-subset.jsonl");
        Files.write(file, kept, StandardCharsets.UTF_8);
        return file;
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
