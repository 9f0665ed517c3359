package org.sitrep.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.copies.StoredArticle;
import org.sitrep.model.Article;
import org.sitrep.model.DateEvidence;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Origin;
import org.sitrep.model.Problem;
import org.sitrep.model.Problems;
import org.sitrep.model.Published;
import org.sitrep.model.RemovedSpan;
import org.sitrep.model.SourceFormat;

/** Articles read back from their SQLite rows: by id, after a seq, by a filter. Stateless; callers hold the store's lock. */
final class ArticleRows {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    static final String COLUMNS = "a.seq, a.id, o.name, a.url, a.title, a.published, a.published_precision, a.published_evidence, "
            + "a.fetched, a.language, a.language_confidence, a.source_text, a.text, a.removed_json, a.problems_json, a.fields_json, "
            + "a.origin_input, a.origin_record, a.origin_format";

    /**
     * {@link #COLUMNS} without the source text and the removed spans (an empty text and list in their place): what a
     * page of summaries needs, without reading and parsing the largest columns.
     */
    static final String SUMMARY_COLUMNS = COLUMNS.replace("a.source_text,", "'' AS source_text,").replace("a.removed_json,", "'[]' AS removed_json,");

    private ArticleRows() {
    }

    /**
     * The articles with these ids (those that exist), each with its stored vector. Chunked so that no statement has
     * too many parameters.
     */
    static Map<String, StoredArticle> byIds(Connection db, Collection<String> ids) throws SQLException {
        Map<String, StoredArticle> out = new HashMap<>();
        List<String> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += 500) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
            String in = "?" + ",?".repeat(chunk.size() - 1);
            try (PreparedStatement ps = db.prepareStatement("SELECT " + COLUMNS + ", v.model, v.vec FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id "
                    + "LEFT JOIN vectors v ON v.id = a.id WHERE a.id IN (" + in + ")")) {
                for (int i = 0; i < chunk.size(); i++) ps.setString(i + 1, chunk.get(i));
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        StoredArticle a = stored(r);
                        out.put(a.article().id(), a);
                    }
                }
            }
        }
        return out;
    }

    /** The articles with these ids that exist, read with {@link #SUMMARY_COLUMNS}; chunked like {@link #byIds}. */
    static Map<String, Article> summaries(Connection db, Collection<String> ids) throws SQLException {
        Map<String, Article> out = new HashMap<>();
        List<String> all = List.copyOf(new java.util.LinkedHashSet<>(ids));
        for (int from = 0; from < all.size(); from += 500) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
            for (Article a : query(db, SUMMARY_COLUMNS, "WHERE a.id IN (?" + ",?".repeat(chunk.size() - 1) + ")", chunk,
                    Integer.MAX_VALUE)) {
                out.put(a.id(), a);
            }
        }
        return out;
    }

    /** Articles stored after {@code seq}, in seq order, at most {@code limit}, with their stored vectors. */
    static List<StoredArticle> after(Connection db, long seq, int limit) throws SQLException {
        List<StoredArticle> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT " + COLUMNS + ", v.model, v.vec FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id "
                + "LEFT JOIN vectors v ON v.id = a.id WHERE a.seq > ? ORDER BY a.seq LIMIT ?")) {
            ps.setLong(1, seq);
            ps.setInt(2, limit);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) out.add(stored(r));
            }
        }
        return out;
    }

    /** The article of a row read with the vector columns after {@link #COLUMNS}, with its stored vector. */
    static StoredArticle stored(ResultSet r) throws SQLException {
        byte[] vec = r.getBytes(21);
        return new StoredArticle(read(r), r.getLong(1), vec == null ? null : Vectors.toFloats(vec), r.getString(20));
    }

    static List<Article> query(Connection db, String where, List<?> args, int max) throws SQLException {
        return query(db, COLUMNS, where, args, max);
    }

    static List<Article> query(Connection db, String columns, String where, List<?> args, int max) throws SQLException {
        List<Article> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT " + columns + " FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id " + where)) {
            for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
            try (ResultSet r = ps.executeQuery()) {
                while (r.next() && out.size() < max) out.add(read(r));
            }
        }
        return out;
    }

    static Article read(ResultSet r) throws SQLException {
        Published published = null;
        if (r.getString(6) != null) {
            Published p = Published.parseIso(r.getString(6), DateEvidence.valueOf(r.getString(8)));
            published = new Published(p.instant(), DatePrecision.valueOf(r.getString(7)), p.evidence());
        }
        try {
            List<RemovedSpan> removed = JSON.readValue(r.getString(14), new TypeReference<List<RemovedSpan>>() {
            });
            Problems problems = JSON.readValue(r.getString(15), ProblemsJson.class).toProblems();
            Map<String, String> fields = JSON.readValue(r.getString(16), new TypeReference<Map<String, String>>() {
            });
            return new Article(r.getString(2), new Origin(r.getString(17), r.getString(18), SourceFormat.valueOf(r.getString(19))),
                    r.getString(3), r.getString(4), r.getString(5), published, Instant.parse(r.getString(9)), r.getString(10),
                    r.getDouble(11), r.getString(12), r.getString(13), removed, fields, problems);
        } catch (JsonProcessingException e) {
            throw new SQLException("corrupt JSON column in article " + r.getString(2), e);
        }
    }

    /** Jackson's view of {@link Problems} (records deserialize by their canonical constructor). */
    record ProblemsJson(List<Problem> items, int dropped) {
        Problems toProblems() {
            return new Problems(items == null ? List.of() : items, dropped);
        }
    }

}
