import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sitrep.records.TypeCall;
import org.sitrep.understand.EventTypeClassifier;

/**
 * Gives a benchmark store ingested --no-nlp the ACLED types the shipped classifier reads in each English article's lead
 * (no claims, so no incident sentences: the type pass proper reads both), so that type filters can be timed at scale.
 * Issue 17 benchmark only; the store must not be open. Run:
 * java -cp "sitrep-cli/target/lib/*" bench/desk/Types.java STORE/sitrep.db [LIMIT]
 */
public class Types {
    record Row(String id, String title, String text) {
    }

    public static void main(String[] args) throws Exception {
        long limit = args.length > 1 ? Long.parseLong(args[1]) : Long.MAX_VALUE;
        EventTypeClassifier classifier = EventTypeClassifier.standard();
        var pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        long t0 = System.nanoTime(), n = 0, typed = 0;
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + args[0])) {
            db.setAutoCommit(false);
            List<Row> rows = new ArrayList<>();
            try (var r = db.createStatement().executeQuery("SELECT id, coalesce(title, ''), coalesce(text, '') FROM articles "
                    + "WHERE language IN ('en', 'und') AND id NOT IN (SELECT article_id FROM article_types) ORDER BY seq LIMIT " + limit)) {
                while (r.next()) rows.add(new Row(r.getString(1), r.getString(2), r.getString(3)));
            }
            try (var ps = db.prepareStatement("INSERT OR REPLACE INTO article_types (article_id, sub_type, confidence, runner_up, basis) VALUES (?, ?, ?, ?, ?)")) {
                for (int from = 0; from < rows.size(); from += 1000) {
                    List<Future<TypeCall>> calls = new ArrayList<>();
                    for (Row row : rows.subList(from, Math.min(rows.size(), from + 1000))) {
                        calls.add(pool.submit(() -> classifier.classify(row.title(), row.text())));
                    }
                    for (int i = 0; i < calls.size(); i++) {
                        TypeCall c = calls.get(i).get();
                        ps.setString(1, rows.get(from + i).id());
                        ps.setString(2, c.subType() == null ? null : c.subType().name());
                        ps.setDouble(3, c.confidence());
                        ps.setString(4, c.runnerUp() == null ? null : c.runnerUp().name());
                        ps.setString(5, "bench: lead only, " + c.basis());
                        ps.addBatch();
                        n++;
                        if (c.subType() != null) typed++;
                    }
                    ps.executeBatch();
                    db.commit();
                    System.out.printf("%d read, %d typed, %.1f s%n", n, typed, (System.nanoTime() - t0) / 1e9);
                }
            }
        } finally {
            pool.shutdown();
        }
    }
}
