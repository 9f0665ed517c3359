package org.sitrep.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.Article;
import org.sitrep.model.Rejection;

/**
 * CONTRACT — being implemented on branch `store`. The embedded store in a data directory: SQLite (articles,
 * outlets, ingest log, quarantine) as the source of truth and a Lucene index (BM25 over title and text) derived
 * from it. One writer per data directory; readers may be concurrent.
 */
public final class SitrepStore implements AutoCloseable {

    /** Opens (creating if needed) the store in {@code dataDir}; brings the Lucene index up to date with SQLite. */
    public static SitrepStore open(Path dataDir) {
        throw new UnsupportedOperationException("contract");
    }

    /** Adds the article unless one with its id is stored. Durable after {@link #commit()}. */
    public PutOutcome put(Article article) {
        throw new UnsupportedOperationException("contract");
    }

    /** Makes every put since the last commit durable, in SQLite and in the index. */
    public void commit() {
        throw new UnsupportedOperationException("contract");
    }

    /** Records a rejected input with its reason and a sample of its bytes (may be null); durable at once. */
    public void quarantine(Rejection rejection, byte[] sample) {
        throw new UnsupportedOperationException("contract");
    }

    /** The article with this id, or with this unique id prefix (at least 4 characters). */
    public Optional<Article> article(String idOrPrefix) {
        throw new UnsupportedOperationException("contract");
    }

    public List<Article> articles(ArticleQuery query) {
        throw new UnsupportedOperationException("contract");
    }

    public long countArticles() {
        throw new UnsupportedOperationException("contract");
    }

    /** BM25 search over title and text; Lucene query syntax, with a plain-text fallback when it does not parse. */
    public SearchResult search(String query, int limit) {
        throw new UnsupportedOperationException("contract");
    }

    public List<QuarantineEntry> quarantined(int limit) {
        throw new UnsupportedOperationException("contract");
    }

    /** Starts an entry in the ingest log and returns its id. */
    public long startRun(List<String> inputs, Instant startedAt) {
        throw new UnsupportedOperationException("contract");
    }

    public void finishRun(long runId, RunSummary summary, Instant finishedAt) {
        throw new UnsupportedOperationException("contract");
    }

    public Path dataDir() {
        throw new UnsupportedOperationException("contract");
    }

    @Override
    public void close() {
        throw new UnsupportedOperationException("contract");
    }

    public enum PutOutcome { ADDED, KNOWN }

    /**
     * @param limit    at most this many, newest publication first
     * @param offset   skip this many
     * @param outlet   only this outlet, or null
     * @param language only this language, or null
     */
    public record ArticleQuery(int limit, int offset, String outlet, String language) {
        public static ArticleQuery first(int limit) {
            return new ArticleQuery(limit, 0, null, null);
        }
    }

    public record SearchHit(Article article, float score, String snippet) {
    }

    public record SearchResult(long total, List<SearchHit> hits) {
    }

    public record QuarantineEntry(long id, String input, String reason, String message, Instant at, byte[] sample) {
    }

    public record RunSummary(long accepted, long known, long rejected) {
    }
}
