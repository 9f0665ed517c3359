package org.sitrep.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.sitrep.model.Article;

/**
 * The BM25 index over titles (boosted) and texts. Analysis is language-neutral on purpose — standard tokenizer,
 * lower case, ASCII folding — because the stream mixes English, Polish and transliterations (Kupiańsk matches
 * Kupiansk); a stemmer for one language would hurt the others. The index stores only ids; SQLite has the rest.
 * Each commit records the highest article seq it holds. Not thread-safe on its own: {@link SitrepStore} guards it.
 */
final class SearchIndex implements AutoCloseable {
    static final String SEQ = "seq";
    private final FSDirectory dir;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer analyzer;

    private SearchIndex(FSDirectory dir, IndexWriter writer, Analyzer analyzer) throws IOException {
        this.dir = dir;
        this.writer = writer;
        this.analyzer = analyzer;
        this.searchers = new SearcherManager(writer, null);
    }

    static SearchIndex open(Path path) throws IOException {
        Analyzer analyzer = CustomAnalyzer.builder()
                .withTokenizer("standard")
                .addTokenFilter("lowercase")
                .addTokenFilter("asciiFolding")
                .build();
        FSDirectory dir = FSDirectory.open(path);
        IndexWriterConfig cfg = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        return new SearchIndex(dir, new IndexWriter(dir, cfg), analyzer);
    }

    /** The highest article seq in the last commit, 0 for a new index. */
    long indexedSeq() throws IOException {
        if (!DirectoryReader.indexExists(dir)) return 0;
        Map<String, String> data = writer.getLiveCommitData() == null ? Map.of() : toMap(writer.getLiveCommitData());
        return Long.parseLong(data.getOrDefault(SEQ, "0"));
    }

    private static Map<String, String> toMap(Iterable<Map.Entry<String, String>> entries) {
        java.util.HashMap<String, String> m = new java.util.HashMap<>();
        for (Map.Entry<String, String> e : entries) m.put(e.getKey(), e.getValue());
        return m;
    }

    void put(Article a) throws IOException {
        Document d = new Document();
        d.add(new StringField("id", a.id(), Field.Store.YES));
        if (a.title() != null) d.add(new TextField("title", a.title(), Field.Store.NO));
        d.add(new TextField("text", a.text(), Field.Store.NO));
        writer.updateDocument(new Term("id", a.id()), d);
    }

    void commit(long seq) throws IOException {
        writer.setLiveCommitData(Map.of(SEQ, Long.toString(seq)).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    long count() throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            return s.getIndexReader().numDocs();
        } finally {
            searchers.release(s);
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
        IndexSearcher s = searchers.acquire();
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
            searchers.release(s);
        }
    }

    /** Up to {@code k} ids of articles sharing the most of these terms (already lower-cased, accent-free), best first. */
    List<String> sharing(java.util.Collection<String> terms, String exceptId, int k) throws IOException {
        if (terms.isEmpty()) return List.of();
        org.apache.lucene.search.BooleanQuery.Builder b = new org.apache.lucene.search.BooleanQuery.Builder();
        int n = 0;
        for (String t : terms) {
            if (n++ == org.apache.lucene.search.IndexSearcher.getMaxClauseCount() - 1) break;
            b.add(new org.apache.lucene.search.TermQuery(new Term("text", t)), org.apache.lucene.search.BooleanClause.Occur.SHOULD);
        }
        b.setMinimumNumberShouldMatch(Math.min(3, terms.size()));
        IndexSearcher s = searchers.acquire();
        try {
            List<String> ids = new ArrayList<>();
            var stored = s.storedFields();
            for (ScoreDoc sd : s.search(b.build(), k + 1).scoreDocs) {
                String id = stored.document(sd.doc).get("id");
                if (!id.equals(exceptId) && ids.size() < k) ids.add(id);
            }
            return ids;
        } finally {
            searchers.release(s);
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
        searchers.close();
        writer.close();
        dir.close();
    }
}
