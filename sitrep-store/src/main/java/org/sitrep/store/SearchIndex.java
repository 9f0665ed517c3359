package org.sitrep.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import java.util.PriorityQueue;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.sitrep.copies.CandidateKeys;
import org.sitrep.copies.CopyCandidates;
import org.sitrep.copies.CopySketch;
import org.sitrep.copies.Fingerprint;
import org.sitrep.model.Article;

/**
 * The BM25 index over titles (boosted) and texts, and copy detection's candidate index: per article, in one
 * keyword field, its text hash, headline key, headline word pairs, MinHash LSH band keys and its body's winnowed
 * lead keys (format 7), all computed by the library and handed over in the article's {@link Fingerprint}; its
 * signature as doc
 * values (to rank band matches without loading anything); its lead's embedding vector (HNSW). Candidates are only
 * articles stored before the one asking ({@code seq} below it), so each pair is compared once, from its later
 * article.
 *
 * <p>The BM25 index is over titles (boosted) and texts. Analysis is language-neutral on purpose — standard tokenizer,
 * lower case, ASCII folding — because the stream mixes English, Polish and transliterations (Kupiańsk matches
 * Kupiansk); a stemmer for one language would hurt the others. The index stores only ids and seqs; SQLite has the rest.
 * Each commit records the highest article seq it holds and the index {@link #FORMAT}; an index of another format is
 * rebuilt from SQLite. Writes are not thread-safe ({@link SitrepStore} guards them); the candidate queries may run
 * from several threads at once.
 */
final class SearchIndex implements CopyCandidates, AutoCloseable {
    static final String SEQ = "seq";
    /** Bumped when the fields change; an index of another format is rebuilt on open. */
    static final String FORMAT = "8";
    private static final String FORMAT_KEY = "format";
    /** Which database the index was derived from (issue 18): absent for SQLite in the same directory. */
    private static final String SOURCE_KEY = "source";
    /** An article's language and its language-neutral keys, filed only for articles that have both (since format 8). */
    private static final String LANGUAGE = "lang";
    private static final String TRANSLATION_KEYS = "xkey";
    /** Extra hits fetched so that hits later than the asking article can be dropped (see {@link #ids}). */
    private static final int LATER = 8;
    private static final Set<String> ID_SEQ = Set.of("id", SEQ);
    private static final Set<String> ID_ONLY = Set.of("id");
    private static final int MAX_POSTINGS = 2000;
    /** The MinHash signature, 4 bytes per bin, for ranking band matches without loading anything. */
    private static final String SIGNATURE = "sig";
    /** Marks the text-hash term among the band terms (band terms are 8 raw bytes; this one is longer). */
    private static final String TEXT_HASH_PREFIX = "text:";
    private static final java.lang.invoke.VarHandle INTS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(int[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private final FSDirectory dir;
    /** Null when opened for reading only ({@link #openReader}). */
    private final IndexWriter writer;
    /** Over the writer (near-real-time), or over the directory's last commit when reading only; null until one exists. */
    private volatile SearcherManager searchers;
    private final Analyzer analyzer;
    /** The database this index is derived from, written with each commit; null for SQLite beside it. */
    private String source;

    private SearchIndex(FSDirectory dir, IndexWriter writer, Analyzer analyzer) throws IOException {
        this.dir = dir;
        this.writer = writer;
        this.analyzer = analyzer;
        this.searchers = writer != null ? new SearcherManager(writer, null)
                : DirectoryReader.indexExists(dir) ? new SearcherManager(dir, null) : null;
    }

    private static Analyzer analyzer() throws IOException {
        return CustomAnalyzer.builder()
                .withTokenizer("standard")
                .addTokenFilter("lowercase")
                .addTokenFilter("asciiFolding")
                .build();
    }

    /**
     * The index as another process (or another connection of this one) last committed it, without its write lock:
     * for reading while a writer works. Each search sees the latest commit ({@link #acquire}).
     */
    static SearchIndex openReader(Path path) throws IOException {
        return new SearchIndex(FSDirectory.open(path), null, analyzer());
    }

    /**
     * A searcher over what is committed (read-only) or written (writer). Read-only, it first looks for a newer commit,
     * which costs a directory listing when there is none. Release it with {@link #release}.
     */
    private IndexSearcher acquire() throws IOException {
        if (writer == null) {
            if (searchers == null) {
                synchronized (this) {
                    if (searchers == null && DirectoryReader.indexExists(dir)) searchers = new SearcherManager(dir, null);
                }
                if (searchers == null) return new IndexSearcher(new org.apache.lucene.index.MultiReader());
            }
            searchers.maybeRefresh();
        }
        return searchers.acquire();
    }

    private void release(IndexSearcher s) throws IOException {
        if (searchers != null && !(s.getIndexReader() instanceof org.apache.lucene.index.MultiReader)) searchers.release(s);
    }

    private void requireWriter() {
        if (writer == null) throw new IllegalStateException("the search index was opened for reading only");
    }

    static SearchIndex open(Path path) throws IOException {
        return open(path, null);
    }

    /**
     * As {@link #open(Path)}, for a store whose database is {@code source} (its identity; null: SQLite beside the
     * index). An index derived from another database (a data directory pointed at another PostgreSQL, or once SQLite's)
     * is started again, as one of an older format is, and re-indexed from this database.
     */
    static SearchIndex open(Path path, String source) throws IOException {
        Analyzer analyzer = analyzer();
        FSDirectory dir = FSDirectory.open(path);
        boolean current = true;
        if (DirectoryReader.indexExists(dir)) {
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                Map<String, String> data = r.getIndexCommit().getUserData();
                current = FORMAT.equals(data.get(FORMAT_KEY)) && java.util.Objects.equals(source, data.get(SOURCE_KEY));
            }
        }
        // An index of an older format is derived data: start it again, and open() re-indexes from SQLite.
        // Few segments: every candidate query looks up ~35 terms in each segment, and that per-segment setup, not
        // the matching, is what copy detection's queries cost (JFR). Merging small segments early is cheaper.
        TieredMergePolicy merges = new TieredMergePolicy();
        merges.setSegmentsPerTier(3);
        merges.setFloorSegmentMB(4);
        IndexWriterConfig cfg = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64).setMergePolicy(merges)
                .setOpenMode(current ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND : IndexWriterConfig.OpenMode.CREATE);
        SearchIndex index = new SearchIndex(dir, new IndexWriter(dir, cfg), analyzer);
        index.source = source;
        return index;
    }

    /** The highest article seq in the last commit, 0 for a new index. */
    long indexedSeq() throws IOException {
        if (!DirectoryReader.indexExists(dir)) return 0;
        requireWriter();
        Map<String, String> data = writer.getLiveCommitData() == null ? Map.of() : toMap(writer.getLiveCommitData());
        return Long.parseLong(data.getOrDefault(SEQ, "0"));
    }

    private static Map<String, String> toMap(Iterable<Map.Entry<String, String>> entries) {
        java.util.HashMap<String, String> m = new java.util.HashMap<>();
        for (Map.Entry<String, String> e : entries) m.put(e.getKey(), e.getValue());
        return m;
    }

    /** Indexes the article; its copy-candidate fields only when it has a fingerprint. */
    void put(Article a, long seq, Fingerprint f) throws IOException {
        requireWriter();
        Document d = new Document();
        d.add(new StringField("id", a.id(), Field.Store.YES));
        d.add(new LongField(SEQ, seq, Field.Store.YES));
        if (a.title() != null) d.add(new TextField("title", a.title(), Field.Store.NO));
        d.add(new TextField("text", a.text(), Field.Store.NO));
        CandidateKeys keys = f == null ? CandidateKeys.NONE : f.keys();
        if (keys.titleKey() != null) d.add(new StringField("lsh", new BytesRef(keys.titleKey()), Field.Store.NO));
        for (String k : keys.leadKeys()) d.add(new StringField("lsh", new BytesRef(k), Field.Store.NO));
        for (String t : keys.titlePairs()) d.add(new StringField("lsh", new BytesRef(t), Field.Store.NO));
        if (keys.language() != null && !keys.translationKeys().isEmpty()) {
            d.add(new StringField(LANGUAGE, keys.language(), Field.Store.NO));
            for (String t : keys.translationKeys()) d.add(new StringField(TRANSLATION_KEYS, t, Field.Store.NO));
        }
        if (f != null && f.sketch().comparable()) {
            d.add(new StringField("lsh", new BytesRef(TEXT_HASH_PREFIX + f.sketch().textHash()), Field.Store.NO));
            for (long k : f.sketch().bandKeys()) d.add(new StringField("lsh", bytes(k), Field.Store.NO));
            byte[] sig = new byte[4 * CopySketch.HASHES];
            for (int i = 0; i < CopySketch.HASHES; i++) INTS.set(sig, 4 * i, f.sketch().minHash()[i]);
            d.add(new BinaryDocValuesField(SIGNATURE, new BytesRef(sig)));
            if (f.hasVector()) d.add(new KnnFloatVectorField("vec", f.vector(), VectorSimilarityFunction.DOT_PRODUCT));
        }
        writer.updateDocument(new Term("id", a.id()), d);
    }

    private static BytesRef bytes(long k) {
        byte[] b = new byte[8];
        for (int i = 0; i < 8; i++) b[i] = (byte) (k >>> (56 - 8 * i));
        return new BytesRef(b);
    }

    /**
     * For each asker, the earlier articles (seq below its own) that share its headline or its body's opening words
     * (at most {@code titles},
     * kept whatever their signature), its exact text (at most {@code exact}), or an LSH band with an estimated
     * Jaccard of at least {@code minJaccard} (the best {@code k}). Done for the whole batch at once: the askers' band,
     * text and headline terms are sorted and each segment's term dictionary is walked once, instead of one query per
     * article whose per-segment setup of ~35 term lookups was most of the candidate search's time (JFR).
     * Postings longer than {@value #MAX_POSTINGS} (a boilerplate band shared by thousands) are read no further.
     */
    @Override
    public List<List<String>> nearDuplicates(List<Ask> askers, int k, int exact, int titles, double minJaccard) throws IOException {
        // term -> askers holding it, by mark: -i-1 the asker's headline key; i a band or text-hash term; n+i a headline
        // word pair; 2n+i a lead key (n askers)
        java.util.TreeMap<BytesRef, List<Integer>> terms = new java.util.TreeMap<>();
        int pairMark = askers.size();
        int leadMark = 2 * askers.size();
        for (int i = 0; i < askers.size(); i++) {
            Ask a = askers.get(i);
            if (a.keys().titleKey() != null) terms.computeIfAbsent(new BytesRef(a.keys().titleKey()), x -> new ArrayList<>()).add(-i - 1);
            for (String t : a.keys().leadKeys()) terms.computeIfAbsent(new BytesRef(t), x -> new ArrayList<>()).add(leadMark + i);
            for (String t : a.keys().titlePairs()) terms.computeIfAbsent(new BytesRef(t), x -> new ArrayList<>()).add(pairMark + i);
            if (!a.sketch().comparable()) continue;
            for (long key : a.sketch().bandKeys()) terms.computeIfAbsent(bytes(key), x -> new ArrayList<>()).add(i);
            terms.computeIfAbsent(new BytesRef(TEXT_HASH_PREFIX + a.sketch().textHash()), x -> new ArrayList<>()).add(i);
        }
        IndexSearcher s = acquire();
        try {
            List<LeafReaderContext> leaves = s.getIndexReader().leaves();
            // per asker: leaf -> docs (sorted later), and which came by headline
            List<Map<Integer, java.util.TreeSet<Integer>>> byBand = new ArrayList<>();
            List<Set<Long>> byTitle = new ArrayList<>();
            List<Map<Long, Integer>> byTitlePairs = new ArrayList<>();
            List<Map<Long, Integer>> byLead = new ArrayList<>();
            for (int i = 0; i < askers.size(); i++) {
                byBand.add(new HashMap<>());
                byTitle.add(new HashSet<>());
                byTitlePairs.add(new HashMap<>());
                byLead.add(new HashMap<>());
            }
            for (int li = 0; li < leaves.size(); li++) {
                org.apache.lucene.index.Terms t = leaves.get(li).reader().terms("lsh");
                if (t == null) continue;
                org.apache.lucene.index.TermsEnum te = t.iterator();
                org.apache.lucene.index.PostingsEnum pe = null;
                for (var e : terms.entrySet()) {
                    if (!te.seekExact(e.getKey())) continue;
                    pe = te.postings(pe, org.apache.lucene.index.PostingsEnum.NONE);
                    int n = 0;
                    for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS && n < MAX_POSTINGS; doc = pe.nextDoc(), n++) {
                        for (int who : e.getValue()) {
                            if (who < 0) byTitle.get(-who - 1).add(((long) li << 32) | doc);
                            else if (who >= leadMark) byLead.get(who - leadMark).merge(((long) li << 32) | doc, 1, Integer::sum);
                            else if (who >= pairMark) byTitlePairs.get(who - pairMark).merge(((long) li << 32) | doc, 1, Integer::sum);
                            else byBand.get(who).computeIfAbsent(li, x -> new java.util.TreeSet<>()).add(doc);
                        }
                    }
                }
            }
            List<List<String>> out = new ArrayList<>();
            int[] other = new int[CopySketch.HASHES];
            for (int i = 0; i < askers.size(); i++) {
                Ask a = askers.get(i);
                List<double[]> title = new ArrayList<>();
                for (long key : byTitle.get(i)) {
                    int li = (int) (key >>> 32);
                    int doc = (int) key;
                    if (earlier(leaves.get(li), doc, a.seq())) title.add(new double[] {1, li, doc});
                }
                // Headlines sharing at least half of this one's word pairs: an edited headline.
                int need = Math.max(3, (a.keys().titlePairs().size() + 1) / 2);
                for (var e : byTitlePairs.get(i).entrySet()) {
                    if (e.getValue() < need || title.size() >= titles) continue;
                    int li = (int) (e.getKey() >>> 32);
                    int doc = (int) (long) e.getKey();
                    if (!byTitle.get(i).contains(e.getKey()) && earlier(leaves.get(li), doc, a.seq())) title.add(new double[] {1, li, doc});
                }
                // Bodies sharing runs of words near their start, those sharing the most keys first (two at least:
                // one common five-word phrase is no evidence), after the headline matches.
                int needLead = Math.min(2, a.keys().leadKeys().size());
                List<Map.Entry<Long, Integer>> leads = new ArrayList<>(byLead.get(i).entrySet());
                leads.removeIf(e -> e.getValue() < needLead);
                leads.sort(Map.Entry.<Long, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
                List<double[]> lead = new ArrayList<>();
                for (var e : leads) {
                    if (lead.size() >= titles) break;
                    int li = (int) (e.getKey() >>> 32);
                    int doc = (int) (long) e.getKey();
                    if (earlier(leaves.get(li), doc, a.seq())) lead.add(new double[] {1, li, doc});
                }
                List<double[]> same = new ArrayList<>();
                PriorityQueue<double[]> best = new PriorityQueue<>((x, y) -> Double.compare(x[0], y[0]));
                for (var e : byBand.get(i).entrySet()) {
                    LeafReaderContext leaf = leaves.get(e.getKey());
                    Bits live = leaf.reader().getLiveDocs();
                    SortedNumericDocValues seqs = DocValues.getSortedNumeric(leaf.reader(), SEQ);
                    BinaryDocValues sigs = DocValues.getBinary(leaf.reader(), SIGNATURE);
                    for (int doc : e.getValue()) {
                        if (live != null && !live.get(doc)) continue;
                        if (!seqs.advanceExact(doc) || seqs.nextValue() >= a.seq()) continue;
                        if (!sigs.advanceExact(doc)) continue;
                        BytesRef b = sigs.binaryValue();
                        for (int x = 0; x < other.length; x++) other[x] = (int) INTS.get(b.bytes, b.offset + 4 * x);
                        double j = CopySketch.jaccard(a.sketch().minHash(), other);
                        double[] hit = {j, e.getKey(), doc};
                        if (j == 1.0) {
                            if (same.size() < exact) same.add(hit);
                        } else if (j >= minJaccard) {
                            best.add(hit);
                            if (best.size() > k) best.poll();
                        }
                    }
                }
                List<double[]> ordered = new ArrayList<>(title.subList(0, Math.min(titles, title.size())));
                ordered.addAll(lead);
                ordered.addAll(same);
                List<double[]> rest = new ArrayList<>(best);
                rest.sort((x, y) -> Double.compare(y[0], x[0]));
                ordered.addAll(rest);
                Set<String> ids = new java.util.LinkedHashSet<>();
                for (double[] hit : ordered) {
                    ids.add(leaves.get((int) hit[1]).reader().storedFields().document((int) hit[2], ID_ONLY).get("id"));
                }
                out.add(new ArrayList<>(ids));
            }
            return out;
        } finally {
            release(s);
        }
    }

    /** Whether the document is live and was stored before {@code seq}. */
    private static boolean earlier(LeafReaderContext leaf, int doc, long seq) throws IOException {
        Bits live = leaf.reader().getLiveDocs();
        if (live != null && !live.get(doc)) return false;
        SortedNumericDocValues seqs = DocValues.getSortedNumeric(leaf.reader(), SEQ);
        return seqs.advanceExact(doc) && seqs.nextValue() < seq;
    }

    /** Ids of the {@code k} articles stored before {@code seq} whose vectors are nearest, with cosine >= {@code min}. */
    @Override
    public List<String> nearest(float[] vector, long seq, int k, double min) throws IOException {
        IndexSearcher s = acquire();
        try {
            TopDocs top = s.search(new KnnFloatVectorQuery("vec", vector, k + LATER), k + LATER);
            List<String> ids = new ArrayList<>();
            var stored = s.storedFields();
            // DOT_PRODUCT scores are (1 + cosine) / 2.
            for (ScoreDoc sd : top.scoreDocs) {
                if (2 * sd.score - 1 < min || ids.size() >= k) continue;
                Document d = stored.document(sd.doc, ID_SEQ);
                if (d.getField(SEQ).numericValue().longValue() < seq) ids.add(d.get("id"));
            }
            return ids;
        } finally {
            release(s);
        }
    }

    /**
     * The ids of the best {@code k} hits stored before {@code seq}. "Before" is checked on the hits rather than as a
     * range filter in the query: a range that matches nearly every document costs a pass over them all per query,
     * while the only documents at or after {@code seq} are the rest of the batch being compared ({@link #LATER}).
     */
    private List<String> ids(Query q, long seq, int k) throws IOException {
        IndexSearcher s = acquire();
        try {
            List<String> ids = new ArrayList<>();
            var stored = s.storedFields();
            for (ScoreDoc sd : s.search(q, k + LATER).scoreDocs) {
                Document d = stored.document(sd.doc, ID_SEQ);
                if (d.getField(SEQ).numericValue().longValue() < seq && ids.size() < k) ids.add(d.get("id"));
            }
            return ids;
        } finally {
            release(s);
        }
    }

    void commit(long seq) throws IOException {
        requireWriter();
        writer.setLiveCommitData((source == null ? Map.of(SEQ, Long.toString(seq), FORMAT_KEY, FORMAT)
                : Map.of(SEQ, Long.toString(seq), FORMAT_KEY, FORMAT, SOURCE_KEY, source)).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    long count() throws IOException {
        IndexSearcher s = acquire();
        try {
            return s.getIndexReader().numDocs();
        } finally {
            release(s);
        }
    }

    record Hits(long total, List<String> ids, List<Float> scores, Set<String> terms) {
    }

    Hits search(String q, int limit) throws IOException {
        Query query = parse(q);
        Set<String> terms = new LinkedHashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query query, Term... ts) {
                for (Term t : ts) terms.add(t.text());
            }
        });
        IndexSearcher s = acquire();
        try {
            long total = s.count(query);
            TopDocs top = s.search(query, Math.max(1, limit));
            List<String> ids = new ArrayList<>();
            List<Float> scores = new ArrayList<>();
            var stored = s.storedFields();
            for (ScoreDoc sd : top.scoreDocs) {
                ids.add(stored.document(sd.doc).get("id"));
                scores.add(sd.score);
            }
            return new Hits(total, ids, scores, terms);
        } finally {
            release(s);
        }
    }

    /**
     * The seqs of the articles {@link #search search(q, limit)} gives the ids of, read from doc values (no stored
     * document is read, which is most of a search's cost when it is used as a filter of thousands of hits): all the
     * matches when there are at most {@code limit}, unscored, else the best {@code limit}. Sorted ascending.
     */
    long[] seqs(String q, int limit) throws IOException {
        Query query = parse(q);
        IndexSearcher s = acquire();
        try {
            long[] out;
            int n = 0;
            int matches = s.count(query);
            if (matches <= limit) {
                org.apache.lucene.search.Weight w = s.createWeight(s.rewrite(query), org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES, 1f);
                out = new long[matches];
                for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                    org.apache.lucene.search.Scorer scorer = w.scorer(leaf);
                    if (scorer == null) continue;
                    Bits live = leaf.reader().getLiveDocs();
                    SortedNumericDocValues seqs = DocValues.getSortedNumeric(leaf.reader(), SEQ);
                    DocIdSetIterator it = scorer.iterator();
                    for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                        if (live != null && !live.get(doc)) continue;
                        if (seqs.advanceExact(doc) && n < out.length) out[n++] = seqs.nextValue();
                    }
                }
            } else {
                ScoreDoc[] top = s.search(query, Math.max(1, limit)).scoreDocs.clone();
                java.util.Arrays.sort(top, (x, y) -> Integer.compare(x.doc, y.doc));
                out = new long[top.length];
                List<LeafReaderContext> leaves = s.getIndexReader().leaves();
                int li = -1;
                SortedNumericDocValues seqs = null;
                for (ScoreDoc sd : top) {
                    while (li < 0 || sd.doc >= leaves.get(li).docBase + leaves.get(li).reader().maxDoc()) {
                        li++;
                        seqs = DocValues.getSortedNumeric(leaves.get(li).reader(), SEQ);
                    }
                    if (seqs.advanceExact(sd.doc - leaves.get(li).docBase)) out[n++] = seqs.nextValue();
                }
            }
            long[] sorted = java.util.Arrays.copyOf(out, n);
            java.util.Arrays.sort(sorted);
            return sorted;
        } finally {
            release(s);
        }
    }

    /**
     * Up to {@code k} ids of articles stored before {@code seq} sharing the most of these terms (already lower-cased,
     * accent-free), best first.
     */
    @Override
    public List<String> sharing(java.util.Collection<String> terms, long seq, int k) throws IOException {
        if (terms.isEmpty()) return List.of();
        org.apache.lucene.search.BooleanQuery.Builder b = new org.apache.lucene.search.BooleanQuery.Builder();
        int n = 0;
        for (String t : terms) {
            if (n++ == org.apache.lucene.search.IndexSearcher.getMaxClauseCount() - 1) break;
            b.add(new org.apache.lucene.search.TermQuery(new Term("text", t)), org.apache.lucene.search.BooleanClause.Occur.SHOULD);
        }
        b.setMinimumNumberShouldMatch(Math.min(3, terms.size()));
        return ids(b.build(), seq, k);
    }

    /**
     * Up to {@code k} ids of articles stored before {@code seq}, in another language than {@code language}, sharing at
     * least {@code min} of these translation keys, those sharing the most first (each key scores alike: a constant
     * score per shared key, not BM25, so that a common number weighs as much as a rare name only by count).
     */
    @Override
    public List<String> translations(java.util.Collection<String> keys, String language, long seq, int k, int min) throws IOException {
        if (keys.size() < min || !otherLanguages(language)) return List.of();
        org.apache.lucene.search.BooleanQuery.Builder shared = new org.apache.lucene.search.BooleanQuery.Builder();
        int n = 0;
        for (String t : keys) {
            if (n++ == org.apache.lucene.search.IndexSearcher.getMaxClauseCount() - 2) break;
            shared.add(new org.apache.lucene.search.ConstantScoreQuery(new org.apache.lucene.search.TermQuery(new Term(TRANSLATION_KEYS, t))),
                    org.apache.lucene.search.BooleanClause.Occur.SHOULD);
        }
        shared.setMinimumNumberShouldMatch(min);
        org.apache.lucene.search.BooleanQuery.Builder b = new org.apache.lucene.search.BooleanQuery.Builder();
        b.add(shared.build(), org.apache.lucene.search.BooleanClause.Occur.MUST);
        b.add(new org.apache.lucene.search.TermQuery(new Term(LANGUAGE, language)), org.apache.lucene.search.BooleanClause.Occur.MUST_NOT);
        return ids(b.build(), seq, k);
    }

    /**
     * Whether the index may hold articles with translation keys in another language than {@code language}: a
     * one-language stream (most of them) then skips the translation query, two term statistics instead of ~40 term
     * lookups per segment. Deleted documents still count: it errs towards asking.
     */
    private boolean otherLanguages(String language) throws IOException {
        IndexSearcher s = acquire();
        try {
            IndexReader r = s.getIndexReader();
            return r.getDocCount(LANGUAGE) > r.docFreq(new Term(LANGUAGE, language));
        } finally {
            release(s);
        }
    }

    private Query parse(String q) {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {"title", "text"}, analyzer, Map.of("title", 2f, "text", 1f));
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(q);
        } catch (ParseException | IllegalArgumentException e) {
            try {
                return parser.parse(QueryParser.escape(q));
            } catch (ParseException e2) {
                return new org.apache.lucene.search.MatchNoDocsQuery("unparseable: " + q);
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (searchers != null) searchers.close();
        if (writer != null) writer.close();
        dir.close();
    }
}
