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
import org.sitrep.model.Article;
import org.sitrep.store.EventReads;
import org.sitrep.store.SitrepStore;
import org.sitrep.testkit.Repository;
import org.sitrep.testkit.SharedData;
import org.sitrep.testkit.TestPostgres;

/**
 * Issue 18: {@code sitrep --db postgresql://... ingest} stores what the same ingest stores in SQLite: the seeds and the
 * sample corpus, without NLP (events placed with capitalised words), give the same article ids, copy relations, event
 * ids and members in both. Prints both ingest times (same run) for BENCHMARKS.md.
 */
class PostgresIngestIT {
    @TempDir
    Path sqlite;
    @TempDir
    Path pg;
    @TempDir
    Path warmUp;

    @Test
    void theSeedsAndTheSampleCorpusGiveTheSameArticlesCopiesAndEventsInPostgresAsInSqlite() {
        String db = TestPostgres.freshDatabase();
        String seeds = SharedData.require("seeds").toString();
        String corpus = Repository.root().resolve("samples/corpus").toString();

        // The first ingest of a JVM loads the embedding model and warms the code: not part of either figure.
        Cli.run("--data", warmUp.toString(), "ingest", "--no-nlp", "--no-progress", seeds, corpus);
        long t0 = System.nanoTime();
        Cli.Result a = Cli.run("--data", sqlite.toString(), "ingest", "--no-nlp", "--no-progress", seeds, corpus);
        long t1 = System.nanoTime();
        Cli.Result b = Cli.run("--data", pg.toString(), "--db", db, "ingest", "--no-nlp", "--no-progress", seeds, corpus);
        long t2 = System.nanoTime();
        assertThat(a.exit()).as(a.out() + a.err()).isIn(0, ExitCodes.SOME_REJECTED);
        assertThat(b.exit()).as(b.out() + b.err()).isEqualTo(a.exit());
        System.out.printf("PostgresIngestIT: ingest --no-nlp of the seeds + samples/corpus: SQLite %.2f s, PostgreSQL %.2f s (%.2fx)%n",
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, (double) (t2 - t1) / (t1 - t0));

        Snapshot onSqlite = snapshot(SitrepConfig.defaults(sqlite));
        Snapshot onPg = snapshot(SitrepConfig.defaults(pg).withDb(db));
        assertThat(onSqlite.articles()).hasSizeGreaterThan(40);
        assertThat(onSqlite.events()).isNotEmpty();
        assertThat(onSqlite.copies()).isNotEmpty();
        assertThat(onPg.articles()).isEqualTo(onSqlite.articles());
        assertThat(onPg.copies()).isEqualTo(onSqlite.copies());
        assertThat(onPg.events()).isEqualTo(onSqlite.events());

        // A read command on PostgreSQL, as a user runs it.
        Cli.Result search = Cli.run("--data", pg.toString(), "--db", db, "search", "Kupiansk");
        assertThat(search.exit()).as(search.err()).isZero();
        assertThat(search.out()).containsIgnoringCase("kupiansk");
    }

    record Snapshot(List<String> articles, Map<String, String> copies, Map<String, List<String>> events) {
    }

    private static Snapshot snapshot(SitrepConfig config) {
        try (Sitrep s = Sitrep.openReadOnly(config)) {
            List<String> ids = new ArrayList<>();
            for (Article a : s.articleSummaries(SitrepStore.ArticleQuery.first(1_000_000))) ids.add(a.id());
            ids.sort(null);
            Map<String, String> copies = new TreeMap<>();
            for (String id : ids) {
                var p = s.provenance(id);
                if (!p.copyOf().isEmpty()) copies.put(id, p.copyOf().toString());
            }
            Map<String, List<String>> events = new TreeMap<>();
            for (EventReads.EventSummary e : s.events(1, 1_000_000, 0).items()) {
                List<String> members = new ArrayList<>(s.store().eventReads().articlesOf(e.id()));
                members.sort(null);
                events.put(e.id(), members);
            }
            return new Snapshot(List.copyOf(ids), copies, events);
        }
    }
}
