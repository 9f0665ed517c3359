package org.sitrep.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.sitrep.copies.CopyCandidates;
import org.sitrep.copies.CopyStore;
import org.sitrep.copies.Fingerprint;
import org.sitrep.copies.Fingerprinted;
import org.sitrep.copies.StoredArticle;
import org.sitrep.model.Article;
import org.sitrep.model.Published;
import org.sitrep.model.Rejection;

/**
 * The embedded store in a data directory: SQLite ({@code sitrep.db}: articles, outlets, ingest log, quarantine) is
 * the source of truth, and a Lucene index ({@code index/}, BM25 over title and text) is derived from it.
 *
 * <p>Crash safety: puts go into an open SQLite transaction; {@link #commit()} commits SQLite, then indexes the
 * batch in Lucene (keyed by id, so a replay never duplicates) and commits Lucene with the highest indexed
 * {@code seq}. {@link #open} indexes any rows past that seq, so a kill between the two commits, or a deleted index,
 * heals on the next open. SQLite runs in WAL mode with synchronous=NORMAL: a committed transaction survives a
 * process crash (kill -9); only a power loss may lose the last commits, which a re-ingest restores.
 *
 * <p>Copies: the store does not look for them; it files what the library computed. Each article's fingerprint
 * (sketch, candidate keys, vector) goes into the index at {@link #commit()}; the committed articles wait for
 * {@link #takeCommitted()}, and the copy-detection pass ({@code org.sitrep.copies.CopyDetection}) asks
 * {@link #copyCandidates()} for candidates and saves relations and its progress mark through {@link #copyStore()}.
 * What was committed but not compared (a crash between the two) is read back from the mark on the next catch-up.
 *
 * <p>Thread-safety: every public method is synchronized; one process should open a data directory at a time.
 *
 * <p>Opened read-only ({@link #openReadOnly}) beside a writer, for reads that must not wait for it (the server's
 * requests, the CLI's read verbs while {@code serve} runs): its own connection and lock, every write refused.
 *
 * <p>About 770 lines, past the ~500 we aim for, on purpose: it is the one writer of articles and outlets, and its
 * transaction protocol (put, commit, re-index from the mark on open, quarantine, the run log) reads best in one place,
 * since crash safety depends on the order of those steps. How it is opened lives in {@link StoreOpening} (writer,
 * read-only, follower) and {@link StoreSchema} (connections, migrations, versions); everything else beside it: reading
 * articles back ({@link ArticleRows}), copy relations ({@link CopyIndex}), the search index ({@link SearchIndex}),
 * annotations and entities ({@link EntityIndex}, {@link EntityReads}), events and stories ({@link EventIndex}), outlets
 * ({@link OutletIndex}).
 */
public final class SitrepStore implements AutoCloseable {
    static final int SCHEMA_VERSION = 14;
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Path dataDir;
    /** Opened by {@link #openReadOnly}: its own connection, no write lock, every write refused. */
    private final boolean readOnly;
    private final InstantSource clock;
    private final Connection db;
    /** Opened by {@link #openFollower}: reads a database another process writes, and keeps a search index of its own. */
    boolean follower;
    private final SearchIndex index;
    private final CopyIndex copies;
    /** Rebuilds a stored article's fingerprint, for re-indexing; null when the opener gave none. */
    private final Function<StoredArticle, Fingerprint> fingerprints;
    private final PreparedStatement insert;
    private final PreparedStatement lastRowId;
    private final PreparedStatement countOutlet;
    private final Map<String, Long> outletIds = new HashMap<>();
    private final PreparedStatement insertVector;
    /** Put, not yet committed. */
    private final List<Fingerprinted> pending = new ArrayList<>();
    /** Committed and searchable, not yet taken for copy detection. */
    private final List<Fingerprinted> committed = new ArrayList<>();

    private SitrepStore(Path dataDir, Connection db, SearchIndex index, Function<StoredArticle, Fingerprint> fingerprints,
                        InstantSource clock, boolean readOnly) throws SQLException {
        this.dataDir = dataDir;
        this.readOnly = readOnly;
        this.clock = clock;
        this.db = db;
        this.index = index;
        this.fingerprints = fingerprints;
        this.copies = new CopyIndex(this, db);
        this.insert = db.prepareStatement("INSERT OR IGNORE INTO articles (id, outlet_id, url, title, published, published_precision, "
                + "published_evidence, published_epoch, fetched, language, language_confidence, source_text, text, removed_json, "
                + "problems_json, fields_json, origin_input, origin_record, origin_format, ingested_at) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        this.lastRowId = db.prepareStatement("SELECT last_insert_rowid()");
        this.countOutlet = db.prepareStatement("UPDATE outlets SET article_count = article_count + 1 WHERE id = ?");
        this.insertVector = db.prepareStatement("INSERT OR REPLACE INTO vectors (id, model, vec) VALUES (?,?,?)");
    }

    /** For {@link StoreOpening}: a store over an opened connection and index. */
    static SitrepStore create(Path dataDir, Connection db, SearchIndex index, Function<StoredArticle, Fingerprint> fingerprints,
                              InstantSource clock, boolean readOnly) throws SQLException {
        return new SitrepStore(dataDir, db, index, fingerprints, clock, readOnly);
    }

    /**
     * Opens (creating if needed) the store in {@code dataDir} without the library's fingerprints: for reading, and for
     * tests. When the search index lags SQLite (after a crash, or a deleted index) it cannot be rebuilt without them,
     * and this throws; open through {@code Sitrep}, or with {@link #open(Path, Function, InstantSource)}.
     */
    public static SitrepStore open(Path dataDir) {
        return open(dataDir, null, InstantSource.system());
    }

    /**
     * Opens (creating if needed) the store in {@code dataDir}; brings the Lucene index up to date with SQLite, with the
     * fingerprints (candidate keys and sketch) of the articles to re-index rebuilt by {@code fingerprints} from their
     * stored parts. Copies are not compared here: a store opened after a crash holds articles committed but not
     * compared, which the copy-detection pass's catch-up finds from the mark. {@code clock} stamps when articles were
     * stored, rejected and when runs finished.
     */
    public static SitrepStore open(Path dataDir, Function<StoredArticle, Fingerprint> fingerprints, InstantSource clock) {
        return open(dataDir, null, fingerprints, clock);
    }

    /**
     * As {@link #open(Path, Function, InstantSource)}, on the database {@code dbUrl} names: null for SQLite in
     * {@code dataDir}, or {@code postgresql://user:password@host:port/database} (issue 18), whose schema Flyway brings up
     * to date. With PostgreSQL the data directory holds only the search index, derived from the database and caught up
     * from it here, so a data directory on another machine (a {@code serve --db} elsewhere) rebuilds it; one writing
     * store at a time per database (an advisory lock).
     */
    public static SitrepStore open(Path dataDir, String dbUrl, Function<StoredArticle, Fingerprint> fingerprints, InstantSource clock) {
        return StoreOpening.writer(dataDir, dbUrl, fingerprints, clock);
    }

    /**
     * Opens an existing data directory for reading only, beside the process that writes it (a running {@code serve},
     * an ingest): its own SQLite connection in read-only mode, which in WAL mode neither waits for the writer nor makes
     * it wait, each statement seeing the last committed state; and the search index's last commit, without its write
     * lock. Nothing is migrated or re-indexed: a directory written by another version of Sitrep is refused, and a
     * search index lagging SQLite (after a crash) answers from what it holds until the writer heals it. Every write
     * throws {@link StoreException}.
     */
    public static SitrepStore openReadOnly(Path dataDir) {
        return openReadOnly(dataDir, null);
    }

    /**
     * As {@link #openReadOnly(Path)}, on the database {@code dbUrl} names (null: SQLite in {@code dataDir}). On PostgreSQL
     * the connection is read-only and sees each committed state; the search index is the data directory's last commit.
     */
    public static SitrepStore openReadOnly(Path dataDir, String dbUrl) {
        return StoreOpening.readOnly(dataDir, dbUrl);
    }

    /**
     * Opens a PostgreSQL database for reading only, beside the process that writes it (a Flink job's sink, an ingest on
     * another machine), with a search index of its own in {@code dataDir}: derived from the database, caught up at open
     * and by {@link #followIndex()}, so that a read-only server on any machine searches what the writer stored. No
     * writer lock is taken and every write to the database throws {@link StoreException}; the index's directory is
     * this process's (Lucene's lock), so give each follower its own.
     */
    public static SitrepStore openFollower(Path dataDir, String dbUrl, Function<StoredArticle, Fingerprint> fingerprints) {
        return StoreOpening.follower(dataDir, dbUrl, fingerprints);
    }

    /**
     * For a store opened by {@link #openFollower}: indexes what the database has gained since the last call (the
     * writer's newer articles), so that searches find them; returns how many. Anything else: 0.
     */
    public synchronized long followIndex() {
        if (!follower) return 0;
        try {
            return catchUpIndex();
        } catch (SQLException | IOException e) {
            throw new StoreException("follow the database's new articles into the search index", e);
        }
    }

    /** As {@link #readable(Path)}, on the database {@code dbUrl} names (null: SQLite in {@code dataDir}). */
    public static boolean readable(Path dataDir, String dbUrl) {
        return StoreSchema.readable(dataDir, dbUrl);
    }

    /**
     * Whether {@code dataDir} holds a store this version reads as it is (it exists and needs no migration), so that
     * {@link #openReadOnly} can open it.
     */
    public static boolean readable(Path dataDir) {
        return StoreSchema.readable(dataDir);
    }

    /** Whether this store was opened by {@link #openReadOnly} (every write refused). */
    public boolean readOnly() {
        return readOnly;
    }

    /** Refuses a write on a store opened for reading only, saying what was refused (for the indexes beside it). */
    void requireWritableFor(String what) {
        requireWritable(what);
    }

    private void requireWritable(String what) {
        if (readOnly) throw new StoreException("cannot " + what + ": the store in " + dataDir + " was opened for reading only");
    }

    /**
     * Indexes rows committed to the database but not yet to Lucene (after a crash between the two, or a lost index; a
     * follower's: what the writer stored since); returns how many.
     */
    long catchUpIndex() throws SQLException, IOException {
        long indexed = index.indexedSeq();
        long max = 0;
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT coalesce(max(seq), 0) FROM articles")) {
            if (r.next()) max = r.getLong(1);
        }
        if (max <= indexed) return 0;
        if (fingerprints == null) {
            throw new SQLException("the search index lags the database (seq " + indexed + " of " + max
                    + "); rebuilding it needs the library's fingerprints: open the data directory through Sitrep");
        }
        long n = 0;
        try (PreparedStatement ps = db.prepareStatement("SELECT " + ArticleRows.COLUMNS + ", v.model, v.vec FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id "
                + "LEFT JOIN vectors v ON v.id = a.id WHERE a.seq > ? ORDER BY a.seq")) {
            ps.setLong(1, indexed);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    StoredArticle a = ArticleRows.stored(r);
                    index.put(a.article(), a.seq(), fingerprints.apply(a));
                    n++;
                }
            }
        }
        index.commit(max);
        if (!db.getAutoCommit()) db.commit();
        if (!follower) System.getLogger("sitrep.store").log(System.Logger.Level.INFO, "re-indexed {0} articles missing from the search index", n);
        return n;
    }

    /**
     * Adds the article and its fingerprint unless one with its id is stored. Durable and searchable after
     * {@link #commit()}, and then handed to copy detection by {@link #takeCommitted()}; an article put without a
     * fingerprint (null) has no copy-candidate keys in the index and is never compared from its own side.
     */
    public synchronized PutOutcome put(Article a, Fingerprint f) {
        if (a.id() == null || a.sourceText() == null || a.text() == null) {
            throw new IllegalArgumentException("only articles out of a complete pipeline can be stored (id, source text and text set)");
        }
        requireWritable("store article " + a.id());
        try {
            insert.setString(1, a.id());
            if (a.outlet() == null) insert.setNull(2, java.sql.Types.INTEGER);
            else insert.setLong(2, outletId(a.outlet()));
            insert.setString(3, a.url());
            insert.setString(4, a.title());
            Published p = a.published();
            insert.setString(5, p == null ? null : p.iso());
            insert.setString(6, p == null ? null : p.precision().name());
            insert.setString(7, p == null ? null : p.evidence().name());
            if (p == null) insert.setNull(8, java.sql.Types.INTEGER);
            else insert.setLong(8, p.instant().getEpochSecond());
            insert.setString(9, a.fetched().toString());
            insert.setString(10, a.language());
            insert.setDouble(11, a.languageConfidence());
            insert.setString(12, a.sourceText());
            insert.setString(13, a.text());
            insert.setString(14, json(a.removed()));
            insert.setString(15, json(a.problems()));
            insert.setString(16, json(a.fields()));
            insert.setString(17, a.origin().input());
            insert.setString(18, a.origin().record());
            insert.setString(19, a.origin().format().name());
            insert.setString(20, clock.instant().toString());
            if (insert.executeUpdate() == 0) return PutOutcome.KNOWN;
            long seq;
            try (ResultSet r = lastRowId.executeQuery()) {
                r.next();
                seq = r.getLong(1);
            }
            if (a.outlet() != null) {
                countOutlet.setLong(1, outletId(a.outlet()));
                countOutlet.executeUpdate();
            }
            if (f != null && f.hasVector()) {
                insertVector.setString(1, a.id());
                insertVector.setString(2, f.model());
                insertVector.setBytes(3, Vectors.toBytes(f.vector()));
                insertVector.executeUpdate();
            }
            pending.add(new Fingerprinted(a, seq, f));
            return PutOutcome.ADDED;
        } catch (SQLException e) {
            throw new StoreException("store article " + a.id(), e);
        }
    }

    private long outletId(String name) throws SQLException {
        Long id = outletIds.get(name);
        if (id != null) return id;
        try (PreparedStatement ps = db.prepareStatement("INSERT OR IGNORE INTO outlets (name, first_seen) VALUES (?, ?)")) {
            ps.setString(1, name);
            ps.setString(2, clock.instant().toString());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = db.prepareStatement("SELECT id FROM outlets WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                id = r.getLong(1);
            }
        }
        outletIds.put(name, id);
        return id;
    }

    /**
     * Makes every put since the last commit durable, in SQLite and then in the index, and keeps the articles for
     * {@link #takeCommitted()}.
     */
    public synchronized void commit() {
        if (readOnly) return; // nothing can be pending: put refuses
        try {
            db.commit();
            if (!pending.isEmpty()) {
                for (Fingerprinted p : pending) index.put(p.article(), p.seq(), p.fingerprint());
                index.commit(pending.get(pending.size() - 1).seq());
                committed.addAll(pending);
                pending.clear();
            }
        } catch (SQLException | IOException e) {
            // Outlet ids cached in this transaction may be gone after a failed commit.
            outletIds.clear();
            throw new StoreException("commit", e);
        }
    }

    /**
     * The articles committed (durable and searchable) since the last call, in seq order, for copy detection to compare
     * before anything later is committed. Whoever commits takes them; what nobody takes is compared from the mark by
     * the next catch-up.
     */
    public synchronized List<Fingerprinted> takeCommitted() {
        List<Fingerprinted> out = List.copyOf(committed);
        committed.clear();
        return out;
    }

    /** The search index's candidate queries, for copy detection; safe to use from several threads, without this lock. */
    public CopyCandidates copyCandidates() {
        return index;
    }

    /** Loads, relations and the progress mark for copy detection, each call under this store's lock. */
    public CopyStore copyStore() {
        return copies;
    }


    /** Records a rejected input with its reason and a sample of its bytes (may be null); durable at once. */
    public synchronized void quarantine(Rejection r, byte[] sample) {
        try (PreparedStatement ps = db.prepareStatement("INSERT OR REPLACE INTO quarantine (input, reason, message, at, sample) VALUES (?,?,?,?,?)")) {
            ps.setString(1, r.input());
            ps.setString(2, r.reason());
            ps.setString(3, r.message());
            ps.setString(4, clock.instant().toString());
            ps.setBytes(5, sample);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("quarantine " + r.input(), e);
        }
        commit();
    }

    /** The article with this id, or with this unique id prefix (at least 4 characters). */
    public synchronized Optional<Article> article(String idOrPrefix) {
        String key = idOrPrefix.strip().toLowerCase(java.util.Locale.ROOT);
        try {
            List<Article> exact = ArticleRows.query(db, "WHERE a.id = ?", List.of(key), 1);
            if (!exact.isEmpty()) return Optional.of(exact.get(0));
            if (key.length() < 4 || !key.matches("[0-9a-f]+")) return Optional.empty();
            List<Article> found = ArticleRows.query(db, "WHERE a.id LIKE ? ORDER BY a.id", List.of(key + "%"), 6);
            if (found.size() > 1) {
                List<String> ids = found.stream().map(Article::id).toList();
                throw new IllegalArgumentException("the id prefix '" + idOrPrefix + "' is ambiguous: " + String.join(", ", ids)
                        + (found.size() > 5 ? ", …" : ""));
            }
            return found.stream().findFirst();
        } catch (SQLException e) {
            throw new StoreException("read article " + idOrPrefix, e);
        }
    }

    public List<Article> articles(ArticleQuery q) {
        return articles(q, ArticleRows.COLUMNS);
    }

    /**
     * As {@link #articles(ArticleQuery)}, each without its source text and removed spans (empty): for pages of
     * summaries, which need neither, at a fraction of the cost for pages from HTML.
     */
    public List<Article> articleSummaries(ArticleQuery q) {
        return articles(q, ArticleRows.SUMMARY_COLUMNS);
    }

    private synchronized List<Article> articles(ArticleQuery q, String columns) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = filters(q, args);
        // SQLite sorts NULL lowest, so DESC puts undated articles last, and the scan can walk the index
        // (published_epoch, rowid = seq) backwards instead of sorting the table.
        where.append(" ORDER BY a.published_epoch DESC, a.seq DESC LIMIT ? OFFSET ?");
        args.add(q.limit());
        args.add(q.offset());
        try {
            return ArticleRows.query(db, columns, where.toString(), args, Integer.MAX_VALUE);
        } catch (SQLException e) {
            throw new StoreException("list articles", e);
        }
    }

    /** How many articles match the query's filters (its limit and offset are ignored). */
    public synchronized long countArticles(ArticleQuery q) {
        List<Object> args = new ArrayList<>();
        String sql = "SELECT count(*) FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id " + filters(q, args);
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreException("count articles", e);
        }
    }

    private static StringBuilder filters(ArticleQuery q, List<Object> args) {
        StringBuilder where = new StringBuilder("WHERE 1=1");
        if (q.outlet() != null) {
            where.append(" AND a.outlet_key = ?");
            args.add(q.outlet());
        }
        if (q.language() != null) {
            where.append(" AND a.language = ?");
            args.add(q.language());
        }
        return where;
    }

    public synchronized long countArticles() {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM articles")) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new StoreException("count articles", e);
        }
    }

    /** Articles in the search index (equal to {@link #countArticles()} once committed). */
    public synchronized long countIndexed() {
        try {
            return index.count();
        } catch (IOException e) {
            throw new StoreException("count the index", e);
        }
    }

    /** BM25 search over title and text; Lucene query syntax, with a plain-text fallback when it does not parse. */
    public SearchResult search(String query, int limit) {
        return search(query, limit, 0);
    }

    /** As {@link #search(String, int)}, the hits after the first {@code offset} (paging). */
    public synchronized SearchResult search(String query, int limit, int offset) {
        if (limit < 1 || offset < 0) throw new IllegalArgumentException("limit must be at least 1 and offset at least 0");
        try {
            SearchIndex.Hits hits = index.search(query, offset + limit);
            List<String> page = hits.ids().subList(Math.min(offset, hits.ids().size()), hits.ids().size());
            Map<String, Article> found = ArticleRows.summaries(db, page);
            List<SearchHit> out = new ArrayList<>();
            for (int i = offset; i < hits.ids().size(); i++) {
                Article a = found.get(hits.ids().get(i));
                if (a != null) out.add(new SearchHit(a, hits.scores().get(i), Snippets.around(a.text(), hits.terms())));
            }
            return new SearchResult(hits.total(), out);
        } catch (IOException | SQLException e) {
            throw new StoreException("search", e);
        }
    }

    /** The articles with these ids that exist, without source texts and removed spans (as {@link #articleSummaries}). */
    public synchronized Map<String, Article> articleSummaries(java.util.Collection<String> ids) {
        try {
            return ArticleRows.summaries(db, ids);
        } catch (SQLException e) {
            throw new StoreException("read articles", e);
        }
    }


    /** What this article copies and what copies it, with the evidence. */
    public synchronized Provenance provenance(String id) {
        try {
            return copies.provenance(id);
        } catch (SQLException e) {
            throw new StoreException("read the provenance of " + id, e);
        }
    }

    /**
     * Articles, outlets and independent sources among ALL articles matching the query (at most {@code max}), not only
     * the page shown.
     */
    public synchronized SourceCounts searchCounts(String query, int max) {
        try {
            return copies.count(index.search(query, max).ids());
        } catch (SQLException | IOException e) {
            throw new StoreException("count sources of a search", e);
        }
    }

    /** Articles, outlets and independent sources (copies collapsed into their originals) among these articles. */
    public synchronized SourceCounts sourceCounts(java.util.Collection<String> ids) {
        try {
            return copies.count(ids);
        } catch (SQLException e) {
            throw new StoreException("count sources", e);
        }
    }

    /** For each of these articles, the id that stands for its copy group (its original's when it is a copy). */
    public synchronized Map<String, String> sourceRoots(java.util.Collection<String> ids) {
        try {
            return copies.roots(ids);
        } catch (SQLException e) {
            throw new StoreException("group articles by source", e);
        }
    }

    public synchronized List<QuarantineEntry> quarantined(int limit) {
        return quarantined(limit, 0);
    }

    /** How many inputs the quarantine holds (one entry per input and reason). */
    public synchronized long countQuarantined() {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM quarantine")) {
            return r.next() ? r.getLong(1) : 0;
        } catch (SQLException e) {
            throw new StoreException("count the quarantine", e);
        }
    }

    /** A page of the quarantine, newest first. */
    public synchronized List<QuarantineEntry> quarantined(int limit, int offset) {
        List<QuarantineEntry> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT id, input, reason, message, at, sample FROM quarantine ORDER BY id DESC LIMIT ? OFFSET ?")) {
            ps.setInt(1, limit);
            ps.setInt(2, offset);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.add(new QuarantineEntry(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), Instant.parse(r.getString(5)), r.getBytes(6)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("read the quarantine", e);
        }
    }

    /** Starts an entry in the ingest log and returns its id. */
    public synchronized long startRun(List<String> inputs, Instant startedAt) {
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO ingest_runs (started_at, inputs_json) VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, startedAt.toString());
            ps.setString(2, json(inputs));
            ps.executeUpdate();
            long id;
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT last_insert_rowid()")) {
                r.next();
                id = r.getLong(1);
            }
            db.commit();
            return id;
        } catch (SQLException e) {
            throw new StoreException("start an ingest run", e);
        }
    }

    public synchronized void finishRun(long runId, RunSummary summary, Instant finishedAt) {
        try (PreparedStatement ps = db.prepareStatement("UPDATE ingest_runs SET finished_at = ?, accepted = ?, known = ?, rejected = ? WHERE id = ?")) {
            ps.setString(1, finishedAt.toString());
            ps.setLong(2, summary.accepted());
            ps.setLong(3, summary.known());
            ps.setLong(4, summary.rejected());
            ps.setLong(5, runId);
            ps.executeUpdate();
            db.commit();
        } catch (SQLException e) {
            throw new StoreException("finish an ingest run", e);
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    // Understanding (schema 4): annotations and entities live in their own class over this store's connection.
    private EntityIndex entityIndex;

    /** The annotations and entities of this store (issue 4); shares this store's connection and lock. */
    public synchronized EntityIndex entities() {
        if (entityIndex == null) {
            try {
                entityIndex = new EntityIndex(this, db);
            } catch (SQLException e) {
                throw new StoreException("open the entity index", e);
            }
        }
        return entityIndex;
    }

    private EntityReads entityReads;

    /** The reading side of annotations and entities; shares this store's connection and lock. */
    public synchronized EntityReads entityReads() {
        if (entityReads == null) entityReads = new EntityReads(this, db);
        return entityReads;
    }

    private EventFacts eventFacts;

    /** What placing an article into events needs to know of it; shares this store's connection and lock. */
    public synchronized EventFacts eventFacts() {
        if (eventFacts == null) eventFacts = new EventFacts(this, db);
        return eventFacts;
    }

    private EventReads eventReads;

    /** The reading side of events and stories; shares this store's connection and lock. */
    public synchronized EventReads eventReads() {
        if (eventReads == null) eventReads = new EventReads(this, db);
        return eventReads;
    }

    private FilteredReads filteredReads;

    /** Lists under a filter (articles, search, events, stories); shares this store's connection, index and lock. */
    public synchronized FilteredReads filtered() {
        if (filteredReads == null) filteredReads = new FilteredReads(this, db, index);
        return filteredReads;
    }

    private Digests digests;

    /** What lists show of each event and story, kept current by {@link Digests#refresh}; shares this store's connection and lock. */
    public synchronized Digests digests() {
        if (digests == null) digests = new Digests(this, db);
        return digests;
    }

    private EventIndex eventIndex;

    /** The events and stories of this store (issue 5); shares this store's connection and lock. */
    public synchronized EventIndex events() {
        if (eventIndex == null) eventIndex = new EventIndex(this, db);
        return eventIndex;
    }

    private ClaimIndex claimIndex;

    /** The claims of this store (issue 13); shares this store's connection and lock. */
    public synchronized ClaimIndex claims() {
        if (claimIndex == null) claimIndex = new ClaimIndex(this, db);
        return claimIndex;
    }

    private WatchIndex watchIndex;

    /** Watchlists, what they were told and their alerts. */
    public synchronized WatchIndex watches() {
        if (watchIndex == null) watchIndex = new WatchIndex(this, db);
        return watchIndex;
    }

    private OutletIndex outletIndex;

    /** The outlets of this store (issue 17): keys, sightings, the outlet pass's mark; shares this store's connection and lock. */
    public synchronized OutletIndex outlets() {
        if (outletIndex == null) outletIndex = new OutletIndex(this, db);
        return outletIndex;
    }

    private EventPlaceRows eventPlaceRows;

    /** The place mentions of events' articles and the event-places pass's writes (issue 16); shares this store's connection and lock. */
    public synchronized EventPlaceRows eventPlaces() {
        if (eventPlaceRows == null) eventPlaceRows = new EventPlaceRows(this, db);
        return eventPlaceRows;
    }

    private TypeIndex typeIndex;

    /** The event type of each article (issue 21); shares this store's connection and lock. */
    public synchronized TypeIndex types() {
        if (typeIndex == null) typeIndex = new TypeIndex(this, db);
        return typeIndex;
    }

    /** Commits what is pending and closes SQLite and the index. */
    @Override
    public synchronized void close() {
        try {
            commit();
            if (filteredReads != null) filteredReads.close();
            insert.close();
            lastRowId.close();
            countOutlet.close();
            insertVector.close();
            if (entityIndex != null) entityIndex.close();
            copies.close();
            db.close();
            index.close();
        } catch (SQLException | IOException e) {
            throw new StoreException("close", e);
        }
    }

    private static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }


    public enum PutOutcome { ADDED, KNOWN }

    /**
     * @param limit    at most this many, newest publication first
     * @param offset   skip this many
     * @param outlet   only this outlet, by its key ({@code kyivpost.com}; {@code Sitrep} turns any spelling into it), or null
     * @param language only this language, or null
     */
    public record ArticleQuery(int limit, int offset, String outlet, String language) {
        public static ArticleQuery first(int limit) {
            return new ArticleQuery(limit, 0, null, null);
        }
    }

    /** A hit: its article without source text and removed spans (as {@link #articleSummaries}), its score and snippet. */
    public record SearchHit(Article article, float score, String snippet) {
    }

    public record SearchResult(long total, List<SearchHit> hits) {
    }

    public record QuarantineEntry(long id, String input, String reason, String message, Instant at, byte[] sample) {
    }

    public record RunSummary(long accepted, long known, long rejected) {
    }
}
