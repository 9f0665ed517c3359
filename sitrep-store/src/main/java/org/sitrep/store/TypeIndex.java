package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.records.SubEventType;
import org.sitrep.records.TypeCall;

/**
 * The event type each article reports (written by the type pass with its mark, one batch per transaction). Stores and
 * queries; the types are decided by the classifier.
 *
 * <p>Thread-safety: every method locks the {@link SitrepStore} it belongs to, whose connection it shares.
 */
public final class TypeIndex {
    private final SitrepStore store;
    private final Connection db;

    TypeIndex(SitrepStore store, Connection db) {
        this.store = store;
        this.db = db;
    }

    /** An article after the mark: its seq, id and whether the annotation pass annotated it (else it skipped it). */
    public record Pending(long seq, String articleId, boolean annotated) {
    }

    /** One article's type; {@code call} null when the article was skipped (not annotated: a language without an annotator, or no text). */
    public record ArticleType(String articleId, TypeCall call) {
    }

    /** The seq of the last article the type pass has read; 0 before the first. */
    public long typedSeq() {
        synchronized (store) {
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT coalesce(max(typed_seq), 0) FROM types_progress")) {
                return r.next() ? r.getLong(1) : 0;
            } catch (SQLException e) {
                throw new StoreException("read the types mark", e);
            }
        }
    }

    /** Up to {@code limit} articles after {@code seq} and at most {@code upTo}, in seq order. */
    public List<Pending> after(long seq, long upTo, int limit) {
        synchronized (store) {
            List<Pending> out = new ArrayList<>();
            try (PreparedStatement ps = db.prepareStatement("SELECT a.seq, a.id, an.status FROM articles a LEFT JOIN annotated an "
                    + "ON an.article_id = a.id WHERE a.seq > ? AND a.seq <= ? ORDER BY a.seq LIMIT ?")) {
                ps.setLong(1, seq);
                ps.setLong(2, upTo);
                ps.setInt(3, limit);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) out.add(new Pending(r.getLong(1), r.getString(2), "annotated".equals(r.getString(3))));
                }
            } catch (SQLException e) {
                throw new StoreException("list articles to type", e);
            }
            return out;
        }
    }

    /** How many articles after the mark and at most {@code upTo} wait for the pass. */
    public long pending(long upTo) {
        synchronized (store) {
            try (PreparedStatement ps = db.prepareStatement("SELECT count(*) FROM articles WHERE seq > ? AND seq <= ?")) {
                ps.setLong(1, typedSeq());
                ps.setLong(2, upTo);
                try (ResultSet r = ps.executeQuery()) {
                    return r.next() ? r.getLong(1) : 0;
                }
            } catch (SQLException e) {
                throw new StoreException("count articles to type", e);
            }
        }
    }

    /** Stores a batch of types (replacing any stored; a null call stores nothing) and moves the mark: one transaction. */
    public void store(List<ArticleType> batch, long mark) {
        synchronized (store) {
            try (PreparedStatement ins = db.prepareStatement("INSERT OR REPLACE INTO article_types (article_id, sub_type, confidence, "
                    + "runner_up, basis) VALUES (?,?,?,?,?)");
                 PreparedStatement progress = db.prepareStatement("UPDATE types_progress SET typed_seq = ?")) {
                for (ArticleType a : batch) {
                    if (a.call() == null) continue;
                    ins.setString(1, a.articleId());
                    ins.setString(2, a.call().subType() == null ? null : a.call().subType().name());
                    ins.setDouble(3, a.call().confidence());
                    ins.setString(4, a.call().runnerUp() == null ? null : a.call().runnerUp().name());
                    ins.setString(5, a.call().basis());
                    ins.executeUpdate();
                }
                progress.setLong(1, mark);
                progress.executeUpdate();
                db.commit();
            } catch (SQLException e) {
                rollback();
                throw new StoreException("store article types", e);
            }
        }
    }

    /** The stored types of these articles; an article the pass has not typed (or skipped) is absent. */
    public Map<String, TypeCall> of(Collection<String> articleIds) {
        synchronized (store) {
            Map<String, TypeCall> out = new HashMap<>();
            List<String> ids = new ArrayList<>(articleIds);
            try {
                for (int from = 0; from < ids.size(); from += 500) {
                    List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
                    String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
                    try (PreparedStatement ps = db.prepareStatement("SELECT article_id, sub_type, confidence, runner_up, basis FROM article_types "
                            + "WHERE article_id IN (" + marks + ")")) {
                        for (int i = 0; i < chunk.size(); i++) ps.setString(i + 1, chunk.get(i));
                        try (ResultSet r = ps.executeQuery()) {
                            while (r.next()) {
                                String sub = r.getString(2), next = r.getString(4);
                                out.put(r.getString(1), new TypeCall(sub == null ? null : SubEventType.valueOf(sub), r.getDouble(3),
                                        next == null ? null : SubEventType.valueOf(next), r.getString(5)));
                            }
                        }
                    }
                }
            } catch (SQLException e) {
                throw new StoreException("read article types", e);
            }
            return out;
        }
    }

    /** The lead vector stored for copies by this embedding model; null when there is none. */
    public float[] leadVector(String articleId, String model) {
        synchronized (store) {
            try (PreparedStatement ps = db.prepareStatement("SELECT vec FROM vectors WHERE id = ? AND model = ?")) {
                ps.setString(1, articleId);
                ps.setString(2, model);
                try (ResultSet r = ps.executeQuery()) {
                    return r.next() ? Vectors.toFloats(r.getBytes(1)) : null;
                }
            } catch (SQLException e) {
                throw new StoreException("read the lead vector of " + articleId, e);
            }
        }
    }

    /** How many typed articles report each sub-event type (null key: none). */
    public Map<SubEventType, Long> counts() {
        synchronized (store) {
            Map<SubEventType, Long> out = new HashMap<>();
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT sub_type, count(*) FROM article_types GROUP BY sub_type")) {
                while (r.next()) out.put(r.getString(1) == null ? null : SubEventType.valueOf(r.getString(1)), r.getLong(2));
            } catch (SQLException e) {
                throw new StoreException("count article types", e);
            }
            return out;
        }
    }

    /** Forgets every type and puts the mark back to the start (after annotations were forgotten). */
    public void reset() {
        synchronized (store) {
            try (Statement s = db.createStatement()) {
                s.executeUpdate("DELETE FROM article_types");
                s.executeUpdate("UPDATE types_progress SET typed_seq = 0");
                db.commit();
            } catch (SQLException e) {
                rollback();
                throw new StoreException("reset the article types", e);
            }
        }
    }

    private void rollback() {
        try {
            db.rollback();
        } catch (SQLException ignored) {
            // the original failure is what matters
        }
    }
}
